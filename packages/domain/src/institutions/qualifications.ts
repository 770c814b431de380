import { addCivilDays } from '../calendar/civil-date';
import type { LocalizedText } from '../reference/localized-text';

/** Kinds of legal qualification document an institution can hold (办学资质). */
export const QUALIFICATION_KINDS = [
  { code: 'school_licence', name: { 'zh-CN': '民办学校办学许可证', 'en-US': 'Private school licence' } },
  { code: 'business_licence', name: { 'zh-CN': '营业执照', 'en-US': 'Business licence' } },
  {
    code: 'public_institution_certificate',
    name: { 'zh-CN': '事业单位法人证书', 'en-US': 'Public institution legal-person certificate' },
  },
  {
    code: 'social_organization_certificate',
    name: { 'zh-CN': '民办非企业单位登记证书', 'en-US': 'Private non-enterprise unit registration' },
  },
  {
    code: 'evaluation_filing',
    name: { 'zh-CN': '职业技能等级认定备案', 'en-US': 'Skill-level evaluation filing' },
  },
  { code: 'other', name: { 'zh-CN': '其他资质证明', 'en-US': 'Other qualification' } },
] as const satisfies readonly { code: string; name: LocalizedText }[];

export type QualificationKind = (typeof QUALIFICATION_KINDS)[number]['code'];
export const QUALIFICATION_KIND_CODES = QUALIFICATION_KINDS.map((k) => k.code) as [
  QualificationKind,
  ...QualificationKind[],
];

/** Days before expiry from which a qualification is shown as expiring. */
export const QUALIFICATION_WARNING_DAYS = 30;

export type QualificationState = 'valid' | 'expiring' | 'expired' | 'not_yet_valid';

export interface QualificationDates {
  validFrom: string;
  /** Null when the document does not expire. */
  validUntil: string | null;
}

/** A qualification is valid through its `validUntil` day inclusive; `today` is a civil date. */
export function qualificationState(q: QualificationDates, today: string): QualificationState {
  if (q.validFrom > today) return 'not_yet_valid';
  if (q.validUntil === null) return 'valid';
  if (q.validUntil < today) return 'expired';
  if (q.validUntil <= addCivilDays(today, QUALIFICATION_WARNING_DAYS)) return 'expiring';
  return 'valid';
}

/**
 * An institution's qualifications taken together: it needs at least one in force, and any expired
 * one raises a warning and blocks new class filings until it is renewed or removed.
 */
export function qualificationSummary(
  qualifications: readonly QualificationDates[],
  today: string,
): { inForce: number; expired: number; expiring: number; blocksFiling: boolean } {
  const states = qualifications.map((q) => qualificationState(q, today));
  const inForce = states.filter((s) => s === 'valid' || s === 'expiring').length;
  const expired = states.filter((s) => s === 'expired').length;
  const expiring = states.filter((s) => s === 'expiring').length;
  return { inForce, expired, expiring, blocksFiling: expired > 0 || inForce === 0 };
}
