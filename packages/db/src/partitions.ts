import { sql } from 'drizzle-orm';
import type { Database } from './client';

/** The months of attendance partitions kept around the current one. */
export const ATTENDANCE_MONTHS_BEHIND = 2;
export const ATTENDANCE_MONTHS_AHEAD = 12;

/**
 * Creates the monthly partitions of `attendance_events` from `ATTENDANCE_MONTHS_BEHIND` months
 * before the month of `today` (a civil date in China) through `ATTENDANCE_MONTHS_AHEAD` months
 * after it; existing ones are kept, and a month whose rows already sit in the default partition is
 * left there. Run at start, so a process that runs for longer than a year sends later rows to the
 * default partition until the next start.
 */
export async function ensureAttendancePartitions(db: Database, today: string): Promise<number> {
  // Both drivers (node-postgres and PGlite) answer raw SQL with `{ rows }`.
  const result = (await db.execute(
    sql`select attendance_ensure_partitions(
      (${today}::date - make_interval(months => ${ATTENDANCE_MONTHS_BEHIND}))::date,
      ${ATTENDANCE_MONTHS_BEHIND + 1 + ATTENDANCE_MONTHS_AHEAD}
    ) as created`,
  )) as unknown as { rows: { created: number }[] };
  return Number(result.rows[0]?.created ?? 0);
}
