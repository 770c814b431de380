/**
 * 培训品牌申报的流转: an application is submitted, reviewed by staff of its region (approved,
 * returned for changes, or rejected), a returned one is edited and submitted again by its applicant,
 * and approved brands are published in a numbered batch of a region.
 */
export const BRAND_STATUSES = ['submitted', 'returned', 'approved', 'rejected', 'published'] as const;
export type BrandStatus = (typeof BRAND_STATUSES)[number];

export const BRAND_ACTIONS = ['resubmit', 'approve', 'return', 'reject', 'publish'] as const;
export type BrandAction = (typeof BRAND_ACTIONS)[number];

export const APPLICANT_KINDS = ['institution', 'region'] as const;
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];

type Names = { 'zh-CN': string; 'en-US': string };

export const BRAND_STATUS_NAMES: Record<BrandStatus, Names> = {
  submitted: { 'zh-CN': '待审核', 'en-US': 'Awaiting review' },
  returned: { 'zh-CN': '已退回修改', 'en-US': 'Returned for changes' },
  approved: { 'zh-CN': '审核通过待发布', 'en-US': 'Approved, not yet published' },
  rejected: { 'zh-CN': '未通过', 'en-US': 'Rejected' },
  published: { 'zh-CN': '已发布', 'en-US': 'Published' },
};

export const BRAND_ACTION_NAMES: Record<BrandAction, Names> = {
  resubmit: { 'zh-CN': '修改后重新提交', 'en-US': 'resubmitted' },
  approve: { 'zh-CN': '审核通过', 'en-US': 'approved' },
  return: { 'zh-CN': '退回修改', 'en-US': 'returned' },
  reject: { 'zh-CN': '不予通过', 'en-US': 'rejected' },
  publish: { 'zh-CN': '发布', 'en-US': 'published' },
};

export const APPLICANT_KIND_NAMES: Record<ApplicantKind, Names> = {
  institution: { 'zh-CN': '培训机构申报', 'en-US': 'Institution' },
  region: { 'zh-CN': '地区申报', 'en-US': 'Region' },
};

/** Who takes an action: the applicant on its own application, or reviewing staff. */
export type BrandActor = 'applicant' | 'reviewer';

const TRANSITIONS: Record<BrandAction, { from: readonly BrandStatus[]; to: BrandStatus; by: BrandActor }> = {
  resubmit: { from: ['returned'], to: 'submitted', by: 'applicant' },
  approve: { from: ['submitted'], to: 'approved', by: 'reviewer' },
  // An approved brand not yet published can still be sent back or turned down.
  return: { from: ['submitted', 'approved'], to: 'returned', by: 'reviewer' },
  reject: { from: ['submitted', 'returned', 'approved'], to: 'rejected', by: 'reviewer' },
  publish: { from: ['approved'], to: 'published', by: 'reviewer' },
};

/** The status after `action`, or null when the action is not allowed from `status`. */
export function nextBrandStatus(status: BrandStatus, action: BrandAction): BrandStatus | null {
  const transition = TRANSITIONS[action];
  return transition.from.includes(status) ? transition.to : null;
}

export function brandActionActor(action: BrandAction): BrandActor {
  return TRANSITIONS[action].by;
}

/** The review decisions a reviewer may take on an application in `status`, in display order. */
export function reviewActions(status: BrandStatus): BrandAction[] {
  return (['approve', 'return', 'reject'] as const).filter((action) => nextBrandStatus(status, action));
}

/** Returning and rejecting tell the applicant why; approving needs no reason. */
export function actionNeedsReason(action: BrandAction): boolean {
  return action === 'return' || action === 'reject';
}

/** A rejected name is free again; every other application holds its name. */
export function holdsName(status: BrandStatus): boolean {
  return status !== 'rejected';
}
