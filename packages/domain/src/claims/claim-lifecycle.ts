import type { LocalizedText } from '../reference/localized-text';

/**
 * 补贴申领 life cycle. The claimant drafts a claim from what the platform recorded and submits it;
 * a staff member reviews it (初审) and another approves it (复审, four eyes), which commits the money
 * and opens the public notice (公示); once the notice ends without an upheld objection the claim is
 * payable. A payable claim goes into a payment batch (in_batch); the bank's result makes it paid or
 * pay_failed, and a failed payment, once its account is corrected, is payable again. Reviewers
 * return a claim to its claimant with a reason; a claimant may withdraw a draft, which frees its
 * lines to be claimed again.
 */
export const CLAIM_STATUSES = [
  'draft',
  'submitted',
  'reviewed',
  'notice',
  'payable',
  'in_batch',
  'paid',
  'pay_failed',
  'withdrawn',
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/**
 * What a claim is for: a completed class's training subsidy, claimed by its institution, or one
 * certificate's skill-upgrade subsidy, applied for by its holder.
 */
export const CLAIM_KINDS = ['class_training', 'skill_upgrade'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const CLAIM_KIND_NAMES: Record<ClaimKind, LocalizedText> = {
  class_training: { 'zh-CN': '职业培训补贴（班级）', 'en-US': 'Training subsidy (class)' },
  skill_upgrade: { 'zh-CN': '技能提升补贴（个人）', 'en-US': 'Skill-upgrade subsidy (individual)' },
};

/**
 * Who a claim pays (A8, B): the institution for a class's training it advanced; the worker, to
 * their social security card account, for a skill-upgrade subsidy.
 */
export function claimPayee(claim: {
  kind: string;
  institutionId: string | null;
  personId: string | null;
}): { type: 'institution' | 'person'; id: string } | null {
  if (claim.kind === 'class_training' && claim.institutionId)
    return { type: 'institution', id: claim.institutionId };
  if (claim.kind === 'skill_upgrade' && claim.personId) return { type: 'person', id: claim.personId };
  return null;
}

export type ClaimAction = 'submit' | 'review' | 'return' | 'approve' | 'withdraw';

const ALLOWED: Record<ClaimAction, readonly ClaimStatus[]> = {
  submit: ['draft'],
  review: ['submitted'],
  return: ['submitted', 'reviewed'],
  approve: ['reviewed'],
  withdraw: ['draft'],
};

export function mayActOnClaim(status: ClaimStatus, action: ClaimAction): boolean {
  return ALLOWED[action].includes(status);
}

/** Whoever reviewed a claim does not also approve it, and nobody decides on a claim they drafted. */
export function fourEyesProblem(
  claim: { createdBy: string | null; reviewedBy: string | null },
  userId: string,
  action: 'review' | 'approve',
): 'own_claim' | 'same_reviewer' | null {
  if (claim.createdBy === userId) return 'own_claim';
  if (action === 'approve' && claim.reviewedBy === userId) return 'same_reviewer';
  return null;
}

/** The claims of the training subsidy notice publicly for this many days by default. */
export const DEFAULT_NOTICE_DAYS = 5;

export const CLAIM_STATUS_NAMES: Record<ClaimStatus, LocalizedText> = {
  draft: { 'zh-CN': '草稿', 'en-US': 'Draft' },
  submitted: { 'zh-CN': '待初审', 'en-US': 'Awaiting review' },
  reviewed: { 'zh-CN': '待复审', 'en-US': 'Awaiting approval' },
  notice: { 'zh-CN': '公示中', 'en-US': 'Under public notice' },
  payable: { 'zh-CN': '待支付', 'en-US': 'Payable' },
  in_batch: { 'zh-CN': '支付中', 'en-US': 'In a payment batch' },
  paid: { 'zh-CN': '已支付', 'en-US': 'Paid' },
  pay_failed: { 'zh-CN': '支付失败', 'en-US': 'Payment failed' },
  withdrawn: { 'zh-CN': '已撤回', 'en-US': 'Withdrawn' },
};

export const CLAIM_ACTION_NAMES: Record<ClaimAction, LocalizedText> = {
  submit: { 'zh-CN': '提交', 'en-US': 'submitted' },
  review: { 'zh-CN': '初审', 'en-US': 'reviewed' },
  return: { 'zh-CN': '退回', 'en-US': 'returned' },
  approve: { 'zh-CN': '复审通过', 'en-US': 'approved' },
  withdraw: { 'zh-CN': '撤回', 'en-US': 'withdrawn' },
};

/** 申领编号: `BT` + the class's region + year + a six-digit sequence of that region and year. */
export function claimNumber(regionCode: string, year: number, sequence: number): string {
  return `BT${regionCode}${year}${String(sequence).padStart(6, '0')}`;
}

/**
 * A claim under notice becomes payable the day after its notice's last day, unless an objection
 * raised during the notice is still open.
 */
export function effectiveClaimStatus(
  status: ClaimStatus,
  noticeUntil: string | null,
  today: string,
  openObjections = 0,
): ClaimStatus {
  return status === 'notice' && noticeUntil !== null && today > noticeUntil && openObjections === 0
    ? 'payable'
    : status;
}

/** Objections are taken while the notice runs: from approval to its last day. */
export function isUnderNotice(status: ClaimStatus, noticeUntil: string | null, today: string): boolean {
  return status === 'notice' && noticeUntil !== null && today <= noticeUntil;
}

export const OBJECTION_STATUSES = ['open', 'upheld', 'dismissed'] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];

/** A class is claimed for once it has completed: after its results, assessment or closing too. */
export const CLAIMABLE_CLASS_STATUSES: readonly string[] = ['completed', 'assessed', 'closed'];
