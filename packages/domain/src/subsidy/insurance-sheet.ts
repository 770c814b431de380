import { type CellValue, cellText, isEmptyCell, parseDateCell } from '../demand/demand-row';
import type { FieldReason } from '../errors/catalog';
import type { PensionScheme } from './policy';

/** A social-insurance agency's export holds at most this many periods per file. */
export const MAX_INSURANCE_ROWS = 20_000;

/**
 * 参保缴费记录: the columns of the file a social-insurance agency exports for the platform, one row
 * per continuous period of one insurance. Columns in any order are accepted.
 */
export const INSURANCE_COLUMNS = [
  { key: 'name', header: '姓名', optional: false },
  { key: 'idNumber', header: '公民身份号码', optional: false },
  { key: 'insurance', header: '险种', optional: false },
  { key: 'scheme', header: '养老保险类型', optional: true },
  { key: 'fromMonth', header: '起始年月', optional: false },
  { key: 'toMonth', header: '截止年月', optional: true },
] as const;
export type InsuranceColumnKey = (typeof INSURANCE_COLUMNS)[number]['key'];

export interface InsuranceSheetLine {
  name: string;
  idNumber: string;
  insurance: 'unemployment' | 'pension';
  /** For pension only. */
  scheme: Exclude<PensionScheme, 'none'> | null;
  /** First and last month paid as the first day of the month; null: still paying. */
  fromMonth: string;
  toMonth: string | null;
}

export interface InsuranceCellProblem {
  field: InsuranceColumnKey;
  reason: FieldReason;
  params?: Record<string, unknown>;
}

const INSURANCE_TEXT = new Map<string, InsuranceSheetLine['insurance']>([
  ['失业保险', 'unemployment'],
  ['失业', 'unemployment'],
  ['unemployment', 'unemployment'],
  ['养老保险', 'pension'],
  ['养老', 'pension'],
  ['pension', 'pension'],
]);
const SCHEME_TEXT = new Map<string, NonNullable<InsuranceSheetLine['scheme']>>([
  ['企业职工基本养老保险', 'enterprise'],
  ['企业职工', 'enterprise'],
  ['企业', 'enterprise'],
  ['enterprise', 'enterprise'],
  ['机关事业单位养老保险', 'public_institution'],
  ['机关事业单位', 'public_institution'],
  ['public_institution', 'public_institution'],
  ['城乡居民基本养老保险', 'resident'],
  ['城乡居民', 'resident'],
  ['resident', 'resident'],
]);

const MONTH_TEXT = /^(\d{4})(?:[-/.年](\d{1,2})月?|(\d{2}))$/;

/**
 * A month as people write it — a date cell, `2025-10`, `2025/10`, `2025.10`, `2025年10月`,
 * `202510` as text or number, or a whole date — as the first day of that month.
 */
export function parseMonthCell(value: CellValue | undefined): string | null {
  if (value instanceof Date) {
    const date = parseDateCell(value);
    return date.ok ? `${date.value.slice(0, 7)}-01` : null;
  }
  const text = cellText(value).normalize('NFKC').replace(/\s+/g, '');
  const match = MONTH_TEXT.exec(text);
  if (match) {
    const month = Number(match[2] ?? match[3]);
    return month >= 1 && month <= 12 ? `${match[1]}-${String(month).padStart(2, '0')}-01` : null;
  }
  const date = parseDateCell(text);
  if (!date.ok) return null;
  const [year, month, day] = date.value.split('-').map(Number) as [number, number, number];
  const real = new Date(Date.UTC(year, month - 1, day));
  return real.getUTCMonth() === month - 1 && real.getUTCDate() === day
    ? `${date.value.slice(0, 7)}-01`
    : null;
}

const normalised = (value: CellValue | undefined) => cellText(value).normalize('NFKC').replace(/\s+/g, '');

/** One row of an insurance export, as written, or every problem it has. */
export function parseInsuranceCells(
  cells: Partial<Record<InsuranceColumnKey, CellValue>>,
): { ok: true; value: InsuranceSheetLine } | { ok: false; problems: InsuranceCellProblem[] } {
  const problems: InsuranceCellProblem[] = [];
  const required = (key: InsuranceColumnKey) => {
    if (isEmptyCell(cells[key])) problems.push({ field: key, reason: 'required' });
    return cellText(cells[key]);
  };
  const name = required('name');
  const idNumber = required('idNumber').toUpperCase();
  if (typeof cells.idNumber === 'number') problems.push({ field: 'idNumber', reason: 'id_number_not_text' });

  let insurance: InsuranceSheetLine['insurance'] | undefined;
  if (required('insurance')) {
    insurance = INSURANCE_TEXT.get(normalised(cells.insurance));
    if (!insurance) {
      problems.push({
        field: 'insurance',
        reason: 'invalid_value',
        params: { options: '失业保险、养老保险' },
      });
    }
  }
  let scheme: InsuranceSheetLine['scheme'] = null;
  if (insurance === 'pension') {
    if (isEmptyCell(cells.scheme)) problems.push({ field: 'scheme', reason: 'required' });
    else {
      scheme = SCHEME_TEXT.get(normalised(cells.scheme)) ?? null;
      if (!scheme) {
        problems.push({
          field: 'scheme',
          reason: 'invalid_value',
          params: { options: '企业职工、机关事业单位、城乡居民' },
        });
      }
    }
  }

  let fromMonth: string | null = null;
  if (required('fromMonth')) {
    fromMonth = parseMonthCell(cells.fromMonth);
    if (!fromMonth) problems.push({ field: 'fromMonth', reason: 'invalid_month' });
  }
  let toMonth: string | null = null;
  if (!isEmptyCell(cells.toMonth)) {
    toMonth = parseMonthCell(cells.toMonth);
    if (!toMonth) problems.push({ field: 'toMonth', reason: 'invalid_month' });
    else if (fromMonth && toMonth < fromMonth)
      problems.push({ field: 'toMonth', reason: 'month_before_start' });
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: { name, idNumber, insurance: insurance!, scheme, fromMonth: fromMonth!, toMonth },
  };
}
