import { catalogueChanges, catalogueEntries, catalogues, type Executor, users } from '@qiancheng/db';
import { and, asc, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { pageOf } from '../../platform/db/paged';

export type CatalogueRow = typeof catalogues.$inferSelect;

export async function insertCatalogue(
  tx: Executor,
  values: typeof catalogues.$inferInsert,
): Promise<CatalogueRow> {
  const [row] = await tx.insert(catalogues).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findCatalogue(db: Executor, id: string): Promise<CatalogueRow | null> {
  const [row] = await db.select().from(catalogues).where(eq(catalogues.id, id));
  return row ?? null;
}

/** Locks a catalogue for the transaction, so changes to one catalogue take turns. */
export async function lockCatalogue(tx: Executor, id: string): Promise<CatalogueRow | null> {
  const [row] = await tx.select().from(catalogues).where(eq(catalogues.id, id)).for('update');
  return row ?? null;
}

export async function updateCatalogue(
  tx: Executor,
  id: string,
  changes: Partial<CatalogueRow>,
): Promise<void> {
  await tx.update(catalogues).set(changes).where(eq(catalogues.id, id));
}

const entryCount =
  sql<number>`(select count(*) from ${catalogueEntries} where ${catalogueEntries.catalogueId} = ${catalogues.id})`.mapWith(
    Number,
  );

export async function listCatalogues(
  db: Executor,
  filter: { where: SQL | undefined; page: number; pageSize: number },
): Promise<{ items: (CatalogueRow & { entryCount: number })[]; total: number }> {
  const { items: rows, total } = await pageOf(
    filter,
    db
      .select({ catalogue: catalogues, entryCount })
      .from(catalogues)
      .where(filter.where)
      .orderBy(desc(catalogues.periodStart), desc(catalogues.createdAt), asc(catalogues.id)),
    db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(catalogues)
      .where(filter.where),
  );
  return { items: rows.map((row) => ({ ...row.catalogue, entryCount: row.entryCount })), total };
}

export async function listEntries(db: Executor, catalogueId: string) {
  return db
    .select({ projectId: catalogueEntries.projectId, addedAt: catalogueEntries.addedAt })
    .from(catalogueEntries)
    .where(eq(catalogueEntries.catalogueId, catalogueId))
    .orderBy(asc(catalogueEntries.addedAt), asc(catalogueEntries.projectId));
}

export async function countEntries(tx: Executor, catalogueId: string): Promise<number> {
  const [row] = await tx
    .select({ total: sql<number>`count(*)`.mapWith(Number) })
    .from(catalogueEntries)
    .where(eq(catalogueEntries.catalogueId, catalogueId));
  return row?.total ?? 0;
}

export async function hasEntry(tx: Executor, catalogueId: string, projectId: string): Promise<boolean> {
  const [row] = await tx
    .select({ projectId: catalogueEntries.projectId })
    .from(catalogueEntries)
    .where(and(eq(catalogueEntries.catalogueId, catalogueId), eq(catalogueEntries.projectId, projectId)));
  return row !== undefined;
}

export async function insertEntries(tx: Executor, catalogueId: string, projectIds: readonly string[]) {
  if (projectIds.length === 0) return;
  await tx.insert(catalogueEntries).values(projectIds.map((projectId) => ({ catalogueId, projectId })));
}

export async function deleteEntry(tx: Executor, catalogueId: string, projectId: string): Promise<boolean> {
  const deleted = await tx
    .delete(catalogueEntries)
    .where(and(eq(catalogueEntries.catalogueId, catalogueId), eq(catalogueEntries.projectId, projectId)))
    .returning({ projectId: catalogueEntries.projectId });
  return deleted.length > 0;
}

export async function insertChange(
  tx: Executor,
  values: typeof catalogueChanges.$inferInsert,
): Promise<void> {
  await tx.insert(catalogueChanges).values(values);
}

export async function listChanges(db: Executor, catalogueId: string) {
  return db
    .select({
      id: catalogueChanges.id,
      projectId: catalogueChanges.projectId,
      action: catalogueChanges.action,
      reason: catalogueChanges.reason,
      changedAt: catalogueChanges.changedAt,
      changedByName: users.displayName,
    })
    .from(catalogueChanges)
    .leftJoin(users, eq(users.id, catalogueChanges.changedBy))
    .where(eq(catalogueChanges.catalogueId, catalogueId))
    .orderBy(asc(catalogueChanges.changedAt), asc(catalogueChanges.id));
}

/** Catalogues holding a project, locked in id order (the order every locker uses). */
export async function lockCataloguesContaining(tx: Executor, projectId: string): Promise<CatalogueRow[]> {
  return tx
    .select()
    .from(catalogues)
    .where(
      inArray(
        catalogues.id,
        tx
          .select({ id: catalogueEntries.catalogueId })
          .from(catalogueEntries)
          .where(eq(catalogueEntries.projectId, projectId)),
      ),
    )
    .orderBy(asc(catalogues.id))
    .for('update');
}

export async function publishedContaining(db: Executor, projectId: string): Promise<CatalogueRow[]> {
  return db
    .select({ catalogue: catalogues })
    .from(catalogueEntries)
    .innerJoin(catalogues, eq(catalogues.id, catalogueEntries.catalogueId))
    .where(and(eq(catalogueEntries.projectId, projectId), eq(catalogues.status, 'published')))
    .orderBy(desc(catalogues.periodStart), asc(catalogues.id))
    .then((rows) => rows.map((row) => row.catalogue));
}

/** Catalogues of the region itself, of its ancestors, or of regions below it. */
export function coveringRegion(ancestors: readonly string[], subtree: SQL | undefined): SQL | undefined {
  return or(ancestors.length ? inArray(catalogues.regionCode, [...ancestors]) : undefined, subtree);
}
