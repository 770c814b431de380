import { sql } from 'drizzle-orm';
import {
  bigint,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { subsidyClaimLines, subsidyClaims } from './claims';
import { fundBudgets } from './funds';
import { users } from './identity';
import { regions } from './reference';

/**
 * 收款账户: where a payee's money goes — an institution's or enterprise's bank account, or a
 * person's social security card account. One per payee; the number is kept encrypted, with a masked
 * copy for lists. Changing it is audited with the reason.
 */
export const payeeAccounts = pgTable(
  'payee_accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** institution | enterprise | person */
    payeeType: varchar('payee_type', { length: 12 }).notNull(),
    payeeId: uuid('payee_id').notNull(),
    accountName: text('account_name').notNull(),
    accountNumberCipher: text('account_number_cipher').notNull(),
    accountNumberMasked: varchar('account_number_masked', { length: 24 }).notNull(),
    bankName: text('bank_name').notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('payee_accounts_payee_uq').on(t.payeeType, t.payeeId)],
);

/**
 * 支付批次: payable claims of one fund source in one region, sent to the bank as one file. Totals
 * are written once, when the batch is made; the lines carry the results.
 */
export const paymentBatches = pgTable(
  'payment_batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** ZF + region + year + sequence, see `paymentBatchNumber`. */
    number: varchar('number', { length: 20 }).notNull(),
    regionCode: varchar('region_code', { length: 6 })
      .notNull()
      .references(() => regions.code),
    year: integer('year').notNull(),
    sequence: integer('sequence').notNull(),
    fundSource: varchar('fund_source', { length: 24 }).notNull(),
    lineCount: integer('line_count').notNull(),
    totalFen: bigint('total_fen', { mode: 'number' }).notNull(),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** When the payment file was first exported, i.e. sent to the bank. */
    exportedAt: timestamp('exported_at', { withTimezone: true }),
    exportedBy: uuid('exported_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('payment_batches_number_uq').on(t.number),
    uniqueIndex('payment_batches_sequence_uq').on(t.regionCode, t.year, t.sequence),
    index('payment_batches_region_idx').on(t.regionCode, t.createdAt),
  ],
);

/**
 * 支付明细: one claim's transfer to its payee in one batch, with the account it was sent to. A claim
 * is held by at most one line that is with the bank or paid: the partial unique index refuses a
 * second, whatever the timing. A failed line, once corrected, lets its claim into a later batch.
 */
export const paymentLines = pgTable(
  'payment_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => paymentBatches.id),
    position: integer('position').notNull(),
    lineNumber: varchar('line_number', { length: 26 }).notNull(),
    claimId: uuid('claim_id')
      .notNull()
      .references(() => subsidyClaims.id),
    /** The budget the claim's commitment sits in, which the payment draws on. */
    budgetId: uuid('budget_id')
      .notNull()
      .references(() => fundBudgets.id),
    payeeType: varchar('payee_type', { length: 12 }).notNull(),
    payeeId: uuid('payee_id').notNull(),
    accountName: text('account_name').notNull(),
    accountNumberCipher: text('account_number_cipher').notNull(),
    accountNumberMasked: varchar('account_number_masked', { length: 24 }).notNull(),
    bankName: text('bank_name').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    /** pending | paid | failed | resubmitted */
    status: varchar('status', { length: 12 }).notNull(),
    failureReason: text('failure_reason'),
    resultAt: timestamp('result_at', { withTimezone: true }),
    resultImportId: uuid('result_import_id'),
    recoveredFen: bigint('recovered_fen', { mode: 'number' }).notNull().default(0),
    correctedBy: uuid('corrected_by').references(() => users.id),
    correctedAt: timestamp('corrected_at', { withTimezone: true }),
    correctionReason: text('correction_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('payment_lines_number_uq').on(t.lineNumber),
    uniqueIndex('payment_lines_position_uq').on(t.batchId, t.position),
    uniqueIndex('payment_lines_claim_uq').on(t.claimId).where(sql`${t.status} in ('pending', 'paid')`),
    index('payment_lines_claim_idx').on(t.claimId),
  ],
);

/**
 * 银行回盘: each result file imported for a batch, by its content hash — the same file imported
 * twice is refused by the unique index, so its payments are recorded once.
 */
export const paymentResultImports = pgTable(
  'payment_result_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => paymentBatches.id),
    sha256: varchar('sha256', { length: 64 }).notNull(),
    fileName: text('file_name'),
    paidCount: integer('paid_count').notNull(),
    failedCount: integer('failed_count').notNull(),
    importedBy: uuid('imported_by').references(() => users.id),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('payment_result_imports_file_uq').on(t.batchId, t.sha256)],
);

/**
 * 追回: money paid that is to come back — for one trainee of a claim or any part of the line —
 * with the reason. Deciding it writes the receivable and the ledger's reversing entry together;
 * the money's arrival is recorded on it later.
 */
export const paymentRecoveries = pgTable(
  'payment_recoveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    lineId: uuid('line_id')
      .notNull()
      .references(() => paymentLines.id),
    claimId: uuid('claim_id')
      .notNull()
      .references(() => subsidyClaims.id),
    claimLineId: uuid('claim_line_id').references(() => subsidyClaimLines.id),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    reason: text('reason').notNull(),
    /** outstanding | collected */
    status: varchar('status', { length: 12 }).notNull(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull(),
    collectedBy: uuid('collected_by').references(() => users.id),
    collectedAt: timestamp('collected_at', { withTimezone: true }),
    collectionNote: text('collection_note'),
  },
  (t) => [index('payment_recoveries_line_idx').on(t.lineId)],
);
