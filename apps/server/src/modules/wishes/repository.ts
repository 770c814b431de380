import { type Executor, occupations, regions, trainingWishes } from '@qiancheng/db';
import { and, asc, count, desc, eq, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import { type PageRequest, pageOf } from '../../platform/db/paged';
import { regionSubtree } from '../demand/repository';

export type WishRow = typeof trainingWishes.$inferSelect;
export type NewWishRow = typeof trainingWishes.$inferInsert;

export interface WishRecord {
  wish: WishRow;
  occupationName: string;
  priorityField: string;
  regionName: string;
}

const recordColumns = {
  wish: trainingWishes,
  occupationName: occupations.name,
  priorityField: occupations.priorityField,
  regionName: regions.name,
};

function selectRecords(db: Executor) {
  return db
    .select(recordColumns)
    .from(trainingWishes)
    .innerJoin(occupations, eq(occupations.code, trainingWishes.occupationCode))
    .innerJoin(regions, eq(regions.code, trainingWishes.regionCode));
}

export interface WishFilter {
  status?: 'active' | 'withdrawn';
  region?: string;
  occupation?: string;
  field?: string;
  targetGroup?: string;
}

export function filterConditions(filter: WishFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.status === 'active') conditions.push(isNull(trainingWishes.withdrawnAt));
  if (filter.status === 'withdrawn') conditions.push(isNotNull(trainingWishes.withdrawnAt));
  if (filter.region) conditions.push(regionSubtree(trainingWishes.regionCode, filter.region));
  if (filter.occupation) conditions.push(eq(trainingWishes.occupationCode, filter.occupation));
  if (filter.field) conditions.push(eq(occupations.priorityField, filter.field));
  if (filter.targetGroup) conditions.push(eq(trainingWishes.targetGroup, filter.targetGroup));
  return conditions;
}

export async function listWishes(
  db: Executor,
  where: SQL | undefined,
  page: PageRequest,
): Promise<{ items: WishRecord[]; total: number }> {
  return pageOf(
    page,
    selectRecords(db).where(where).orderBy(desc(trainingWishes.createdAt), asc(trainingWishes.id)),
    db
      .select({ total: count() })
      .from(trainingWishes)
      .innerJoin(occupations, eq(occupations.code, trainingWishes.occupationCode))
      .where(where),
  );
}

export async function findWishRecord(db: Executor, id: string): Promise<WishRecord | null> {
  const [row] = await selectRecords(db).where(eq(trainingWishes.id, id));
  return row ?? null;
}

export async function lockWish(tx: Executor, id: string): Promise<WishRow | null> {
  const [row] = await tx.select().from(trainingWishes).where(eq(trainingWishes.id, id)).for('update');
  return row ?? null;
}

/** An active wish of the person for the same occupation and level (no level matching no level). */
export async function findActiveDuplicate(
  db: Executor,
  wish: { personId: string; occupationCode: string; skillLevel: string | null },
): Promise<WishRow | null> {
  const [row] = await db
    .select()
    .from(trainingWishes)
    .where(
      and(
        eq(trainingWishes.personId, wish.personId),
        eq(trainingWishes.occupationCode, wish.occupationCode),
        sql`${trainingWishes.skillLevel} is not distinct from ${wish.skillLevel}`,
        isNull(trainingWishes.withdrawnAt),
      ),
    )
    .limit(1);
  return row ?? null;
}

export async function insertWish(db: Executor, values: NewWishRow): Promise<WishRow> {
  const [row] = await db.insert(trainingWishes).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function markWithdrawn(db: Executor, id: string, at: Date): Promise<WishRow | null> {
  const [row] = await db
    .update(trainingWishes)
    .set({ withdrawnAt: at })
    .where(eq(trainingWishes.id, id))
    .returning();
  return row ?? null;
}

export async function occupationExists(db: Executor, code: string): Promise<boolean> {
  const [row] = await db
    .select({ code: occupations.code })
    .from(occupations)
    .where(eq(occupations.code, code));
  return row !== undefined;
}
