import ExcelJS from 'exceljs';
import { INSTRUCTIONS_SHEET } from './read-sheet';

export interface TemplateColumn<K extends string> {
  key: K;
  header: string;
  optional: boolean;
}

/**
 * The .xlsx template of an import: the data sheet with its header row frozen (text-formatted
 * columns for ID numbers and codes, so a spreadsheet program keeps their digits), and the sheet of
 * instructions naming each column, whether it is required and how to fill it in.
 */
export async function buildImportTemplate<K extends string>(template: {
  sheetName: string;
  columns: readonly TemplateColumn<K>[];
  notes: Record<K, string>;
  textColumns: readonly K[];
  footer: string;
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '前程';
  const sheet = workbook.addWorksheet(template.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = template.columns.map((column) => ({
    header: column.header,
    key: column.key,
    width: column.key === 'idNumber' ? 22 : 14,
    style: template.textColumns.includes(column.key) ? { numFmt: '@' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  const notes = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  notes.columns = [
    { header: '列名', key: 'header', width: 16 },
    { header: '是否必填', key: 'required', width: 10 },
    { header: '填写说明', key: 'note', width: 70 },
  ];
  notes.getRow(1).font = { bold: true };
  for (const column of template.columns) {
    notes.addRow({
      header: column.header,
      required: column.optional ? '选填' : '必填',
      note: template.notes[column.key],
    });
  }
  notes.addRow({});
  notes.addRow({ header: template.footer });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
