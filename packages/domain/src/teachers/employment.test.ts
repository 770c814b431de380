import { describe, expect, it } from 'vitest';
import { checkEmployment, employmentState, endEmploymentProblem } from './employment';

const TODAY = '2026-05-20';

describe('employmentState', () => {
  it.each([
    ['2026-05-21', null, 'upcoming'],
    ['2026-05-20', null, 'current'],
    ['2020-01-01', null, 'current'],
    ['2020-01-01', '2026-05-20', 'current'],
    ['2020-01-01', '2026-05-19', 'ended'],
    ['2020-01-01', '2027-01-01', 'current'],
  ] as const)('from %s until %s → %s', (since, until, expected) => {
    expect(employmentState({ since, until }, TODAY)).toBe(expected);
  });
});

describe('checkEmployment', () => {
  it.each([
    ['2024-03-01', null, []],
    ['2024-03-01', '2024-03-01', []],
    ['2024-03-01', '2024-02-29', [{ field: 'until', reason: 'employment_until_before_since' }]],
    ['2024-02-30', null, [{ field: 'since', reason: 'invalid_date' }]],
    ['2024-03-01', '2024-13-01', [{ field: 'until', reason: 'invalid_date' }]],
    ['bad', '2024-01-01', [{ field: 'since', reason: 'invalid_date' }]],
  ] as const)('from %s until %s', (since, until, expected) => {
    expect(checkEmployment({ since, until }).map(({ field, reason }) => ({ field, reason }))).toEqual(
      expected,
    );
  });
});

describe('endEmploymentProblem', () => {
  it.each([
    ['a current employment today', { since: '2024-01-01', until: null }, TODAY, null],
    ['a current employment at a later day', { since: '2024-01-01', until: null }, '2026-06-30', null],
    ['an employment not begun yet', { since: '2026-09-01', until: null }, '2026-09-01', null],
    [
      'an ended employment',
      { since: '2024-01-01', until: '2025-12-31' },
      TODAY,
      { code: 'teachers.employment_ended', until: '2025-12-31' },
    ],
    [
      'a day before the start',
      { since: '2026-05-01', until: null },
      '2026-04-30',
      { field: 'until', reason: 'employment_until_before_since', params: { since: '2026-05-01' } },
    ],
    [
      'a day that does not exist',
      { since: '2024-01-01', until: null },
      '2026-04-31',
      { field: 'until', reason: 'invalid_date' },
    ],
  ] as const)('%s', (_name, employment, until, expected) => {
    expect(endEmploymentProblem(employment, until, TODAY)).toEqual(expected);
  });
});
