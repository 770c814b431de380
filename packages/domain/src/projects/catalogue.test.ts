import { describe, expect, it } from 'vitest';
import {
  canPublishCatalogue,
  catalogueChangeIsLogged,
  checkCataloguePeriod,
  isCalendarDate,
} from './catalogue';

describe('catalogue status rules', () => {
  it.each([
    ['draft', false, true],
    ['published', true, false],
  ] as const)('%s: logged %s, publishable %s', (status, logged, publishable) => {
    expect(catalogueChangeIsLogged(status)).toBe(logged);
    expect(canPublishCatalogue(status)).toBe(publishable);
  });
});

describe('checkCataloguePeriod', () => {
  it.each([
    ['2026-01-01', '2026-12-31', []],
    ['2026-05-01', '2026-05-01', []],
    [
      '2026-12-31',
      '2026-01-01',
      [{ field: 'periodEnd', reason: 'period_inverted', params: { periodStart: '2026-12-31' } }],
    ],
    ['2026-02-30', '2026-12-31', [{ field: 'periodStart', reason: 'invalid_date' }]],
    ['2026-01-01', '2026/12/31', [{ field: 'periodEnd', reason: 'invalid_date' }]],
    [
      'x',
      '2025-13-01',
      [
        { field: 'periodStart', reason: 'invalid_date' },
        { field: 'periodEnd', reason: 'invalid_date' },
      ],
    ],
  ])('%s..%s → %j', (start, end, problems) => {
    expect(checkCataloguePeriod(start, end)).toEqual(problems);
  });

  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2026-1-01', false],
  ])('%s is a date → %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});
