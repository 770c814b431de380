import type { FieldReason } from '../errors/catalog';
import { isCalendarDate } from '../projects/catalogue';
import type { LocalizedText } from '../reference/localized-text';

/** How a teacher works for an institution. */
export const EMPLOYMENT_RELATIONS = [
  { code: 'full_time', name: { 'zh-CN': '专职', 'en-US': 'Full-time' } },
  { code: 'part_time', name: { 'zh-CN': '兼职', 'en-US': 'Part-time' } },
  { code: 'contracted', name: { 'zh-CN': '外聘', 'en-US': 'Contracted' } },
] as const satisfies readonly { code: string; name: LocalizedText }[];

export type EmploymentRelation = (typeof EMPLOYMENT_RELATIONS)[number]['code'];
export const EMPLOYMENT_RELATION_CODES = EMPLOYMENT_RELATIONS.map((r) => r.code) as [
  EmploymentRelation,
  ...EmploymentRelation[],
];

export interface EmploymentDates {
  /** YYYY-MM-DD, the first day of the employment. */
  since: string;
  /** YYYY-MM-DD, the last day; null while open-ended. */
  until: string | null;
}

/** upcoming: starts later; current: in force today; ended: its last day has passed. */
export type EmploymentState = 'upcoming' | 'current' | 'ended';

export const EMPLOYMENT_STATE_NAMES: Record<EmploymentState, LocalizedText> = {
  upcoming: { 'zh-CN': '待入职', 'en-US': 'Starting later' },
  current: { 'zh-CN': '在职', 'en-US': 'Employed' },
  ended: { 'zh-CN': '已解聘', 'en-US': 'Ended' },
};

/** The employment's state on a civil date; the `until` day itself still counts as employed. */
export function employmentState(employment: EmploymentDates, today: string): EmploymentState {
  if (employment.since > today) return 'upcoming';
  if (employment.until !== null && employment.until < today) return 'ended';
  return 'current';
}

export interface EmploymentProblem {
  field: 'since' | 'until';
  reason: FieldReason;
  params?: Record<string, unknown>;
}

/** Real dates, the end not before the start. */
export function checkEmployment(employment: EmploymentDates): EmploymentProblem[] {
  const problems: EmploymentProblem[] = [];
  const sinceValid = isCalendarDate(employment.since);
  if (!sinceValid) problems.push({ field: 'since', reason: 'invalid_date' });
  if (employment.until !== null) {
    if (!isCalendarDate(employment.until)) problems.push({ field: 'until', reason: 'invalid_date' });
    else if (sinceValid && employment.until < employment.since) {
      problems.push({
        field: 'until',
        reason: 'employment_until_before_since',
        params: { since: employment.since },
      });
    }
  }
  return problems;
}

/**
 * Ending an employment on `until`: refused when it has ended already, and the day must not be
 * before the employment began.
 */
export function endEmploymentProblem(
  employment: EmploymentDates,
  until: string,
  today: string,
): { code: 'teachers.employment_ended'; until: string } | EmploymentProblem | null {
  if (employmentState(employment, today) === 'ended') {
    return { code: 'teachers.employment_ended', until: employment.until ?? until };
  }
  if (!isCalendarDate(until)) return { field: 'until', reason: 'invalid_date' };
  if (until < employment.since) {
    return { field: 'until', reason: 'employment_until_before_since', params: { since: employment.since } };
  }
  return null;
}
