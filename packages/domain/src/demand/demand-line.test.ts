import { describe, expect, it } from 'vitest';
import { checkDemand, type DemandInput, demandStatus } from './demand-line';

const today = '2026-11-25';

describe('demandStatus', () => {
  it.each([
    [{ headcount: 10, filledCount: 0, deadline: '2026-12-31', closed: false }, 'open'],
    [{ headcount: 10, filledCount: 3, deadline: '2026-12-31', closed: false }, 'partly_filled'],
    [{ headcount: 10, filledCount: 10, deadline: '2026-12-31', closed: false }, 'filled'],
    [{ headcount: 10, filledCount: 12, deadline: '2026-01-01', closed: false }, 'filled'],
    [{ headcount: 10, filledCount: 0, deadline: '2026-11-25', closed: false }, 'open'],
    [{ headcount: 10, filledCount: 0, deadline: '2026-11-24', closed: false }, 'expired'],
    [{ headcount: 10, filledCount: 5, deadline: '2026-11-24', closed: false }, 'expired'],
    [{ headcount: 10, filledCount: 0, deadline: '2026-12-31', closed: true }, 'closed'],
  ])('%j → %s', (line, expected) => {
    expect(demandStatus(line, today)).toBe(expected);
  });
});

describe('checkDemand', () => {
  const valid: DemandInput = { headcount: 5, wageMin: 4000, wageMax: 6000, deadline: '2026-12-31' };

  it('accepts a valid line, a one-person post, an equal wage range and a deadline of today', () => {
    expect(checkDemand(valid, today)).toEqual([]);
    expect(
      checkDemand({ ...valid, headcount: 1, wageMin: 5000, wageMax: 5000, deadline: today }, today),
    ).toEqual([]);
  });

  it.each([
    [{ headcount: 0 }, 'headcount', 'too_small'],
    [{ headcount: -3 }, 'headcount', 'too_small'],
    [{ headcount: 2.5 }, 'headcount', 'too_small'],
    [{ headcount: 100_001 }, 'headcount', 'too_big'],
    [{ wageMin: -1 }, 'wageMin', 'too_small'],
    [{ wageMax: 1_000_001 }, 'wageMax', 'too_big'],
    [{ wageMin: 6001 }, 'wageMax', 'wage_range_inverted'],
    [{ deadline: '2026-11-24' }, 'deadline', 'date_in_past'],
    [{ deadline: '2026-02-30' }, 'deadline', 'invalid_date'],
    [{ deadline: '2026/12/31' }, 'deadline', 'invalid_date'],
  ])('%j → %s %s', (change, field, reason) => {
    expect(checkDemand({ ...valid, ...change }, today)).toEqual([expect.objectContaining({ field, reason })]);
  });
});
