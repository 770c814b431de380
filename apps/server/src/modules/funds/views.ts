import {
  availableFen,
  LEDGER_ENTRY_KINDS,
  type LedgerEntryKind,
  type LedgerTotals,
} from '@qiancheng/domain/funds/index';
import { FUND_SOURCE_CODES, type FundSourceCode } from '@qiancheng/domain/subsidy/fund-sources';
import { z } from 'zod';
import type { BudgetRow, EntryRow } from './repository';

const fen = z.number().int();

const totalsSchema = z.object({
  allocatedFen: fen,
  committedFen: fen,
  paidFen: fen,
  recoveredFen: fen,
});

export const budgetSchema = totalsSchema
  .extend({
    id: z.string(),
    regionCode: z.string(),
    regionName: z.string().nullable(),
    year: z.number().int(),
    source: z.enum(FUND_SOURCE_CODES),
    /** allocated − committed − paid: what may still be committed. */
    availableFen: fen,
    note: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'FundBudget' });
export type BudgetView = z.infer<typeof budgetSchema>;

export const ledgerEntrySchema = z
  .object({
    id: z.number().int(),
    budgetId: z.string(),
    kind: z.enum(LEDGER_ENTRY_KINDS),
    /** Signed: what the entry adds to (or, negative, takes from) its kind's total. */
    amountFen: fen,
    refType: z.string().nullable(),
    refId: z.string().nullable(),
    note: z.string().nullable(),
    recordedBy: z.string().nullable(),
    recordedByName: z.string().nullable(),
    recordedAt: z.string(),
  })
  .meta({ id: 'FundLedgerEntry' });
export type LedgerEntryView = z.infer<typeof ledgerEntrySchema>;

export const reconciliationSchema = z
  .object({
    budgetId: z.string(),
    regionCode: z.string(),
    year: z.number().int(),
    source: z.enum(FUND_SOURCE_CODES),
    entries: z.number().int(),
    stored: totalsSchema,
    ledger: totalsSchema,
    consistent: z.boolean(),
    differences: z.array(
      z.object({
        total: z.enum(['allocatedFen', 'committedFen', 'paidFen', 'recoveredFen']),
        storedFen: fen,
        ledgerFen: fen,
      }),
    ),
  })
  .meta({ id: 'FundReconciliation' });
export type Reconciliation = z.infer<typeof reconciliationSchema>;

export const regionReconciliationSchema = z
  .object({
    regionCode: z.string(),
    checkedAt: z.string(),
    budgets: z.number().int(),
    inconsistent: z.number().int(),
    results: z.array(reconciliationSchema),
  })
  .meta({ id: 'FundRegionReconciliation' });
export type RegionReconciliation = z.infer<typeof regionReconciliationSchema>;

export function totalsOfRow(row: BudgetRow): LedgerTotals {
  return {
    allocatedFen: row.allocatedFen,
    committedFen: row.committedFen,
    paidFen: row.paidFen,
    recoveredFen: row.recoveredFen,
  };
}

export function presentBudget(row: BudgetRow, regionName: string | null): BudgetView {
  const totals = totalsOfRow(row);
  return {
    id: row.id,
    regionCode: row.regionCode,
    regionName,
    year: row.year,
    source: row.source as FundSourceCode,
    ...totals,
    availableFen: availableFen(totals),
    note: row.note,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentEntry(row: EntryRow, recordedByName: string | null): LedgerEntryView {
  return {
    id: row.id,
    budgetId: row.budgetId,
    kind: row.kind as LedgerEntryKind,
    amountFen: row.amountFen,
    refType: row.refType,
    refId: row.refId,
    note: row.note,
    recordedBy: row.recordedBy,
    recordedByName,
    recordedAt: row.recordedAt.toISOString(),
  };
}
