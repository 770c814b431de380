import { type Executor, subsidyPolicies } from '@qiancheng/db';
import { and, count, desc, eq, inArray, lte, max, type SQL } from 'drizzle-orm';
import { type PageRequest, pageOf } from '../../platform/db/paged';

export type PolicyRow = typeof subsidyPolicies.$inferSelect;

export async function findPolicy(db: Executor, id: string, lock = false): Promise<PolicyRow | undefined> {
  const query = db.select().from(subsidyPolicies).where(eq(subsidyPolicies.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export function listPolicies(db: Executor, where: SQL | undefined, page: PageRequest) {
  return pageOf(
    page,
    db
      .select()
      .from(subsidyPolicies)
      .where(where)
      .orderBy(subsidyPolicies.regionCode, desc(subsidyPolicies.version)),
    db.select({ total: count() }).from(subsidyPolicies).where(where),
  );
}

/** The next version number of a region's policies. */
export async function nextVersion(db: Executor, regionCode: string): Promise<number> {
  const [row] = await db
    .select({ last: max(subsidyPolicies.version) })
    .from(subsidyPolicies)
    .where(eq(subsidyPolicies.regionCode, regionCode));
  return (row?.last ?? 0) + 1;
}

/**
 * The published versions of the given regions in effect on a day: per region the one with the
 * latest effective date not after it (the higher version when two start the same day).
 */
export async function publishedOn(
  db: Executor,
  regionCodes: readonly string[],
  day: string,
): Promise<PolicyRow[]> {
  if (regionCodes.length === 0) return [];
  const rows = await db
    .select()
    .from(subsidyPolicies)
    .where(
      and(
        inArray(subsidyPolicies.regionCode, [...regionCodes]),
        eq(subsidyPolicies.status, 'published'),
        lte(subsidyPolicies.effectiveFrom, day),
      ),
    )
    .orderBy(desc(subsidyPolicies.effectiveFrom), desc(subsidyPolicies.version));
  return latestPerRegionOn(rows, day);
}

/** Every published version of the given regions, latest effective date first. */
export async function publishedOf(db: Executor, regionCodes: readonly string[]): Promise<PolicyRow[]> {
  if (regionCodes.length === 0) return [];
  return db
    .select()
    .from(subsidyPolicies)
    .where(
      and(inArray(subsidyPolicies.regionCode, [...regionCodes]), eq(subsidyPolicies.status, 'published')),
    )
    .orderBy(desc(subsidyPolicies.effectiveFrom), desc(subsidyPolicies.version));
}

/**
 * Of published versions ordered latest effective date first (then higher version first), the one
 * per region in effect on `day`.
 */
export function latestPerRegionOn(rows: readonly PolicyRow[], day: string): PolicyRow[] {
  const latest = new Map<string, PolicyRow>();
  for (const row of rows) {
    if (row.effectiveFrom <= day && !latest.has(row.regionCode)) latest.set(row.regionCode, row);
  }
  return [...latest.values()];
}
