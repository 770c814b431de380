import { SESSION_KIND_NAMES, type SessionKind } from './class-lifecycle';
import { CLOCK_TIME, maxHoursTenths, minutesOfDay } from './session-time';

export interface SessionPlan {
  day: string;
  startTime: string;
  endTime: string;
  hoursTenths: number;
  kind: SessionKind;
  teacherId: string;
  room: string;
}

export interface FeeSplit {
  feeFen: number;
  governmentFen: number;
  enterpriseFen: number;
  individualFen: number;
}

/** What a filing is checked against: the class as planned and the facts around it. */
export interface FilingPlan extends FeeSplit {
  startDate: string;
  endDate: string;
  plannedTrainees: number;
  sessions: readonly SessionPlan[];
  /** Teachers of the class and their role. */
  teachers: readonly { teacherId: string; role: 'lead' | 'assistant' }[];
}

export interface FilingFacts {
  siteCapacity: number;
  /** The project's hours, which the timetable must deliver. */
  projectHoursTheory: number;
  projectHoursPractice: number;
  rosterSize: number;
}

export type FilingProblem = {
  field: string;
  reason:
    | 'end_before_start'
    | 'fee_split_mismatch'
    | 'planned_over_capacity'
    | 'teachers_required'
    | 'lead_teacher_required'
    | 'sessions_required'
    | 'session_time_format'
    | 'session_outside_class'
    | 'session_end_before_start'
    | 'session_hours_range'
    | 'session_teacher_not_in_class'
    | 'session_overlap'
    | 'hours_below_project'
    | 'roster_required'
    | 'roster_over_planned';
  params?: Record<string, string | number>;
};

/** The split adds up to the fee and no part is negative (政府补一点、企业出一点、个人付一点). */
export function feeSplitProblem(split: FeeSplit): FilingProblem | null {
  const parts = [split.governmentFen, split.enterpriseFen, split.individualFen];
  const sum = parts.reduce((a, b) => a + b, 0);
  if (parts.some((p) => p < 0) || sum !== split.feeFen) {
    return { field: 'governmentFen', reason: 'fee_split_mismatch', params: { sum, fee: split.feeFen } };
  }
  return null;
}

/** Problems of each session on its own and against the others of the class. */
export function sessionProblems(
  plan: Pick<FilingPlan, 'startDate' | 'endDate' | 'sessions' | 'teachers'>,
): FilingProblem[] {
  const problems: FilingProblem[] = [];
  const teacherIds = new Set(plan.teachers.map((t) => t.teacherId));
  const timed: { index: number; day: string; start: number; end: number }[] = [];
  plan.sessions.forEach((s, index) => {
    const at = (name: string) => `sessions.${index}.${name}`;
    if (!CLOCK_TIME.test(s.startTime) || !CLOCK_TIME.test(s.endTime)) {
      problems.push({
        field: at(CLOCK_TIME.test(s.startTime) ? 'endTime' : 'startTime'),
        reason: 'session_time_format',
      });
      return;
    }
    if (s.day < plan.startDate || s.day > plan.endDate) {
      problems.push({
        field: at('day'),
        reason: 'session_outside_class',
        params: { start: plan.startDate, end: plan.endDate },
      });
    }
    const start = minutesOfDay(s.startTime);
    const end = minutesOfDay(s.endTime);
    if (end <= start) {
      problems.push({ field: at('endTime'), reason: 'session_end_before_start' });
    } else {
      const most = maxHoursTenths(end - start);
      if (!Number.isInteger(s.hoursTenths) || s.hoursTenths < 1 || s.hoursTenths > most) {
        problems.push({ field: at('hours'), reason: 'session_hours_range', params: { max: most / 10 } });
      }
      timed.push({ index, day: s.day, start, end });
    }
    if (!teacherIds.has(s.teacherId))
      problems.push({ field: at('teacherId'), reason: 'session_teacher_not_in_class' });
  });
  timed.sort((a, b) => a.day.localeCompare(b.day) || a.start - b.start);
  for (let i = 1; i < timed.length; i++) {
    const prev = timed[i - 1]!;
    const cur = timed[i]!;
    if (cur.day === prev.day && cur.start < prev.end) {
      problems.push({
        field: `sessions.${Math.max(cur.index, prev.index)}.startTime`,
        reason: 'session_overlap',
        params: { other: Math.min(cur.index, prev.index) + 1 },
      });
    }
  }
  return problems;
}

/** Total 学时 (in tenths) of the sessions of one kind. */
export function hoursOfKind(
  sessions: readonly Pick<SessionPlan, 'kind' | 'hoursTenths'>[],
  kind: SessionKind,
): number {
  return sessions.filter((s) => s.kind === kind).reduce((sum, s) => sum + s.hoursTenths, 0);
}

/**
 * Everything that keeps a class from being filed (开班备案): dates, fee split, capacity, teachers
 * with a lead, a timetable inside the class dates that delivers the project's theory and practice
 * hours, and a roster no larger than planned. An empty list means it may be filed.
 */
export function filingProblems(plan: FilingPlan, facts: FilingFacts): FilingProblem[] {
  const problems: FilingProblem[] = [];
  if (plan.endDate < plan.startDate) problems.push({ field: 'endDate', reason: 'end_before_start' });
  const split = feeSplitProblem(plan);
  if (split) problems.push(split);
  if (plan.plannedTrainees > facts.siteCapacity) {
    problems.push({
      field: 'plannedTrainees',
      reason: 'planned_over_capacity',
      params: { capacity: facts.siteCapacity },
    });
  }
  if (plan.teachers.length === 0) problems.push({ field: 'teachers', reason: 'teachers_required' });
  else if (!plan.teachers.some((t) => t.role === 'lead'))
    problems.push({ field: 'teachers', reason: 'lead_teacher_required' });
  if (plan.sessions.length === 0) {
    problems.push({ field: 'sessions', reason: 'sessions_required' });
  } else {
    problems.push(...sessionProblems(plan));
    for (const [kind, required] of [
      ['theory', facts.projectHoursTheory],
      ['practice', facts.projectHoursPractice],
    ] as const) {
      const planned = hoursOfKind(plan.sessions, kind) / 10;
      if (planned < required) {
        problems.push({
          field: 'sessions',
          reason: 'hours_below_project',
          params: {
            kindZh: SESSION_KIND_NAMES[kind]['zh-CN'],
            kindEn: SESSION_KIND_NAMES[kind]['en-US'].toLowerCase(),
            planned,
            required,
          },
        });
      }
    }
  }
  if (facts.rosterSize === 0) problems.push({ field: 'roster', reason: 'roster_required' });
  else if (facts.rosterSize > plan.plannedTrainees) {
    problems.push({
      field: 'roster',
      reason: 'roster_over_planned',
      params: { planned: plan.plannedTrainees },
    });
  }
  return problems;
}
