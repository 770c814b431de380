import { type Executor, subsidyClaimLines, subsidyClaims } from '@qiancheng/db';
import { and, asc, count, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';

export type ClaimRow = typeof subsidyClaims.$inferSelect;
export type ClaimLineRow = typeof subsidyClaimLines.$inferSelect;

export async function findClaim(db: Executor, id: string, lock = false): Promise<ClaimRow | null> {
  const query = db.select().from(subsidyClaims).where(eq(subsidyClaims.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export function linesOf(db: Executor, claimId: string): Promise<ClaimLineRow[]> {
  return db.select().from(subsidyClaimLines).where(eq(subsidyClaimLines.claimId, claimId)).orderBy(
    desc(subsidyClaimLines.included),
    asc(subsidyClaimLines.createdAt),
    // A trainee's stages together, certification before employment.
    asc(subsidyClaimLines.enrolmentId),
    asc(subsidyClaimLines.stage),
    asc(subsidyClaimLines.id),
  );
}

/** The stages of these enrolments that a live claim holds or struck, as `enrolmentId:stage`. */
export async function heldStages(db: Executor, enrolmentIds: readonly string[]): Promise<Set<string>> {
  if (enrolmentIds.length === 0) return new Set();
  const rows = await db
    .select({ enrolmentId: subsidyClaimLines.enrolmentId, stage: subsidyClaimLines.stage })
    .from(subsidyClaimLines)
    .where(
      and(
        inArray(subsidyClaimLines.enrolmentId, [...enrolmentIds]),
        eq(subsidyClaimLines.live, true),
        // A stage struck on an upheld objection is not claimed again either.
        or(
          eq(subsidyClaimLines.included, true),
          sql`${subsidyClaimLines.reasons} @> '["objection_upheld"]'::jsonb`,
        ),
      ),
    );
  return new Set(rows.map((row) => `${row.enrolmentId}:${row.stage}`));
}

/**
 * The next sequence number of a region's claims in a year. The transaction-scoped advisory lock
 * queues claims of one region and year, so two never take the same number.
 */
export async function nextSequence(tx: Executor, regionCode: string, year: number): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`claims:${regionCode}:${year}`}))`);
  const [row] = await tx
    .select({ last: sql<number | null>`max(${subsidyClaims.sequence})` })
    .from(subsidyClaims)
    .where(and(eq(subsidyClaims.regionCode, regionCode), eq(subsidyClaims.year, year)));
  return Number(row?.last ?? 0) + 1;
}

export async function listClaims(
  db: Executor,
  conditions: (SQL | undefined)[],
  page: { page: number; pageSize: number },
): Promise<{ rows: ClaimRow[]; total: number }> {
  const where = and(...conditions);
  const [rows, [counted]] = await Promise.all([
    db
      .select()
      .from(subsidyClaims)
      .where(where)
      .orderBy(desc(subsidyClaims.createdAt), desc(subsidyClaims.number))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ total: count() }).from(subsidyClaims).where(where),
  ]);
  return { rows, total: counted?.total ?? 0 };
}
