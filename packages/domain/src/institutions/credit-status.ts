/** An institution's standing (信用状态), decided by staff with a reason and a period. */
export const CREDIT_STATUSES = ['normal', 'warned', 'suspended', 'blacklisted'] as const;
export type CreditStatus = (typeof CREDIT_STATUSES)[number];

export const CREDIT_STATUS_NAMES: Record<CreditStatus, { 'zh-CN': string; 'en-US': string }> = {
  normal: { 'zh-CN': '正常', 'en-US': 'Normal' },
  warned: { 'zh-CN': '警示', 'en-US': 'Warned' },
  suspended: { 'zh-CN': '暂停', 'en-US': 'Suspended' },
  blacklisted: { 'zh-CN': '列入黑名单', 'en-US': 'Blacklisted' },
};

export interface StatusDecision {
  status: CreditStatus;
  effectiveFrom: string;
  effectiveUntil: string | null;
  decidedAt: Date | string;
}

/**
 * The status in force on `today`: the latest decided among the decisions whose period covers the
 * day; `normal` when none does (a suspension that ran out lifts itself).
 */
export function statusInForce(decisions: readonly StatusDecision[], today: string): CreditStatus {
  const covering = decisions.filter(
    (d) => d.effectiveFrom <= today && (d.effectiveUntil === null || d.effectiveUntil >= today),
  );
  if (covering.length === 0) return 'normal';
  const time = (d: StatusDecision) => new Date(d.decidedAt).getTime();
  return covering.reduce((latest, d) => (time(d) >= time(latest) ? d : latest)).status;
}

/** Whether an institution with this status may apply for selection or file a class. */
export function mayParticipate(status: CreditStatus): boolean {
  return status === 'normal' || status === 'warned';
}

/** A blacklisting has no end; a suspension must say when it ends. */
export function decisionPeriodProblem(decision: {
  status: CreditStatus;
  effectiveFrom: string;
  effectiveUntil: string | null;
}): 'until_required' | 'until_before_from' | null {
  if (decision.effectiveUntil !== null && decision.effectiveUntil < decision.effectiveFrom)
    return 'until_before_from';
  if (decision.status === 'suspended' && decision.effectiveUntil === null) return 'until_required';
  return null;
}
