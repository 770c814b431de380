import { describe, expect, it } from 'vitest';
import {
  ATTENDANCE_THRESHOLD,
  attendanceRate,
  meetsAttendanceThreshold,
  type RatedSession,
  traineeAttendance,
} from './attendance-rate';
import type { AttendanceMark, MarkSource } from './presence';

const h = (hours: number) => hours * 3_600_000;

describe('the 80 % bar', () => {
  it('is 80 percent', () => {
    expect(ATTENDANCE_THRESHOLD).toBe(80);
  });

  it.each([
    // attended tenths, scheduled tenths, rate, meets
    [800, 1000, 80, true],
    [799, 1000, 79.9, false],
    [7996, 10000, 79.9, false],
    [8000, 10000, 80, true],
    [32, 40, 80, true],
    [31, 40, 77.5, false],
    [1, 3, 33.3, false],
    [40, 40, 100, true],
    [0, 40, 0, false],
    [0, 0, null, true],
  ] as const)('%i of %i tenths: %s %%, meets %s', (attended, scheduled, rate, meets) => {
    expect(attendanceRate(attended, scheduled)).toBe(rate);
    expect(meetsAttendanceThreshold(attended, scheduled)).toBe(meets);
  });
});

describe('a trainee over the class', () => {
  // Three 4-学时 sessions on consecutive days, 08:30–11:30.
  const day = (n: number) => Date.parse('2026-03-05T00:30:00Z') + n * h(24);
  const sessions: RatedSession[] = [0, 1, 2].map((n) => ({
    id: `s${n}`,
    startsAt: day(n),
    endsAt: day(n) + h(3),
    hoursTenths: 40,
  }));
  const present = (
    n: number,
    until = h(3),
    source: MarkSource = 'qr',
  ): [string, (AttendanceMark & { source: MarkSource })[]] => [
    `s${n}`,
    [
      { at: day(n) - 60_000, direction: 'in', source },
      { at: day(n) + until, direction: 'out', source },
    ],
  ];

  it('counts every session, electronic and by hand apart', () => {
    const result = traineeAttendance(
      sessions,
      new Map([present(0), present(1, h(3), 'manual'), present(2, h(1.5))]),
      day(3),
    );
    expect(result).toMatchObject({
      scheduledTenths: 120,
      attendedTenths: 100,
      electronicTenths: 60,
      manualTenths: 40,
      rate: 83.3,
      dueTenths: 120,
      flagged: false,
    });
    expect(result.sessions[1]).toEqual({ sessionId: 's1', electronicTenths: 0, manualTenths: 40 });
  });

  it.each([
    ['before the first session ends nothing is due, nothing flagged', day(0) + h(1), 0, false],
    ['the first session is due once its window closes', day(0) + h(3.5) + 1, 40, true],
    ['until the window closes it is not', day(0) + h(3.5), 0, false],
    ['after all three', day(3), 120, true],
  ])('%s', (_, now, due, flagged) => {
    const result = traineeAttendance(sessions, new Map([present(1)]), now);
    expect(result.dueTenths).toBe(due);
    expect(result.flagged).toBe(flagged);
  });

  it('is not flagged at exactly 80 % of the hours due and flagged just below', () => {
    // 10 sessions of 1 学时 (60 min): 8 attended in full is 80.0 %.
    const ten: RatedSession[] = Array.from({ length: 10 }, (_, n) => ({
      id: `t${n}`,
      startsAt: day(n),
      endsAt: day(n) + h(1),
      hoursTenths: 10,
    }));
    const marks = (count: number, lastUntil: number) =>
      new Map(
        ten.slice(0, count).map((s, n): [string, (AttendanceMark & { source: MarkSource })[]] => [
          s.id,
          [
            { at: s.startsAt, direction: 'in', source: 'terminal' },
            { at: n === count - 1 ? s.startsAt + lastUntil : s.endsAt, direction: 'out', source: 'terminal' },
          ],
        ]),
      );
    const exactly = traineeAttendance(ten, marks(8, h(1)), day(11));
    expect([exactly.rate, exactly.flagged]).toEqual([80, false]);
    // The eighth hour one minute short: 0.9 of it counts, 7.9 of 10 is 79 %.
    const short = traineeAttendance(ten, marks(8, h(1) - 60_000), day(11));
    expect([short.attendedTenths, short.rate, short.flagged]).toEqual([79, 79, true]);
  });
});
