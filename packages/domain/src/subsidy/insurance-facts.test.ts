import { describe, expect, it } from 'vitest';
import {
  evidenceForRules,
  type InsurancePeriod,
  insuredMonthsThrough,
  pensionSchemeOn,
} from './insurance-facts';

const unemployment = (fromMonth: string, toMonth: string | null): InsurancePeriod => ({
  insurance: 'unemployment',
  scheme: null,
  fromMonth,
  toMonth,
});
const pension = (scheme: string, fromMonth: string, toMonth: string | null): InsurancePeriod => ({
  insurance: 'pension',
  scheme,
  fromMonth,
  toMonth,
});

describe('insured months', () => {
  it.each([
    // periods, on, months
    [[unemployment('2025-01-01', '2025-11-01')], '2026-06-15', 11],
    [[unemployment('2025-01-01', '2025-12-01')], '2026-06-15', 12],
    [[unemployment('2025-07-01', null)], '2026-06-01', 12], // open period, counted to the month of `on`
    [[unemployment('2025-07-01', null)], '2026-05-31', 11],
    // two employers paying in the same months count those months once
    [[unemployment('2025-01-01', '2025-06-01'), unemployment('2025-04-01', '2025-09-01')], '2026-01-01', 9],
    // months after the certificate date do not count
    [[unemployment('2026-01-01', '2026-12-01')], '2026-03-10', 3],
    [[pension('enterprise', '2020-01-01', null)], '2026-03-10', 0],
    [[], '2026-03-10', 0],
  ] as const)('%j by %s: %i months', (periods, on, months) => {
    expect(insuredMonthsThrough(periods, on)).toBe(months);
  });
});

describe('pension scheme', () => {
  it.each([
    [[], '2026-03-10', 'none'],
    [[pension('public_institution', '2020-01-01', null)], '2026-03-10', 'public_institution'],
    [
      [pension('public_institution', '2020-01-01', '2025-12-01'), pension('enterprise', '2026-01-01', null)],
      '2026-03-10',
      'enterprise',
    ],
    [[pension('public_institution', '2020-01-01', '2025-12-01')], '2026-03-10', 'none'],
    [[pension('resident', '2026-04-01', null)], '2026-03-31', 'none'],
    [[unemployment('2020-01-01', null)], '2026-03-10', 'none'],
  ] as const)('%j on %s: %s', (periods, on, scheme) => {
    expect(pensionSchemeOn(periods, on)).toBe(scheme);
  });
});

describe('evidence', () => {
  it.each([
    [
      { kind: 'contract', startDate: '2026-07-01', throughDate: null, months: 12 },
      { kind: 'contract', startDate: '2026-07-01', months: 12 },
    ],
    [
      { kind: 'wages', startDate: '2026-07-01', throughDate: '2026-08-31', months: 2 },
      { kind: 'wages', months: 2, through: '2026-08-31' },
    ],
    [
      { kind: 'domestic_service', startDate: '2026-07-03', throughDate: null, months: null },
      { kind: 'domestic_service', signedOn: '2026-07-03' },
    ],
    [{ kind: 'diary', startDate: '2026-07-03', throughDate: null, months: null }, null],
  ] as const)('%j reads as %j', (row, expected) => {
    expect(evidenceForRules(row)).toEqual(expected);
  });
});
