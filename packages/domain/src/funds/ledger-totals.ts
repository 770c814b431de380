/**
 * 资金台账: every movement of a budget is an entry; a budget's totals are the sum of its entries.
 * Amounts are integer fen. An entry's amount is signed: kinds come in pairs that share one rule
 * and differ by the sign (commitment +, release −; payment +, payment reversal −).
 */
export const LEDGER_ENTRY_KINDS = [
  'budget',
  'adjustment',
  'commitment',
  'release',
  'payment',
  'payment_reversal',
  'recovery',
] as const;
export type LedgerEntryKind = (typeof LEDGER_ENTRY_KINDS)[number];

export const LEDGER_ENTRY_KIND_NAMES: Record<LedgerEntryKind, { 'zh-CN': string; 'en-US': string }> = {
  budget: { 'zh-CN': '下达预算', 'en-US': 'Initial budget' },
  adjustment: { 'zh-CN': '预算调整', 'en-US': 'Adjustment' },
  commitment: { 'zh-CN': '占用（审核通过）', 'en-US': 'Commitment' },
  release: { 'zh-CN': '释放占用', 'en-US': 'Release' },
  payment: { 'zh-CN': '支付', 'en-US': 'Payment' },
  payment_reversal: { 'zh-CN': '支付退回', 'en-US': 'Payment returned' },
  recovery: { 'zh-CN': '追回到账', 'en-US': 'Recovery received' },
};

/**
 * The sign each kind's amount carries: +1 positive, −1 negative, 0 either (a budget may start at
 * zero; an adjustment raises or lowers it).
 */
export const ENTRY_SIGN: Record<LedgerEntryKind, 1 | -1 | 0> = {
  budget: 1,
  adjustment: 0,
  commitment: 1,
  release: -1,
  payment: 1,
  payment_reversal: -1,
  recovery: 1,
};

export interface LedgerTotals {
  /** 已下达: the initial budget plus adjustments. */
  allocatedFen: number;
  /** 已占用: reserved for approved claims, not yet paid. */
  committedFen: number;
  /** 已支付: paid out, less payments returned and money recovered. */
  paidFen: number;
  /** 已追回: paid money recovered and received back. */
  recoveredFen: number;
}

export interface LedgerMovement {
  kind: LedgerEntryKind;
  amountFen: number;
}

export const ZERO_TOTALS: LedgerTotals = Object.freeze({
  allocatedFen: 0,
  committedFen: 0,
  paidFen: 0,
  recoveredFen: 0,
});

/** 可用余额: what may still be committed. Recovered money is back in it, as paid went down. */
export function availableFen(totals: LedgerTotals): number {
  return totals.allocatedFen - totals.committedFen - totals.paidFen;
}

/** The totals after one entry. */
export function applyEntry(totals: LedgerTotals, entry: LedgerMovement): LedgerTotals {
  const a = entry.amountFen;
  switch (entry.kind) {
    case 'budget':
    case 'adjustment':
      return { ...totals, allocatedFen: totals.allocatedFen + a };
    case 'commitment':
    case 'release':
      return { ...totals, committedFen: totals.committedFen + a };
    case 'payment':
    case 'payment_reversal':
      // A payment moves a committed amount to paid; a returned payment moves it back.
      return { ...totals, committedFen: totals.committedFen - a, paidFen: totals.paidFen + a };
    case 'recovery':
      // Money recovered undoes that much payment, so it is available again.
      return { ...totals, paidFen: totals.paidFen - a, recoveredFen: totals.recoveredFen + a };
  }
}

/** A budget's totals computed from its entries, as reconciliation checks the stored ones. */
export function totalsOf(entries: Iterable<LedgerMovement>): LedgerTotals {
  let totals = ZERO_TOTALS;
  for (const entry of entries) totals = applyEntry(totals, entry);
  return totals;
}

/** The totals whose stored value differs from the ledger's, with both values. */
export function totalsDifferences(
  stored: LedgerTotals,
  computed: LedgerTotals,
): { total: keyof LedgerTotals; storedFen: number; ledgerFen: number }[] {
  return (Object.keys(ZERO_TOTALS) as (keyof LedgerTotals)[])
    .filter((total) => stored[total] !== computed[total])
    .map((total) => ({ total, storedFen: stored[total], ledgerFen: computed[total] }));
}
