import type { SessionSpan } from './check-window';
import type { Direction } from './direction';

/*
 * 学时认定: only recorded presence counts. A person's records in a session, in time order, make
 * stays: a check-in opens one, a check-out closes it, and a later check-out moves the end of the
 * stay it follows (someone who checks out twice stayed until the last). A check-in that is never
 * followed by a check-out earns nothing — nobody recorded when the person left — and neither does
 * a check-out with no check-in before it. The rule is the same for every source; the notice pays
 * only for training that is recorded.
 */

export interface AttendanceMark {
  at: number;
  direction: Direction;
}

export interface Stay {
  from: number;
  to: number;
}

/** The stays recorded by `marks` (any order), earliest first and never overlapping. */
export function stays(marks: readonly AttendanceMark[]): Stay[] {
  // At the same instant a check-in comes first, so an in/out pair stamped alike is a (zero) stay.
  const ordered = [...marks].sort((a, b) => a.at - b.at || (a.direction === 'in' ? -1 : 1));
  const result: Stay[] = [];
  let open: number | null = null;
  for (const mark of ordered) {
    if (mark.direction === 'in') {
      open ??= mark.at;
    } else if (open !== null) {
      result.push({ from: open, to: mark.at });
      open = null;
    } else if (result.length > 0) {
      result[result.length - 1]!.to = mark.at;
    }
  }
  return result;
}

/** A session with its 学时 in tenths. */
export interface TimedSession extends SessionSpan {
  hoursTenths: number;
}

/**
 * The 学时 (in tenths) the stays earn in a session: its 学时 in proportion to the part of the
 * session they cover, rounded down, so partial presence never rounds up into a whole tenth.
 */
export function attendedTenths(session: TimedSession, recorded: readonly Stay[]): number {
  const length = session.endsAt - session.startsAt;
  if (length <= 0) return 0;
  let covered = 0;
  for (const stay of recorded) {
    covered += Math.max(0, Math.min(stay.to, session.endsAt) - Math.max(stay.from, session.startsAt));
  }
  return Math.floor((session.hoursTenths * Math.min(covered, length)) / length);
}

export type MarkSource = 'qr' | 'terminal' | 'manual';

/**
 * A session's 学时 for one person, split by evidence: `electronic` from QR scans and terminal
 * records alone, `manual` what entries by hand add on top of them. The two add up to what all
 * records together earn.
 */
export function sessionHours(
  session: TimedSession,
  marks: readonly (AttendanceMark & { source: MarkSource })[],
): { electronic: number; manual: number } {
  const electronic = attendedTenths(session, stays(marks.filter((mark) => mark.source !== 'manual')));
  const all = attendedTenths(session, stays(marks));
  return { electronic, manual: Math.max(0, all - electronic) };
}
