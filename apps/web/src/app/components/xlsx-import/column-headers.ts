/** A spreadsheet's columns by key, as the import dialog names them in its report: key → header. */
export function columnHeaders(
  columns: readonly { key: string; header: string }[],
): ReadonlyMap<string, string> {
  return new Map(columns.map((column) => [column.key, column.header]));
}
