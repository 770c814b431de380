import { type ClaimAction, type ClaimStatus, mayActOnClaim } from '@qiancheng/domain/claims/claim-lifecycle';

/** What the reader may do on a claim in its status: the institution its own steps, staff theirs. */
export function claimSteps(status: ClaimStatus, may: { submit: boolean; review: boolean }): ClaimAction[] {
  const own: ClaimAction[] = may.submit ? ['submit', 'withdraw'] : [];
  const staff: ClaimAction[] = may.review ? ['review', 'approve', 'return'] : [];
  return [...own, ...staff].filter((action) => mayActOnClaim(status, action));
}
