import type { FieldReason } from '../errors/catalog';

/**
 * 用工需求 rules. A demand line is open until its posts are filled, its deadline passes or the
 * enterprise closes it; "today" is the civil date in China.
 */
export type DemandStatus = 'open' | 'partly_filled' | 'filled' | 'expired' | 'closed';

export const DEMAND_STATUSES: readonly DemandStatus[] = [
  'open',
  'partly_filled',
  'filled',
  'expired',
  'closed',
];

export const DEMAND_STATUS_NAMES: Record<DemandStatus, { 'zh-CN': string; 'en-US': string }> = {
  open: { 'zh-CN': '招聘中', 'en-US': 'Open' },
  partly_filled: { 'zh-CN': '部分到岗', 'en-US': 'Partly filled' },
  filled: { 'zh-CN': '已满员', 'en-US': 'Filled' },
  expired: { 'zh-CN': '已过期', 'en-US': 'Expired' },
  closed: { 'zh-CN': '已关闭', 'en-US': 'Closed' },
};

export interface DemandState {
  headcount: number;
  filledCount: number;
  /** YYYY-MM-DD, the last day applications are taken. */
  deadline: string;
  closed: boolean;
}

export function demandStatus(line: DemandState, today: string): DemandStatus {
  if (line.closed) return 'closed';
  if (line.filledCount >= line.headcount) return 'filled';
  if (line.deadline < today) return 'expired';
  return line.filledCount > 0 ? 'partly_filled' : 'open';
}

/** Whether a status still takes applicants (and so appears in the public job list). */
export function isRecruiting(status: DemandStatus): boolean {
  return status === 'open' || status === 'partly_filled';
}

export interface DemandInput {
  headcount: number;
  wageMin: number;
  wageMax: number;
  deadline: string;
}

export const MAX_HEADCOUNT = 100_000;
export const MAX_MONTHLY_WAGE = 1_000_000;

export interface DemandProblem {
  field: keyof DemandInput;
  reason: FieldReason;
  params?: Record<string, unknown>;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * The checks beyond each field's type: headcount and wages in range, the wage range the right way
 * round, and a deadline that is a real date not before today.
 */
export function checkDemand(input: DemandInput, today: string): DemandProblem[] {
  const problems: DemandProblem[] = [];
  if (!Number.isInteger(input.headcount) || input.headcount < 1) {
    problems.push({ field: 'headcount', reason: 'too_small', params: { minimum: 1 } });
  } else if (input.headcount > MAX_HEADCOUNT) {
    problems.push({ field: 'headcount', reason: 'too_big', params: { maximum: MAX_HEADCOUNT } });
  }
  for (const field of ['wageMin', 'wageMax'] as const) {
    const value = input[field];
    if (!Number.isInteger(value) || value < 0)
      problems.push({ field, reason: 'too_small', params: { minimum: 0 } });
    else if (value > MAX_MONTHLY_WAGE)
      problems.push({ field, reason: 'too_big', params: { maximum: MAX_MONTHLY_WAGE } });
  }
  if (Number.isInteger(input.wageMin) && Number.isInteger(input.wageMax) && input.wageMin > input.wageMax) {
    problems.push({ field: 'wageMax', reason: 'wage_range_inverted', params: { wageMin: input.wageMin } });
  }
  if (!isCalendarDate(input.deadline)) problems.push({ field: 'deadline', reason: 'invalid_date' });
  else if (input.deadline < today)
    problems.push({ field: 'deadline', reason: 'date_in_past', params: { today } });
  return problems;
}
