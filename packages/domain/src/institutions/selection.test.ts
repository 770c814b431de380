import { describe, expect, it } from 'vitest';
import {
  canMoveRound,
  criteriaProblems,
  noticeOver,
  noticePeriod,
  rankApplications,
  scoreProblem,
  scoreSheetProblems,
  weightedTotal,
} from './selection';

const c = (key: string, weight: number) => ({ key, name: key, weight, description: '' });

describe('criteriaProblems', () => {
  it.each([
    [[c('a', 60), c('b', 40)], []],
    [[c('a', 100)], []],
    [[], ['criteria_empty']],
    [[c('a', 60), c('b', 30)], ['criteria_weights_sum']],
    [[c('a', 50), c('a', 50)], ['criterion_key_duplicate']],
    [[c('a', 0), c('b', 100)], ['criterion_weight_range']],
    [
      [c('a', 50.5), c('b', 49.5)],
      ['criterion_weight_range', 'criterion_weight_range'],
    ],
    [[c('a', 101)], ['criterion_weight_range']],
  ])('%j → %j', (criteria, reasons) => {
    expect(criteriaProblems(criteria).map((p) => p.reason)).toEqual(reasons);
  });
  it('reports the sum', () => {
    expect(criteriaProblems([c('a', 70), c('b', 40)])).toEqual([
      { index: null, reason: 'criteria_weights_sum', sum: 110 },
    ]);
  });
});

describe('scores', () => {
  it.each([
    [0, null],
    [100, null],
    [85.5, null],
    [-0.1, 'score_range'],
    [100.1, 'score_range'],
    [85.55, 'score_range'],
    [Number.NaN, 'score_range'],
  ])('%s → %s', (score, expected) => {
    expect(scoreProblem(score)).toBe(expected);
  });

  it('names missing, unknown and out-of-range criteria', () => {
    expect(scoreSheetProblems([c('a', 50), c('b', 50)], { a: 120, x: 1 })).toEqual({
      missing: ['b'],
      unknown: ['x'],
      outOfRange: ['a'],
    });
  });

  it.each([
    [[c('a', 60), c('b', 40)], { a: 90, b: 80 }, 86],
    [[c('a', 30), c('b', 30), c('c', 40)], { a: 85.5, b: 77.3, c: 91 }, 85.24],
    // 33 × 66.7 + 67 × 0.1 = 2201.1 + 6.7 = 2207.8 → 22.078 → 22.08
    [[c('a', 33), c('b', 67)], { a: 66.7, b: 0.1 }, 22.08],
    // 50 × 0.1 = 5 tenths → 0.005 → rounds half up to 0.01
    [[c('a', 50), c('b', 50)], { a: 0.1, b: 0 }, 0.05],
    [[c('a', 1), c('b', 99)], { a: 0.5, b: 0 }, 0.01],
    [[c('a', 100)], { a: 100 }, 100],
  ])('%j %j → %s', (criteria, scores, expected) => {
    expect(weightedTotal(criteria, scores)).toBe(expected);
  });
});

describe('rankApplications', () => {
  const app = (id: string, totalScore: number, priceFen: number, submittedAt: string) => ({
    id,
    totalScore,
    priceFen,
    submittedAt,
  });
  it('orders by total, then lower price, then earlier submission, and selects the first places', () => {
    const ranked = rankApplications(
      [
        app('late', 80, 100000, '2026-01-02'),
        app('best', 92, 150000, '2026-01-03'),
        app('early', 80, 100000, '2026-01-01'),
        app('cheap', 80, 90000, '2026-01-05'),
      ],
      2,
    );
    expect(ranked.map((r) => [r.application.id, r.rank, r.selected])).toEqual([
      ['best', 1, true],
      ['cheap', 2, true],
      ['early', 3, false],
      ['late', 4, false],
    ]);
  });
});

describe('notice period', () => {
  it.each([
    ['2026-11-25', 5, { start: '2026-11-25', end: '2026-11-29', effectiveFrom: '2026-11-30' }],
    ['2026-12-30', 5, { start: '2026-12-30', end: '2027-01-03', effectiveFrom: '2027-01-04' }],
    ['2028-02-27', 3, { start: '2028-02-27', end: '2028-02-29', effectiveFrom: '2028-03-01' }],
  ])('%s for %i days', (published, days, expected) => {
    expect(noticePeriod(published, days)).toEqual(expected);
  });
  it.each([
    ['2026-11-29', '2026-11-29', false],
    ['2026-11-29', '2026-11-30', true],
  ])('ends %s, on %s over → %s', (end, today, expected) => {
    expect(noticeOver(end, today)).toBe(expected);
  });
});

describe('round transitions', () => {
  it.each([
    ['open', 'scoring', true],
    ['open', 'publicized', false],
    ['scoring', 'publicized', true],
    ['publicized', 'effective', true],
    ['publicized', 'scoring', true],
    ['effective', 'cancelled', false],
    ['cancelled', 'open', false],
  ] as const)('%s → %s: %s', (from, to, expected) => {
    expect(canMoveRound(from, to)).toBe(expected);
  });
});
