import { describe, expect, it } from 'vitest';
import { findingDescription } from './finding-text';

const CLASS = {
  classCode: '410102-2026-0003',
  className: '养老护理员培训班（第一期）',
  checkedOn: '2026-05-12',
};

describe('findingDescription', () => {
  it.each([
    [
      { ...CLASS, kind: 'onsite', missedDeadline: null, notes: '在场 18 人，签到 30 人' },
      '现场检查（410102-2026-0003 养老护理员培训班（第一期），2026-05-12）：在场 18 人，签到 30 人',
    ],
    [
      { ...CLASS, kind: 'remote', missedDeadline: null, notes: '照片中仅 5 名学员' },
      '远程抽查（410102-2026-0003 养老护理员培训班（第一期），2026-05-12）：照片中仅 5 名学员',
    ],
    [
      { ...CLASS, kind: 'remote', missedDeadline: '2026-05-12 10:30', notes: '' },
      '远程抽查（410102-2026-0003 养老护理员培训班（第一期），2026-05-12）：未在 2026-05-12 10:30 前上传课堂照片',
    ],
    [
      { ...CLASS, kind: 'remote', missedDeadline: '2026-05-12 10:30', notes: ' 电话未接 ' },
      '远程抽查（410102-2026-0003 养老护理员培训班（第一期），2026-05-12）：未在 2026-05-12 10:30 前上传课堂照片。电话未接',
    ],
  ] as const)('%j', (input, expected) => {
    expect(findingDescription(input)).toBe(expected);
  });
});
