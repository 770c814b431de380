import type { LocalizedText } from '../reference/localized-text';
import type { TargetGroupCode } from '../reference/target-groups';
import { isWithinRegion } from '../region/region-code';
import { ageOn } from '../subsidy/civil-dates';

/**
 * 领券活动: staff of a region offer a number of vouchers, on the same terms, for eligible workers of
 * the region to claim themselves within a window of days. Eligibility is the worker's age on the day
 * of the claim and, when the offering names target groups, the group the worker declares (recorded
 * on the voucher). Each claim issues one voucher exactly as staff issue one, never more than the
 * offering's quantity.
 */
export const OFFERING_STATUSES = ['draft', 'open', 'closed'] as const;
export type OfferingStatus = (typeof OFFERING_STATUSES)[number];

export const OFFERING_STATUS_NAMES: Record<OfferingStatus, LocalizedText> = {
  draft: { 'zh-CN': '未开放', 'en-US': 'Not yet open' },
  open: { 'zh-CN': '开放中', 'en-US': 'Open' },
  closed: { 'zh-CN': '已关闭', 'en-US': 'Closed' },
};

/** The youngest and oldest ages an offering may name: working age as the action counts it. */
export const OFFERING_MIN_AGE = 16;
export const OFFERING_MAX_AGE = 70;

export interface OfferingCriteria {
  minAge: number | null;
  maxAge: number | null;
  /** Empty: anyone of the region; otherwise the claimant must declare one of these groups. */
  targetGroups: readonly TargetGroupCode[];
}

export interface OfferingWindow {
  claimFrom: string;
  claimTo: string;
}

export interface OfferingFacts extends OfferingCriteria, OfferingWindow {
  status: OfferingStatus;
  regionCode: string;
  quantity: number;
  claimedCount: number;
}

export interface Claimant {
  birthDate: string;
  regionCode: string;
  /** Whether the person holds a voucher not yet used and still in date. */
  holdsUnusedVoucher: boolean;
  /** The group declared with the claim; `undefined` while only asking whether they may claim. */
  targetGroup?: TargetGroupCode | null;
}

export type ClaimProblem =
  | 'offering_not_open'
  | 'offering_not_started'
  | 'offering_ended'
  | 'offering_sold_out'
  | 'offering_other_region'
  | 'offering_too_young'
  | 'offering_too_old'
  | 'offering_group_required'
  | 'offering_group_not_eligible'
  | 'offering_holds_voucher';

/**
 * Every reason this person may not claim a voucher of this offering on `today`, in the order a
 * person would want to hear them (the offering first, then themselves); empty when they may.
 * The claim window includes both its days; an age bound is met on the birthday that reaches it.
 */
export function claimProblems(offering: OfferingFacts, claimant: Claimant, today: string): ClaimProblem[] {
  const problems: ClaimProblem[] = offeringClosedProblems(offering, today);
  if (!isWithinRegion(claimant.regionCode, offering.regionCode)) problems.push('offering_other_region');
  const age = ageOn(claimant.birthDate, today);
  if (offering.minAge !== null && age < offering.minAge) problems.push('offering_too_young');
  if (offering.maxAge !== null && age > offering.maxAge) problems.push('offering_too_old');
  if (offering.targetGroups.length > 0 && claimant.targetGroup !== undefined) {
    if (claimant.targetGroup === null) problems.push('offering_group_required');
    else if (!offering.targetGroups.includes(claimant.targetGroup))
      problems.push('offering_group_not_eligible');
  }
  if (claimant.holdsUnusedVoucher) problems.push('offering_holds_voucher');
  return problems;
}

/** Why nobody may claim a voucher of this offering on `today`: not open, outside its period, none left. */
export function offeringClosedProblems(
  offering: Pick<OfferingFacts, 'status' | 'claimFrom' | 'claimTo' | 'quantity' | 'claimedCount'>,
  today: string,
): ClaimProblem[] {
  const problems: ClaimProblem[] = [];
  if (offering.status !== 'open') problems.push('offering_not_open');
  if (today < offering.claimFrom) problems.push('offering_not_started');
  if (today > offering.claimTo) problems.push('offering_ended');
  if (offering.claimedCount >= offering.quantity) problems.push('offering_sold_out');
  return problems;
}

export type OfferingProblem = {
  field: 'claimFrom' | 'claimTo' | 'minAge' | 'maxAge' | 'targetGroups';
  reason: 'offering_window_inverted' | 'date_in_past' | 'offering_age_inverted' | 'duplicate_target_group';
};

/**
 * An offering as staff set it up: a window that does not end before it starts nor before today, and
 * an age range that is not upside down. (Terms are checked by `voucherTermsProblems`.)
 */
export function offeringProblems(
  offering: OfferingWindow & OfferingCriteria,
  today: string,
): OfferingProblem[] {
  const problems: OfferingProblem[] = [];
  if (offering.claimTo < offering.claimFrom)
    problems.push({ field: 'claimTo', reason: 'offering_window_inverted' });
  else if (offering.claimTo < today) problems.push({ field: 'claimTo', reason: 'date_in_past' });
  if (offering.minAge !== null && offering.maxAge !== null && offering.maxAge < offering.minAge)
    problems.push({ field: 'maxAge', reason: 'offering_age_inverted' });
  if (new Set(offering.targetGroups).size !== offering.targetGroups.length)
    problems.push({ field: 'targetGroups', reason: 'duplicate_target_group' });
  return problems;
}

/** Whether an offering may be opened (from draft or closed, while its window has not ended) or closed. */
export function offeringTransitionProblem(
  offering: OfferingFacts,
  to: 'open' | 'closed',
  today: string,
): 'offering_cannot_open' | 'offering_cannot_close' | 'offering_ended' | null {
  if (to === 'closed') return offering.status === 'open' ? null : 'offering_cannot_close';
  if (offering.status === 'open') return 'offering_cannot_open';
  return today > offering.claimTo ? 'offering_ended' : null;
}
