import {
  type Executor,
  occupations,
  teacherCertificates,
  teacherEmployments,
  teacherOccupations,
  teachers,
} from '@qiancheng/db';
import {
  and,
  asc,
  count,
  desc,
  eq,
  exists,
  gte,
  inArray,
  isNull,
  lte,
  not,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { type PageRequest, pageOf } from '../../platform/db/paged';

export type TeacherRow = typeof teachers.$inferSelect;
export type CertificateRow = typeof teacherCertificates.$inferSelect;
export type EmploymentRow = typeof teacherEmployments.$inferSelect;
export type NewCertificateRow = Pick<
  CertificateRow,
  'kind' | 'occupationCode' | 'skillLevel' | 'number' | 'issuedOn' | 'documentId'
>;

/** Employments of the teacher row in the outer query, optionally with one institution. */
function employmentOf(institutionId?: string): SQL {
  return and(
    eq(teacherEmployments.teacherId, teachers.id),
    institutionId ? eq(teacherEmployments.institutionId, institutionId) : undefined,
  )!;
}

function inForceOn(today: string): SQL {
  return and(
    lte(teacherEmployments.since, today),
    or(isNull(teacherEmployments.until), gte(teacherEmployments.until, today)),
  )!;
}

function notEnded(today: string): SQL {
  return or(isNull(teacherEmployments.until), gte(teacherEmployments.until, today))!;
}

function employmentExists(db: Executor, condition: SQL): SQL {
  return exists(db.select({ one: sql`1` }).from(teacherEmployments).where(condition));
}

/**
 * Teachers with an employment (by the institution, when named): any, one in force today, or
 * ended ones only (none in force or still to begin).
 */
export function employedBy(
  db: Executor,
  institutionId: string | undefined,
  state?: { state: 'current' | 'ended'; today: string },
): SQL {
  const of = employmentOf(institutionId);
  if (!state) return employmentExists(db, of);
  if (state.state === 'current') return employmentExists(db, and(of, inForceOn(state.today))!);
  return and(employmentExists(db, of), not(employmentExists(db, and(of, notEnded(state.today))!)))!;
}

export function teachesFilter(db: Executor, occupationCode: string): SQL {
  return exists(
    db
      .select({ one: sql`1` })
      .from(teacherOccupations)
      .where(
        and(
          eq(teacherOccupations.teacherId, teachers.id),
          eq(teacherOccupations.occupationCode, occupationCode),
        ),
      ),
  );
}

/** A page of teachers, newest change first. */
export async function listTeachers(
  db: Executor,
  where: SQL | undefined,
  page: PageRequest,
): Promise<{ items: TeacherRow[]; total: number }> {
  const { items: rows, total } = await pageOf(
    page,
    db
      .select({ teacher: teachers })
      .from(teachers)
      .where(where)
      .orderBy(desc(teachers.updatedAt), asc(teachers.id)),
    db.select({ total: count() }).from(teachers).where(where),
  );
  return { items: rows.map((row) => row.teacher), total };
}

export async function findTeacher(db: Executor, id: string): Promise<TeacherRow | null> {
  const [row] = await db.select().from(teachers).where(eq(teachers.id, id));
  return row ?? null;
}

export function findTeachers(db: Executor, ids: readonly string[]) {
  return db
    .select()
    .from(teachers)
    .where(inArray(teachers.id, [...ids]));
}

export async function lockTeacher(tx: Executor, id: string): Promise<TeacherRow | null> {
  const [row] = await tx.select().from(teachers).where(eq(teachers.id, id)).for('update');
  return row ?? null;
}

export async function lockTeacherOfPerson(tx: Executor, personId: string): Promise<TeacherRow | null> {
  const [row] = await tx.select().from(teachers).where(eq(teachers.personId, personId)).for('update');
  return row ?? null;
}

export async function insertTeacher(tx: Executor, values: typeof teachers.$inferInsert): Promise<TeacherRow> {
  const [row] = await tx.insert(teachers).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateTeacher(
  tx: Executor,
  id: string,
  values: Partial<Pick<TeacherRow, 'title' | 'introduction'>>,
): Promise<void> {
  await tx
    .update(teachers)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(teachers.id, id));
}

export async function certificatesOf(
  db: Executor,
  teacherIds: readonly string[],
): Promise<(CertificateRow & { occupationName: string | null })[]> {
  if (teacherIds.length === 0) return [];
  const rows = await db
    .select({ certificate: teacherCertificates, occupationName: occupations.name })
    .from(teacherCertificates)
    .leftJoin(occupations, eq(occupations.code, teacherCertificates.occupationCode))
    .where(inArray(teacherCertificates.teacherId, [...teacherIds]))
    .orderBy(asc(teacherCertificates.issuedOn), asc(teacherCertificates.id));
  return rows.map((row) => ({ ...row.certificate, occupationName: row.occupationName }));
}

export async function occupationsOf(
  db: Executor,
  teacherIds: readonly string[],
): Promise<{ teacherId: string; code: string; name: string }[]> {
  if (teacherIds.length === 0) return [];
  return db
    .select({ teacherId: teacherOccupations.teacherId, code: occupations.code, name: occupations.name })
    .from(teacherOccupations)
    .innerJoin(occupations, eq(occupations.code, teacherOccupations.occupationCode))
    .where(inArray(teacherOccupations.teacherId, [...teacherIds]))
    .orderBy(asc(teacherOccupations.occupationCode));
}

export async function employmentsOf(db: Executor, teacherIds: readonly string[]): Promise<EmploymentRow[]> {
  if (teacherIds.length === 0) return [];
  return db
    .select()
    .from(teacherEmployments)
    .where(inArray(teacherEmployments.teacherId, [...teacherIds]))
    .orderBy(desc(teacherEmployments.since));
}

export async function employmentsWith(
  db: Executor,
  institutionId: string,
  teacherIds: readonly string[],
): Promise<EmploymentRow[]> {
  if (teacherIds.length === 0) return [];
  return db
    .select()
    .from(teacherEmployments)
    .where(
      and(
        eq(teacherEmployments.institutionId, institutionId),
        inArray(teacherEmployments.teacherId, [...teacherIds]),
      ),
    );
}

export async function lockEmployment(
  tx: Executor,
  teacherId: string,
  institutionId: string,
): Promise<EmploymentRow | null> {
  const [row] = await tx
    .select()
    .from(teacherEmployments)
    .where(
      and(eq(teacherEmployments.teacherId, teacherId), eq(teacherEmployments.institutionId, institutionId)),
    )
    .for('update');
  return row ?? null;
}

/** Adds the employment, or replaces an earlier one with the same institution (re-employment). */
export async function saveEmployment(tx: Executor, row: EmploymentRow): Promise<void> {
  await tx
    .insert(teacherEmployments)
    .values(row)
    .onConflictDoUpdate({
      target: [teacherEmployments.teacherId, teacherEmployments.institutionId],
      set: { relation: row.relation, since: row.since, until: row.until },
    });
}

export async function replaceCertificates(
  tx: Executor,
  teacherId: string,
  rows: readonly NewCertificateRow[],
): Promise<void> {
  await tx.delete(teacherCertificates).where(eq(teacherCertificates.teacherId, teacherId));
  await addCertificates(tx, teacherId, rows);
}

export async function addCertificates(
  tx: Executor,
  teacherId: string,
  rows: readonly NewCertificateRow[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.insert(teacherCertificates).values(rows.map((row) => ({ ...row, teacherId })));
}

export async function replaceOccupations(tx: Executor, teacherId: string, codes: readonly string[]) {
  await tx.delete(teacherOccupations).where(eq(teacherOccupations.teacherId, teacherId));
  await addOccupations(tx, teacherId, codes);
}

export async function addOccupations(tx: Executor, teacherId: string, codes: readonly string[]) {
  if (codes.length === 0) return;
  await tx
    .insert(teacherOccupations)
    .values([...new Set(codes)].map((occupationCode) => ({ teacherId, occupationCode })))
    .onConflictDoNothing();
}
