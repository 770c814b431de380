import type { FieldReason, Locale } from '../errors/catalog';
import { columnLetter, type HeaderMatch, matchHeader } from '../exchange/sheet-header';
import { CREDIT_CODE_PROBLEMS, parseCreditCode } from '../identity/credit-code';
import { MOBILE_PROBLEMS, parseMobile } from '../identity/mobile';
import type { LocalizedText } from '../reference/localized-text';
import { OCCUPATION_CODE_PROBLEMS, parseOccupationCode } from '../reference/occupation-code';
import { SKILL_LEVELS, type SkillLevelCode } from '../reference/skill-levels';
import { checkDemand } from './demand-line';

/**
 * One row of the demand spreadsheet (用工需求导入模板), checked on its own. Cells arrive as a
 * spreadsheet program leaves them: text, numbers (codes and phones typed without a text format
 * become numbers), dates (a deadline typed as a date), booleans or nothing. Everything that can be
 * decided from the row alone is decided here; what needs the database (does the enterprise exist,
 * is the region inside the importer's scope) is checked by the caller.
 */
export type CellValue = string | number | boolean | Date | null;

export const DEMAND_COLUMNS = [
  {
    key: 'creditCode',
    header: '统一社会信用代码',
    required: true,
    note: '18 位，含校验位；同一企业的多行须一致',
  },
  {
    key: 'enterpriseName',
    header: '企业名称',
    required: false,
    note: '企业尚未在系统登记时必填（导入时自动登记）；已登记时可留空，填写则须与登记名称一致',
  },
  {
    key: 'regionCode',
    header: '工作地点行政区划代码',
    required: true,
    note: 'GB/T 2260 六位代码，如 410102（郑州市中原区）；须在您的管辖区域内',
  },
  {
    key: 'occupationCode',
    header: '职业编码',
    required: true,
    note: '职业分类大典（2022年版）编码，格式 D-DD-DD-DD，如 4-10-01-05（养老护理员）',
  },
  {
    key: 'skillLevel',
    header: '技能等级',
    required: false,
    note: '不限、五级/初级工、四级/中级工、三级/高级工、二级/技师、一级/高级技师；留空视为不限',
  },
  { key: 'headcount', header: '招聘人数', required: true, note: '正整数，不超过 100000' },
  { key: 'skillRequirements', header: '技能要求', required: true, note: '岗位所需的技能，不超过 2000 字' },
  { key: 'wageMin', header: '最低月工资（元）', required: true, note: '整数，单位元' },
  { key: 'wageMax', header: '最高月工资（元）', required: true, note: '整数，单位元，不低于最低月工资' },
  {
    key: 'deadline',
    header: '截止日期',
    required: true,
    note: '日期单元格，或文本 YYYY-MM-DD（如 2026-12-31）；不能早于今天',
  },
  { key: 'contactName', header: '联系人', required: true, note: '不超过 50 字' },
  { key: 'contactPhone', header: '联系电话', required: true, note: '11 位手机号码' },
] as const satisfies readonly { key: string; header: string; required: boolean; note: string }[];

export type DemandColumnKey = (typeof DEMAND_COLUMNS)[number]['key'];

const COLUMN_ORDER: readonly DemandColumnKey[] = DEMAND_COLUMNS.map((column) => column.key);

/**
 * The column an export adds after the template's columns. An import accepts and ignores it, so an
 * exported file goes back in unchanged: the status follows from the other values.
 */
export const DEMAND_STATUS_COLUMN = { key: 'status', header: '状态' } as const;

/** The most data rows one file may hold; beyond it the file is refused before any row is checked. */
export const MAX_IMPORT_ROWS = 50_000;

export const DEMAND_TEXT_LIMITS = {
  enterpriseName: 128,
  skillRequirements: 2000,
  contactName: 50,
  address: 200,
} as const;

export interface DemandRow {
  creditCode: string;
  /** Null when the cell was empty: the enterprise must then already be registered. */
  enterpriseName: string | null;
  regionCode: string;
  occupationCode: string;
  skillLevel: SkillLevelCode | null;
  headcount: number;
  skillRequirements: string;
  wageMin: number;
  wageMax: number;
  deadline: string;
  contactName: string;
  contactPhone: string;
}

export interface RowProblem {
  field: DemandColumnKey;
  reason: FieldReason;
  params?: Record<string, unknown>;
  /** A more precise text than the reason's own, where the rule knows one. */
  messages?: LocalizedText;
}

export interface RowContext {
  /** YYYY-MM-DD in China. */
  today: string;
  isKnownRegion(code: string): boolean;
  isKnownOccupation(code: string): boolean;
}

export type DemandRowResult = { ok: true; value: DemandRow } | { ok: false; problems: RowProblem[] };

/** Whether a cell holds nothing a person typed (blank text counts as empty). */
export function isEmptyCell(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function dateText(value: Date): string {
  // Spreadsheet dates carry no zone; readers hand them over as midnight UTC of the day shown.
  return value.toISOString().slice(0, 10);
}

/** The text a person sees in the cell, trimmed; numbers as typed (no exponent for whole numbers). */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : dateText(value);
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value.trim();
}

/** Codes and numbers are read after NFKC, so full-width digits from an input method are accepted. */
function codeText(value: CellValue | undefined): string {
  return cellText(value).normalize('NFKC').replace(/\s+/g, '');
}

type Parsed<T> = { ok: true; value: T } | { ok: false; problem: Omit<RowProblem, 'field'> };

const WHOLE_NUMBER = /^[+-]?\d+(?:\.0+)?$/;

/** A whole number from a number cell or text such as `4,500` or `4500.00`. */
export function parseWholeNumber(value: CellValue | undefined): Parsed<number> {
  if (typeof value === 'number') {
    return Number.isInteger(value) ? { ok: true, value } : { ok: false, problem: { reason: 'not_integer' } };
  }
  const text = codeText(value).replace(/[,，]/g, '');
  if (!WHOLE_NUMBER.test(text) || !Number.isSafeInteger(Number(text))) {
    return { ok: false, problem: { reason: 'not_integer' } };
  }
  return { ok: true, value: Number(text) };
}

const TEXT_DATE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/;

/**
 * A date from a date cell or from text `YYYY-MM-DD` (also `YYYY/M/D` and `YYYY年M月D日`, which
 * spreadsheet programs produce when a date cell is saved as text). Whether the day exists is left
 * to checkDemand, so that both paths report it the same way.
 */
export function parseDateCell(value: CellValue | undefined): Parsed<string> {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, problem: { reason: 'invalid_date' } };
    return { ok: true, value: dateText(value) };
  }
  if (typeof value !== 'string') return { ok: false, problem: { reason: 'invalid_date' } };
  const match = TEXT_DATE.exec(codeText(value));
  if (!match) return { ok: false, problem: { reason: 'invalid_date' } };
  const [, year, month, day] = match;
  return { ok: true, value: `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}` };
}

const CHINESE_LEVEL_DIGITS: Record<string, SkillLevelCode> = {
  五: 'L5',
  四: 'L4',
  三: 'L3',
  二: 'L2',
  一: 'L1',
};
const ANY_LEVEL = ['不限', '无', '无要求', '任意'];
export const SKILL_LEVEL_CHOICES = ['不限', ...SKILL_LEVELS.map((level) => level.name['zh-CN'])];

/**
 * A skill level as people write it: the code (L4), the full name (四级/中级工), either half of it
 * (四级, 中级工), or the digit (4). Empty and 不限 mean any level.
 */
export function parseSkillLevelCell(value: CellValue | undefined): Parsed<SkillLevelCode | null> {
  if (isEmptyCell(value)) return { ok: true, value: null };
  const text = codeText(value);
  if (ANY_LEVEL.includes(text)) return { ok: true, value: null };
  const upper = text.toUpperCase();
  for (const level of SKILL_LEVELS) {
    const name = level.name['zh-CN'].normalize('NFKC');
    const [grade, title] = name.split('/');
    if (
      upper === level.code ||
      upper === String(level.rank) ||
      text === name ||
      text === grade ||
      text === title ||
      text === title?.replace(/工$/, '')
    ) {
      return { ok: true, value: level.code };
    }
  }
  const chineseDigit = /^([一二三四五])级?$/.exec(text)?.[1];
  if (chineseDigit) return { ok: true, value: CHINESE_LEVEL_DIGITS[chineseDigit]! };
  return {
    ok: false,
    problem: { reason: 'invalid_skill_level', params: { options: SKILL_LEVEL_CHOICES.join('、') } },
  };
}

/** How a skill level is written into a spreadsheet: the name people read, which the import accepts back. */
export function skillLevelCellText(code: string | null): string {
  if (!code) return '不限';
  return SKILL_LEVELS.find((level) => level.code === code)?.name['zh-CN'] ?? code;
}

function messagesOf(texts: Record<Locale, string>): LocalizedText {
  return { 'zh-CN': texts['zh-CN'], 'en-US': texts['en-US'] };
}

/** Checks one row; every problem of the row is reported, not only the first. */
export function parseDemandRow(
  cells: Partial<Record<DemandColumnKey, CellValue>>,
  context: RowContext,
): DemandRowResult {
  const problems: RowProblem[] = [];
  const report = (field: DemandColumnKey, problem: Omit<RowProblem, 'field'>) =>
    problems.push({ field, ...problem });
  const required = (field: DemandColumnKey): boolean => {
    if (!isEmptyCell(cells[field])) return true;
    report(field, { reason: 'required' });
    return false;
  };
  const text = (field: DemandColumnKey, maximum: number): string => {
    const value = cellText(cells[field]);
    if ([...value].length > maximum) report(field, { reason: 'too_long', params: { maximum } });
    return value;
  };

  let creditCode = '';
  if (required('creditCode')) {
    const parsed = parseCreditCode(cellText(cells.creditCode));
    if (parsed.ok) creditCode = parsed.value.creditCode;
    else
      report('creditCode', {
        reason: 'invalid_credit_code',
        messages: messagesOf(CREDIT_CODE_PROBLEMS[parsed.reason]),
      });
  }

  const enterpriseName = isEmptyCell(cells.enterpriseName)
    ? null
    : text('enterpriseName', DEMAND_TEXT_LIMITS.enterpriseName);

  let regionCode = '';
  if (required('regionCode')) {
    regionCode = codeText(cells.regionCode);
    if (!/^\d{6}$/.test(regionCode)) report('regionCode', { reason: 'invalid_format' });
    else if (!context.isKnownRegion(regionCode)) report('regionCode', { reason: 'unknown_region' });
  }

  let occupationCode = '';
  if (required('occupationCode')) {
    const parsed = parseOccupationCode(cellText(cells.occupationCode));
    if (!parsed.ok)
      report('occupationCode', {
        reason: 'invalid_format',
        messages: messagesOf(OCCUPATION_CODE_PROBLEMS[parsed.reason]),
      });
    else if (!context.isKnownOccupation(parsed.value.code))
      report('occupationCode', { reason: 'unknown_occupation' });
    else occupationCode = parsed.value.code;
  }

  const level = parseSkillLevelCell(cells.skillLevel);
  if (!level.ok) report('skillLevel', level.problem);

  const numbers: Partial<Record<'headcount' | 'wageMin' | 'wageMax', number>> = {};
  for (const field of ['headcount', 'wageMin', 'wageMax'] as const) {
    if (!required(field)) continue;
    const parsed = parseWholeNumber(cells[field]);
    if (parsed.ok) numbers[field] = parsed.value;
    else report(field, parsed.problem);
  }

  let deadline: string | null = null;
  if (required('deadline')) {
    const parsed = parseDateCell(cells.deadline);
    if (parsed.ok) deadline = parsed.value;
    else report('deadline', parsed.problem);
  }

  // The same range, order and date rules as a line entered through the form, on whatever parsed.
  if (deadline !== null || Object.keys(numbers).length > 0) {
    const ruleProblems = checkDemand(
      {
        headcount: numbers.headcount ?? 1,
        wageMin: numbers.wageMin ?? 0,
        wageMax: numbers.wageMax ?? numbers.wageMin ?? 0,
        deadline: deadline ?? context.today,
      },
      context.today,
    );
    for (const problem of ruleProblems) {
      const parsedHere = problem.field === 'deadline' ? deadline !== null : problem.field in numbers;
      // An inverted range needs both wages; a missing one was already reported as required.
      const bothWages = numbers.wageMin !== undefined && numbers.wageMax !== undefined;
      if (parsedHere && (problem.reason !== 'wage_range_inverted' || bothWages)) {
        report(problem.field, {
          reason: problem.reason,
          ...(problem.params ? { params: problem.params } : {}),
        });
      }
    }
  }

  let skillRequirements = '';
  if (required('skillRequirements'))
    skillRequirements = text('skillRequirements', DEMAND_TEXT_LIMITS.skillRequirements);
  let contactName = '';
  if (required('contactName')) contactName = text('contactName', DEMAND_TEXT_LIMITS.contactName);

  let contactPhone = '';
  if (required('contactPhone')) {
    const parsed = parseMobile(cellText(cells.contactPhone));
    if (parsed.ok) contactPhone = parsed.value;
    else
      report('contactPhone', {
        reason: 'invalid_mobile',
        messages: messagesOf(MOBILE_PROBLEMS[parsed.reason]),
      });
  }

  if (problems.length > 0) {
    // In column order, the order a person reads the row in (sort is stable within a column).
    problems.sort((a, b) => COLUMN_ORDER.indexOf(a.field) - COLUMN_ORDER.indexOf(b.field));
    return { ok: false, problems };
  }
  return {
    ok: true,
    value: {
      creditCode,
      enterpriseName,
      regionCode,
      occupationCode,
      skillLevel: level.ok ? level.value : null,
      headcount: numbers.headcount!,
      skillRequirements,
      wageMin: numbers.wageMin!,
      wageMax: numbers.wageMax!,
      deadline: deadline!,
      contactName,
      contactPhone,
    },
  };
}

/** Enterprise names are compared as people see them: spacing and full-width forms do not count. */
export function sameEnterpriseName(a: string, b: string): boolean {
  const normalise = (name: string) => name.normalize('NFKC').replace(/\s+/g, '');
  return normalise(a) === normalise(b);
}

/**
 * Within one file, every row of a credit code must give the same enterprise name (or none): two
 * names for one code are a typo in one of them, and guessing which would file demand under the
 * wrong name. Returns a problem for each row that disagrees with the first name given.
 */
export function checkEnterpriseNames(
  rows: readonly { row: number; creditCode: string; enterpriseName: string | null }[],
): { row: number; problem: RowProblem }[] {
  const first = new Map<string, { row: number; name: string }>();
  const problems: { row: number; problem: RowProblem }[] = [];
  for (const row of rows) {
    if (row.enterpriseName === null) continue;
    const seen = first.get(row.creditCode);
    if (!seen) first.set(row.creditCode, { row: row.row, name: row.enterpriseName });
    else if (!sameEnterpriseName(seen.name, row.enterpriseName)) {
      problems.push({
        row: row.row,
        problem: {
          field: 'enterpriseName',
          reason: 'enterprise_name_conflict',
          params: { firstRow: seen.row, firstName: seen.name },
        },
      });
    }
  }
  return problems;
}

/**
 * Matches the header row (index 0 = column A) to the demand template's columns, in any order; the
 * export's status column is read but ignored.
 */
export function matchDemandHeader(headers: readonly (string | null)[]): HeaderMatch<DemandColumnKey> {
  return matchHeader(headers, DEMAND_COLUMNS, [DEMAND_STATUS_COLUMN.header]);
}

export { columnLetter };
