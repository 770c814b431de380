import { describe, expect, it } from 'vitest';
import { addCalendarMonths, ageOn, isCivilDate } from './civil-dates';

describe('civil dates', () => {
  it.each([
    ['2026-08-31', 6, '2027-02-28'],
    ['2027-08-31', 6, '2028-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2025-06-01', 12, '2026-06-01'],
    ['2026-01-15', 0, '2026-01-15'],
    ['2026-12-31', 2, '2027-02-28'],
  ])('%s plus %i months is %s', (date, months, expected) => {
    expect(addCalendarMonths(date, months)).toBe(expected);
  });

  it.each([
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
    ['2010-03-02', '2026-03-02', 16],
    ['2010-03-03', '2026-03-02', 15],
  ])('born %s is %i on %s', (birth, on, age) => {
    expect(ageOn(birth, on)).toBe(age);
  });

  it.each([
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['20260101', false],
  ])('%s is a date: %s', (value, expected) => {
    expect(isCivilDate(value)).toBe(expected);
  });
});
