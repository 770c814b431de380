import { brandBatches, type Executor, occupations, regions, trainingBrands, users } from '@qiancheng/db';
import { and, asc, count, desc, eq, inArray, max, ne, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type PageRequest, pageOf } from '../../platform/db/paged';
import { regionSubtree } from '../demand/repository';

export type BrandRow = typeof trainingBrands.$inferSelect;
export type NewBrandRow = typeof trainingBrands.$inferInsert;
export type BatchRow = typeof brandBatches.$inferSelect;

export interface BrandRecord {
  brand: BrandRow;
  occupationName: string;
  regionName: string;
  reviewedByName: string | null;
  batch: BatchRow | null;
}

const reviewer = alias(users, 'brand_reviewer');

function selectRecords(db: Executor) {
  return db
    .select({
      brand: trainingBrands,
      occupationName: occupations.name,
      regionName: regions.name,
      reviewedByName: reviewer.displayName,
      batch: brandBatches,
    })
    .from(trainingBrands)
    .innerJoin(occupations, eq(occupations.code, trainingBrands.occupationCode))
    .innerJoin(regions, eq(regions.code, trainingBrands.regionCode))
    .leftJoin(reviewer, eq(reviewer.id, trainingBrands.reviewedBy))
    .leftJoin(brandBatches, eq(brandBatches.id, trainingBrands.batchId));
}

export interface BrandFilter {
  status?: string;
  region?: string;
  occupation?: string;
  batch?: string;
}

export function filterConditions(filter: BrandFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(trainingBrands.status, filter.status));
  if (filter.region) conditions.push(regionSubtree(trainingBrands.regionCode, filter.region));
  if (filter.occupation) conditions.push(eq(trainingBrands.occupationCode, filter.occupation));
  if (filter.batch) conditions.push(eq(trainingBrands.batchId, filter.batch));
  return conditions;
}

export async function listBrands(
  db: Executor,
  where: SQL | undefined,
  page: PageRequest,
  order: 'newest' | 'batch' = 'newest',
): Promise<{ items: BrandRecord[]; total: number }> {
  const orderBy =
    order === 'batch'
      ? [desc(brandBatches.publishedAt), asc(trainingBrands.regionCode), asc(trainingBrands.name)]
      : [desc(trainingBrands.updatedAt), asc(trainingBrands.id)];
  return pageOf(
    page,
    selectRecords(db)
      .where(where)
      .orderBy(...orderBy),
    db.select({ total: count() }).from(trainingBrands).where(where),
  );
}

export async function findBrandRecord(db: Executor, id: string): Promise<BrandRecord | null> {
  const [row] = await selectRecords(db).where(eq(trainingBrands.id, id));
  return row ?? null;
}

export async function lockBrand(tx: Executor, id: string): Promise<BrandRow | null> {
  const [row] = await tx.select().from(trainingBrands).where(eq(trainingBrands.id, id)).for('update');
  return row ?? null;
}

/** The application holding a name (any but a rejected one), other than `exceptId`. */
export async function findNameHolder(
  db: Executor,
  name: string,
  exceptId?: string,
): Promise<BrandRow | null> {
  const [row] = await db
    .select()
    .from(trainingBrands)
    .where(
      and(
        eq(trainingBrands.name, name),
        ne(trainingBrands.status, 'rejected'),
        exceptId ? ne(trainingBrands.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  return row ?? null;
}

export async function insertBrand(tx: Executor, values: NewBrandRow): Promise<BrandRow> {
  const [row] = await tx.insert(trainingBrands).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateBrand(tx: Executor, id: string, values: Partial<NewBrandRow>): Promise<BrandRow> {
  const [row] = await tx
    .update(trainingBrands)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(trainingBrands.id, id))
    .returning();
  if (!row) throw new Error('update returned no row');
  return row;
}

/** Approved brands of a region's subtree, locked in id order so concurrent publications queue. */
export async function lockApproved(tx: Executor, regionCode: string): Promise<BrandRow[]> {
  return tx
    .select()
    .from(trainingBrands)
    .where(and(eq(trainingBrands.status, 'approved'), regionSubtree(trainingBrands.regionCode, regionCode)))
    .orderBy(asc(trainingBrands.id))
    .for('update');
}

/** Approved brands of a region's subtree, for the publication preview. */
export async function approvedRecords(db: Executor, regionCode: string): Promise<BrandRecord[]> {
  return selectRecords(db)
    .where(and(eq(trainingBrands.status, 'approved'), regionSubtree(trainingBrands.regionCode, regionCode)))
    .orderBy(asc(trainingBrands.regionCode), asc(trainingBrands.name));
}

export async function maxBatchNumber(db: Executor, regionCode: string): Promise<number | null> {
  const [row] = await db
    .select({ number: max(brandBatches.number) })
    .from(brandBatches)
    .where(eq(brandBatches.regionCode, regionCode));
  return row?.number ?? null;
}

export async function insertBatch(tx: Executor, values: typeof brandBatches.$inferInsert): Promise<BatchRow> {
  const [row] = await tx.insert(brandBatches).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function publishInBatch(tx: Executor, ids: string[], batchId: string): Promise<void> {
  await tx
    .update(trainingBrands)
    .set({ status: 'published', batchId, updatedAt: new Date() })
    .where(inArray(trainingBrands.id, ids));
}

export interface BatchRecord {
  batch: BatchRow;
  regionName: string;
  brandCount: number;
}

const brandCount = count(trainingBrands.id);

export async function listBatches(
  db: Executor,
  where: SQL | undefined,
  page: PageRequest,
): Promise<{ items: BatchRecord[]; total: number }> {
  return pageOf(
    page,
    db
      .select({ batch: brandBatches, regionName: regions.name, brandCount })
      .from(brandBatches)
      .innerJoin(regions, eq(regions.code, brandBatches.regionCode))
      .leftJoin(trainingBrands, eq(trainingBrands.batchId, brandBatches.id))
      .where(where)
      .groupBy(brandBatches.id, regions.name)
      .orderBy(desc(brandBatches.publishedAt), asc(brandBatches.regionCode), desc(brandBatches.number)),
    db.select({ total: count() }).from(brandBatches).where(where),
  );
}

export async function findBatch(db: Executor, id: string): Promise<BatchRecord | null> {
  const [row] = await db
    .select({ batch: brandBatches, regionName: regions.name, brandCount })
    .from(brandBatches)
    .innerJoin(regions, eq(regions.code, brandBatches.regionCode))
    .leftJoin(trainingBrands, eq(trainingBrands.batchId, brandBatches.id))
    .where(eq(brandBatches.id, id))
    .groupBy(brandBatches.id, regions.name);
  return row ?? null;
}

/** Batches of the region itself, of its ancestors, or of regions below it. */
export function batchesCovering(ancestors: readonly string[], regionCode: string): SQL | undefined {
  return or(
    ancestors.length ? inArray(brandBatches.regionCode, [...ancestors]) : undefined,
    regionSubtree(brandBatches.regionCode, regionCode),
  );
}

export async function brandsOfBatch(db: Executor, batchId: string): Promise<BrandRecord[]> {
  return selectRecords(db)
    .where(eq(trainingBrands.batchId, batchId))
    .orderBy(asc(trainingBrands.regionCode), asc(trainingBrands.name));
}
