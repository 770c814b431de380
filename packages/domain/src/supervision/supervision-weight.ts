import { addCivilDays } from '../calendar/civil-date';
import type { CreditStatus } from '../institutions/credit-status';

/**
 * How much more likely a class is to be drawn because of its institution's standing. A suspended
 * or blacklisted institution may not file classes, but a class approved before the decision can
 * still be running; its standing is at least as doubtful as a warned one's.
 */
export const STANDING_WEIGHT: Record<CreditStatus, number> = {
  normal: 1,
  warned: 2,
  suspended: 2,
  blacklisted: 2,
};

/** Each finding of the last twelve months adds a ticket, up to this many. */
export const MAX_FINDING_TICKETS = 3;

/** The findings that count: those found in the last 365 days, today included. */
export const FINDING_WINDOW_DAYS = 365;

/** The first day whose findings still count towards a draw on `today`. */
export function findingWindowStart(today: string): string {
  return addCivilDays(today, -(FINDING_WINDOW_DAYS - 1));
}

export interface WeightBasis {
  /** The credit status of the class's institution in force on the day of the draw. */
  standing: CreditStatus;
  /** Findings recorded against the institution since `findingWindowStart`. */
  findings: number;
}

/** A class's tickets in a supervision draw: its institution's standing plus its recent findings. */
export function supervisionWeight(basis: WeightBasis): number {
  const findings = Math.max(0, Math.floor(basis.findings));
  return STANDING_WEIGHT[basis.standing] + Math.min(findings, MAX_FINDING_TICKETS);
}
