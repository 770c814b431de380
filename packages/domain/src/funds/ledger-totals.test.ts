import { describe, expect, it } from 'vitest';
import { availableFen, type LedgerMovement, totalsDifferences, totalsOf, ZERO_TOTALS } from './ledger-totals';

const entries = (...pairs: [LedgerMovement['kind'], number][]) =>
  pairs.map(([kind, amountFen]) => ({ kind, amountFen }));

describe('totalsOf', () => {
  it.each([
    ['no entries', entries(), { allocatedFen: 0, committedFen: 0, paidFen: 0, recoveredFen: 0 }, 0],
    [
      'a budget',
      entries(['budget', 100_000]),
      { allocatedFen: 100_000, committedFen: 0, paidFen: 0, recoveredFen: 0 },
      100_000,
    ],
    [
      'a budget raised and lowered',
      entries(['budget', 100_000], ['adjustment', 50_000], ['adjustment', -30_000]),
      { allocatedFen: 120_000, committedFen: 0, paidFen: 0, recoveredFen: 0 },
      120_000,
    ],
    [
      'a commitment and a release',
      entries(['budget', 100_000], ['commitment', 40_000], ['release', -15_000]),
      { allocatedFen: 100_000, committedFen: 25_000, paidFen: 0, recoveredFen: 0 },
      75_000,
    ],
    [
      'a payment moves committed to paid and leaves the available balance alone',
      entries(['budget', 100_000], ['commitment', 40_000], ['payment', 40_000]),
      { allocatedFen: 100_000, committedFen: 0, paidFen: 40_000, recoveredFen: 0 },
      60_000,
    ],
    [
      'a payment returned by the bank is committed again',
      entries(
        ['budget', 100_000],
        ['commitment', 40_000],
        ['payment', 40_000],
        ['payment_reversal', -40_000],
      ),
      { allocatedFen: 100_000, committedFen: 40_000, paidFen: 0, recoveredFen: 0 },
      60_000,
    ],
    [
      'money recovered is available again',
      entries(['budget', 100_000], ['commitment', 40_000], ['payment', 40_000], ['recovery', 10_000]),
      { allocatedFen: 100_000, committedFen: 0, paidFen: 30_000, recoveredFen: 10_000 },
      70_000,
    ],
  ])('%s', (_, list, totals, available) => {
    expect(totalsOf(list)).toEqual(totals);
    expect(availableFen(totalsOf(list))).toBe(available);
  });
});

describe('totalsDifferences', () => {
  it('names every total whose stored value differs from the ledger', () => {
    const ledger = { allocatedFen: 100, committedFen: 20, paidFen: 10, recoveredFen: 0 };
    expect(totalsDifferences(ledger, ledger)).toEqual([]);
    expect(totalsDifferences({ ...ledger, committedFen: 25, recoveredFen: 1 }, ledger)).toEqual([
      { total: 'committedFen', storedFen: 25, ledgerFen: 20 },
      { total: 'recoveredFen', storedFen: 1, ledgerFen: 0 },
    ]);
    expect(totalsDifferences(ZERO_TOTALS, ZERO_TOTALS)).toEqual([]);
  });
});
