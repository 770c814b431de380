import { PassThrough } from 'node:stream';
import { MAX_HEADCOUNT, MAX_MONTHLY_WAGE } from '@qiancheng/domain/demand/demand-line';
import {
  DEMAND_COLUMNS,
  DEMAND_STATUS_COLUMN,
  type DemandColumnKey,
  MAX_IMPORT_ROWS,
  SKILL_LEVEL_CHOICES,
  skillLevelCellText,
} from '@qiancheng/domain/demand/demand-row';
import ExcelJS from 'exceljs';
import { INSTRUCTIONS_SHEET } from '../../../platform/xlsx/read-sheet';

export const DATA_SHEET = '用工需求';

/** Columns that hold codes or phone numbers: stored as text so that a program keeps them as typed. */
const TEXT_COLUMNS: readonly DemandColumnKey[] = [
  'creditCode',
  'regionCode',
  'occupationCode',
  'contactPhone',
];

const WIDTHS: Record<DemandColumnKey, number> = {
  creditCode: 22,
  enterpriseName: 30,
  regionCode: 14,
  occupationCode: 12,
  skillLevel: 14,
  headcount: 10,
  skillRequirements: 40,
  wageMin: 14,
  wageMax: 14,
  deadline: 12,
  contactName: 10,
  contactPhone: 14,
};

const DATE_FORMAT = 'yyyy-mm-dd';

/** One exported line, in the template's terms. */
export interface DemandSheetLine {
  creditCode: string;
  enterpriseName: string;
  regionCode: string;
  occupationCode: string;
  skillLevel: string | null;
  headcount: number;
  skillRequirements: string;
  wageMin: number;
  wageMax: number;
  /** YYYY-MM-DD */
  deadline: string;
  contactName: string;
  contactPhone: string;
  /** The status in words, for the reader; an import ignores it. */
  status: string;
}

function columnsOf(withStatus: boolean): Partial<ExcelJS.Column>[] {
  const columns: Partial<ExcelJS.Column>[] = DEMAND_COLUMNS.map((column) => ({
    header: column.header,
    key: column.key,
    width: WIDTHS[column.key],
    style: TEXT_COLUMNS.includes(column.key)
      ? { numFmt: '@' }
      : column.key === 'deadline'
        ? { numFmt: DATE_FORMAT }
        : {},
  }));
  if (withStatus)
    columns.push({ header: DEMAND_STATUS_COLUMN.header, key: DEMAND_STATUS_COLUMN.key, width: 10 });
  return columns;
}

function styleHeader(row: ExcelJS.Row) {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle' };
}

function cellRange(key: DemandColumnKey): string {
  const letter = String.fromCharCode(65 + DEMAND_COLUMNS.findIndex((column) => column.key === key));
  return `${letter}2:${letter}${MAX_IMPORT_ROWS + 1}`;
}

/**
 * One validation over a whole column range, as the file format allows. exceljs supports this at run
 * time but declares only per-cell validations, which would mean 50,000 entries per column.
 */
function rangeValidations(sheet: ExcelJS.Worksheet) {
  return (
    sheet as unknown as {
      dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
    }
  ).dataValidations;
}

/**
 * The import template: the data sheet with its header and input checks, and a second sheet that
 * explains every column. It carries no sample row, so nothing has to be deleted before use.
 */
export async function buildTemplate(today: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '前程';
  const sheet = workbook.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columnsOf(false);
  styleHeader(sheet.getRow(1));

  const skillLevels = `"${SKILL_LEVEL_CHOICES.join(',')}"`;
  const validations = rangeValidations(sheet);
  validations.add(cellRange('skillLevel'), {
    type: 'list',
    allowBlank: true,
    formulae: [skillLevels],
    showErrorMessage: true,
    errorTitle: '技能等级',
    error: `请从列表中选择：${SKILL_LEVEL_CHOICES.join('、')}`,
  });
  validations.add(cellRange('headcount'), {
    type: 'whole',
    operator: 'between',
    allowBlank: true,
    formulae: [1, MAX_HEADCOUNT],
    showErrorMessage: true,
    errorTitle: '招聘人数',
    error: `请填写 1 到 ${MAX_HEADCOUNT} 之间的整数`,
  });
  for (const key of ['wageMin', 'wageMax'] as const) {
    validations.add(cellRange(key), {
      type: 'whole',
      operator: 'between',
      allowBlank: true,
      formulae: [0, MAX_MONTHLY_WAGE],
      showErrorMessage: true,
      errorTitle: '月工资',
      error: `请填写 0 到 ${MAX_MONTHLY_WAGE} 之间的整数（元）`,
    });
  }

  const notes = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  notes.columns = [
    { header: '列名', key: 'header', width: 22 },
    { header: '是否必填', key: 'required', width: 10 },
    { header: '填写说明', key: 'note', width: 80 },
  ];
  styleHeader(notes.getRow(1));
  for (const column of DEMAND_COLUMNS) {
    notes.addRow({ header: column.header, required: column.required ? '必填' : '选填', note: column.note });
  }
  notes.addRow({});
  for (const line of [
    `数据填写在“${DATA_SHEET}”工作表，第 1 行为表头（请勿修改），数据从第 2 行开始；空行会被跳过。`,
    `每个文件最多 ${MAX_IMPORT_ROWS} 行数据；请勿合并单元格。列的顺序可以调整，但不能增删列。`,
    '导入方式：“全部导入”时任何一行有错误则整个文件都不导入；“仅导入正确行”时导入无误的行，并列出有误的行。',
    '错误报告中的行号为工作表中的行号，列名为上表中的列名。',
    `截止日期不能早于导入当天（本模板生成于 ${today}）。`,
    '导出的文件多一列“状态”，可直接修改后重新导入，导入时忽略“状态”列。',
  ]) {
    notes.addRow({ header: line }).getCell(1).alignment = { wrapText: false };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * An export: the template's columns plus the status, one row per line, written as a stream so
 * that a large export costs memory for the file, not for a workbook model of every cell.
 */
export async function buildExport(lines: AsyncIterable<DemandSheetLine> | Iterable<DemandSheetLine>) {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    output.on('end', resolve);
    output.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: true,
  });
  workbook.creator = '前程';
  const sheet = workbook.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columnsOf(true);
  styleHeader(sheet.getRow(1));
  sheet.getRow(1).commit();
  for await (const line of lines) {
    sheet
      .addRow({
        ...line,
        skillLevel: skillLevelCellText(line.skillLevel),
        // Midnight UTC is how spreadsheet dates are stored: the date shown is the deadline itself.
        deadline: new Date(`${line.deadline}T00:00:00Z`),
      })
      .commit();
  }
  sheet.commit();
  await workbook.commit();
  await finished;
  return Buffer.concat(chunks);
}
