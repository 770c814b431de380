import { addCivilDays } from '../calendar/civil-date';
import type { LocalizedText } from '../reference/localized-text';
import { addCalendarMonths } from '../subsidy/civil-dates';

/**
 * 职业培训券: a voucher issued to one person, not transferable, valid for 3 months, redeemed when
 * they enrol by the institution that trains them. A face-value voucher (面值券) covers up to its
 * value of the fee; a percentage voucher (抵用券) covers a share of the fee, up to its cap. A voucher
 * may be directed to a project, an occupation or an institution. A person holds at most one
 * voucher not yet redeemed.
 */
export const VOUCHER_KINDS = ['face_value', 'percentage'] as const;
export type VoucherKind = (typeof VOUCHER_KINDS)[number];

/**
 * issued → redeemed at an enrolment → settled when the trainee's training subsidy is approved on the
 * institution's class claim (paid to the institution with it); or expired / cancelled unused.
 */
export const VOUCHER_STATUSES = ['issued', 'redeemed', 'settled', 'expired', 'cancelled'] as const;
export type VoucherStatus = (typeof VOUCHER_STATUSES)[number];

export const VOUCHER_VALIDITY_MONTHS = 3;

export const VOUCHER_STATUS_NAMES: Record<VoucherStatus, LocalizedText> = {
  issued: { 'zh-CN': '未使用', 'en-US': 'Not yet used' },
  redeemed: { 'zh-CN': '已使用', 'en-US': 'Redeemed' },
  settled: { 'zh-CN': '已结算', 'en-US': 'Settled' },
  expired: { 'zh-CN': '已过期', 'en-US': 'Expired' },
  cancelled: { 'zh-CN': '已作废', 'en-US': 'Cancelled' },
};

export interface VoucherTerms {
  kind: VoucherKind;
  /** Face value, for a face-value voucher. */
  faceValueFen: number | null;
  /** Share of the fee in basis points (8000 = 80%), for a percentage voucher. */
  percentBasisPoints: number | null;
  /** The most a percentage voucher covers. */
  capFen: number | null;
  projectId: string | null;
  occupationCode: string | null;
  institutionId: string | null;
}

/** The last day a voucher issued on `issuedOn` may be redeemed: three calendar months less a day. */
export function voucherValidUntil(issuedOn: string): string {
  return addCivilDays(addCalendarMonths(issuedOn, VOUCHER_VALIDITY_MONTHS), -1);
}

/** The most a voucher can be worth, which its issue commits against the budget. */
export function voucherMaxFen(terms: Pick<VoucherTerms, 'kind' | 'faceValueFen' | 'capFen'>): number {
  return (terms.kind === 'face_value' ? terms.faceValueFen : terms.capFen) ?? 0;
}

/** What a voucher covers of a fee: never more than the fee, its face value or its cap; whole fen, rounded down. */
export function voucherValueFen(
  terms: Pick<VoucherTerms, 'kind' | 'faceValueFen' | 'percentBasisPoints' | 'capFen'>,
  feeFen: number,
): number {
  if (terms.kind === 'face_value') return Math.min(terms.faceValueFen ?? 0, feeFen);
  const share = Math.floor((feeFen * (terms.percentBasisPoints ?? 0)) / 10_000);
  return Math.min(share, terms.capFen ?? share, feeFen);
}

export type VoucherTermsProblem = { field: keyof VoucherTerms; reason: 'required' | 'too_small' | 'too_big' };

/** A voucher's terms as staff set them: a face value, or a share between 1% and 100% with its cap. */
export function voucherTermsProblems(terms: VoucherTerms): VoucherTermsProblem[] {
  const problems: VoucherTermsProblem[] = [];
  if (terms.kind === 'face_value') {
    if (terms.faceValueFen === null) problems.push({ field: 'faceValueFen', reason: 'required' });
    else if (terms.faceValueFen < 100) problems.push({ field: 'faceValueFen', reason: 'too_small' });
  } else {
    if (terms.percentBasisPoints === null) problems.push({ field: 'percentBasisPoints', reason: 'required' });
    else if (terms.percentBasisPoints < 100)
      problems.push({ field: 'percentBasisPoints', reason: 'too_small' });
    else if (terms.percentBasisPoints > 10_000)
      problems.push({ field: 'percentBasisPoints', reason: 'too_big' });
    if (terms.capFen === null) problems.push({ field: 'capFen', reason: 'required' });
    else if (terms.capFen < 100) problems.push({ field: 'capFen', reason: 'too_small' });
  }
  return problems;
}

/** A voucher reads as expired from the day after its last valid day until it is swept. */
export function effectiveVoucherStatus(
  status: VoucherStatus,
  validUntil: string,
  today: string,
): VoucherStatus {
  return status === 'issued' && today > validUntil ? 'expired' : status;
}

export type RedemptionProblem =
  | 'voucher_used'
  | 'voucher_expired'
  | 'voucher_other_person'
  | 'voucher_other_project'
  | 'voucher_other_occupation'
  | 'voucher_other_institution';

/**
 * Why a voucher cannot pay for this enrolment, or null: it must be unused and in date, held by the
 * person enrolled (not transferable), and the class must match whatever the voucher is directed to.
 */
export function redemptionProblem(
  voucher: VoucherTerms & { status: VoucherStatus; validUntil: string; personId: string },
  enrolment: { personId: string; projectId: string; occupationCode: string; institutionId: string },
  today: string,
): RedemptionProblem | null {
  const status = effectiveVoucherStatus(voucher.status, voucher.validUntil, today);
  if (status === 'expired') return 'voucher_expired';
  if (status !== 'issued') return 'voucher_used';
  if (voucher.personId !== enrolment.personId) return 'voucher_other_person';
  if (voucher.projectId && voucher.projectId !== enrolment.projectId) return 'voucher_other_project';
  if (voucher.occupationCode && voucher.occupationCode !== enrolment.occupationCode)
    return 'voucher_other_occupation';
  if (voucher.institutionId && voucher.institutionId !== enrolment.institutionId)
    return 'voucher_other_institution';
  return null;
}

const CODE_ALPHABET = '0123456789';

/**
 * 券码: `PX` and ten digits with a Luhn check digit, so a mistyped code is caught before it is looked
 * up; `digits` are the ten random digits the server draws.
 */
export function voucherCode(digits: string): string {
  return `PX${digits}${luhnDigit(digits)}`;
}

export function isVoucherCode(code: string): boolean {
  const match = /^PX(\d{10})(\d)$/.exec(code.trim().toUpperCase());
  return match !== null && luhnDigit(match[1]!) === match[2];
}

function luhnDigit(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return CODE_ALPHABET[(10 - (sum % 10)) % 10]!;
}
