import { type Executor, fundBudgets, fundLedgerEntries } from '@qiancheng/db';
import { regionCodeRange } from '@qiancheng/domain';
import type { LedgerMovement, LedgerTotals } from '@qiancheng/domain/funds/index';
import { and, asc, count, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import { type PageRequest, pageOf } from '../../platform/db/paged';
import type { BudgetFilter } from './schemas';

export type BudgetRow = typeof fundBudgets.$inferSelect;
export type EntryRow = typeof fundLedgerEntries.$inferSelect;

/** Which budget a movement is against: by id, or by what makes a budget unique. */
export type BudgetKey = { budgetId: string } | { regionCode: string; year: number; source: string };

/** The conditions of a budget list's filters; the caller adds the reader's scope. */
export function budgetConditions(filter: BudgetFilter): (SQL | undefined)[] {
  const b = fundBudgets;
  const range = filter.region ? regionCodeRange(filter.region) : null;
  return [
    filter.year ? eq(b.year, filter.year) : undefined,
    filter.source ? eq(b.source, filter.source) : undefined,
    range ? and(gte(b.regionCode, range.from), lt(b.regionCode, range.to)) : undefined,
  ];
}

const BUDGET_ORDER = [desc(fundBudgets.year), asc(fundBudgets.regionCode), asc(fundBudgets.source)];

export function listBudgets(db: Executor, where: SQL | undefined, page: PageRequest) {
  return pageOf(
    page,
    db
      .select()
      .from(fundBudgets)
      .where(where)
      .orderBy(...BUDGET_ORDER),
    db.select({ total: count() }).from(fundBudgets).where(where),
  );
}

export function allBudgets(db: Executor, where: SQL | undefined, limit: number) {
  return db
    .select()
    .from(fundBudgets)
    .where(where)
    .orderBy(...BUDGET_ORDER)
    .limit(limit);
}

/** The ids of a region's budgets and those of the regions below it. */
export async function budgetIdsUnder(db: Executor, regionCode: string): Promise<string[]> {
  const { from, to } = regionCodeRange(regionCode);
  const rows = await db
    .select({ id: fundBudgets.id })
    .from(fundBudgets)
    .where(and(gte(fundBudgets.regionCode, from), lt(fundBudgets.regionCode, to)))
    .orderBy(...BUDGET_ORDER);
  return rows.map((r) => r.id);
}

function keyCondition(key: BudgetKey): SQL | undefined {
  if ('budgetId' in key) return eq(fundBudgets.id, key.budgetId);
  return and(
    eq(fundBudgets.regionCode, key.regionCode),
    eq(fundBudgets.year, key.year),
    eq(fundBudgets.source, key.source),
  );
}

export async function findBudget(db: Executor, key: BudgetKey): Promise<BudgetRow | null> {
  const [row] = await db.select().from(fundBudgets).where(keyCondition(key));
  return row ?? null;
}

/**
 * The budget row locked until the caller's transaction ends: every movement of one budget waits
 * for the one before it, so each is checked against totals that include all earlier ones.
 */
export async function lockBudget(tx: Executor, key: BudgetKey, mode: 'update' | 'share' = 'update') {
  const [row] = await tx.select().from(fundBudgets).where(keyCondition(key)).for(mode);
  return row ?? null;
}

/** Inserts a budget unless one exists for its region, year and source; null when one does. */
export async function insertBudget(
  tx: Executor,
  values: typeof fundBudgets.$inferInsert,
): Promise<BudgetRow | null> {
  const [row] = await tx.insert(fundBudgets).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function saveTotals(tx: Executor, id: string, totals: LedgerTotals) {
  const [row] = await tx
    .update(fundBudgets)
    .set({ ...totals, updatedAt: new Date() })
    .where(eq(fundBudgets.id, id))
    .returning();
  return row!;
}

export async function insertEntry(tx: Executor, values: typeof fundLedgerEntries.$inferInsert) {
  const [row] = await tx.insert(fundLedgerEntries).values(values).returning();
  return row!;
}

export function listEntries(db: Executor, budgetId: string, page: PageRequest) {
  const where = eq(fundLedgerEntries.budgetId, budgetId);
  return pageOf(
    page,
    db.select().from(fundLedgerEntries).where(where).orderBy(desc(fundLedgerEntries.id)),
    db.select({ total: count() }).from(fundLedgerEntries).where(where),
  );
}

/** A budget's entries summed by kind: totals are linear in the entries, so these sums make them. */
export async function sumsByKind(db: Executor, budgetId: string) {
  const rows = await db
    .select({
      kind: fundLedgerEntries.kind,
      amountFen: sql<number>`coalesce(sum(${fundLedgerEntries.amountFen}), 0)`.mapWith(Number),
      entries: count(),
    })
    .from(fundLedgerEntries)
    .where(eq(fundLedgerEntries.budgetId, budgetId))
    .groupBy(fundLedgerEntries.kind);
  return rows as (LedgerMovement & { entries: number })[];
}
