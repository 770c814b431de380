import { MAX_ROSTER_ROWS, ROSTER_COLUMNS } from '@qiancheng/domain/classes/roster-sheet';
import { TARGET_GROUPS } from '@qiancheng/domain/reference/target-groups';
import ExcelJS from 'exceljs';
import { INSTRUCTIONS_SHEET } from '../../platform/xlsx/read-sheet';

export const ROSTER_SHEET = '学员名册';

const WIDTHS: Record<(typeof ROSTER_COLUMNS)[number]['key'], number> = {
  name: 12,
  idNumber: 22,
  mobile: 14,
  targetGroup: 22,
  evidenceNote: 36,
};

/**
 * The roster template: the data sheet with the ID number and mobile columns stored as text (so a
 * spreadsheet program keeps all 18 characters), a list to pick the target group from, and a sheet
 * of instructions.
 */
export async function buildRosterTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '前程';
  const sheet = workbook.addWorksheet(ROSTER_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = ROSTER_COLUMNS.map((column) => ({
    header: column.header,
    key: column.key,
    width: WIDTHS[column.key],
    style: column.key === 'idNumber' || column.key === 'mobile' ? { numFmt: '@' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  const groupColumn = String.fromCharCode(65 + ROSTER_COLUMNS.findIndex((c) => c.key === 'targetGroup'));
  // One validation over the whole column range; exceljs declares only per-cell validations.
  (
    sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }
  ).dataValidations.add(`${groupColumn}2:${groupColumn}${MAX_ROSTER_ROWS + 1}`, {
    type: 'list',
    allowBlank: true,
    // A list typed into the validation is limited to 255 characters; the names live on the notes sheet.
    formulae: [
      `'${INSTRUCTIONS_SHEET}'!$A$${ROSTER_COLUMNS.length + 4}:$A$${ROSTER_COLUMNS.length + 3 + TARGET_GROUPS.length}`,
    ],
    showErrorMessage: true,
    errorTitle: '重点群体',
    error: '请从列表中选择重点群体',
  });

  const notes = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  notes.columns = [
    { header: '列名', key: 'header', width: 22 },
    { header: '是否必填', key: 'required', width: 10 },
    { header: '填写说明', key: 'note', width: 80 },
  ];
  notes.getRow(1).font = { bold: true };
  for (const column of ROSTER_COLUMNS) {
    notes.addRow({ header: column.header, required: column.optional ? '选填' : '必填', note: column.note });
  }
  notes.addRow({});
  notes.addRow({ header: '重点群体可选值', note: '及通常需要的证明材料' }).font = { bold: true };
  for (const group of TARGET_GROUPS) notes.addRow({ header: group.name['zh-CN'], note: group.evidence });
  notes.addRow({});
  for (const line of [
    `数据填写在“${ROSTER_SHEET}”工作表，第 1 行为表头（请勿修改），数据从第 2 行开始；每个文件最多 ${MAX_ROSTER_ROWS} 行。`,
    '开班时未满 16 周岁、身份证号码与已登记姓名不符、与本人已报名的其他班级上课时间重叠、已完成同职业同等级培训的人员不能报名。',
    '导入时如有任何一行不符合要求，可以选择整体不导入，或只导入无误的行；错误报告列出行号、列名和原因。',
  ]) {
    notes.addRow({ header: line });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
