import type { ClassItem } from '@qiancheng/domain/classes/class-views';
import { describe, expect, it } from 'vitest';
import { claimableClasses } from './claimable-classes';

const item = (id: string, status: ClassItem['status'], endDate: string, code = id): ClassItem => ({
  id,
  code,
  name: `班级 ${id}`,
  projectId: 'p',
  projectTitle: '项目',
  institutionId: 'i',
  institutionName: '机构',
  regionCode: '410102',
  regionName: '中原区',
  occupationCode: '4-10-01-05',
  occupationName: '养老护理员',
  skillLevel: 'L4',
  startDate: '2026-01-05',
  endDate,
  plannedTrainees: 20,
  rosterSize: 6,
  enrolmentOpen: false,
  status,
  feeFen: 160000,
  filedOn: '2025-12-20',
});

describe('claimableClasses', () => {
  it('lists the completed, assessed and closed classes once each, the latest to end first', () => {
    const assessed = item('a', 'assessed', '2026-03-01');
    const closed = item('c', 'closed', '2026-01-31');
    const completed = item('b', 'completed', '2026-04-30');
    expect(claimableClasses([[completed], [assessed, assessed], [closed]]).map((c) => c.id)).toEqual([
      'b',
      'a',
      'c',
    ]);
  });

  it('leaves out classes still running and lists not yet loaded', () => {
    expect(
      claimableClasses([
        [item('r', 'in_progress', '2026-06-30')],
        undefined,
        [item('x', 'cancelled', '2026-02-01')],
      ]),
    ).toEqual([]);
  });

  it('orders classes ending the same day by their code', () => {
    const lists = [
      [
        item('2', 'assessed', '2026-03-01', '410102-2026-0002'),
        item('1', 'closed', '2026-03-01', '410102-2026-0001'),
      ],
    ];
    expect(claimableClasses(lists).map((c) => c.code)).toEqual(['410102-2026-0001', '410102-2026-0002']);
  });
});
