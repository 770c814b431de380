import type { LocalizedText } from '../reference/localized-text';

/**
 * 支付: approved claims whose public notice has ended go into a payment batch of their fund source,
 * one line per claim to its payee. The batch's file goes to the bank (or the social security card
 * channel); the bank's result file settles each line as paid or failed. A failed line is corrected
 * (its account, with the reason) and its claim goes into a later batch; a paid line may be
 * recovered (追回) in part or whole, with the reason.
 */
export const PAYMENT_LINE_STATUSES = ['pending', 'paid', 'failed', 'resubmitted'] as const;
export type PaymentLineStatus = (typeof PAYMENT_LINE_STATUSES)[number];

export const PAYMENT_LINE_STATUS_NAMES: Record<PaymentLineStatus, LocalizedText> = {
  pending: { 'zh-CN': '待银行处理', 'en-US': 'With the bank' },
  paid: { 'zh-CN': '支付成功', 'en-US': 'Paid' },
  failed: { 'zh-CN': '支付失败', 'en-US': 'Failed' },
  resubmitted: { 'zh-CN': '已更正重发', 'en-US': 'Corrected and resubmitted' },
};

export const PAYMENT_BATCH_STATUSES = ['open', 'sent', 'settled'] as const;
export type PaymentBatchStatus = (typeof PAYMENT_BATCH_STATUSES)[number];

export const PAYMENT_BATCH_STATUS_NAMES: Record<PaymentBatchStatus, LocalizedText> = {
  open: { 'zh-CN': '待导出', 'en-US': 'Not yet exported' },
  sent: { 'zh-CN': '银行处理中', 'en-US': 'With the bank' },
  settled: { 'zh-CN': '已回盘', 'en-US': 'Settled' },
};

/** A batch is open until its file is exported, with the bank until every line has a result. */
export function paymentBatchStatus(
  exportedAt: string | Date | null,
  lineStatuses: readonly PaymentLineStatus[],
): PaymentBatchStatus {
  if (exportedAt === null) return 'open';
  return lineStatuses.some((status) => status === 'pending') ? 'sent' : 'settled';
}

/** 支付批次号: `ZF` + region + year + a four-digit sequence of that region and year. */
export function paymentBatchNumber(regionCode: string, year: number, sequence: number): string {
  return `ZF${regionCode}${year}${String(sequence).padStart(4, '0')}`;
}

/** 支付明细号: the batch number and the line's place in it, which the bank echoes in its result. */
export function paymentLineNumber(batchNumber: string, position: number): string {
  return `${batchNumber}-${String(position).padStart(4, '0')}`;
}

/** A batch holds at most this many lines: a bank file of one transfer order. */
export const MAX_BATCH_LINES = 5_000;

export type RecoveryProblem = 'invalid_amount' | 'exceeds_paid';

/**
 * 追回: at most what was paid on the line and not already recovered; a positive number of fen.
 */
export function recoveryProblem(
  line: { status: PaymentLineStatus; amountFen: number; recoveredFen: number },
  amountFen: number,
): RecoveryProblem | 'not_paid' | null {
  if (line.status !== 'paid') return 'not_paid';
  if (!Number.isSafeInteger(amountFen) || amountFen <= 0) return 'invalid_amount';
  if (amountFen > line.amountFen - line.recoveredFen) return 'exceeds_paid';
  return null;
}
