import { checkWindow, checkWindowState } from '@qiancheng/domain/attendance/check-window';
import { formatRecordTime } from '@qiancheng/domain/attendance/record-time';
import { chinaDayAndTime } from '@qiancheng/domain/classes/session-time';
import type { SessionRow } from '../classes/repository';
import type { Bounds } from './repository';

type Timed = Pick<SessionRow, 'startsAt' | 'endsAt'>;

/** A session as attendance pages name it: its day, times and room. */
export function sessionRef(session: Pick<SessionRow, 'id' | 'day' | 'startsAt' | 'endsAt' | 'room'>) {
  return {
    id: session.id,
    day: session.day,
    startTime: chinaDayAndTime(session.startsAt).time,
    endTime: chinaDayAndTime(session.endsAt).time,
    room: session.room,
  };
}

export function spanOf(session: Timed) {
  return { startsAt: session.startsAt.getTime(), endsAt: session.endsAt.getTime() };
}

/** The instants a session's records can lie between. */
export function sessionBounds(session: Timed): Bounds {
  const { opens, closes } = checkWindow(spanOf(session));
  return { from: new Date(opens), to: new Date(closes) };
}

/** From the first session's check window opening to the last one's closing. */
export function classBounds(sessions: readonly Timed[]): Bounds {
  if (sessions.length === 0) return { from: new Date(0), to: new Date(0) };
  const bounds = sessions.map(sessionBounds);
  return {
    from: new Date(Math.min(...bounds.map((b) => b.from.getTime()))),
    to: new Date(Math.max(...bounds.map((b) => b.to.getTime()))),
  };
}

const STATES = { early: 'upcoming', open: 'open', closed: 'over' } as const;

/** Where a session's check window stands at `nowMs`. */
export function windowState(session: Timed, nowMs: number): 'upcoming' | 'open' | 'over' {
  return STATES[checkWindowState(spanOf(session), nowMs)];
}

/** The check window in China time, for messages. */
export function windowText(session: Timed): { opens: string; closes: string } {
  const { opens, closes } = checkWindow(spanOf(session));
  return { opens: formatRecordTime(opens).slice(0, 16), closes: formatRecordTime(closes).slice(0, 16) };
}
