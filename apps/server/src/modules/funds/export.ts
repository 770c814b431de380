import { fundSource } from '@qiancheng/domain/subsidy/fund-sources';
import ExcelJS from 'exceljs';
import type { BudgetView } from './views';

const COLUMNS = [
  { header: '地区', width: 16 },
  { header: '行政区划代码', width: 14 },
  { header: '年度', width: 8 },
  { header: '资金来源', width: 16 },
  { header: '预算（元）', width: 18 },
  { header: '已占用（元）', width: 18 },
  { header: '已支付（元）', width: 18 },
  { header: '已追回（元）', width: 18 },
  { header: '可用余额（元）', width: 18 },
  { header: '备注', width: 30 },
] as const;

/** 元 with two decimals and thousands grouped, as a number cell keeps it summable. */
const YUAN_FORMAT = '#,##0.00';
const FIRST_AMOUNT_COLUMN = 5;
const AMOUNT_COLUMNS = 5;

/**
 * Budgets with their balances as a workbook: a title naming when it was read, one row per budget,
 * and a total row. Amounts are numbers in 元 (fen / 100 is exact to the cent for any budget a
 * province holds), formatted with two decimals.
 */
export async function budgetsWorkbook(
  budgets: readonly BudgetView[],
  title: string,
  readAt: Date,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = readAt;
  const sheet = workbook.addWorksheet('资金预算', { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = COLUMNS.map((column) => ({ width: column.width }));
  sheet.addRow([title]).font = { bold: true, size: 14 };
  sheet.mergeCells(1, 1, 1, COLUMNS.length);
  sheet.addRow(COLUMNS.map((column) => column.header)).font = { bold: true };
  for (const b of budgets) {
    sheet.addRow([
      b.regionName ?? b.regionCode,
      b.regionCode,
      b.year,
      fundSource(b.source).name['zh-CN'],
      b.allocatedFen / 100,
      b.committedFen / 100,
      b.paidFen / 100,
      b.recoveredFen / 100,
      b.availableFen / 100,
      b.note ?? '',
    ]);
  }
  if (budgets.length > 0) {
    const sum = (pick: (b: BudgetView) => number) => budgets.reduce((n, b) => n + pick(b), 0) / 100;
    sheet.addRow([
      '合计',
      '',
      '',
      '',
      sum((b) => b.allocatedFen),
      sum((b) => b.committedFen),
      sum((b) => b.paidFen),
      sum((b) => b.recoveredFen),
      sum((b) => b.availableFen),
    ]).font = { bold: true };
  }
  for (let column = FIRST_AMOUNT_COLUMN; column < FIRST_AMOUNT_COLUMN + AMOUNT_COLUMNS; column++) {
    sheet.getColumn(column).numFmt = YUAN_FORMAT;
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
