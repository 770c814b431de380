import { describe, expect, it } from 'vitest';
import type { CreditStatus } from '../institutions/credit-status';
import { findingWindowStart, supervisionWeight } from './supervision-weight';

describe('supervisionWeight', () => {
  it.each<[CreditStatus, number, number]>([
    ['normal', 0, 1],
    ['warned', 0, 2],
    ['normal', 1, 2],
    ['normal', 2, 3],
    ['normal', 3, 4],
    ['normal', 9, 4], // findings are capped at three tickets
    ['warned', 1, 3],
    ['warned', 5, 5],
    ['suspended', 0, 2], // a class still running under a suspended institution: as doubtful as warned
    ['blacklisted', 2, 4],
    ['normal', -1, 1],
  ])('%s with %i recent findings → %i tickets', (standing, findings, weight) => {
    expect(supervisionWeight({ standing, findings })).toBe(weight);
  });
});

describe('findingWindowStart', () => {
  it.each([
    ['2026-05-10', '2025-05-11'],
    ['2026-03-01', '2025-03-02'],
    ['2025-03-01', '2024-03-02'], // across a leap day: still 365 days, today included
    ['2026-01-01', '2025-01-02'],
  ])('a draw on %s counts findings from %s', (today, start) => {
    expect(findingWindowStart(today)).toBe(start);
  });
});
