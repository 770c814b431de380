import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { users } from './identity';
import { regions } from './reference';

/**
 * 资金预算: what a region may spend in a year from one fund source, with running totals kept equal
 * to the sums of its ledger entries (updated in the transaction that writes the entry, under the
 * row's lock). Amounts are integer fen. The checks are the last line of defence: the service never
 * writes totals that break them.
 */
export const fundBudgets = pgTable(
  'fund_budgets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: varchar('region_code', { length: 6 })
      .notNull()
      .references(() => regions.code),
    year: integer('year').notNull(),
    /** employment_subsidy | unemployment_insurance | local_finance | social_capital */
    source: varchar('source', { length: 32 }).notNull(),
    allocatedFen: bigint('allocated_fen', { mode: 'number' }).notNull(),
    committedFen: bigint('committed_fen', { mode: 'number' }).notNull().default(0),
    paidFen: bigint('paid_fen', { mode: 'number' }).notNull().default(0),
    recoveredFen: bigint('recovered_fen', { mode: 'number' }).notNull().default(0),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('fund_budgets_region_year_source_uq').on(t.regionCode, t.year, t.source),
    index('fund_budgets_year_idx').on(t.year, t.regionCode),
    check(
      'fund_budgets_totals_ck',
      sql`${t.committedFen} >= 0 and ${t.paidFen} >= 0 and ${t.recoveredFen} >= 0 and ${t.allocatedFen} - ${t.committedFen} - ${t.paidFen} >= 0`,
    ),
  ],
);

/**
 * 资金台账: the append-only record of every movement of a budget (a trigger refuses updates and
 * deletes). Other modules point at what caused an entry through (ref_type, ref_id): a claim, a
 * voucher, a payment batch. The identity id orders entries as they were written.
 */
export const fundLedgerEntries = pgTable(
  'fund_ledger_entries',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    budgetId: uuid('budget_id')
      .notNull()
      .references(() => fundBudgets.id),
    /** budget | adjustment | commitment | release | payment | payment_reversal | recovery */
    kind: varchar('kind', { length: 20 }).notNull(),
    /** Signed: releases and returned payments are negative, a decrease of the budget too. */
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    refType: varchar('ref_type', { length: 32 }),
    refId: text('ref_id'),
    note: text('note'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    /** The platform clock's moment, as every business time. */
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('fund_ledger_entries_budget_idx').on(t.budgetId, t.id),
    index('fund_ledger_entries_ref_idx').on(t.refType, t.refId),
  ],
);
