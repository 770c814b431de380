import { Readable } from 'node:stream';
import type { CellValue } from '@qiancheng/domain/demand/demand-row';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { AppError } from '../http/app-error';

/** One row of the data sheet: the sheet's own row number and its cells, index 0 being column A. */
export interface SheetRow {
  row: number;
  cells: CellValue[];
}

export interface DataSheet {
  name: string;
  /** Row 1, the header; empty when the sheet has no row 1. */
  header: CellValue[];
  /** Rows after the header that hold at least one value; blank rows are left out. */
  rows: SheetRow[];
  /** Merged ranges anywhere on the sheet, such as `A3:B3`. */
  merges: string[];
}

/** The sheet of instructions the template carries beside the data; never read as data. */
export const INSTRUCTIONS_SHEET = '填写说明';

/**
 * What the cell data of one upload may unpack to. A 20 MB upload of 50,000 ordinary rows unpacks
 * to well under 100 MB; the limit stops a crafted file that would unpack to gigabytes.
 */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
export const MAX_UNPACKED_TEXT = '200 MB';

/**
 * Rows the regular loader may meet beyond the data limit before it gives up: blank rows that
 * carry only formatting count as rows in the file, though not as data.
 */
const BLANK_ROW_ALLOWANCE = 10_000;

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const CELL_DATA_PART = /^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/;

/** Parts of a worksheet the import never looks at; skipping them saves time and memory. */
const IGNORED_NODES = ['cols', 'dataValidations', 'conditionalFormatting', 'hyperlinks', 'extLst', 'drawing'];

function notXlsx(): AppError {
  return new AppError('import.not_xlsx');
}

function tooManyRows(limit: number): AppError {
  return new AppError('import.too_many_rows', { params: { limit } });
}

/** A cell as a person sees it: formulas by their result, rich text and links by their text. */
export function plainCell(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (result === undefined || result === null) return null;
    return typeof result === 'object' && !(result instanceof Date) ? result.error : result;
  }
  if ('error' in value) return value.error;
  if ('text' in value) return plainCell(value.text as ExcelJS.CellValue);
  return null;
}

function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

function cellsOf(row: ExcelJS.Row): CellValue[] {
  // Row.values is 1-based (index 0 unused) and sparse where cells are missing.
  const values = row.values as ExcelJS.CellValue[];
  const cells: CellValue[] = [];
  for (let column = 1; column < values.length; column += 1) cells.push(plainCell(values[column]));
  while (cells.length > 0 && isBlank(cells[cells.length - 1]!)) cells.pop();
  return cells;
}

/**
 * Unpacks the cell data once without keeping it, to refuse a file that would unpack to more than
 * the limit before anything holds it in memory or on disk.
 */
async function assertUnpackedSize(zip: JSZip): Promise<void> {
  let total = 0;
  for (const file of Object.values(zip.files)) {
    if (file.dir || !CELL_DATA_PART.test(file.name)) continue;
    await new Promise<void>((resolve, reject) => {
      const stream = file.nodeStream('nodebuffer');
      stream.on('data', (chunk: Buffer) => {
        total += chunk.length;
        if (total > MAX_UNPACKED_BYTES) {
          stream.pause();
          stream.removeAllListeners();
          reject(new AppError('import.unpacked_too_large', { params: { limit: MAX_UNPACKED_TEXT } }));
        }
      });
      stream.on('end', resolve);
      stream.on('error', () => reject(notXlsx()));
    });
  }
}

/**
 * Counts the data rows of the first worksheet that is not the instructions, streaming, and stops
 * counting one row past `limit`. Shared strings are not resolved here (a count does not need them),
 * which keeps this pass light. exceljs's streaming reader has a known race in resolving shared
 * strings and workbook parts (exceljs issues #683, #3064), so this pass only ever answers "too
 * many"; the values come from the regular loader, and anything this pass cannot read is left to it.
 */
async function countDataRows(buffer: Buffer, limit: number): Promise<number | null> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([buffer]), {
    worksheets: 'emit',
    sharedStrings: 'ignore',
    styles: 'ignore',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let counted: number | null = null;
  try {
    // Every worksheet is visited to the end of the outer loop: the reader removes its temporary
    // copy of a sheet only when the loop moves past it.
    for await (const worksheet of reader) {
      const name = (worksheet as unknown as { name?: string }).name;
      const isData = counted === null && name !== INSTRUCTIONS_SHEET;
      let rows = 0;
      for await (const row of worksheet) {
        if (!isData) continue;
        if (row.number > 1 && row.hasValues) rows += 1;
        if (rows > limit) break;
      }
      if (isData) counted = rows;
    }
  } catch {
    return null;
  }
  return counted;
}

/**
 * Reads the data sheet of an uploaded workbook: the first worksheet that is not the instructions
 * sheet, row 1 as its header. Checks run cheapest first: the zip signature, the unpacked size, a
 * streaming row count (so an oversized file is refused without building it in memory), and only
 * then the full read, which is bounded by the same limit.
 */
export async function readDataSheet(buffer: Buffer, maxRows: number): Promise<DataSheet> {
  if (buffer.length < ZIP_SIGNATURE.length || !buffer.subarray(0, 4).equals(ZIP_SIGNATURE)) throw notXlsx();
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer);
  } catch {
    throw notXlsx();
  }
  if (!zip.file('xl/workbook.xml')) throw notXlsx();
  await assertUnpackedSize(zip);

  const counted = await countDataRows(buffer, maxRows);
  if (counted !== null && counted > maxRows) throw tooManyRows(maxRows);

  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      buffer as unknown as ExcelJS.Buffer,
      {
        ignoreNodes: IGNORED_NODES,
        // Passed through to the sheet parser, which stops at this many rows.
        maxRows: maxRows + 1 + BLANK_ROW_ALLOWANCE,
      } as Partial<ExcelJS.XlsxReadOptions>,
    );
  } catch (error) {
    if (error instanceof Error && /^Max row count/.test(error.message)) throw tooManyRows(maxRows);
    throw notXlsx();
  }
  const worksheet = workbook.worksheets.find((sheet) => sheet.name !== INSTRUCTIONS_SHEET);
  if (!worksheet) throw notXlsx();

  const sheet: DataSheet = { name: worksheet.name, header: [], rows: [], merges: [] };
  worksheet.eachRow((row, number) => {
    const cells = cellsOf(row);
    if (number === 1) sheet.header = cells;
    else if (cells.some((cell) => !isBlank(cell))) sheet.rows.push({ row: number, cells });
  });
  if (sheet.rows.length > maxRows) throw tooManyRows(maxRows);
  // The model lists merges; building it costs a pass over the rows, so only when there are any.
  if (worksheet.hasMerges) sheet.merges = worksheet.model.merges;
  return sheet;
}
