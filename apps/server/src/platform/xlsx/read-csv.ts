import type { CellValue } from '@qiancheng/domain/demand/demand-row';
import { AppError } from '../http/app-error';
import type { DataSheet } from './read-sheet';

/**
 * Text of a CSV file as banks and spreadsheet programs write it: UTF-8 (with or without a byte
 * order mark) or, failing that, GB18030/GBK, which Chinese banks' systems still often use.
 */
export function decodeCsv(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
  } catch {
    return new TextDecoder('gb18030').decode(buffer);
  }
}

/** Splits CSV text into rows of fields: commas, double-quoted fields with "" for a quote, CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (quoted) throw new AppError('payments.result_not_readable');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A CSV file as the data sheet an import reads: row 1 the header, blank rows left out. */
export function readCsvSheet(buffer: Buffer, maxRows: number): DataSheet {
  if (buffer.includes(0)) throw new AppError('payments.result_not_readable');
  const rows = parseCsv(decodeCsv(buffer));
  const cells = (row: string[]): CellValue[] =>
    row.map((value) => (value.trim() === '' ? null : value.trim()));
  const data = rows
    .slice(1)
    .map((row, index) => ({ row: index + 2, cells: cells(row) }))
    .filter((row) => row.cells.some((cell) => cell !== null));
  if (data.length > maxRows) throw new AppError('import.too_many_rows', { params: { limit: maxRows } });
  return { name: 'csv', header: cells(rows[0] ?? []), rows: data, merges: [] };
}
