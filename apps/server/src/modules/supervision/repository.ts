import { type Executor, supervisionChecks, supervisionSamples } from '@qiancheng/db';
import { regionCodeRange } from '@qiancheng/domain';
import type { CheckKind, CheckStatus } from '@qiancheng/domain/supervision/check-lifecycle';
import { and, asc, count, desc, eq, gte, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { pageOf } from '../../platform/db/paged';

export type SampleRow = typeof supervisionSamples.$inferSelect;
export type CheckRow = typeof supervisionChecks.$inferSelect;

interface Page {
  page: number;
  pageSize: number;
}

/**
 * Checks whose status reads as `status` at `now`: a request past its deadline reads as overdue.
 * Mirrors `effectiveCheckStatus` in the domain, for filters and counts.
 */
export function statusReadsAs(status: CheckStatus, now: Date): SQL | undefined {
  const late = and(eq(supervisionChecks.status, 'requested'), lt(supervisionChecks.deadlineAt, now));
  if (status === 'overdue') return or(eq(supervisionChecks.status, 'overdue'), late);
  if (status === 'requested') {
    return and(
      eq(supervisionChecks.status, 'requested'),
      or(isNull(supervisionChecks.deadlineAt), gte(supervisionChecks.deadlineAt, now)),
    );
  }
  return eq(supervisionChecks.status, status);
}

export interface CheckFilter {
  status?: CheckStatus;
  kind?: CheckKind;
  region?: string;
  institutionId?: string;
  classId?: string;
  sampleId?: string;
}

/** The conditions of a check list's filters; the caller adds the reader's scope. */
export function checkConditions(filter: CheckFilter, now: Date): (SQL | undefined)[] {
  const c = supervisionChecks;
  const range = filter.region ? regionCodeRange(filter.region) : null;
  return [
    filter.status ? statusReadsAs(filter.status, now) : undefined,
    filter.kind ? eq(c.kind, filter.kind) : undefined,
    range ? and(gte(c.regionCode, range.from), lt(c.regionCode, range.to)) : undefined,
    filter.institutionId ? eq(c.institutionId, filter.institutionId) : undefined,
    filter.classId ? eq(c.classId, filter.classId) : undefined,
    filter.sampleId ? eq(c.sampleId, filter.sampleId) : undefined,
  ];
}

/** The conditions of a sample list's filters; the caller adds the reader's scope. */
export function sampleConditions(filter: { kind?: CheckKind; region?: string }): (SQL | undefined)[] {
  const s = supervisionSamples;
  const range = filter.region ? regionCodeRange(filter.region) : null;
  return [
    filter.kind ? eq(s.kind, filter.kind) : undefined,
    range ? and(gte(s.regionCode, range.from), lt(s.regionCode, range.to)) : undefined,
  ];
}

/**
 * What an institution sees of its checks: remote checks once they were sent, on-site checks once
 * done. An announced visit would not show how the class runs on an ordinary day.
 */
export function visibleToInstitution(institutionId: string): SQL | undefined {
  return and(
    eq(supervisionChecks.institutionId, institutionId),
    or(
      and(eq(supervisionChecks.kind, 'remote'), sql`${supervisionChecks.status} <> 'planned'`),
      and(eq(supervisionChecks.kind, 'onsite'), eq(supervisionChecks.status, 'completed')),
    ),
  );
}

export async function findCheck(db: Executor, id: string): Promise<CheckRow | null> {
  const [row] = await db.select().from(supervisionChecks).where(eq(supervisionChecks.id, id));
  return row ?? null;
}

export async function lockCheck(tx: Executor, id: string): Promise<CheckRow | null> {
  const [row] = await tx.select().from(supervisionChecks).where(eq(supervisionChecks.id, id)).for('update');
  return row ?? null;
}

export async function listChecks(
  db: Executor,
  where: SQL | undefined,
  page: Page,
  order: SQL[] = [desc(supervisionChecks.createdAt), asc(supervisionChecks.id)],
): Promise<{ items: CheckRow[]; total: number }> {
  return pageOf(
    page,
    db
      .select()
      .from(supervisionChecks)
      .where(where)
      .orderBy(...order),
    db.select({ total: count() }).from(supervisionChecks).where(where),
  );
}

/** An institution's list: requests still waiting for its photo first, soonest deadline first. */
export function waitingFirst(now: Date): SQL[] {
  return [
    sql`case when ${statusReadsAs('requested', now)} then 0 else 1 end`,
    asc(supervisionChecks.deadlineAt),
    desc(supervisionChecks.updatedAt),
    asc(supervisionChecks.id),
  ];
}

export function checksOfSamples(db: Executor, sampleIds: readonly string[]) {
  if (sampleIds.length === 0) return Promise.resolve([] as CheckRow[]);
  return db
    .select()
    .from(supervisionChecks)
    .where(inArray(supervisionChecks.sampleId, [...sampleIds]))
    .orderBy(asc(supervisionChecks.createdAt), asc(supervisionChecks.id));
}

/** Requests of an institution waiting for its photo at `now`, and the soonest deadline among them. */
export async function waitingRequests(db: Executor, institutionId: string, now: Date) {
  const [row] = await db
    .select({ open: count(), nextDeadline: sql<Date | null>`min(${supervisionChecks.deadlineAt})` })
    .from(supervisionChecks)
    .where(and(eq(supervisionChecks.institutionId, institutionId), statusReadsAs('requested', now)));
  const next = row?.nextDeadline ?? null;
  return { open: row?.open ?? 0, nextDeadlineAt: next === null ? null : new Date(next) };
}

export async function findSample(db: Executor, id: string): Promise<SampleRow | null> {
  const [row] = await db.select().from(supervisionSamples).where(eq(supervisionSamples.id, id));
  return row ?? null;
}

export async function listSamples(
  db: Executor,
  where: SQL | undefined,
  page: Page,
): Promise<{ items: SampleRow[]; total: number }> {
  return pageOf(
    page,
    db
      .select()
      .from(supervisionSamples)
      .where(where)
      .orderBy(desc(supervisionSamples.createdAt), asc(supervisionSamples.id)),
    db.select({ total: count() }).from(supervisionSamples).where(where),
  );
}

/** For each sample, how many checks it made and how many of them are done. */
export async function sampleProgress(db: Executor, sampleIds: readonly string[]) {
  if (sampleIds.length === 0) return new Map<string, { drawn: number; completed: number }>();
  const rows = await db
    .select({
      sampleId: supervisionChecks.sampleId,
      drawn: count(),
      completed: sql<number>`count(*) filter (where ${supervisionChecks.status} = 'completed')`.mapWith(
        Number,
      ),
    })
    .from(supervisionChecks)
    .where(inArray(supervisionChecks.sampleId, [...sampleIds]))
    .groupBy(supervisionChecks.sampleId);
  return new Map(rows.map((r) => [r.sampleId!, { drawn: r.drawn, completed: r.completed }]));
}
