import { type Executor, enterprises, regions } from '@qiancheng/db';
import { and, asc, count, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import { pageOf } from '../../platform/db/paged';

export type EnterpriseRow = typeof enterprises.$inferSelect;
export type EnterpriseWithRegion = EnterpriseRow & { regionName: string | null };

const columns = {
  id: enterprises.id,
  creditCode: enterprises.creditCode,
  name: enterprises.name,
  regionCode: enterprises.regionCode,
  address: enterprises.address,
  createdAt: enterprises.createdAt,
  regionName: regions.name,
};

/** `%text%` for ILIKE with the pattern characters of the text itself taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export async function findEnterpriseById(db: Executor, id: string): Promise<EnterpriseWithRegion | null> {
  const [row] = await db
    .select(columns)
    .from(enterprises)
    .leftJoin(regions, eq(regions.code, enterprises.regionCode))
    .where(eq(enterprises.id, id));
  return row ?? null;
}

export async function findEnterpriseByCreditCode(
  db: Executor,
  creditCode: string,
): Promise<EnterpriseRow | null> {
  const [row] = await db.select().from(enterprises).where(eq(enterprises.creditCode, creditCode));
  return row ?? null;
}

/** Looks many credit codes up at once, in slices that keep the parameter list short. */
export async function findEnterprisesByCreditCodes(
  db: Executor,
  creditCodes: string[],
): Promise<EnterpriseRow[]> {
  const unique = [...new Set(creditCodes)];
  const found: EnterpriseRow[] = [];
  for (let i = 0; i < unique.length; i += 1000) {
    found.push(
      ...(await db
        .select()
        .from(enterprises)
        .where(inArray(enterprises.creditCode, unique.slice(i, i + 1000)))),
    );
  }
  return found;
}

export async function listEnterprises(
  db: Executor,
  filter: { scope: SQL | undefined; q?: string; page: number; pageSize: number },
): Promise<{ items: EnterpriseWithRegion[]; total: number }> {
  const conditions: (SQL | undefined)[] = [filter.scope];
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    conditions.push(or(ilike(enterprises.name, pattern), ilike(enterprises.creditCode, pattern)));
  }
  const where = and(...conditions);
  return pageOf(
    filter,
    db
      .select(columns)
      .from(enterprises)
      .leftJoin(regions, eq(regions.code, enterprises.regionCode))
      .where(where)
      .orderBy(asc(enterprises.name), asc(enterprises.id)),
    db.select({ total: count() }).from(enterprises).where(where),
  );
}

export async function insertEnterprises(
  db: Executor,
  values: { creditCode: string; name: string; regionCode: string; address: string | null }[],
): Promise<EnterpriseRow[]> {
  const created: EnterpriseRow[] = [];
  for (let i = 0; i < values.length; i += 500) {
    // A concurrent import may have registered the same code a moment ago; that row then stands.
    created.push(
      ...(await db
        .insert(enterprises)
        .values(values.slice(i, i + 500))
        .onConflictDoNothing({ target: enterprises.creditCode })
        .returning()),
    );
  }
  return created;
}
