import type { Locale } from '@qiancheng/domain';
import { CREDIT_STATUS_NAMES, CREDIT_STATUSES } from '@qiancheng/domain/institutions/credit-status';
import { QUALIFICATION_KINDS } from '@qiancheng/domain/institutions/qualifications';
import { INSTITUTION_TYPES } from '@qiancheng/domain/reference/institution-types';
import { codeOptions } from '../reference/code-names';

/*
 * Names of the institution code tables, straight from the domain package; a code this build does
 * not know (newer data) shows as itself.
 */

const TYPE_NAMES = new Map<string, Record<Locale, string>>(INSTITUTION_TYPES.map((t) => [t.code, t.name]));
const KIND_NAMES = new Map<string, Record<Locale, string>>(QUALIFICATION_KINDS.map((k) => [k.code, k.name]));

export function institutionTypeName(code: string, locale: Locale): string {
  return TYPE_NAMES.get(code)?.[locale] ?? code;
}

export function qualificationKindName(code: string, locale: Locale): string {
  return KIND_NAMES.get(code)?.[locale] ?? code;
}

export function creditStatusName(code: string, locale: Locale): string {
  return CREDIT_STATUS_NAMES[code as keyof typeof CREDIT_STATUS_NAMES]?.[locale] ?? code;
}

export const institutionTypeOptions = (locale: Locale) => codeOptions(INSTITUTION_TYPES, locale);
export const qualificationKindOptions = (locale: Locale) => codeOptions(QUALIFICATION_KINDS, locale);
export const creditStatusOptions = (locale: Locale) =>
  CREDIT_STATUSES.map((value) => ({ value, label: CREDIT_STATUS_NAMES[value][locale] }));
