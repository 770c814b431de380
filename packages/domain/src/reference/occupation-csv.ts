import { formatMessage } from '../errors/catalog';
import { parseCsv } from './csv';
import type { LocalizedText } from './localized-text';
import { parseOccupationCode } from './occupation-code';
import { findPriorityField, PRIORITY_FIELDS, type PriorityFieldCode } from './priority-fields';

/**
 * Reads the full occupation list from CSV text, as exported from a spreadsheet. The header must
 * name `code` and `name`; `priority_field` and `description` are optional. Every problem is
 * reported with its line so that the whole file can be fixed in one pass, and nothing here throws
 * on user input: the caller imports the rows only when `errors` is empty.
 */

export type OccupationCsvProblem =
  | 'missing_header'
  | 'missing_column'
  | 'unknown_column'
  | 'duplicate_column'
  | 'unterminated_quote'
  | 'column_count'
  | 'required'
  | 'invalid_code'
  | 'duplicate_code'
  | 'unknown_priority_field';

export type OccupationCsvColumn = 'code' | 'name' | 'priority_field' | 'description';

export interface OccupationCsvRow {
  /** 1-based line in the file where the row begins. */
  row: number;
  code: string;
  name: string;
  /** `other` when the column is absent or the cell empty. */
  priorityField: PriorityFieldCode;
  description: string | null;
}

export interface OccupationCsvError {
  /** 1-based line in the file; 1 for header problems. */
  row: number;
  /** The column concerned, or null when the problem is the whole row or file. */
  column: string | null;
  reason: OccupationCsvProblem;
  message: LocalizedText;
}

export interface OccupationCsvResult {
  rows: OccupationCsvRow[];
  errors: OccupationCsvError[];
}

const PRIORITY_FIELD_CHOICES = PRIORITY_FIELDS.map((field) => `${field.code}（${field.name['zh-CN']}）`).join(
  '、',
);

export const OCCUPATION_CSV_PROBLEMS = {
  missing_header: {
    'zh-CN': '文件为空：第一行应为表头，至少包含 code 和 name 两列',
    'en-US': 'The file is empty: the first line must be a header naming at least code and name',
  },
  missing_column: {
    'zh-CN': '表头缺少必需的列“{column}”',
    'en-US': 'The header lacks the required column "{column}"',
  },
  unknown_column: {
    'zh-CN': '表头中的列“{column}”无法识别，可用的列为 code、name、priority_field、description',
    'en-US': 'The header column "{column}" is not recognised; use code, name, priority_field and description',
  },
  duplicate_column: {
    'zh-CN': '表头中的列“{column}”出现了不止一次',
    'en-US': 'The header names the column "{column}" more than once',
  },
  unterminated_quote: {
    'zh-CN': '此行开始的引号没有闭合，之后的内容均无法读取',
    'en-US': 'A quote opened on this line is never closed; nothing after it can be read',
  },
  column_count: {
    'zh-CN': '此行有 {actual} 列，而表头有 {expected} 列（含逗号的内容须加英文双引号）',
    'en-US': 'This row has {actual} columns but the header has {expected} (quote values that contain commas)',
  },
  required: {
    'zh-CN': '“{column}”不能为空',
    'en-US': '"{column}" must not be empty',
  },
  invalid_code: {
    'zh-CN': '职业编码“{value}”格式不正确，应为 D-DD-DD-DD，大类为 1–8（如 4-10-01-05）',
    'en-US':
      'The occupation code "{value}" must have the form D-DD-DD-DD with a major group of 1–8 (e.g. 4-10-01-05)',
  },
  duplicate_code: {
    'zh-CN': '职业编码“{value}”与第 {firstRow} 行重复',
    'en-US': 'The occupation code "{value}" already appears on line {firstRow}',
  },
  unknown_priority_field: {
    'zh-CN': `重点领域“{value}”无法识别，可填 ${PRIORITY_FIELD_CHOICES}，或留空`,
    'en-US': `The priority field "{value}" is not recognised; use ${PRIORITY_FIELDS.map((field) => field.code).join(', ')}, or leave it empty`,
  },
} as const satisfies Record<OccupationCsvProblem, LocalizedText>;

const COLUMNS: readonly OccupationCsvColumn[] = ['code', 'name', 'priority_field', 'description'];
const REQUIRED: readonly OccupationCsvColumn[] = ['code', 'name'];

function problem(
  row: number,
  column: string | null,
  reason: OccupationCsvProblem,
  params: Record<string, unknown> = {},
): OccupationCsvError {
  const template = OCCUPATION_CSV_PROBLEMS[reason];
  return {
    row,
    column,
    reason,
    message: {
      'zh-CN': formatMessage(template['zh-CN'], params),
      'en-US': formatMessage(template['en-US'], params),
    },
  };
}

function isColumn(name: string): name is OccupationCsvColumn {
  return (COLUMNS as readonly string[]).includes(name);
}

export function parseOccupationCsv(text: string): OccupationCsvResult {
  const { records, unterminatedQuoteLine } = parseCsv(text);
  const errors: OccupationCsvError[] = [];
  const rows: OccupationCsvRow[] = [];

  const [header, ...body] = records;
  if (!header) {
    if (unterminatedQuoteLine !== null)
      errors.push(problem(unterminatedQuoteLine, null, 'unterminated_quote'));
    else errors.push(problem(1, null, 'missing_header'));
    return { rows, errors };
  }

  // Where each known column sits; the first occurrence wins when one is repeated.
  const position = new Map<OccupationCsvColumn, number>();
  header.fields.forEach((raw, index) => {
    const name = raw.trim().toLowerCase();
    if (!isColumn(name)) {
      errors.push(problem(header.line, raw.trim(), 'unknown_column', { column: raw.trim() }));
    } else if (position.has(name)) {
      errors.push(problem(header.line, name, 'duplicate_column', { column: name }));
    } else {
      position.set(name, index);
    }
  });
  const missing = REQUIRED.filter((column) => !position.has(column));
  for (const column of missing) errors.push(problem(header.line, column, 'missing_column', { column }));
  // Without a code or name column no row can be read, and a report of every row would bury the
  // one real problem.
  if (missing.length > 0) return { rows, errors };

  const cell = (fields: string[], column: OccupationCsvColumn): string => {
    const index = position.get(column);
    return index === undefined ? '' : (fields[index] ?? '').trim();
  };
  const firstRowOfCode = new Map<string, number>();

  for (const { line, fields } of body) {
    if (fields.every((field) => field.trim() === '')) continue;
    if (fields.length !== header.fields.length) {
      errors.push(
        problem(line, null, 'column_count', { actual: fields.length, expected: header.fields.length }),
      );
      continue;
    }

    const rowErrors: OccupationCsvError[] = [];
    const rawCode = cell(fields, 'code');
    const parsedCode = parseOccupationCode(rawCode);
    if (rawCode === '') rowErrors.push(problem(line, 'code', 'required', { column: 'code' }));
    else if (!parsedCode.ok) rowErrors.push(problem(line, 'code', 'invalid_code', { value: rawCode }));
    else {
      const firstRow = firstRowOfCode.get(parsedCode.value.code);
      if (firstRow === undefined) firstRowOfCode.set(parsedCode.value.code, line);
      else
        rowErrors.push(problem(line, 'code', 'duplicate_code', { value: parsedCode.value.code, firstRow }));
    }

    const name = cell(fields, 'name');
    if (name === '') rowErrors.push(problem(line, 'name', 'required', { column: 'name' }));

    const rawField = cell(fields, 'priority_field');
    const field =
      rawField === '' ? PRIORITY_FIELDS.find((f) => f.code === 'other') : findPriorityField(rawField);
    if (!field)
      rowErrors.push(problem(line, 'priority_field', 'unknown_priority_field', { value: rawField }));

    const description = cell(fields, 'description');
    if (rowErrors.length > 0 || !parsedCode.ok || !field) {
      errors.push(...rowErrors);
      continue;
    }
    rows.push({
      row: line,
      code: parsedCode.value.code,
      name,
      priorityField: field.code,
      description: description === '' ? null : description,
    });
  }

  if (unterminatedQuoteLine !== null) errors.push(problem(unterminatedQuoteLine, null, 'unterminated_quote'));
  return { rows, errors };
}
