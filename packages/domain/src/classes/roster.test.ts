import { describe, expect, it } from 'vitest';
import { idNumberCheckCharacter } from '../identity/id-number';
import { intervalsOverlap, type RosterLineFacts, rosterLineProblems, sameName } from './roster';

const id = (first17: string) => `${first17}${idNumberCheckCharacter(first17)}`;
// Born 2010-12-14: 16 on 2026-12-14, 15 the day before.
const SIXTEEN_ON_START = id('41010520101214002');
const ADULT = id('41010519900307002');
const clean: RosterLineFacts = {
  registeredName: null,
  duplicateOfRow: null,
  alreadyEnrolled: false,
  overlappingClassCode: null,
  completedClassCode: null,
};
const line = (idNumber: string, name = '张三', targetGroup = 'registered_unemployed') => ({
  idNumber,
  name,
  targetGroup,
});
const reasons = (l: ReturnType<typeof line>, start: string, facts: RosterLineFacts | null = clean) =>
  rosterLineProblems(l, start, facts, { today: new Date('2026-12-03T00:00:00Z') }).map(
    (p) => `${p.field}:${p.reason}`,
  );

describe('roster lines', () => {
  it('accepts a trainee who turns 16 on the first day', () => {
    expect(reasons(line(SIXTEEN_ON_START), '2026-12-14')).toEqual([]);
  });

  it('refuses one who is 16 only the day after the start', () => {
    expect(rosterLineProblems(line(SIXTEEN_ON_START), '2026-12-13', clean)).toEqual([
      { field: 'idNumber', reason: 'trainee_under_age', params: { age: 15, minimum: 16 } },
    ]);
  });

  it.each([
    ['41010519900307002X', 'idNumber:id_number_checksum'],
    [id('41010519901332002'), 'idNumber:id_number_birth_date'],
    ['4101051990030700', 'idNumber:id_number_length'],
  ])('refuses the ID number %s', (idNumber, expected) => {
    expect(reasons(line(idNumber), '2026-12-14')).toEqual([expected]);
  });

  it.each([
    [{ duplicateOfRow: 3 }, 'idNumber:roster_duplicate_row'],
    [{ registeredName: '张 三' }, null],
    [{ registeredName: '李四' }, 'name:person_name_mismatch'],
    [{ alreadyEnrolled: true }, 'idNumber:already_enrolled'],
    [{ overlappingClassCode: '410105-2026-0001' }, 'idNumber:enrolment_overlaps'],
    [{ completedClassCode: '410105-2025-0009' }, 'idNumber:already_completed'],
  ])('with %o reports %s', (facts, expected) => {
    expect(reasons(line(ADULT), '2026-12-14', { ...clean, ...facts })).toEqual(expected ? [expected] : []);
  });

  it('refuses an unknown target group', () => {
    expect(reasons(line(ADULT, '张三', 'astronaut'), '2026-12-14')).toEqual([
      'targetGroup:unknown_target_group',
    ]);
  });

  it('compares names as people write them', () => {
    expect(sameName('欧阳 娜娜', '欧阳娜娜')).toBe(true);
    expect(sameName('Ａｌｉ', 'Ali')).toBe(true);
    expect(sameName('王芳', '王方')).toBe(false);
  });
});

describe('interval overlap', () => {
  const h = (from: number, to: number) => ({ start: from * 3_600_000, end: to * 3_600_000 });
  it.each([
    [[h(8, 11)], [h(11, 12)], false],
    [[h(8, 11)], [h(10, 12)], true],
    [[h(8, 9), h(14, 17)], [h(9, 14)], false],
    [[h(8, 9), h(14, 17)], [h(9, 14), h(16, 18)], true],
    [[], [h(0, 24)], false],
  ])('%o and %o overlap: %s', (a, b, expected) => {
    expect(intervalsOverlap(a, b)).toBe(expected);
  });
});
