import { PRIORITY_FIELDS } from '@qiancheng/domain/reference/priority-fields';
import { TARGET_GROUPS } from '@qiancheng/domain/reference/target-groups';
import ExcelJS from 'exceljs';
import type { Aggregate } from './service';

function fieldName(code: string): string {
  return PRIORITY_FIELDS.find((field) => field.code === code)?.name['zh-CN'] ?? code;
}

/**
 * The aggregate as a workbook: one row per region × occupation with zh-CN headers, one column per
 * target group, and a totals row. The rows are the grouped sums, a few thousand at most, so the
 * workbook is built in memory.
 */
export async function buildAggregateWorkbook(aggregate: Aggregate, today: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '前程';
  const sheet = workbook.addWorksheet('需求汇总', { views: [{ state: 'frozen', ySplit: 2 }] });
  const columns: Partial<ExcelJS.Column>[] = [
    { key: 'regionCode', width: 12 },
    { key: 'regionName', width: 20 },
    { key: 'occupationCode', width: 12 },
    { key: 'occupationName', width: 22 },
    { key: 'priorityField', width: 10 },
    { key: 'demandLines', width: 16 },
    { key: 'postsOpen', width: 14 },
    { key: 'wishes', width: 16 },
    ...TARGET_GROUPS.map((group) => ({ key: `group:${group.code}`, width: 14 })),
  ];
  sheet.columns = columns;
  const title = sheet.addRow([
    `${aggregate.region.name}（${aggregate.region.code}）用工需求与培训意愿汇总，统计日 ${today}`,
  ]);
  title.font = { bold: true };
  const header = sheet.addRow([
    '区域代码',
    '区域',
    '职业编码',
    '职业',
    '重点领域',
    '招聘中需求（条）',
    '空缺岗位（个）',
    '培训意愿（人次）',
    ...TARGET_GROUPS.map((group) => `意愿：${group.name['zh-CN']}`),
  ]);
  header.font = { bold: true };
  for (const row of aggregate.rows) {
    sheet.addRow([
      row.regionCode,
      row.regionName,
      row.occupationCode,
      row.occupationName,
      fieldName(row.priorityField),
      row.demandLines,
      row.postsOpen,
      row.wishes,
      ...TARGET_GROUPS.map((group) => row.wishesByGroup[group.code] ?? 0),
    ]);
  }
  const totals = sheet.addRow([
    '合计',
    '',
    '',
    '',
    '',
    aggregate.totals.demandLines,
    aggregate.totals.postsOpen,
    aggregate.totals.wishes,
    ...TARGET_GROUPS.map((group) =>
      aggregate.rows.reduce((sum, row) => sum + (row.wishesByGroup[group.code] ?? 0), 0),
    ),
  ]);
  totals.font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
