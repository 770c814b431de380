import { describe, expect, it } from 'vitest';
import { qualificationDateProblem } from './institution-rules';

describe('qualificationDateProblem', () => {
  it.each([
    ['2024-01-01', '2030-12-31', null],
    ['2024-01-01', null, null],
    // Valid through its last day.
    ['2024-01-01', '2026-03-10', null],
    ['2027-01-01', '2030-01-01', null],
    ['2024-01-01', '2023-12-31', { reason: 'qualification_dates' }],
    ['2024-01-01', '2026-03-09', { reason: 'qualification_expired', params: { validUntil: '2026-03-09' } }],
  ] as const)('%s – %s on 2026-03-10', (from, until, expected) => {
    expect(qualificationDateProblem(from, until, '2026-03-10')).toEqual(expected);
  });
});
