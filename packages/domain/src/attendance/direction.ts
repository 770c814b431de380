/*
 * 签到与签退: a person's first record in a session checks them in, every later one checks them
 * out. Nobody has to choose a direction on a phone or at a terminal, and a repeated scan can never
 * open a second stay: presence.ts reads a later check-out as moving the end of the stay.
 */

export type Direction = 'in' | 'out';

/** The direction of a record with `earlier` records of the same person and session before it. */
export function directionOf(earlier: number): Direction {
  return earlier === 0 ? 'in' : 'out';
}

/**
 * Directions for records arriving together (a terminal file), in their given order, beside the
 * times already stored for the same person and session. A record is the check-in only when
 * nothing stored or arriving is earlier; on equal times the stored one, then the first listed,
 * comes first.
 */
export function assignDirections(stored: readonly number[], arriving: readonly number[]): Direction[] {
  const firstStored = stored.length ? Math.min(...stored) : Number.POSITIVE_INFINITY;
  const order = arriving.map((at, index) => ({ at, index })).sort((a, b) => a.at - b.at || a.index - b.index);
  const first = order[0];
  return arriving.map((_, index) =>
    first && first.index === index && first.at < firstStored ? 'in' : 'out',
  );
}
