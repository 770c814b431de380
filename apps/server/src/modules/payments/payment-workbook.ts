import { yuanText } from '@qiancheng/domain/funds/money';
import {
  PAYMENT_FILE_COLUMNS,
  type PaymentFileLine,
  paymentFileTotal,
} from '@qiancheng/domain/payments/bank-file';
import { BANK_RESULT_COLUMNS } from '@qiancheng/domain/payments/bank-result';
import ExcelJS from 'exceljs';

/** The result columns the bank fills in and returns; the import reads them by these headers. */
const RESULT_HEADERS = BANK_RESULT_COLUMNS.filter((c) => c.key === 'result' || c.key === 'failureReason').map(
  (c) => c.header,
);

/**
 * 支付文件 as a workbook: the transfers on the first sheet, row 1 the header, with empty 支付结果 and
 * 失败原因 columns the bank fills in, so the same file comes back as the result; the batch's totals
 * on a second sheet. Amounts are number cells in 元 with two decimals, account numbers text.
 */
export async function paymentWorkbook(
  batch: { number: string; fundSourceName: string; regionName: string },
  lines: readonly PaymentFileLine[],
  exportedAt: Date,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = exportedAt;
  const sheet = workbook.addWorksheet('支付明细', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    ...PAYMENT_FILE_COLUMNS.map((column) => ({ width: column.width })),
    ...RESULT_HEADERS.map(() => ({ width: 16 })),
  ];
  sheet.addRow([...PAYMENT_FILE_COLUMNS.map((column) => column.header), ...RESULT_HEADERS]).font = {
    bold: true,
  };
  for (const line of lines) {
    const row = sheet.addRow([
      line.position,
      line.lineNumber,
      line.accountName,
      line.accountNumber,
      line.bankName,
      line.amountFen / 100,
      line.purpose,
      line.claimNumber,
    ]);
    row.getCell(4).numFmt = '@';
    row.getCell(6).numFmt = '0.00';
  }
  const total = paymentFileTotal(lines);
  const summary = workbook.addWorksheet('批次汇总');
  summary.columns = [{ width: 16 }, { width: 30 }];
  for (const [label, value] of [
    ['支付批次号', batch.number],
    ['地区', batch.regionName],
    ['资金来源', batch.fundSourceName],
    ['笔数', String(total.count)],
    ['合计金额（元）', yuanText(total.totalFen)],
    ['导出时间', exportedAt.toISOString()],
  ] as const) {
    summary.addRow([label, value]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
