import { type CreditStatus, mayParticipate } from './credit-status';
import { type QualificationDates, qualificationSummary } from './qualifications';

export type ParticipationAction = 'apply' | 'file';

export type ParticipationBlock =
  | { code: 'institutions.not_approved' }
  | { code: 'institutions.status_forbids'; status: CreditStatus }
  | { code: 'institutions.qualification_expired'; expired: number }
  | { code: 'institutions.no_qualification' }
  | { code: 'institutions.pledge_missing' };

export interface ParticipationFacts {
  reviewStatus: 'pending' | 'approved' | 'returned';
  creditStatus: CreditStatus;
  qualifications: readonly QualificationDates[];
  /** Whether the current pledge text is signed (only filing needs it). */
  pledgeSigned: boolean;
}

/**
 * Why an institution may not apply for selection or file a class, or null when it may. Order is
 * the order staff would explain it: registration, standing, documents, pledge.
 */
export function participationBlock(
  facts: ParticipationFacts,
  action: ParticipationAction,
  today: string,
): ParticipationBlock | null {
  if (facts.reviewStatus !== 'approved') return { code: 'institutions.not_approved' };
  if (!mayParticipate(facts.creditStatus))
    return { code: 'institutions.status_forbids', status: facts.creditStatus };
  const summary = qualificationSummary(facts.qualifications, today);
  if (summary.expired > 0) return { code: 'institutions.qualification_expired', expired: summary.expired };
  if (summary.inForce === 0) return { code: 'institutions.no_qualification' };
  if (action === 'file' && !facts.pledgeSigned) return { code: 'institutions.pledge_missing' };
  return null;
}
