import type { LocalizedText } from '../reference/localized-text';

/**
 * 培训班 life cycle (DESIGN.md §4): an institution drafts and files a class; staff approve it or
 * return it with reasons (a returned class is corrected and filed again); once started it is in
 * progress, then completed, assessed when every trainee has a result, and closed by staff. A class
 * may be cancelled until it completes.
 */
export const CLASS_STATUSES = [
  'draft',
  'filed',
  'approved',
  'returned',
  'in_progress',
  'completed',
  'assessed',
  'closed',
  'cancelled',
] as const;
export type ClassStatus = (typeof CLASS_STATUSES)[number];

const CLASS_TRANSITIONS: Record<ClassStatus, readonly ClassStatus[]> = {
  draft: ['filed', 'cancelled'],
  filed: ['approved', 'returned', 'cancelled'],
  returned: ['filed', 'cancelled'],
  approved: ['in_progress', 'cancelled'],
  in_progress: ['completed', 'cancelled'],
  completed: ['assessed'],
  assessed: ['closed'],
  closed: [],
  cancelled: [],
};

export function canMoveClass(from: ClassStatus, to: ClassStatus): boolean {
  return CLASS_TRANSITIONS[from].includes(to);
}

/** The institution edits its class freely only before staff approve it. */
export function isClassEditable(status: ClassStatus): boolean {
  return status === 'draft' || status === 'returned';
}

/** After approval and until it completes, a class changes only through change requests. */
export function acceptsChangeRequests(status: ClassStatus): boolean {
  return status === 'approved' || status === 'in_progress';
}

/** Classes that are running or about to: attendance may be recorded for their sessions. */
export function isClassRunning(status: ClassStatus): boolean {
  return status === 'approved' || status === 'in_progress';
}

export const CLASS_STATUS_NAMES: Record<ClassStatus, LocalizedText> = {
  draft: { 'zh-CN': '草稿', 'en-US': 'Draft' },
  filed: { 'zh-CN': '已备案待审核', 'en-US': 'Filed' },
  approved: { 'zh-CN': '备案通过', 'en-US': 'Approved' },
  returned: { 'zh-CN': '已退回', 'en-US': 'Returned' },
  in_progress: { 'zh-CN': '培训中', 'en-US': 'In progress' },
  completed: { 'zh-CN': '已结业', 'en-US': 'Completed' },
  assessed: { 'zh-CN': '已考核', 'en-US': 'Assessed' },
  closed: { 'zh-CN': '已关闭', 'en-US': 'Closed' },
  cancelled: { 'zh-CN': '已取消', 'en-US': 'Cancelled' },
};

/** enrolled → attending (first attendance) → completed (class completed) | dropped. */
export const ENROLMENT_STATUSES = ['enrolled', 'attending', 'completed', 'dropped'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

export const ENROLMENT_STATUS_NAMES: Record<EnrolmentStatus, LocalizedText> = {
  enrolled: { 'zh-CN': '已报名', 'en-US': 'Enrolled' },
  attending: { 'zh-CN': '在训', 'en-US': 'Attending' },
  completed: { 'zh-CN': '已结业', 'en-US': 'Completed' },
  dropped: { 'zh-CN': '已退出', 'en-US': 'Dropped' },
};

export const SESSION_KINDS = ['theory', 'practice'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const SESSION_KIND_NAMES: Record<SessionKind, LocalizedText> = {
  theory: { 'zh-CN': '理论', 'en-US': 'Theory' },
  practice: { 'zh-CN': '实操', 'en-US': 'Practice' },
};

export const CLASS_TEACHER_ROLES = ['lead', 'assistant'] as const;
export type ClassTeacherRole = (typeof CLASS_TEACHER_ROLES)[number];

export const CHANGE_KINDS = [
  'teacher_replace',
  'session_change',
  'session_add',
  'session_cancel',
  'trainee_add',
  'trainee_remove',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const CHANGE_KIND_NAMES: Record<ChangeKind, LocalizedText> = {
  teacher_replace: { 'zh-CN': '更换教师', 'en-US': 'Replace a teacher' },
  session_change: { 'zh-CN': '调整课次', 'en-US': 'Change a session' },
  session_add: { 'zh-CN': '增加课次', 'en-US': 'Add a session' },
  session_cancel: { 'zh-CN': '取消课次', 'en-US': 'Cancel a session' },
  trainee_add: { 'zh-CN': '增加学员', 'en-US': 'Add a trainee' },
  trainee_remove: { 'zh-CN': '减少学员', 'en-US': 'Remove a trainee' },
};

export const CHANGE_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type ChangeStatus = (typeof CHANGE_STATUSES)[number];

export const CHANGE_STATUS_NAMES: Record<ChangeStatus, LocalizedText> = {
  pending: { 'zh-CN': '待审核', 'en-US': 'Pending' },
  approved: { 'zh-CN': '已批准', 'en-US': 'Approved' },
  rejected: { 'zh-CN': '未批准', 'en-US': 'Rejected' },
  withdrawn: { 'zh-CN': '已撤回', 'en-US': 'Withdrawn' },
};
