import { type Executor, selectionApplications, selectionObjections, selectionRounds } from '@qiancheng/db';
import { and, asc, count, desc, eq, inArray, isNull, type SQL } from 'drizzle-orm';
import { type PageRequest, pageOf } from '../../platform/db/paged';

export type RoundRow = typeof selectionRounds.$inferSelect;
export type ApplicationRow = typeof selectionApplications.$inferSelect;
export type ObjectionRow = typeof selectionObjections.$inferSelect;

export async function findRound(db: Executor, id: string, forUpdate = false): Promise<RoundRow | null> {
  const query = db.select().from(selectionRounds).where(eq(selectionRounds.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function listRounds(
  db: Executor,
  where: SQL | undefined,
  page: PageRequest,
): Promise<{ items: RoundRow[]; total: number }> {
  return pageOf(
    page,
    db
      .select()
      .from(selectionRounds)
      .where(where)
      .orderBy(desc(selectionRounds.createdAt), asc(selectionRounds.id)),
    db.select({ total: count() }).from(selectionRounds).where(where),
  );
}

/** Rounds of a project still in progress (open, scoring or on notice). */
export function activeRoundsOf(db: Executor, projectId: string) {
  return db
    .select()
    .from(selectionRounds)
    .where(
      and(
        eq(selectionRounds.projectId, projectId),
        inArray(selectionRounds.status, ['open', 'scoring', 'publicized']),
      ),
    );
}

export function applicationsOf(db: Executor, roundId: string) {
  return db
    .select()
    .from(selectionApplications)
    .where(eq(selectionApplications.roundId, roundId))
    .orderBy(asc(selectionApplications.createdAt));
}

export function applicationsOfInstitution(db: Executor, institutionId: string) {
  return db
    .select({ application: selectionApplications, round: selectionRounds })
    .from(selectionApplications)
    .innerJoin(selectionRounds, eq(selectionRounds.id, selectionApplications.roundId))
    .where(eq(selectionApplications.institutionId, institutionId))
    .orderBy(desc(selectionApplications.createdAt));
}

export async function findApplication(
  db: Executor,
  roundId: string,
  id: string,
): Promise<ApplicationRow | null> {
  const [row] = await db
    .select()
    .from(selectionApplications)
    .where(and(eq(selectionApplications.id, id), eq(selectionApplications.roundId, roundId)));
  return row ?? null;
}

export function objectionsOf(db: Executor, roundId: string) {
  return db
    .select()
    .from(selectionObjections)
    .where(eq(selectionObjections.roundId, roundId))
    .orderBy(asc(selectionObjections.createdAt));
}

export async function openObjectionCount(db: Executor, roundId: string): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(selectionObjections)
    .where(and(eq(selectionObjections.roundId, roundId), isNull(selectionObjections.outcome)));
  return row?.total ?? 0;
}

/** Selected applications of rounds that took effect: the institutions a project trains with. */
export function effectiveSelections(db: Executor, filter: { projectId?: string; institutionId?: string }) {
  return db
    .select({ application: selectionApplications, round: selectionRounds })
    .from(selectionApplications)
    .innerJoin(selectionRounds, eq(selectionRounds.id, selectionApplications.roundId))
    .where(
      and(
        eq(selectionRounds.status, 'effective'),
        eq(selectionApplications.status, 'selected'),
        filter.projectId ? eq(selectionRounds.projectId, filter.projectId) : undefined,
        filter.institutionId ? eq(selectionApplications.institutionId, filter.institutionId) : undefined,
      ),
    );
}
