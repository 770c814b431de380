import { type Database, demandLines, demandRollup, demandRollupClock } from '@qiancheng/db';
import { and, eq, gte, isNull, lt, sql } from 'drizzle-orm';

/**
 * Whether demand_rollup can answer for `today`: `current` once the clock shows today, `ahead` when
 * the clock shows a later day than the caller's (a clock set back), in which case the caller counts
 * from demand_lines directly.
 */
export type RollupState = 'current' | 'ahead';

/**
 * Moves the demand rollup's clock to `today`, subtracting the lines whose deadline passed since the
 * clock last moved. Row locks order it against writers: they hold the clock row FOR SHARE in the
 * demand_lines trigger, this takes it FOR UPDATE, and the subtraction runs after any writer that
 * held it has committed, so it sees their lines.
 */
export async function advanceDemandClock(db: Database, today: string): Promise<RollupState> {
  const [clock] = await db
    .select({ asOf: demandRollupClock.asOf })
    .from(demandRollupClock)
    .where(eq(demandRollupClock.id, 1));
  if (!clock) throw new Error('demand_rollup_clock has no row; run the migrations');
  if (clock.asOf === today) return 'current';
  if (clock.asOf > today) return 'ahead';
  return db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ asOf: demandRollupClock.asOf })
      .from(demandRollupClock)
      .where(eq(demandRollupClock.id, 1))
      .for('update');
    const asOf = locked!.asOf;
    if (asOf === today) return 'current';
    if (asOf > today) return 'ahead';
    const expired = tx
      .select({
        regionCode: demandLines.regionCode,
        occupationCode: demandLines.occupationCode,
        lines: sql<number>`count(*)::int`.as('expired_lines'),
        posts: sql<number>`sum(${demandLines.headcount} - ${demandLines.filledCount})::int`.as(
          'expired_posts',
        ),
      })
      .from(demandLines)
      .where(
        and(
          isNull(demandLines.closedAt),
          lt(demandLines.filledCount, demandLines.headcount),
          gte(demandLines.deadline, asOf),
          lt(demandLines.deadline, today),
        ),
      )
      .groupBy(demandLines.regionCode, demandLines.occupationCode)
      .as('expired');
    await tx
      .update(demandRollup)
      .set({
        lines: sql`${demandRollup.lines} - "expired"."expired_lines"`,
        postsOpen: sql`${demandRollup.postsOpen} - "expired"."expired_posts"`,
      })
      .from(expired)
      .where(
        and(
          eq(demandRollup.regionCode, expired.regionCode),
          eq(demandRollup.occupationCode, expired.occupationCode),
        ),
      );
    await tx.update(demandRollupClock).set({ asOf: today }).where(eq(demandRollupClock.id, 1));
    return 'current';
  });
}
