import { describe, expect, it } from 'vitest';
import { type FilingPlan, filingProblems, hoursOfKind, sessionProblems } from './class-filing';

const TEACHER = 't-1';
const session = (
  day: string,
  startTime: string,
  endTime: string,
  hoursTenths: number,
  kind: 'theory' | 'practice' = 'theory',
) => ({
  day,
  startTime,
  endTime,
  hoursTenths,
  kind,
  teacherId: TEACHER,
  room: '201',
});

const plan: FilingPlan = {
  startDate: '2026-12-14',
  endDate: '2026-12-18',
  plannedTrainees: 40,
  feeFen: 180000,
  governmentFen: 150000,
  enterpriseFen: 20000,
  individualFen: 10000,
  teachers: [{ teacherId: TEACHER, role: 'lead' }],
  sessions: [
    session('2026-12-14', '08:30', '11:30', 4),
    session('2026-12-15', '14:00', '17:00', 4, 'practice'),
  ],
};
const facts = { siteCapacity: 60, projectHoursTheory: 0.4, projectHoursPractice: 0.4, rosterSize: 30 };

const reasons = (p: FilingPlan, f = facts) => filingProblems(p, f).map((x) => `${x.field}:${x.reason}`);

describe('filing problems', () => {
  it('accepts a complete plan', () => {
    expect(filingProblems(plan, facts)).toEqual([]);
  });

  it.each([
    [{ endDate: '2026-12-13' }, 'endDate:end_before_start'],
    [{ governmentFen: 150001 }, 'governmentFen:fee_split_mismatch'],
    [{ individualFen: -1, governmentFen: 160001 }, 'governmentFen:fee_split_mismatch'],
    [{ plannedTrainees: 61 }, 'plannedTrainees:planned_over_capacity'],
    [{ teachers: [] }, 'teachers:teachers_required'],
    [{ teachers: [{ teacherId: TEACHER, role: 'assistant' as const }] }, 'teachers:lead_teacher_required'],
    [{ sessions: [] }, 'sessions:sessions_required'],
  ])('refuses %o', (change, expected) => {
    expect(reasons({ ...plan, ...change })).toContain(expected);
  });

  it('checks the roster against the plan', () => {
    expect(reasons(plan, { ...facts, rosterSize: 0 })).toEqual(['roster:roster_required']);
    expect(reasons(plan, { ...facts, rosterSize: 41 })).toEqual(['roster:roster_over_planned']);
    expect(reasons(plan, { ...facts, rosterSize: 40 })).toEqual([]);
  });

  it('requires the project hours of each kind', () => {
    const problems = filingProblems(plan, { ...facts, projectHoursPractice: 0.5 });
    expect(problems).toEqual([
      {
        field: 'sessions',
        reason: 'hours_below_project',
        params: { kindZh: '实操', kindEn: 'practice', planned: 0.4, required: 0.5 },
      },
    ]);
    expect(hoursOfKind(plan.sessions, 'theory')).toBe(4);
  });
});

describe('session problems', () => {
  const check = (sessions: ReturnType<typeof session>[]) =>
    sessionProblems({ ...plan, sessions }).map((x) => `${x.field}:${x.reason}`);

  it.each([
    [[session('2026-12-13', '08:30', '11:30', 4)], 'sessions.0.day:session_outside_class'],
    [[session('2026-12-19', '08:30', '11:30', 4)], 'sessions.0.day:session_outside_class'],
    [[session('2026-12-14', '11:30', '11:30', 4)], 'sessions.0.endTime:session_end_before_start'],
    [[session('2026-12-14', '8:30', '11:30', 4)], 'sessions.0.startTime:session_time_format'],
    [[session('2026-12-14', '08:30', '24:00', 4)], 'sessions.0.endTime:session_time_format'],
    // 3 hours hold at most 4 学时 of 45 minutes.
    [[session('2026-12-14', '08:30', '11:30', 41)], 'sessions.0.hours:session_hours_range'],
    [[session('2026-12-14', '08:30', '11:30', 0)], 'sessions.0.hours:session_hours_range'],
    [
      [{ ...session('2026-12-14', '08:30', '11:30', 4), teacherId: 'other' }],
      'sessions.0.teacherId:session_teacher_not_in_class',
    ],
    [
      [session('2026-12-14', '08:30', '11:30', 4), session('2026-12-14', '11:00', '12:00', 1)],
      'sessions.1.startTime:session_overlap',
    ],
  ])('%o is refused with %s', (sessions, expected) => {
    expect(check(sessions)).toEqual([expected]);
  });

  it('accepts back-to-back sessions and the last day of the class', () => {
    expect(
      check([session('2026-12-18', '08:30', '11:30', 40), session('2026-12-18', '11:30', '12:15', 10)]),
    ).toEqual([]);
  });
});
