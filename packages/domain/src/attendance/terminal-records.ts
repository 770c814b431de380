import type { FieldReason } from '../errors/catalog';
import { type HeaderProblem, matchHeader } from '../exchange/sheet-header';
import { parseIdNumber } from '../identity/id-number';
import { parseCsv } from '../reference/csv';
import { parseRecordTime } from './record-time';

/*
 * 人脸识别考勤机 records, uploaded by the institution as CSV (one header line, then one record a
 * line) or as JSON. A record names the terminal by its serial, the person by their 公民身份号码
 * or their id in the platform, the time of recognition and the match score. Everything that can be
 * judged from a record alone is judged here; the terminal, the roster and the timetable are the
 * server's to check.
 */

/** Below this match score a recognition is too uncertain to count as attendance. */
export const TERMINAL_MATCH_THRESHOLD = 0.8;
/** The most records one upload may hold. */
export const MAX_TERMINAL_RECORDS = 20_000;

export const TERMINAL_RECORD_COLUMNS = [
  { key: 'terminal', header: '终端编号', english: 'terminal' },
  { key: 'person', header: '公民身份号码或人员编号', english: 'person' },
  { key: 'time', header: '识别时间', english: 'time' },
  { key: 'score', header: '比对分值', english: 'score' },
] as const;

export type TerminalRecordField = (typeof TERMINAL_RECORD_COLUMNS)[number]['key'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DECIMAL = /^\d+(\.\d+)?$/;
const MAX_CODE_LENGTH = 64;

export interface TerminalRecordLine {
  /** The CSV line, or the 1-based position in a JSON list. */
  row: number;
  terminalCode: string;
  person: { idNumber: string } | { personId: string };
  at: number;
  score: number;
}

export interface RecordProblem {
  row: number;
  field: TerminalRecordField | 'line';
  reason: FieldReason;
  params?: Record<string, string | number>;
}

export type TerminalFileReading =
  | { ok: true; lines: TerminalRecordLine[]; problems: RecordProblem[]; dataRows: number }
  | { ok: false; error: 'no_rows' | 'too_many_rows' }
  | { ok: false; error: 'bad_columns'; problems: HeaderProblem[] };

function text(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

function readPerson(value: string): TerminalRecordLine['person'] | FieldReason {
  if (UUID.test(value)) return { personId: value.toLowerCase() };
  const parsed = parseIdNumber(value);
  if (parsed.ok) return { idNumber: parsed.value.idNumber };
  // Something of ID-number length gets the ID number's own reason; anything else is neither form.
  return value.length === 18 ? `id_number_${parsed.reason}` : 'attendance_person_format';
}

function readScore(value: unknown): number | null {
  const score =
    typeof value === 'number' ? value : DECIMAL.test(text(value)) ? Number(text(value)) : Number.NaN;
  return Number.isFinite(score) && score >= 0 && score <= 1 ? score : null;
}

/** One record's values checked on their own. */
export function parseTerminalRecord(
  row: number,
  values: Partial<Record<TerminalRecordField, unknown>>,
): { ok: true; line: TerminalRecordLine } | { ok: false; problems: RecordProblem[] } {
  const problems: RecordProblem[] = [];
  const missing = (field: TerminalRecordField) => text(values[field]) === '';
  for (const column of TERMINAL_RECORD_COLUMNS) {
    if (missing(column.key)) problems.push({ row, field: column.key, reason: 'required' });
  }
  const terminalCode = text(values.terminal);
  if (terminalCode.length > MAX_CODE_LENGTH) {
    problems.push({ row, field: 'terminal', reason: 'too_long', params: { maximum: MAX_CODE_LENGTH } });
  }
  const person = missing('person') ? null : readPerson(text(values.person));
  if (typeof person === 'string') problems.push({ row, field: 'person', reason: person });
  const at = missing('time') ? null : parseRecordTime(text(values.time));
  if (!missing('time') && at === null)
    problems.push({ row, field: 'time', reason: 'attendance_time_format' });
  const score = missing('score') ? null : readScore(values.score);
  if (!missing('score') && score === null)
    problems.push({ row, field: 'score', reason: 'attendance_score_range' });
  if (problems.length > 0 || person === null || typeof person === 'string' || at === null || score === null) {
    return { ok: false, problems };
  }
  return { ok: true, line: { row, terminalCode, person, at, score } };
}

function personKey(person: TerminalRecordLine['person']): string {
  return 'idNumber' in person ? `id:${person.idNumber}` : `person:${person.personId}`;
}

/** Reads records one by one, then marks repeats of an earlier record (same terminal, person and time). */
function readRecords(
  records: readonly { row: number; values: Partial<Record<TerminalRecordField, unknown>> }[],
): { lines: TerminalRecordLine[]; problems: RecordProblem[] } {
  const lines: TerminalRecordLine[] = [];
  const problems: RecordProblem[] = [];
  const firstRow = new Map<string, number>();
  for (const record of records) {
    const result = parseTerminalRecord(record.row, record.values);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const key = `${result.line.terminalCode}|${personKey(result.line.person)}|${result.line.at}`;
    const earlier = firstRow.get(key);
    if (earlier === undefined) {
      firstRow.set(key, record.row);
      lines.push(result.line);
    } else {
      problems.push({
        row: record.row,
        field: 'time',
        reason: 'attendance_duplicate_row',
        params: { row: earlier },
      });
    }
  }
  return { lines, problems };
}

/** Records from CSV text with a header line in Chinese (the template) or English. */
export function readTerminalCsv(csv: string): TerminalFileReading {
  const { records, unterminatedQuoteLine } = parseCsv(csv);
  const [header, ...data] = records;
  if (!header) return { ok: false, error: 'no_rows' };
  const headers = header.fields.map((field) => field.trim() || null);
  const matches = [
    matchHeader(headers, TERMINAL_RECORD_COLUMNS),
    matchHeader(
      headers,
      TERMINAL_RECORD_COLUMNS.map((column) => ({ key: column.key, header: column.english })),
    ),
  ].sort((a, b) => a.problems.length - b.problems.length);
  const match = matches[0]!;
  if (match.problems.length > 0) return { ok: false, error: 'bad_columns', problems: match.problems };
  if (data.length === 0 && unterminatedQuoteLine === null) return { ok: false, error: 'no_rows' };
  if (data.length > MAX_TERMINAL_RECORDS) return { ok: false, error: 'too_many_rows' };
  const read = readRecords(
    data.map((record) => ({
      row: record.line,
      values: Object.fromEntries(
        [...match.positions].map(([key, column]) => [key, record.fields[column - 1] ?? '']),
      ),
    })),
  );
  if (unterminatedQuoteLine !== null) {
    read.problems.push({
      row: unterminatedQuoteLine,
      field: 'line',
      reason: 'attendance_unterminated_quote',
    });
  }
  return { ok: true, ...read, dataRows: data.length + (unterminatedQuoteLine === null ? 0 : 1) };
}

/** Records from a JSON list of objects with the keys terminal, person, time and score. */
export function readTerminalJson(records: readonly Record<string, unknown>[]): TerminalFileReading {
  if (records.length === 0) return { ok: false, error: 'no_rows' };
  if (records.length > MAX_TERMINAL_RECORDS) return { ok: false, error: 'too_many_rows' };
  const read = readRecords(records.map((values, index) => ({ row: index + 1, values })));
  return { ok: true, ...read, dataRows: records.length };
}
