import { describe, expect, it } from 'vitest';
import { isTargetGroupCode, TARGET_GROUP_CODES, TARGET_GROUPS, targetGroup } from './target-groups';

describe('target groups', () => {
  it('covers the groups named by the action', () => {
    expect(TARGET_GROUPS.map((group) => group.name['zh-CN'])).toEqual([
      '农村转移就业劳动者',
      '离校未就业高校毕业生',
      '毕业年度高校毕业生',
      '登记失业人员',
      '就业困难人员',
      '脱贫劳动力',
      '防止返贫监测对象',
      '退役军人',
      '残疾人',
      '两后生',
      '企业职工',
    ]);
    expect(TARGET_GROUP_CODES).toEqual(TARGET_GROUPS.map((group) => group.code));
  });

  it('describes the usual evidence for each group in Chinese', () => {
    for (const group of TARGET_GROUPS) expect(group.evidence).toMatch(/\p{Script=Han}/u);
  });

  it.each([
    ['veteran', true],
    ['hard_to_employ', true],
    ['Veteran', false],
    ['student', false],
  ])('isTargetGroupCode(%j) is %s', (value, expected) => {
    expect(isTargetGroupCode(value)).toBe(expected);
  });

  it('finds a group by code', () => {
    expect(targetGroup('post_school_youth').name['zh-CN']).toBe('两后生');
  });
});
