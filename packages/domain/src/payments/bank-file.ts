import { yuanText } from '../funds/money';

/**
 * 支付文件: what goes to the bank or the social security card channel, one row per transfer. The
 * same columns serve the .xlsx and the CSV; amounts are 元 with two decimals, written from integer
 * fen; account numbers are text, so no leading zero or digit is lost.
 */
export const PAYMENT_FILE_COLUMNS = [
  { key: 'position', header: '序号', width: 6 },
  { key: 'lineNumber', header: '明细号', width: 26 },
  { key: 'accountName', header: '收款户名', width: 28 },
  { key: 'accountNumber', header: '收款账号', width: 26 },
  { key: 'bankName', header: '开户银行', width: 28 },
  { key: 'amount', header: '金额（元）', width: 14 },
  { key: 'purpose', header: '用途', width: 20 },
  { key: 'claimNumber', header: '申领编号', width: 22 },
] as const;
export type PaymentFileColumnKey = (typeof PAYMENT_FILE_COLUMNS)[number]['key'];

export interface PaymentFileLine {
  position: number;
  lineNumber: string;
  accountName: string;
  accountNumber: string;
  bankName: string;
  amountFen: number;
  purpose: string;
  claimNumber: string;
}

export function paymentFileRow(line: PaymentFileLine): Record<PaymentFileColumnKey, string | number> {
  return {
    position: line.position,
    lineNumber: line.lineNumber,
    accountName: line.accountName,
    accountNumber: line.accountNumber,
    bankName: line.bankName,
    amount: yuanText(line.amountFen),
    purpose: line.purpose,
    claimNumber: line.claimNumber,
  };
}

/** A CSV field: quoted when it holds a comma, quote or line break, and a leading formula sign defused. */
export function csvField(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The payment file as CSV: UTF-8 with a byte-order mark (so spreadsheet programs read the Chinese
 * right), CRLF line ends, a header row, then a row per line and a closing total row.
 */
export function paymentFileCsv(lines: readonly PaymentFileLine[]): string {
  const rows: string[][] = [PAYMENT_FILE_COLUMNS.map((column) => column.header)];
  for (const line of lines) {
    const row = paymentFileRow(line);
    rows.push(PAYMENT_FILE_COLUMNS.map((column) => String(row[column.key])));
  }
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** 合计: the number of transfers and their sum, which the bank checks the file against. */
export function paymentFileTotal(lines: readonly { amountFen: number }[]): {
  count: number;
  totalFen: number;
} {
  return { count: lines.length, totalFen: lines.reduce((sum, line) => sum + line.amountFen, 0) };
}
