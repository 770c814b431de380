import { describe, expect, it } from 'vitest';
import { chinaToday } from './china-today';

describe('chinaToday', () => {
  it.each([
    ['2026-11-24T15:59:59Z', '2026-11-24'],
    ['2026-11-24T16:00:00Z', '2026-11-25'],
    ['2026-12-31T23:00:00Z', '2027-01-01'],
  ])('%s is %s in China', (instant, expected) => {
    expect(chinaToday(new Date(instant))).toBe(expected);
  });
});
