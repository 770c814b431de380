import { type Executor, employmentEvidence, insurancePeriods, subsidyGrants } from '@qiancheng/db';
import { asc, eq } from 'drizzle-orm';

export type InsurancePeriodRow = typeof insurancePeriods.$inferSelect;
export type EvidenceRow = typeof employmentEvidence.$inferSelect;
export type GrantRow = typeof subsidyGrants.$inferSelect;

export function insuranceOf(db: Executor, personId: string): Promise<InsurancePeriodRow[]> {
  return db
    .select()
    .from(insurancePeriods)
    .where(eq(insurancePeriods.personId, personId))
    .orderBy(asc(insurancePeriods.fromMonth));
}

export function evidenceOf(db: Executor, personId: string): Promise<EvidenceRow[]> {
  return db
    .select()
    .from(employmentEvidence)
    .where(eq(employmentEvidence.personId, personId))
    .orderBy(asc(employmentEvidence.startDate));
}

/** Every subsidy the person was granted, in any region: the limits across schemes read them all. */
export function grantsOf(db: Executor, personId: string): Promise<GrantRow[]> {
  return db
    .select()
    .from(subsidyGrants)
    .where(eq(subsidyGrants.personId, personId))
    .orderBy(asc(subsidyGrants.certificateDate));
}

/** Inserts periods in slices small enough for one statement's parameters. */
export async function insertInsurancePeriods(
  db: Executor,
  rows: readonly (typeof insurancePeriods.$inferInsert)[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += 2000) {
    await db.insert(insurancePeriods).values(rows.slice(start, start + 2000));
  }
}
