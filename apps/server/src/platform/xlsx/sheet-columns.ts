import { type CellValue, cellText, isEmptyCell } from '@qiancheng/domain/demand/demand-row';
import type { HeaderMatch, HeaderProblem } from '@qiancheng/domain/exchange/sheet-header';
import { AppError } from '../http/app-error';
import type { DataSheet } from './read-sheet';

/** Refuses an upload whose header row does not match the template, naming every column's problem. */
export function badColumns(problems: readonly HeaderProblem[]): AppError {
  return new AppError('import.bad_columns', {
    details: problems.map((p) => ({ field: p.field, row: 1, reason: p.reason, params: p.params })),
  });
}

/**
 * An import's columns: the sheet's header row (an empty cell as null) matched to the template by
 * `match`. A header with problems, or a sheet without data rows, is refused.
 */
export function sheetColumns<K extends string>(
  sheet: DataSheet,
  match: (headers: (string | null)[]) => HeaderMatch<K>,
): HeaderMatch<K> {
  const header = match(sheet.header.map((cell) => (isEmptyCell(cell) ? null : cellText(cell))));
  if (header.problems.length > 0) throw badColumns(header.problems);
  if (sheet.rows.length === 0) throw new AppError('import.no_rows');
  return header;
}

/** A data row's cells by the template column they stand in. */
export function cellsByColumn<K extends string>(
  header: HeaderMatch<K>,
  cells: readonly CellValue[],
): Partial<Record<K, CellValue>> {
  const values: Partial<Record<K, CellValue>> = {};
  for (const [key, column] of header.positions) values[key] = cells[column - 1] ?? null;
  return values;
}
