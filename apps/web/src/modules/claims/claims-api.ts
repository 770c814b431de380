import type { ClaimStatus } from '@qiancheng/domain/claims/claim-lifecycle';
import type { FundSourceCode } from '@qiancheng/domain/subsidy/fund-sources';
import type { SubsidyTextParams } from '@qiancheng/domain/subsidy/render-subsidy-text';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import type { Page } from '../../app/api/types';
import { type Budget, FUNDS_QUERY_ROOT } from '../funds/funds-api';

export interface ClaimItem {
  id: string;
  /** 申领编号: `BT` + region + year + sequence. */
  number: string;
  kind: string;
  scheme: string;
  regionCode: string;
  classId: string | null;
  institutionId: string | null;
  /** The applicant and payee of a skill-upgrade application. */
  personId: string | null;
  fundSource: FundSourceCode;
  totalFen: number;
  /** The stored status, except that a notice past its last day reads as payable. */
  status: ClaimStatus;
  noticeUntil: string | null;
  budgetId: string | null;
  createdAt: string;
  submittedAt: string | null;
  reviewedAt: string | null;
  approvedAt: string | null;
  decisionNote: string | null;
  note: string | null;
}

/** A condition the quote behind a line found unmet, with the values its text names. */
export interface UnmetCondition {
  ruleId: string;
  code: string;
  params: SubsidyTextParams;
}

export interface ClaimLine {
  id: string;
  personId: string;
  name: string;
  idNumberMasked: string;
  enrolmentId: string | null;
  certificateId: string | null;
  /** certification | employment (a class's trainee), skill_upgrade (an application); null when excluded. */
  stage: 'certification' | 'employment' | 'skill_upgrade' | null;
  amountFen: number;
  included: boolean;
  /** Why excluded: the unmet rules' codes, `already_claimed` or `stage_not_payable`. */
  reasons: string[];
  unmet: UnmetCondition[];
  policyVersion: string;
  ruleIds: string[];
}

/** 公示异议: an objection to a trainee's line recorded during the notice, and how it was decided. */
export interface ClaimObjection {
  id: string;
  lineId: string;
  content: string;
  raisedBy: string | null;
  status: 'open' | 'upheld' | 'dismissed';
  recordedAt: string;
  decidedAt: string | null;
  decisionNote: string | null;
}

export interface ClaimDetail extends ClaimItem {
  lines: ClaimLine[];
  objections: ClaimObjection[];
  createdBy: string | null;
  reviewedBy: string | null;
  approvedBy: string | null;
}

export const CLAIM_FILTERS = ['status', 'classId', 'kind'] as const;
export type ClaimSearch = Partial<Record<(typeof CLAIM_FILTERS)[number], string>> & {
  page: number;
  pageSize: number;
  /** Payment batches list the payable claims of one fund source. */
  fundSource?: string;
};

export const CLAIMS_QUERY_ROOT = ['claims'] as const;
const BASE = '/api/v1/claims';
const path = (id: string, rest = '') => `${BASE}/${encodeURIComponent(id)}${rest}`;

export function claimsQuery(search: ClaimSearch) {
  return queryOptions({
    queryKey: [...CLAIMS_QUERY_ROOT, 'list', search],
    queryFn: () => api.get<Page<ClaimItem>>(BASE, { ...search }),
  });
}

export function claimQuery(id: string) {
  return queryOptions({
    queryKey: [...CLAIMS_QUERY_ROOT, 'detail', id],
    queryFn: async () => (await api.get<{ claim: ClaimDetail }>(path(id))).claim,
  });
}

/** The budget an approved claim is committed against, for readers of the funds. */
export function claimBudgetQuery(budgetId: string) {
  return queryOptions({
    queryKey: [...FUNDS_QUERY_ROOT, 'budget', budgetId],
    queryFn: async () =>
      (await api.get<{ budget: Budget }>(`/api/v1/funds/budgets/${encodeURIComponent(budgetId)}`)).budget,
  });
}

/** The institution drafts the claim of a completed class from its records. */
export async function createClaim(input: { classId: string; note?: string }): Promise<ClaimDetail> {
  return (await api.post<{ claim: ClaimDetail }>(BASE, input)).claim;
}

export async function submitClaim(id: string): Promise<ClaimDetail> {
  return (await api.post<{ claim: ClaimDetail }>(path(id, '/submit'))).claim;
}

export async function withdrawClaim(id: string): Promise<ClaimDetail> {
  return (await api.post<{ claim: ClaimDetail }>(path(id, '/withdraw'))).claim;
}

/** 初审通过, with an optional note. */
export async function reviewClaim(id: string, note?: string): Promise<ClaimDetail> {
  return (await api.post<{ claim: ClaimDetail }>(path(id, '/review'), note ? { note } : {})).claim;
}

/** Back to the institution, saying why. */
export async function returnClaim(id: string, note: string): Promise<ClaimDetail> {
  return (await api.post<{ claim: ClaimDetail }>(path(id, '/return'), { note })).claim;
}

/**
 * 复审通过: commits the money, so it carries the submission's idempotency key; a retry with the
 * same key is answered from the first approval.
 */
export async function approveClaim(id: string, note: string | undefined, key: string): Promise<ClaimDetail> {
  return (await api.postOnce<{ claim: ClaimDetail }>(path(id, '/approve'), note ? { note } : {}, key)).claim;
}

/** Records an objection to an included line while the claim is under notice. */
export async function recordObjection(
  id: string,
  input: { lineId: string; content: string; raisedBy?: string },
): Promise<ClaimObjection> {
  return (await api.post<{ objection: ClaimObjection }>(path(id, '/objections'), input)).objection;
}

/**
 * 异议成立 / 不成立: upholding strikes the line and returns its amount to the budget, so the
 * decision carries the submission's idempotency key like an approval.
 */
export async function decideObjection(
  id: string,
  objectionId: string,
  input: { decision: 'uphold' | 'dismiss'; note: string },
  key: string,
): Promise<ClaimObjection> {
  const url = path(id, `/objections/${encodeURIComponent(objectionId)}/decision`);
  return (await api.postOnce<{ objection: ClaimObjection }>(url, input, key)).objection;
}
