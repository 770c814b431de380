import { createHash } from 'node:crypto';
import { paymentLines, paymentResultImports } from '@qiancheng/db';
import { matchHeader } from '@qiancheng/domain/exchange/sheet-header';
import {
  BANK_RESULT_COLUMNS,
  BANK_RESULT_IGNORED_HEADERS,
  checkBankResult,
  MAX_BANK_RESULT_ROWS,
} from '@qiancheng/domain/payments/bank-result';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { appendAudit } from '../../platform/audit/recorder';
import { now } from '../../platform/clock';
import type { PlatformContext } from '../../platform/context';
import { AppError, fieldProblem } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { MAX_REPORTED_PROBLEMS } from '../../platform/xlsx/import-report';
import { readCsvSheet } from '../../platform/xlsx/read-csv';
import { type DataSheet, readDataSheet } from '../../platform/xlsx/read-sheet';
import { cellsByColumn, sheetColumns } from '../../platform/xlsx/sheet-columns';
import type { ClaimsService } from '../claims/service';
import type { FundsService } from '../funds/service';
import type { PaymentBatchesService } from './batches';
import * as repo from './repository';
import { type BatchDetail, batchDetailSchema } from './views';

export const resultImportResponse = z.object({
  paid: z.number(),
  failed: z.number(),
  batch: batchDetailSchema,
});
export type ResultImportOutcome = z.infer<typeof resultImportResponse>;

const XLSX_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** An .xlsx by its zip signature, anything else as CSV. */
async function readResultSheet(file: Buffer): Promise<DataSheet> {
  if (file.subarray(0, 4).equals(XLSX_SIGNATURE)) return readDataSheet(file, MAX_BANK_RESULT_ROWS);
  return readCsvSheet(file, MAX_BANK_RESULT_ROWS);
}

/**
 * 银行回盘: the bank's result file settles the batch's lines. The whole file is checked against the
 * batch first and any problem refuses all of it; otherwise, in one transaction with the batch row
 * locked, each paid line moves its amount from committed to paid in the ledger and its claim to
 * paid, and each failed line keeps the money committed and its claim waits for a correction. The
 * file's hash is recorded under a unique index, so the same file never settles anything twice.
 */
export class BankResultsService {
  constructor(
    private readonly platform: PlatformContext,
    private readonly deps: { batches: PaymentBatchesService; claims: ClaimsService; funds: FundsService },
  ) {}

  async importResult(
    context: RequestContext,
    batchId: string,
    file: Buffer,
    fileName: string | null,
  ): Promise<ResultImportOutcome> {
    await this.deps.batches.visible(context.actor!, batchId);
    const sheet = await readResultSheet(file);
    const header = sheetColumns(sheet, (headers) =>
      matchHeader(headers, BANK_RESULT_COLUMNS, BANK_RESULT_IGNORED_HEADERS),
    );
    const sha256 = createHash('sha256').update(file).digest('hex');
    return this.platform.db.transaction(async (tx) => {
      const batch = (await repo.findBatch(tx, batchId, true))!;
      if (!batch.exportedAt) throw new AppError('payments.batch_not_exported');
      const [earlier] = await tx
        .select()
        .from(paymentResultImports)
        .where(and(eq(paymentResultImports.batchId, batchId), eq(paymentResultImports.sha256, sha256)));
      if (earlier) {
        throw new AppError('payments.result_already_imported', {
          params: { at: earlier.importedAt.toISOString().slice(0, 16).replace('T', ' ') },
        });
      }
      const lines = await repo.linesOf(tx, batchId);
      if (lines.every((line) => line.status !== 'pending')) throw new AppError('payments.batch_settled');
      const checked = checkBankResult(
        sheet.rows.map(({ row, cells }) => ({ row, cells: cellsByColumn(header, cells) })),
        lines.map((line) => ({
          lineNumber: line.lineNumber,
          accountNumber: this.platform.vault.decrypt(line.accountNumberCipher),
          amountFen: line.amountFen,
          status: line.status as 'pending',
        })),
      );
      if (checked.problems.length > 0) {
        throw new AppError('payments.result_invalid', {
          params: { count: new Set(checked.problems.map((p) => p.row)).size },
          details: checked.problems
            .slice(0, MAX_REPORTED_PROBLEMS)
            .map((p) => ({ ...fieldProblem(p.field, p.reason, p.params), row: p.row })),
        });
      }
      const at = now();
      const [imported] = await tx
        .insert(paymentResultImports)
        .values({
          batchId,
          sha256,
          fileName,
          paidCount: checked.outcomes.filter((o) => o.result === 'paid').length,
          failedCount: checked.outcomes.filter((o) => o.result === 'failed').length,
          importedBy: context.actor!.userId,
          importedAt: at,
        })
        .returning();
      const byNumber = new Map(lines.map((line) => [line.lineNumber, line]));
      const paidClaims: string[] = [];
      const failedClaims: string[] = [];
      for (const outcome of checked.outcomes) {
        const line = byNumber.get(outcome.lineNumber)!;
        await tx
          .update(paymentLines)
          .set({
            status: outcome.result,
            failureReason: outcome.failureReason,
            resultAt: at,
            resultImportId: imported!.id,
          })
          .where(and(eq(paymentLines.id, line.id), eq(paymentLines.status, 'pending')));
        if (outcome.result === 'paid') {
          await this.deps.funds.pay(tx, context, {
            budget: { budgetId: line.budgetId },
            amountFen: line.amountFen,
            ref: { type: 'payment_line', id: line.id },
            note: line.lineNumber,
          });
          paidClaims.push(line.claimId);
        } else failedClaims.push(line.claimId);
      }
      const ref = { type: 'paymentBatch', id: batchId };
      await this.deps.claims.recordPayment(tx, context, paidClaims, 'paid', ref);
      await this.deps.claims.recordPayment(tx, context, failedClaims, 'pay_failed', ref);
      await appendAudit(tx, context, [
        {
          action: 'payment_batch.result',
          entityType: 'payment_batch',
          entityId: batchId,
          after: { fileName, sha256, paid: paidClaims.length, failed: failedClaims.length },
        },
      ]);
      const batchAfter = (await repo.findBatch(tx, batchId))!;
      const detail: BatchDetail = await this.deps.batches.detailOf(batchAfter, tx);
      return { paid: paidClaims.length, failed: failedClaims.length, batch: detail };
    });
  }
}
