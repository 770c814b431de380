import {
  type Executor,
  paymentBatches,
  paymentLines,
  paymentRecoveries,
  paymentResultImports,
  subsidyClaims,
} from '@qiancheng/db';
import { and, asc, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';

export type BatchRow = typeof paymentBatches.$inferSelect;
export type LineRow = typeof paymentLines.$inferSelect;
export type RecoveryRow = typeof paymentRecoveries.$inferSelect;
export type ResultImportRow = typeof paymentResultImports.$inferSelect;

/** A batch's lines summed by status, which the list and the detail read their totals from. */
export interface BatchSums {
  pendingFen: number;
  paidFen: number;
  failedFen: number;
  recoveredFen: number;
  pendingLines: number;
}

export async function findBatch(db: Executor, id: string, lock = false): Promise<BatchRow | null> {
  const query = db.select().from(paymentBatches).where(eq(paymentBatches.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export function linesOf(db: Executor, batchId: string): Promise<LineRow[]> {
  return db
    .select()
    .from(paymentLines)
    .where(eq(paymentLines.batchId, batchId))
    .orderBy(asc(paymentLines.position));
}

export async function findLine(db: Executor, id: string, lock = false): Promise<LineRow | null> {
  const query = db.select().from(paymentLines).where(eq(paymentLines.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** Claim numbers of lines, for the file and the pages. */
export async function claimNumbers(db: Executor, claimIds: readonly string[]): Promise<Map<string, string>> {
  if (claimIds.length === 0) return new Map();
  const rows = await db
    .select({ id: subsidyClaims.id, number: subsidyClaims.number })
    .from(subsidyClaims)
    .where(inArray(subsidyClaims.id, [...new Set(claimIds)]));
  return new Map(rows.map((row) => [row.id, row.number]));
}

export async function batchSums(db: Executor, batchIds: readonly string[]): Promise<Map<string, BatchSums>> {
  if (batchIds.length === 0) return new Map();
  const rows = await db
    .select({
      batchId: paymentLines.batchId,
      pendingFen: sql<string>`coalesce(sum(${paymentLines.amountFen}) filter (where ${paymentLines.status} = 'pending'), 0)`,
      paidFen: sql<string>`coalesce(sum(${paymentLines.amountFen}) filter (where ${paymentLines.status} = 'paid'), 0)`,
      failedFen: sql<string>`coalesce(sum(${paymentLines.amountFen}) filter (where ${paymentLines.status} in ('failed', 'resubmitted')), 0)`,
      recoveredFen: sql<string>`coalesce(sum(${paymentLines.recoveredFen}), 0)`,
      pendingLines: sql<number>`count(*) filter (where ${paymentLines.status} = 'pending')::int`,
    })
    .from(paymentLines)
    .where(inArray(paymentLines.batchId, [...batchIds]))
    .groupBy(paymentLines.batchId);
  return new Map(
    rows.map((row) => [
      row.batchId,
      {
        pendingFen: Number(row.pendingFen),
        paidFen: Number(row.paidFen),
        failedFen: Number(row.failedFen),
        recoveredFen: Number(row.recoveredFen),
        pendingLines: Number(row.pendingLines),
      },
    ]),
  );
}

export async function listBatches(
  db: Executor,
  conditions: (SQL | undefined)[],
  page: { page: number; pageSize: number },
): Promise<{ rows: BatchRow[]; total: number }> {
  const where = and(...conditions);
  const [rows, [counted]] = await Promise.all([
    db
      .select()
      .from(paymentBatches)
      .where(where)
      .orderBy(desc(paymentBatches.createdAt), desc(paymentBatches.number))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ total: count() }).from(paymentBatches).where(where),
  ]);
  return { rows, total: counted?.total ?? 0 };
}

/** The next batch sequence of a region and year, queued by a transaction-scoped advisory lock. */
export async function nextBatchSequence(tx: Executor, regionCode: string, year: number): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`payment-batches:${regionCode}:${year}`}))`);
  const [row] = await tx
    .select({ last: sql<number | null>`max(${paymentBatches.sequence})` })
    .from(paymentBatches)
    .where(and(eq(paymentBatches.regionCode, regionCode), eq(paymentBatches.year, year)));
  return Number(row?.last ?? 0) + 1;
}

export function recoveriesOf(db: Executor, lineIds: readonly string[]): Promise<RecoveryRow[]> {
  if (lineIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(paymentRecoveries)
    .where(inArray(paymentRecoveries.lineId, [...lineIds]))
    .orderBy(asc(paymentRecoveries.decidedAt));
}

export function importsOf(db: Executor, batchId: string): Promise<ResultImportRow[]> {
  return db
    .select()
    .from(paymentResultImports)
    .where(eq(paymentResultImports.batchId, batchId))
    .orderBy(asc(paymentResultImports.importedAt));
}
