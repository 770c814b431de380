import { describe, expect, it } from 'vitest';
import { cappedTotal, effectiveSort, PUBLIC_RESULT_WINDOW, withinResultWindow } from './public-search';

describe('effectiveSort', () => {
  it.each([
    [undefined, true, 'relevance'],
    [undefined, false, 'newest'],
    ['relevance', false, 'newest'],
    ['relevance', true, 'relevance'],
    ['hours', true, 'hours'],
    ['newest', true, 'newest'],
  ] as const)('%s with query %s → %s', (sort, hasQuery, expected) => {
    expect(effectiveSort(sort, hasQuery)).toBe(expected);
  });
});

describe('withinResultWindow', () => {
  it.each([
    [1, 20, true],
    [PUBLIC_RESULT_WINDOW / 200, 200, true],
    [PUBLIC_RESULT_WINDOW / 200 + 1, 200, false],
  ])('page %i × %i → %s', (page, pageSize, expected) => {
    expect(withinResultWindow(page, pageSize)).toBe(expected);
  });
});

describe('cappedTotal', () => {
  it.each([
    [0, 0],
    [999, 999],
    [PUBLIC_RESULT_WINDOW, PUBLIC_RESULT_WINDOW],
    [PUBLIC_RESULT_WINDOW + 1, PUBLIC_RESULT_WINDOW],
  ])('%i matches → total %i', (matches, total) => {
    expect(cappedTotal(matches)).toBe(total);
  });
});
