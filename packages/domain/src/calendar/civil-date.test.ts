import { describe, expect, it } from 'vitest';
import { addCivilDays } from './civil-date';

describe('addCivilDays', () => {
  it.each([
    ['2026-11-25', 0, '2026-11-25'],
    ['2026-11-25', 6, '2026-12-01'],
    ['2026-12-30', 5, '2027-01-04'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('%s + %i → %s', (date, days, expected) => {
    expect(addCivilDays(date, days)).toBe(expected);
  });
});
