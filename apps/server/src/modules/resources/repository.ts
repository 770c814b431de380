import { type Executor, occupations, teachingResources } from '@qiancheng/db';
import { asc, count, desc, eq, ilike, inArray, isNotNull, isNull, or, type SQL } from 'drizzle-orm';
import { type PageRequest, pageOf } from '../../platform/db/paged';

export type ResourceRow = typeof teachingResources.$inferSelect;
export type ResourceRecord = ResourceRow & { occupationName: string };

function selectRecords(db: Executor) {
  return db
    .select({ resource: teachingResources, occupationName: occupations.name })
    .from(teachingResources)
    .innerJoin(occupations, eq(occupations.code, teachingResources.occupationCode));
}

const toRecord = (row: { resource: ResourceRow; occupationName: string }): ResourceRecord => ({
  ...row.resource,
  occupationName: row.occupationName,
});

export interface ResourceFilter {
  q?: string;
  occupation?: string;
  level?: string;
  kind?: string;
  status: 'active' | 'withdrawn';
}

export function filterConditions(filter: ResourceFilter): SQL[] {
  const conditions: SQL[] = [
    filter.status === 'active'
      ? isNull(teachingResources.withdrawnAt)
      : isNotNull(teachingResources.withdrawnAt),
  ];
  if (filter.occupation) conditions.push(eq(teachingResources.occupationCode, filter.occupation));
  if (filter.level) conditions.push(eq(teachingResources.skillLevel, filter.level));
  if (filter.kind) conditions.push(eq(teachingResources.kind, filter.kind));
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      or(
        ilike(teachingResources.title, pattern),
        ilike(teachingResources.description, pattern),
        ilike(occupations.name, pattern),
      )!,
    );
  }
  return conditions;
}

/** Shared with one of these regions (an institution sees its region's and those above). */
export function sharedWith(regionCodes: readonly string[]): SQL {
  return inArray(teachingResources.regionCode, [...regionCodes]);
}

export function contributedBy(institutionId: string): SQL {
  return eq(teachingResources.institutionId, institutionId);
}

export async function listResources(
  db: Executor,
  where: SQL | undefined,
  page: PageRequest,
): Promise<{ items: ResourceRecord[]; total: number }> {
  const { items: rows, total } = await pageOf(
    page,
    selectRecords(db).where(where).orderBy(desc(teachingResources.createdAt), asc(teachingResources.id)),
    db
      .select({ total: count() })
      .from(teachingResources)
      .innerJoin(occupations, eq(occupations.code, teachingResources.occupationCode))
      .where(where),
  );
  return { items: rows.map(toRecord), total };
}

export async function findResource(db: Executor, id: string): Promise<ResourceRecord | null> {
  const [row] = await selectRecords(db).where(eq(teachingResources.id, id));
  return row ? toRecord(row) : null;
}

export async function findResources(db: Executor, ids: readonly string[]): Promise<ResourceRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(teachingResources)
    .where(inArray(teachingResources.id, [...ids]));
}

export async function lockResource(tx: Executor, id: string): Promise<ResourceRow | null> {
  const [row] = await tx.select().from(teachingResources).where(eq(teachingResources.id, id)).for('update');
  return row ?? null;
}

export async function insertResource(
  tx: Executor,
  values: typeof teachingResources.$inferInsert,
): Promise<ResourceRow> {
  const [row] = await tx.insert(teachingResources).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function markWithdrawn(tx: Executor, id: string, at: Date): Promise<void> {
  await tx.update(teachingResources).set({ withdrawnAt: at }).where(eq(teachingResources.id, id));
}
