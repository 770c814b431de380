import { type CellValue, cellText, isEmptyCell } from '../demand/demand-row';
import type { FieldReason } from '../errors/catalog';
import { parseYuan } from '../funds/money';
import { normaliseAccountNumber } from './payee-account';
import type { PaymentLineStatus } from './payment-lifecycle';

/**
 * 银行回盘文件: the bank's answer to a payment file, a row per transfer. Banks return the file they
 * were sent with a result column added, so the payment file's other columns are accepted and not
 * read; the line number and the amount must match the batch, and a failure names its reason.
 */
export const BANK_RESULT_COLUMNS = [
  { key: 'lineNumber', header: '明细号', optional: false },
  { key: 'accountNumber', header: '收款账号', optional: true },
  { key: 'amount', header: '金额（元）', optional: false },
  { key: 'result', header: '支付结果', optional: false },
  { key: 'failureReason', header: '失败原因', optional: true },
] as const;
export type BankResultColumnKey = (typeof BANK_RESULT_COLUMNS)[number]['key'];

/** Payment-file columns a returned file may still carry. */
export const BANK_RESULT_IGNORED_HEADERS = [
  '序号',
  '收款户名',
  '开户银行',
  '用途',
  '申领编号',
  '银行流水号',
  '处理时间',
];

/** A bank result file holds at most this many rows: one batch. */
export const MAX_BANK_RESULT_ROWS = 5_000;

const PAID = new Set(['成功', '支付成功', '已支付', '交易成功', '处理成功', 'success', 'paid', 's', '1']);
const FAILED = new Set(['失败', '支付失败', '交易失败', '处理失败', '退回', 'failed', 'failure', 'f', '0']);

export interface BankResultRow {
  row: number;
  cells: Partial<Record<BankResultColumnKey, CellValue>>;
}

export interface BatchLineForResult {
  lineNumber: string;
  accountNumber: string;
  amountFen: number;
  status: PaymentLineStatus;
}

export interface BankOutcome {
  row: number;
  lineNumber: string;
  result: 'paid' | 'failed';
  failureReason: string | null;
}

export interface BankResultProblem {
  row: number;
  field: BankResultColumnKey;
  reason: FieldReason;
  params?: Record<string, unknown>;
}

/**
 * Checks every row of a bank result against the batch's lines and answers each line's outcome, or
 * every problem: a line number not in the batch or given twice, an amount or account that differs
 * from what was sent, a result that is neither success nor failure, a failure without its reason,
 * a line that already has a result. Lines the file leaves out stay with the bank.
 */
export function checkBankResult(
  rows: readonly BankResultRow[],
  lines: readonly BatchLineForResult[],
): { outcomes: BankOutcome[]; problems: BankResultProblem[] } {
  const byNumber = new Map(lines.map((line) => [line.lineNumber, line]));
  const seen = new Map<string, number>();
  const outcomes: BankOutcome[] = [];
  const problems: BankResultProblem[] = [];
  for (const { row, cells } of rows) {
    const before = problems.length;
    const problem = (field: BankResultColumnKey, reason: FieldReason, params?: Record<string, unknown>) =>
      problems.push({ row, field, reason, ...(params ? { params } : {}) });

    const lineNumber = cellText(cells.lineNumber).normalize('NFKC').trim();
    const line = lineNumber ? byNumber.get(lineNumber) : undefined;
    if (!lineNumber) problem('lineNumber', 'required');
    else if (!line) problem('lineNumber', 'payment_line_unknown');
    else if (seen.has(lineNumber))
      problem('lineNumber', 'payment_line_repeated', { row: seen.get(lineNumber) });
    else if (line.status !== 'pending') problem('lineNumber', 'payment_line_settled');
    if (lineNumber && !seen.has(lineNumber)) seen.set(lineNumber, row);

    const amountCell = cells.amount;
    const amountFen = isEmptyCell(amountCell)
      ? null
      : parseYuan(typeof amountCell === 'number' ? amountCell : cellText(amountCell));
    if (isEmptyCell(amountCell)) problem('amount', 'required');
    else if (amountFen === null) problem('amount', 'amount_invalid');
    else if (line && amountFen !== line.amountFen) {
      problem('amount', 'payment_amount_mismatch', { expected: (line.amountFen / 100).toFixed(2) });
    }

    if (line && !isEmptyCell(cells.accountNumber)) {
      const written = normaliseAccountNumber(cellText(cells.accountNumber));
      if (written !== normaliseAccountNumber(line.accountNumber))
        problem('accountNumber', 'payment_account_mismatch');
    }

    const resultText = cellText(cells.result).normalize('NFKC').replace(/\s+/g, '').toLowerCase();
    const result = PAID.has(resultText) ? 'paid' : FAILED.has(resultText) ? 'failed' : null;
    if (!resultText) problem('result', 'required');
    else if (!result) problem('result', 'invalid_value', { options: '成功、失败' });
    const failureReason = cellText(cells.failureReason).trim();
    if (result === 'failed' && !failureReason) problem('failureReason', 'failure_reason_required');

    if (problems.length === before && line && result) {
      outcomes.push({ row, lineNumber, result, failureReason: result === 'failed' ? failureReason : null });
    }
  }
  return { outcomes, problems };
}
