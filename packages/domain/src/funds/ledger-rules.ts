import {
  applyEntry,
  availableFen,
  ENTRY_SIGN,
  type LedgerMovement,
  type LedgerTotals,
} from './ledger-totals';

/** Why a movement may not be written against a budget. */
export type LedgerProblem =
  /** The amount is not a whole number of fen, is zero where it may not be, or has the wrong sign. */
  | 'invalid_amount'
  /** A total would leave the range of exact integers. */
  | 'too_large'
  /** A commitment larger than what is available. */
  | 'overdrawn'
  /** A decrease would take the budget below what is committed and paid. */
  | 'below_used'
  | 'release_exceeds_committed'
  | 'payment_exceeds_committed'
  | 'reversal_exceeds_paid'
  | 'recovery_exceeds_paid';

function amountIsValid({ kind, amountFen }: LedgerMovement): boolean {
  if (!Number.isSafeInteger(amountFen)) return false;
  const sign = ENTRY_SIGN[kind];
  if (kind === 'budget') return amountFen >= 0;
  if (sign === 0) return amountFen !== 0;
  return Math.sign(amountFen) === sign;
}

/**
 * Whether `movement` may be written against a budget with `totals`; null when it may. The server
 * locks the budget row, asks this, and writes the entry only on null, so no budget is ever
 * overdrawn, and nothing is released, paid or recovered that was not committed or paid.
 */
export function ledgerProblem(totals: LedgerTotals, movement: LedgerMovement): LedgerProblem | null {
  if (!amountIsValid(movement)) return 'invalid_amount';
  const after = applyEntry(totals, movement);
  if (!Object.values(after).every(Number.isSafeInteger)) return 'too_large';
  switch (movement.kind) {
    case 'budget':
      return null;
    case 'adjustment':
      return availableFen(after) < 0 ? 'below_used' : null;
    case 'commitment':
      return availableFen(after) < 0 ? 'overdrawn' : null;
    case 'release':
      return after.committedFen < 0 ? 'release_exceeds_committed' : null;
    case 'payment':
      return after.committedFen < 0 ? 'payment_exceeds_committed' : null;
    case 'payment_reversal':
      return after.paidFen < 0 ? 'reversal_exceeds_paid' : null;
    case 'recovery':
      return after.paidFen < 0 ? 'recovery_exceeds_paid' : null;
  }
}
