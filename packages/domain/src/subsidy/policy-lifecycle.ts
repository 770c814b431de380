import type { LocalizedText } from '../reference/localized-text';

/**
 * 补贴政策版本 life cycle. An administrator drafts a version and submits it; another administrator
 * publishes it or returns it to draft with a reason (four eyes: nobody publishes their own text).
 * A published version applies from its effective date until a later one takes over; withdrawing it
 * stops it applying to anything quoted or claimed from then on.
 */
export const POLICY_STATUSES = ['draft', 'submitted', 'published', 'withdrawn'] as const;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];

export type PolicyAction = 'edit' | 'submit' | 'publish' | 'return' | 'withdraw';

const ALLOWED: Record<PolicyAction, readonly PolicyStatus[]> = {
  edit: ['draft'],
  submit: ['draft'],
  publish: ['submitted'],
  return: ['submitted'],
  withdraw: ['published'],
};

export function mayActOnPolicy(status: PolicyStatus, action: PolicyAction): boolean {
  return ALLOWED[action].includes(status);
}

export const POLICY_STATUS_NAMES: Record<PolicyStatus, LocalizedText> = {
  draft: { 'zh-CN': '草稿', 'en-US': 'Draft' },
  submitted: { 'zh-CN': '待审核', 'en-US': 'Submitted' },
  published: { 'zh-CN': '已发布', 'en-US': 'Published' },
  withdrawn: { 'zh-CN': '已废止', 'en-US': 'Withdrawn' },
};

export const POLICY_ACTION_NAMES: Record<PolicyAction, LocalizedText> = {
  edit: { 'zh-CN': '修改', 'en-US': 'edited' },
  submit: { 'zh-CN': '提交审核', 'en-US': 'submitted' },
  publish: { 'zh-CN': '发布', 'en-US': 'published' },
  return: { 'zh-CN': '退回', 'en-US': 'returned' },
  withdraw: { 'zh-CN': '废止', 'en-US': 'withdrawn' },
};

/** How a version is named on every quote and claim line: `410000-v3`, or the national default. */
export function policyVersionLabel(regionCode: string | null, version: number | null): string {
  return regionCode === null || version === null ? NATIONAL_DEFAULT_VERSION : `${regionCode}-v${version}`;
}

export const NATIONAL_DEFAULT_VERSION = 'national-default';
