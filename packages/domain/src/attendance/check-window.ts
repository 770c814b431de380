/*
 * 签到时段: attendance for a session is taken from half an hour before it starts until half an
 * hour after it ends, so trainees can check in while arriving and check out while leaving, and
 * nothing is recorded for a session long before or after it.
 */

export const CHECK_OPENS_BEFORE_MINUTES = 30;
export const CHECK_CLOSES_AFTER_MINUTES = 30;

/** A session's time as instants in milliseconds. */
export interface SessionSpan {
  startsAt: number;
  endsAt: number;
}

export function checkWindow(session: SessionSpan): { opens: number; closes: number } {
  return {
    opens: session.startsAt - CHECK_OPENS_BEFORE_MINUTES * 60_000,
    closes: session.endsAt + CHECK_CLOSES_AFTER_MINUTES * 60_000,
  };
}

/** Where `at` stands against the session's check window; both ends belong to the window. */
export function checkWindowState(session: SessionSpan, at: number): 'early' | 'open' | 'closed' {
  const { opens, closes } = checkWindow(session);
  if (at < opens) return 'early';
  return at > closes ? 'closed' : 'open';
}

/** How far `at` lies from the session itself: 0 inside it. */
function distance(session: SessionSpan, at: number): number {
  if (at < session.startsAt) return session.startsAt - at;
  return at > session.endsAt ? at - session.endsAt : 0;
}

/**
 * The session a record at `at` belongs to: one whose check window holds it. Windows of
 * back-to-back sessions overlap (a morning session ending at 11:30 and one starting at 12:00), so
 * the session nearest in time wins, and on a tie the later one: a scan between two sessions is
 * more often someone arriving than someone leaving late.
 */
export function sessionAt<T extends SessionSpan>(sessions: readonly T[], at: number): T | null {
  let best: T | null = null;
  for (const session of sessions) {
    if (checkWindowState(session, at) !== 'open') continue;
    const nearer = best ? distance(session, at) - distance(best, at) : -1;
    if (!best || nearer < 0 || (nearer === 0 && session.startsAt > best.startsAt)) best = session;
  }
  return best;
}
