import {
  PAYMENT_BATCH_STATUSES,
  PAYMENT_LINE_STATUSES,
  type PaymentLineStatus,
  paymentBatchStatus,
} from '@qiancheng/domain/payments/payment-lifecycle';
import { z } from 'zod';
import type { BatchRow, BatchSums, LineRow, RecoveryRow, ResultImportRow } from './repository';

export const batchItemSchema = z
  .object({
    id: z.string(),
    number: z.string(),
    regionCode: z.string(),
    fundSource: z.string(),
    lineCount: z.number(),
    totalFen: z.number(),
    /** open until the file is exported, sent while any line is with the bank, then settled. */
    status: z.enum(PAYMENT_BATCH_STATUSES),
    pendingFen: z.number(),
    paidFen: z.number(),
    failedFen: z.number(),
    recoveredFen: z.number(),
    note: z.string().nullable(),
    createdAt: z.string(),
    exportedAt: z.string().nullable(),
  })
  .meta({ id: 'PaymentBatch' });
export type BatchItem = z.infer<typeof batchItemSchema>;

export const recoverySchema = z
  .object({
    id: z.string(),
    lineId: z.string(),
    claimId: z.string(),
    claimLineId: z.string().nullable(),
    amountFen: z.number(),
    reason: z.string(),
    status: z.enum(['outstanding', 'collected']),
    decidedAt: z.string(),
    collectedAt: z.string().nullable(),
    collectionNote: z.string().nullable(),
  })
  .meta({ id: 'PaymentRecovery' });
export type RecoveryView = z.infer<typeof recoverySchema>;

export const paymentLineSchema = z
  .object({
    id: z.string(),
    position: z.number(),
    lineNumber: z.string(),
    claimId: z.string(),
    claimNumber: z.string(),
    accountName: z.string(),
    accountNumberMasked: z.string(),
    bankName: z.string(),
    amountFen: z.number(),
    status: z.enum(PAYMENT_LINE_STATUSES),
    failureReason: z.string().nullable(),
    resultAt: z.string().nullable(),
    recoveredFen: z.number(),
    correctionReason: z.string().nullable(),
    recoveries: z.array(recoverySchema),
  })
  .meta({ id: 'PaymentLine' });
export type PaymentLineView = z.infer<typeof paymentLineSchema>;

export const resultImportSchema = z.object({
  id: z.string(),
  fileName: z.string().nullable(),
  paidCount: z.number(),
  failedCount: z.number(),
  importedAt: z.string(),
});

export const batchDetailSchema = batchItemSchema.extend({
  lines: z.array(paymentLineSchema),
  imports: z.array(resultImportSchema),
});
export type BatchDetail = z.infer<typeof batchDetailSchema>;

const iso = (value: Date | null) => (value ? value.toISOString() : null);

export function presentBatch(row: BatchRow, sums: BatchSums | undefined): BatchItem {
  const pendingLines = sums?.pendingLines ?? row.lineCount;
  return {
    id: row.id,
    number: row.number,
    regionCode: row.regionCode,
    fundSource: row.fundSource,
    lineCount: row.lineCount,
    totalFen: row.totalFen,
    status: paymentBatchStatus(row.exportedAt, pendingLines > 0 ? ['pending'] : []),
    pendingFen: sums?.pendingFen ?? row.totalFen,
    paidFen: sums?.paidFen ?? 0,
    failedFen: sums?.failedFen ?? 0,
    recoveredFen: sums?.recoveredFen ?? 0,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
    exportedAt: iso(row.exportedAt),
  };
}

export function presentRecovery(row: RecoveryRow): RecoveryView {
  return {
    id: row.id,
    lineId: row.lineId,
    claimId: row.claimId,
    claimLineId: row.claimLineId,
    amountFen: row.amountFen,
    reason: row.reason,
    status: row.status as RecoveryView['status'],
    decidedAt: row.decidedAt.toISOString(),
    collectedAt: iso(row.collectedAt),
    collectionNote: row.collectionNote,
  };
}

export function presentLine(row: LineRow, claimNumber: string, recoveries: RecoveryRow[]): PaymentLineView {
  return {
    id: row.id,
    position: row.position,
    lineNumber: row.lineNumber,
    claimId: row.claimId,
    claimNumber,
    accountName: row.accountName,
    accountNumberMasked: row.accountNumberMasked,
    bankName: row.bankName,
    amountFen: row.amountFen,
    status: row.status as PaymentLineStatus,
    failureReason: row.failureReason,
    resultAt: iso(row.resultAt),
    recoveredFen: row.recoveredFen,
    correctionReason: row.correctionReason,
    recoveries: recoveries.map(presentRecovery),
  };
}

export function presentImport(row: ResultImportRow) {
  return {
    id: row.id,
    fileName: row.fileName,
    paidCount: row.paidCount,
    failedCount: row.failedCount,
    importedAt: row.importedAt.toISOString(),
  };
}
