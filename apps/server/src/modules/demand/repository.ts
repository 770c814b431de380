import { demandLines, type Executor, enterprises, occupations, regions } from '@qiancheng/db';
import type { DemandStatus } from '@qiancheng/domain/demand/demand-line';
import { regionCodeRange } from '@qiancheng/domain/region/region-code';
import {
  and,
  asc,
  count,
  desc,
  eq,
  gt,
  gte,
  ilike,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  or,
  type SQL,
} from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { type PageRequest, pageOf } from '../../platform/db/paged';
import { containsPattern } from '../enterprises/repository';

export type DemandLineRow = typeof demandLines.$inferSelect;
export type NewDemandLineRow = typeof demandLines.$inferInsert;

/** A line with what a reader needs beside it: the enterprise, the occupation and the region's name. */
export interface DemandLineRecord {
  line: DemandLineRow;
  enterpriseName: string;
  enterpriseCreditCode: string;
  occupationName: string;
  priorityField: string;
  regionName: string;
}

const recordColumns = {
  line: demandLines,
  enterpriseName: enterprises.name,
  enterpriseCreditCode: enterprises.creditCode,
  occupationName: occupations.name,
  priorityField: occupations.priorityField,
  regionName: regions.name,
};

function selectRecords(db: Executor) {
  return db
    .select(recordColumns)
    .from(demandLines)
    .innerJoin(enterprises, eq(enterprises.id, demandLines.enterpriseId))
    .innerJoin(occupations, eq(occupations.code, demandLines.occupationCode))
    .innerJoin(regions, eq(regions.code, demandLines.regionCode));
}

function countRecords(db: Executor) {
  return db
    .select({ total: count() })
    .from(demandLines)
    .innerJoin(enterprises, eq(enterprises.id, demandLines.enterpriseId))
    .innerJoin(occupations, eq(occupations.code, demandLines.occupationCode));
}

/**
 * The SQL form of domain `demandStatus`: each status as a condition, tried in the same order
 * (closed, then filled, then expired, then partly filled or open). A test checks the two agree.
 */
export function statusCondition(status: DemandStatus, today: string): SQL {
  const notClosed = isNull(demandLines.closedAt);
  const notFilled = lt(demandLines.filledCount, demandLines.headcount);
  const inTime = gte(demandLines.deadline, today);
  switch (status) {
    case 'closed':
      return isNotNull(demandLines.closedAt);
    case 'filled':
      return and(notClosed, gte(demandLines.filledCount, demandLines.headcount))!;
    case 'expired':
      return and(notClosed, notFilled, lt(demandLines.deadline, today))!;
    case 'partly_filled':
      return and(notClosed, notFilled, inTime, gt(demandLines.filledCount, 0))!;
    case 'open':
      return and(notClosed, notFilled, inTime, lte(demandLines.filledCount, 0))!;
  }
}

/** Lines that still take applicants (domain `isRecruiting`): open or partly filled. */
export function recruitingCondition(today: string): SQL {
  return and(
    isNull(demandLines.closedAt),
    lt(demandLines.filledCount, demandLines.headcount),
    gte(demandLines.deadline, today),
  )!;
}

/**
 * A region and everything below it, as a range on the code. This narrows a query to a region the
 * caller asked for; what a user may see at all is decided by platform/access/region-scope.
 */
export function regionSubtree(column: AnyPgColumn, regionCode: string): SQL {
  const { from, to } = regionCodeRange(regionCode);
  return and(gte(column, from), lt(column, to))!;
}

export interface DemandFilter {
  status?: DemandStatus;
  region?: string;
  occupation?: string;
  field?: string;
  enterpriseId?: string;
  q?: string;
}

export function filterConditions(filter: DemandFilter, today: string): SQL[] {
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(statusCondition(filter.status, today));
  if (filter.region) conditions.push(regionSubtree(demandLines.regionCode, filter.region));
  if (filter.occupation) conditions.push(eq(demandLines.occupationCode, filter.occupation));
  if (filter.field) conditions.push(eq(occupations.priorityField, filter.field));
  if (filter.enterpriseId) conditions.push(eq(demandLines.enterpriseId, filter.enterpriseId));
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    conditions.push(
      or(
        ilike(occupations.name, pattern),
        ilike(enterprises.name, pattern),
        ilike(demandLines.skillRequirements, pattern),
        ilike(demandLines.occupationCode, pattern),
        ilike(enterprises.creditCode, pattern),
      )!,
    );
  }
  return conditions;
}

export async function listDemandLines(
  db: Executor,
  where: SQL | undefined,
  page: PageRequest,
): Promise<{ items: DemandLineRecord[]; total: number }> {
  return pageOf(
    page,
    selectRecords(db).where(where).orderBy(desc(demandLines.createdAt), asc(demandLines.id)),
    countRecords(db).where(where),
  );
}

/** Every matching line up to `limit` (for exports); one more than the limit tells the caller it was exceeded. */
export function allDemandLines(db: Executor, where: SQL | undefined, limit: number) {
  return selectRecords(db)
    .where(where)
    .orderBy(desc(demandLines.createdAt), asc(demandLines.id))
    .limit(limit + 1);
}

export async function findDemandRecord(db: Executor, id: string): Promise<DemandLineRecord | null> {
  const [row] = await selectRecords(db).where(eq(demandLines.id, id));
  return row ?? null;
}

export async function findDemandRecords(
  db: Executor,
  ids: string[],
  scope: SQL | undefined,
): Promise<DemandLineRecord[]> {
  if (ids.length === 0) return [];
  return selectRecords(db).where(and(inArray(demandLines.id, [...new Set(ids)]), scope));
}

/** The bare line, locked until the transaction ends, so two edits of one line apply one after the other. */
export async function lockDemandLine(tx: Executor, id: string): Promise<DemandLineRow | null> {
  const [row] = await tx.select().from(demandLines).where(eq(demandLines.id, id)).for('update');
  return row ?? null;
}

export async function insertDemandLines(db: Executor, values: NewDemandLineRow[]): Promise<DemandLineRow[]> {
  const created: DemandLineRow[] = [];
  // 500 rows × 16 columns stays far below the 65,535 parameters one statement may carry.
  for (let i = 0; i < values.length; i += 500) {
    created.push(
      ...(await db
        .insert(demandLines)
        .values(values.slice(i, i + 500))
        .returning()),
    );
  }
  return created;
}

export async function updateDemandLine(
  db: Executor,
  id: string,
  changes: Partial<NewDemandLineRow>,
): Promise<DemandLineRow | null> {
  const [row] = await db.update(demandLines).set(changes).where(eq(demandLines.id, id)).returning();
  return row ?? null;
}

/** Names and fields of the named occupations that exist. */
export async function findOccupations(
  db: Executor,
  codes: string[],
): Promise<Map<string, { name: string; priorityField: string }>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({ code: occupations.code, name: occupations.name, priorityField: occupations.priorityField })
    .from(occupations)
    .where(inArray(occupations.code, [...new Set(codes)]));
  return new Map(rows.map((row) => [row.code, row]));
}

/** Every occupation code: a few thousand at most (the whole 大典), checked in memory during an import. */
export async function allOccupationCodes(db: Executor): Promise<Set<string>> {
  const rows = await db.select({ code: occupations.code }).from(occupations);
  return new Set(rows.map((row) => row.code));
}
