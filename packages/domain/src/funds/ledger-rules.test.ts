import { describe, expect, it } from 'vitest';
import { type LedgerProblem, ledgerProblem } from './ledger-rules';
import type { LedgerEntryKind, LedgerTotals } from './ledger-totals';

/** 1,000.00 元 allocated, 300.00 committed, 200.00 paid, 50.00 recovered: 500.00 available. */
const totals: LedgerTotals = {
  allocatedFen: 100_000,
  committedFen: 30_000,
  paidFen: 20_000,
  recoveredFen: 5_000,
};

const cases: [string, LedgerEntryKind, number, LedgerProblem | null][] = [
  // commitments: exactly the available amount fits, one fen more does not
  ['commit the whole available amount', 'commitment', 50_000, null],
  ['commit one fen more than available', 'commitment', 50_001, 'overdrawn'],
  ['commit one fen', 'commitment', 1, null],
  ['commit nothing', 'commitment', 0, 'invalid_amount'],
  ['commit a negative amount', 'commitment', -1, 'invalid_amount'],
  ['commit a fraction of a fen', 'commitment', 0.5, 'invalid_amount'],
  ['commit more than exact integers hold', 'commitment', 2 ** 53, 'invalid_amount'],
  // releases give back at most what is committed
  ['release all that is committed', 'release', -30_000, null],
  ['release one fen more than committed', 'release', -30_001, 'release_exceeds_committed'],
  ['release with a positive amount', 'release', 100, 'invalid_amount'],
  // payments pay at most what is committed
  ['pay all that is committed', 'payment', 30_000, null],
  ['pay one fen more than committed', 'payment', 30_001, 'payment_exceeds_committed'],
  // a returned payment takes back at most what was paid
  ['return all that was paid', 'payment_reversal', -20_000, null],
  ['return one fen more than paid', 'payment_reversal', -20_001, 'reversal_exceeds_paid'],
  // recoveries take back at most what was paid
  ['recover all that was paid', 'recovery', 20_000, null],
  ['recover one fen more than paid', 'recovery', 20_001, 'recovery_exceeds_paid'],
  ['recover a negative amount', 'recovery', -1, 'invalid_amount'],
  // adjustments: a decrease keeps the budget at or above committed + paid
  ['raise the budget', 'adjustment', 1_000_000, null],
  ['lower the budget to exactly committed + paid', 'adjustment', -50_000, null],
  ['lower the budget one fen below committed + paid', 'adjustment', -50_001, 'below_used'],
  ['adjust by nothing', 'adjustment', 0, 'invalid_amount'],
  ['raise the budget beyond exact integers', 'adjustment', Number.MAX_SAFE_INTEGER, 'too_large'],
  // the initial budget may be zero, never negative
  ['an initial budget of zero', 'budget', 0, null],
  ['a negative initial budget', 'budget', -1, 'invalid_amount'],
];

describe('ledgerProblem', () => {
  it.each(cases)('%s', (_, kind, amountFen, problem) => {
    expect(ledgerProblem(totals, { kind, amountFen })).toBe(problem);
  });

  it('refuses every commitment against an empty budget', () => {
    const empty = { allocatedFen: 0, committedFen: 0, paidFen: 0, recoveredFen: 0 };
    expect(ledgerProblem(empty, { kind: 'commitment', amountFen: 1 })).toBe('overdrawn');
  });
});
