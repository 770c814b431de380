import type { LocalizedText } from '../reference/localized-text';

/**
 * 过程监督检查 life cycle. An on-site check is planned, then completed when the inspector records
 * what they found. A remote check is planned (drawn in a sample) until staff send the request;
 * the institution then has until the deadline to upload a photo of the class in session; staff
 * review the photo and conclude. A request whose deadline passed without a photo reads as overdue
 * (no background job moves it) and staff conclude it as well. Open checks can be cancelled.
 */
export const CHECK_KINDS = ['onsite', 'remote'] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

export const CHECK_STATUSES = [
  'planned',
  'requested',
  'submitted',
  'completed',
  'overdue',
  'cancelled',
] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

export const CONCLUSIONS = ['ok', 'minor', 'serious'] as const;
export type Conclusion = (typeof CONCLUSIONS)[number];

export type CheckAction = 'plan' | 'record' | 'request' | 'respond' | 'conclude' | 'cancel';

const ALLOWED: Record<CheckAction, Record<CheckKind, readonly CheckStatus[]>> = {
  plan: { onsite: ['planned'], remote: ['planned'] },
  record: { onsite: ['planned'], remote: [] },
  request: { onsite: [], remote: ['planned'] },
  respond: { onsite: [], remote: ['requested'] },
  conclude: { onsite: [], remote: ['submitted', 'overdue'] },
  cancel: { onsite: ['planned'], remote: ['planned', 'requested', 'overdue'] },
};

export function mayAct(kind: CheckKind, status: CheckStatus, action: CheckAction): boolean {
  return ALLOWED[action][kind].includes(status);
}

/** A request past its deadline without a photo is overdue; every other status reads as stored. */
export function effectiveCheckStatus(
  check: { status: CheckStatus; deadlineAt: Date | null },
  now: Date,
): CheckStatus {
  if (check.status === 'requested' && check.deadlineAt !== null && now > check.deadlineAt) return 'overdue';
  return check.status;
}

/** Checks still waiting for someone: they count as open on the institution's badge and lists. */
export function isOpen(status: CheckStatus): boolean {
  return status === 'planned' || status === 'requested' || status === 'submitted' || status === 'overdue';
}

/** How long an institution is given to answer a remote check, in minutes. */
export const RESPONSE_WINDOW = { min: 15, max: 24 * 60, default: 120 } as const;

/** The finding a conclusion puts in the institution's credit record, if any. */
export function findingSeverity(conclusion: Conclusion): 'minor' | 'serious' | null {
  return conclusion === 'ok' ? null : conclusion;
}

/**
 * Trainees signed in beyond those the inspector saw: the usual trace of 代签 (signing in for
 * someone absent). Zero when the numbers agree or fewer signed in than were present.
 */
export function unexplainedCheckIns(peoplePresent: number, peopleCheckedIn: number): number {
  return Math.max(0, peopleCheckedIn - peoplePresent);
}

export interface OnsiteRecord {
  photoCount: number;
  conclusion: Conclusion;
  notes: string;
}

export type OnsiteProblem = { field: 'photoDocumentIds'; reason: 'photos_required' } | ConclusionProblem;

export type ConclusionProblem = { field: 'notes'; reason: 'finding_notes_required' };

/**
 * A conclusion that records a finding must say what was found, unless the finding is a missed
 * deadline, which says so itself.
 */
export function conclusionProblems(input: {
  conclusion: Conclusion;
  notes: string;
  missedDeadline?: boolean;
}): ConclusionProblem[] {
  return findingSeverity(input.conclusion) && !input.missedDeadline && input.notes.trim() === ''
    ? [{ field: 'notes', reason: 'finding_notes_required' }]
    : [];
}

/** An on-site check is evidence only with at least one photo of what the inspector saw. */
export function onsiteRecordProblems(input: OnsiteRecord): OnsiteProblem[] {
  const problems: OnsiteProblem[] = [];
  if (input.photoCount < 1) problems.push({ field: 'photoDocumentIds', reason: 'photos_required' });
  return [...problems, ...conclusionProblems(input)];
}

export const CHECK_KIND_NAMES: Record<CheckKind, LocalizedText> = {
  onsite: { 'zh-CN': '现场检查', 'en-US': 'On-site check' },
  remote: { 'zh-CN': '远程抽查', 'en-US': 'Remote check' },
};

export const CHECK_STATUS_NAMES: Record<CheckStatus, LocalizedText> = {
  planned: { 'zh-CN': '待检查', 'en-US': 'Planned' },
  requested: { 'zh-CN': '待上传照片', 'en-US': 'Awaiting photo' },
  submitted: { 'zh-CN': '待审核', 'en-US': 'Photo received' },
  completed: { 'zh-CN': '已完成', 'en-US': 'Completed' },
  overdue: { 'zh-CN': '逾期未上传', 'en-US': 'Overdue' },
  cancelled: { 'zh-CN': '已取消', 'en-US': 'Cancelled' },
};

export const CONCLUSION_NAMES: Record<Conclusion, LocalizedText> = {
  ok: { 'zh-CN': '未发现问题', 'en-US': 'No problem found' },
  minor: { 'zh-CN': '一般问题', 'en-US': 'Minor problem' },
  serious: { 'zh-CN': '严重问题', 'en-US': 'Serious problem' },
};

export const CHECK_ACTION_NAMES: Record<CheckAction, LocalizedText> = {
  plan: { 'zh-CN': '调整检查安排', 'en-US': 'reschedule' },
  record: { 'zh-CN': '登记检查结果', 'en-US': 'record the result of' },
  request: { 'zh-CN': '发送拍照要求', 'en-US': 'send the photo request of' },
  respond: { 'zh-CN': '上传照片', 'en-US': 'answer' },
  conclude: { 'zh-CN': '作出结论', 'en-US': 'conclude' },
  cancel: { 'zh-CN': '取消', 'en-US': 'cancel' },
};
