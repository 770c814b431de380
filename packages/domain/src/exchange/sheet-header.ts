import type { FieldReason } from '../errors/catalog';

/*
 * The header row of an imported spreadsheet, matched to a template's columns. Shared by every
 * import (demand lines, class rosters), so they all accept columns in any order and report every
 * missing, unknown and repeated column at once.
 */

/** Spreadsheet column letters: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export interface HeaderProblem {
  /** 1-based column, or null for a column that is missing altogether. */
  column: number | null;
  field: string;
  reason: FieldReason;
  params: Record<string, unknown>;
}

export interface HeaderMatch<K extends string> {
  /** Where each template column sits (1-based). */
  positions: Map<K, number>;
  /** Columns read but not imported (an export's status column). */
  ignored: Set<number>;
  problems: HeaderProblem[];
}

/** Headers compare without spacing, without a leading required-marker `*`, and full-width forms folded. */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^\*+|\*+$/g, '');
}

/**
 * Matches a header row (index 0 = column A) to `columns`. Optional columns may be left out;
 * `ignoredHeaders` are accepted once each and not imported.
 */
export function matchHeader<K extends string>(
  headers: readonly (string | null)[],
  columns: readonly { key: K; header: string; optional?: boolean }[],
  ignoredHeaders: readonly string[] = [],
): HeaderMatch<K> {
  const keys = new Map<string, K>(columns.map((column) => [normaliseHeader(column.header), column.key]));
  const ignorable = new Set(ignoredHeaders.map(normaliseHeader));
  const positions = new Map<K, number>();
  const ignored = new Set<number>();
  const ignoredSeen = new Set<string>();
  const problems: HeaderProblem[] = [];
  headers.forEach((raw, index) => {
    const column = index + 1;
    if (raw === null || raw.trim() === '') return;
    const normalised = normaliseHeader(raw);
    const key = keys.get(normalised);
    const letter = columnLetter(column);
    const repeated = {
      column,
      reason: 'duplicate_column' as const,
      params: { column: letter, header: raw.trim() },
    };
    if (key) {
      if (positions.has(key)) problems.push({ ...repeated, field: key });
      else positions.set(key, column);
    } else if (ignorable.has(normalised)) {
      if (ignoredSeen.has(normalised)) problems.push({ ...repeated, field: letter });
      ignoredSeen.add(normalised);
      ignored.add(column);
    } else {
      problems.push({
        column,
        field: letter,
        reason: 'unknown_column',
        params: { column: letter, header: raw.trim() },
      });
    }
  });
  for (const column of columns) {
    if (!column.optional && !positions.has(column.key)) {
      problems.push({
        column: null,
        field: column.key,
        reason: 'missing_column',
        params: { header: column.header },
      });
    }
  }
  return { positions, ignored, problems };
}
