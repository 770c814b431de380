import { checkWindow } from './check-window';
import { type AttendanceMark, type MarkSource, sessionHours, type TimedSession } from './presence';

/*
 * 出勤率: attended 学时 over scheduled 学时 of the class's sessions that were not cancelled. A
 * trainee meets the bar at ATTENDANCE_THRESHOLD percent exactly; the comparison is done in whole
 * tenths of an hour, so 80.0 % passes and 79.9 % does not, with no rounding in between. Subsidy
 * rules reuse the same bar.
 */

/** Percent of scheduled 学时 a trainee must attend. */
export const ATTENDANCE_THRESHOLD = 80;

export function meetsAttendanceThreshold(attendedTenths: number, scheduledTenths: number): boolean {
  return attendedTenths * 100 >= scheduledTenths * ATTENDANCE_THRESHOLD;
}

/** The rate in percent with one decimal, rounded down (79.96 % shows as 79.9 %); null when nothing is scheduled. */
export function attendanceRate(attendedTenths: number, scheduledTenths: number): number | null {
  if (scheduledTenths <= 0) return null;
  return Math.floor((attendedTenths * 1000) / scheduledTenths) / 10;
}

export interface RatedSession extends TimedSession {
  id: string;
}

export interface TraineeAttendance {
  scheduledTenths: number;
  attendedTenths: number;
  electronicTenths: number;
  manualTenths: number;
  rate: number | null;
  /** Sessions whose check window has closed: what could have been attended by now. */
  dueTenths: number;
  attendedDueTenths: number;
  /** Below the bar on the sessions due so far. */
  flagged: boolean;
  sessions: { sessionId: string; electronicTenths: number; manualTenths: number }[];
}

/**
 * One trainee's attendance over the class's sessions (cancelled ones already left out), from their
 * records per session. While the class runs, only sessions whose check window has closed count
 * towards the flag; once all are over it is the whole class.
 */
export function traineeAttendance(
  sessions: readonly RatedSession[],
  marksBySession: ReadonlyMap<string, readonly (AttendanceMark & { source: MarkSource })[]>,
  now: number,
): TraineeAttendance {
  const result: TraineeAttendance = {
    scheduledTenths: 0,
    attendedTenths: 0,
    electronicTenths: 0,
    manualTenths: 0,
    rate: null,
    dueTenths: 0,
    attendedDueTenths: 0,
    flagged: false,
    sessions: [],
  };
  for (const session of sessions) {
    const hours = sessionHours(session, marksBySession.get(session.id) ?? []);
    const attended = hours.electronic + hours.manual;
    result.scheduledTenths += session.hoursTenths;
    result.electronicTenths += hours.electronic;
    result.manualTenths += hours.manual;
    result.attendedTenths += attended;
    if (checkWindow(session).closes < now) {
      result.dueTenths += session.hoursTenths;
      result.attendedDueTenths += attended;
    }
    result.sessions.push({
      sessionId: session.id,
      electronicTenths: hours.electronic,
      manualTenths: hours.manual,
    });
  }
  result.rate = attendanceRate(result.attendedTenths, result.scheduledTenths);
  result.flagged =
    result.dueTenths > 0 && !meetsAttendanceThreshold(result.attendedDueTenths, result.dueTenths);
  return result;
}
