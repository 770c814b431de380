/**
 * 公民身份号码 (GB 11643-1999): six digits of region code, eight of birth date (YYYYMMDD), three of
 * sequence (odd for men, even for women) and a check character computed by ISO 7064 MOD 11-2.
 *
 * Only the 18-character form is accepted: first-generation 15-digit cards stopped being valid in
 * 2013, and every person the platform registers holds a second-generation number.
 */

export type IdNumberProblem = 'length' | 'characters' | 'birth_date' | 'region' | 'checksum';

export interface IdNumber {
  /** Trimmed, half-width, with an upper-case X. */
  idNumber: string;
  regionCode: string;
  /** YYYY-MM-DD. */
  birthDate: string;
  gender: 'male' | 'female';
}

export type IdNumberResult = { ok: true; value: IdNumber } | { ok: false; reason: IdNumberProblem };

export interface IdNumberOptions {
  /**
   * Whether a six-digit GB/T 2260 code is known. When omitted the region is not checked. A number
   * keeps the region code of where it was first issued, and many of those codes were retired
   * since (counties merged, cities renamed), so a code also passes when its province (`PP0000`)
   * is known: rejecting a real person's lifelong number because their county was abolished would
   * be worse than accepting a mistyped county digit, which the check character mostly catches.
   */
  isKnownRegion?: (code6: string) => boolean;
  /** The day against which a birth date in the future is rejected; defaults to now. */
  today?: Date;
}

export const ID_NUMBER_PROBLEMS = {
  length: {
    'zh-CN': '公民身份号码应为 18 位',
    'en-US': 'must be 18 characters long',
  },
  characters: {
    'zh-CN': '公民身份号码前 17 位应为数字，最后一位应为数字或 X',
    'en-US': 'must be 17 digits followed by a digit or X',
  },
  birth_date: {
    'zh-CN': '公民身份号码中的出生日期无效',
    'en-US': 'contains an invalid date of birth',
  },
  region: {
    'zh-CN': '公民身份号码中的行政区划代码不存在',
    'en-US': 'contains an unknown region code',
  },
  checksum: {
    'zh-CN': '公民身份号码校验位不正确',
    'en-US': 'has a wrong check character; please check each digit',
  },
} as const satisfies Record<IdNumberProblem, { 'zh-CN': string; 'en-US': string }>;

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';
const EARLIEST_BIRTH_DATE = '1900-01-01';
const SHAPE = /^\d{17}[\dX]$/;
// Mainland China has kept UTC+8 without daylight saving since 1991, so a fixed offset gives the
// civil date there without a time-zone database.
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The check character for the first 17 digits of an ID number. */
export function idNumberCheckCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('expected 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARACTERS[sum % 11]!;
}

/** Full-width digits and letters typed through a Chinese input method become their ASCII forms. */
function normalise(input: string): string {
  return input.normalize('NFKC').trim().toUpperCase();
}

export function parseIdNumber(input: string, options: IdNumberOptions = {}): IdNumberResult {
  const idNumber = normalise(input);
  if (idNumber.length !== 18) return { ok: false, reason: 'length' };
  if (!SHAPE.test(idNumber)) return { ok: false, reason: 'characters' };

  const birthDate = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  const today = chinaCivilDate(options.today ?? new Date());
  if (!isCalendarDate(birthDate) || birthDate < EARLIEST_BIRTH_DATE || birthDate > today) {
    return { ok: false, reason: 'birth_date' };
  }

  const regionCode = idNumber.slice(0, 6);
  const { isKnownRegion } = options;
  if (isKnownRegion && !isKnownRegion(regionCode) && !isKnownRegion(`${regionCode.slice(0, 2)}0000`)) {
    return { ok: false, reason: 'region' };
  }

  if (idNumberCheckCharacter(idNumber.slice(0, 17)) !== idNumber[17]) {
    return { ok: false, reason: 'checksum' };
  }

  const gender = Number(idNumber[16]) % 2 === 1 ? 'male' : 'female';
  return { ok: true, value: { idNumber, regionCode, birthDate, gender } };
}

/** Whole years of age on `on` (a Date, read as the civil date in China, or YYYY-MM-DD). */
export function ageOn(birthDate: string, on: Date | string): number {
  const day = typeof on === 'string' ? on : chinaCivilDate(on);
  if (!isCalendarDate(birthDate)) throw new RangeError(`not a date: ${birthDate}`);
  if (!isCalendarDate(day)) throw new RangeError(`not a date: ${day}`);
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  // Comparing MM-DD as text means someone born on 29 February turns a year older on 1 March in
  // common years, never on a day that does not exist.
  return day.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

/**
 * The first four and last four characters with the rest hidden, as the platform shows ID numbers
 * (`4101**********1234`). Anything too short to keep eight characters safely is hidden entirely.
 */
export function maskIdNumber(id: string): string {
  const value = normalise(id);
  if (value.length < 12) return '*'.repeat(value.length);
  return `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}`;
}

/** YYYY-MM-DD of an instant, in China's time zone. */
export function chinaCivilDate(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
