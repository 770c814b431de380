import type { LocalizedText } from '../reference/localized-text';
import { SKILL_LEVELS, type SkillLevelCode } from '../reference/skill-levels';
import type { CertificateKind } from './certificate-kinds';

/*
 * Certificate numbers, one format per kind. The leading letter names the kind, so numbers of the
 * three kinds never collide, and the two lengths tell the formats apart at a glance.
 *
 * 职业技能等级证书, the national format, 22 characters:
 *   Y|S · 4-digit assessment-body code · 2-digit province · 6-digit evaluation site ·
 *   2-digit year of issue · level digit (5 五级 … 1 一级) · 6-digit serial
 *   Y 0001 41 000002 25 4 000123  →  Y000141000002254000123
 *   Y = 用人单位自主评价 (employer-based), S = 社会培训评价组织评价 (social evaluation organisation).
 *
 * 专项职业能力证书 (Z) and 培训合格证 (P), this platform's format, 18 characters:
 *   Z|P · 6-digit GB/T 2260 code of the issuer's region · 4-digit year of issue · 7-digit serial
 *   P 410100 2025 0000001  →  P41010020250000001
 *
 * Everything before the serial is the number's series; serials count up from 1 within a series.
 */

export const EVALUATION_KINDS = ['Y', 'S'] as const;
export type EvaluationKind = (typeof EVALUATION_KINDS)[number];

export const EVALUATION_KIND_NAMES: Readonly<Record<EvaluationKind, LocalizedText>> = {
  Y: { 'zh-CN': '用人单位自主评价', 'en-US': 'Employer-based evaluation' },
  S: { 'zh-CN': '社会培训评价组织评价', 'en-US': 'Social training and evaluation organisation' },
};

/** The leading letter of the platform-format kinds. */
export const REGIONAL_LETTERS = { training: 'P', special_ability: 'Z' } as const;
export type RegionalKind = keyof typeof REGIONAL_LETTERS;

/** The highest serial of a series: six digits for skill levels, seven for the others. */
export const SERIAL_LIMITS: Readonly<Record<CertificateKind, number>> = {
  skill_level: 999_999,
  training: 9_999_999,
  special_ability: 9_999_999,
};

/** Years a number can carry: the skill-level format keeps two digits, read as 20YY. */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2099;

/** The first two digits of every GB/T 2260 province-level code (台湾 71, 香港 81, 澳门 82 included). */
const PROVINCE_PREFIXES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
]);

export function isProvincePrefix(digits: string): boolean {
  return PROVINCE_PREFIXES.has(digits);
}

export interface SkillLevelSeries {
  kind: 'skill_level';
  evaluationKind: EvaluationKind;
  bodyCode: string;
  provinceCode: string;
  siteCode: string;
  year: number;
  level: SkillLevelCode;
}

export interface RegionalSeries {
  kind: RegionalKind;
  regionCode: string;
  year: number;
}

export type CertificateSeries = SkillLevelSeries | RegionalSeries;
export type CertificateNumberParts = CertificateSeries & { serial: number };

/** A part of a series that does not fit its format. */
export type SeriesPart =
  | 'evaluationKind'
  | 'bodyCode'
  | 'provinceCode'
  | 'siteCode'
  | 'year'
  | 'level'
  | 'regionCode';

const digits = (count: number) => new RegExp(`^\\d{${count}}$`);
const validYear = (year: number) => Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
const levelDigit = (level: SkillLevelCode) => String(SKILL_LEVELS.find((l) => l.code === level)!.rank);
const levelOfDigit = (digit: string) => SKILL_LEVELS.find((l) => String(l.rank) === digit)?.code;

/** The parts of a series that are malformed; empty when it can number certificates. */
export function seriesProblems(series: CertificateSeries): SeriesPart[] {
  const problems: SeriesPart[] = [];
  if (series.kind === 'skill_level') {
    if (!(EVALUATION_KINDS as readonly string[]).includes(series.evaluationKind))
      problems.push('evaluationKind');
    if (!digits(4).test(series.bodyCode)) problems.push('bodyCode');
    if (!isProvincePrefix(series.provinceCode)) problems.push('provinceCode');
    if (!digits(6).test(series.siteCode)) problems.push('siteCode');
    if (!SKILL_LEVELS.some((l) => l.code === series.level)) problems.push('level');
  } else if (!digits(6).test(series.regionCode) || !isProvincePrefix(series.regionCode.slice(0, 2))) {
    problems.push('regionCode');
  }
  if (!validYear(series.year)) problems.push('year');
  return problems;
}

/** Everything before the serial; the key under which serials are counted. */
export function seriesPrefix(series: CertificateSeries): string {
  const problems = seriesProblems(series);
  if (problems.length) throw new RangeError(`malformed certificate series: ${problems.join(', ')}`);
  if (series.kind === 'skill_level') {
    const year = String(series.year % 100).padStart(2, '0');
    return `${series.evaluationKind}${series.bodyCode}${series.provinceCode}${series.siteCode}${year}${levelDigit(series.level)}`;
  }
  return `${REGIONAL_LETTERS[series.kind]}${series.regionCode}${series.year}`;
}

export function formatCertificateNumber(parts: CertificateNumberParts): string {
  const limit = SERIAL_LIMITS[parts.kind];
  if (!Number.isInteger(parts.serial) || parts.serial < 1 || parts.serial > limit) {
    throw new RangeError(`serial ${parts.serial} outside 1..${limit}`);
  }
  return seriesPrefix(parts) + String(parts.serial).padStart(String(limit).length, '0');
}

/**
 * What a person typed or a QR code carried, as stored: full-width characters folded (NFKC),
 * spaces and hyphens removed, letters upper-cased.
 */
export function normaliseCertificateNumber(input: string): string {
  return input
    .normalize('NFKC')
    .replace(/[\s-]+/g, '')
    .toUpperCase();
}

const SKILL_LEVEL_NUMBER = /^([YS])(\d{4})(\d{2})(\d{6})(\d{2})(\d)(\d{6})$/;
const REGIONAL_NUMBER = /^([PZ])(\d{6})(\d{4})(\d{7})$/;

/** The parts of a certificate number, or null when it is not one of the three formats. */
export function parseCertificateNumber(input: string): CertificateNumberParts | null {
  const number = normaliseCertificateNumber(input);
  const skill = SKILL_LEVEL_NUMBER.exec(number);
  if (skill) {
    const [, evaluationKind, bodyCode, provinceCode, siteCode, year, digit, serial] = skill;
    const level = levelOfDigit(digit!);
    if (!level || !isProvincePrefix(provinceCode!) || Number(serial) < 1) return null;
    return {
      kind: 'skill_level',
      evaluationKind: evaluationKind as EvaluationKind,
      bodyCode: bodyCode!,
      provinceCode: provinceCode!,
      siteCode: siteCode!,
      year: FIRST_YEAR + Number(year),
      level,
      serial: Number(serial),
    };
  }
  const regional = REGIONAL_NUMBER.exec(number);
  if (regional) {
    const [, letter, regionCode, year, serial] = regional;
    const parts: CertificateNumberParts = {
      kind: letter === 'P' ? 'training' : 'special_ability',
      regionCode: regionCode!,
      year: Number(year),
      serial: Number(serial),
    };
    return seriesProblems(parts).length === 0 && parts.serial >= 1 ? parts : null;
  }
  return null;
}

export function isCertificateNumber(input: string): boolean {
  return parseCertificateNumber(input) !== null;
}
