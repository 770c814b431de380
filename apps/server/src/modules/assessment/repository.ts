import { assessmentBodies, assessmentBodyOccupations, assessmentResults, type Executor } from '@qiancheng/db';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { now } from '../../platform/clock';

export type BodyRow = typeof assessmentBodies.$inferSelect;
export type ResultRow = typeof assessmentResults.$inferSelect;

export async function findBody(db: Executor, id: string): Promise<BodyRow | null> {
  const [row] = await db.select().from(assessmentBodies).where(eq(assessmentBodies.id, id));
  return row ?? null;
}

export async function findBodyByCode(db: Executor, code: string): Promise<BodyRow | null> {
  const [row] = await db.select().from(assessmentBodies).where(eq(assessmentBodies.code, code));
  return row ?? null;
}

export async function findBodyByCreditCode(db: Executor, creditCode: string): Promise<BodyRow | null> {
  const [row] = await db.select().from(assessmentBodies).where(eq(assessmentBodies.creditCode, creditCode));
  return row ?? null;
}

export function listBodies(db: Executor) {
  return db.select().from(assessmentBodies).orderBy(asc(assessmentBodies.code));
}

export async function occupationsOf(
  db: Executor,
  bodyIds: readonly string[],
): Promise<Map<string, string[]>> {
  if (bodyIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(assessmentBodyOccupations)
    .where(inArray(assessmentBodyOccupations.bodyId, [...bodyIds]));
  const byBody = new Map<string, string[]>();
  for (const row of rows) byBody.set(row.bodyId, [...(byBody.get(row.bodyId) ?? []), row.occupationCode]);
  return byBody;
}

export async function insertBody(
  tx: Executor,
  values: typeof assessmentBodies.$inferInsert,
  occupationCodes: readonly string[],
): Promise<BodyRow> {
  const [row] = await tx.insert(assessmentBodies).values(values).returning();
  if (occupationCodes.length) {
    await tx
      .insert(assessmentBodyOccupations)
      .values(occupationCodes.map((occupationCode) => ({ bodyId: row!.id, occupationCode })));
  }
  return row!;
}

export function resultsOfClass(db: Executor, classId: string) {
  return db.select().from(assessmentResults).where(eq(assessmentResults.classId, classId));
}

export function resultsOfEnrolments(db: Executor, enrolmentIds: readonly string[], kind?: string) {
  if (enrolmentIds.length === 0) return Promise.resolve([] as ResultRow[]);
  return db
    .select()
    .from(assessmentResults)
    .where(
      and(
        inArray(assessmentResults.enrolmentId, [...enrolmentIds]),
        kind ? eq(assessmentResults.kind, kind) : undefined,
      ),
    );
}

/** One result per enrolment and kind: a second recording replaces the first. */
export async function upsertResult(
  tx: Executor,
  values: typeof assessmentResults.$inferInsert,
): Promise<ResultRow> {
  const [row] = await tx
    .insert(assessmentResults)
    .values(values)
    .onConflictDoUpdate({
      target: [assessmentResults.enrolmentId, assessmentResults.kind],
      set: {
        score: values.score,
        passed: values.passed,
        skillLevel: values.skillLevel,
        assessedOn: values.assessedOn,
        assessmentBodyId: values.assessmentBodyId,
        source: values.source,
        note: values.note,
        recordedBy: values.recordedBy,
        recordedAt: now(),
      },
    })
    .returning();
  return row!;
}

export async function deleteResult(tx: Executor, enrolmentId: string, kind: string): Promise<void> {
  await tx
    .delete(assessmentResults)
    .where(and(eq(assessmentResults.enrolmentId, enrolmentId), eq(assessmentResults.kind, kind)));
}
