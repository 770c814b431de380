import {
  classChangeRequests,
  classCodeSerials,
  classMaterials,
  classSessions,
  classTeachers,
  type Executor,
  enrolments,
  trainingClasses,
} from '@qiancheng/db';
import {
  and,
  asc,
  count,
  desc,
  eq,
  gt,
  inArray,
  isNull,
  lt,
  ne,
  notInArray,
  type SQL,
  sql,
} from 'drizzle-orm';
import { type PageRequest, pageOf } from '../../platform/db/paged';

export type ClassRow = typeof trainingClasses.$inferSelect;
export type SessionRow = typeof classSessions.$inferSelect;
export type ClassTeacherRow = typeof classTeachers.$inferSelect;
export type MaterialRow = typeof classMaterials.$inferSelect;
export type EnrolmentRow = typeof enrolments.$inferSelect;

/** Classes whose trainees and teachers are committed to their timetable. */
export const COMMITTED_STATUSES = ['draft', 'filed', 'returned', 'approved', 'in_progress'] as const;

export async function findClass(db: Executor, id: string): Promise<ClassRow | null> {
  const [row] = await db.select().from(trainingClasses).where(eq(trainingClasses.id, id));
  return row ?? null;
}

export async function lockClass(tx: Executor, id: string): Promise<ClassRow | null> {
  const [row] = await tx.select().from(trainingClasses).where(eq(trainingClasses.id, id)).for('update');
  return row ?? null;
}

export function findClasses(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([] as ClassRow[]);
  return db
    .select()
    .from(trainingClasses)
    .where(inArray(trainingClasses.id, [...ids]));
}

export async function listClasses(
  db: Executor,
  where: SQL | undefined,
  page: PageRequest,
): Promise<{ items: ClassRow[]; total: number }> {
  return pageOf(
    page,
    db
      .select()
      .from(trainingClasses)
      .where(where)
      .orderBy(desc(trainingClasses.startDate), asc(trainingClasses.code)),
    db.select({ total: count() }).from(trainingClasses).where(where),
  );
}

/** The next class code of a county and year: 410105-2026-0007. */
export async function nextClassCode(tx: Executor, regionCode: string, year: number): Promise<string> {
  const [row] = await tx
    .insert(classCodeSerials)
    .values({ regionCode, year, last: 1 })
    .onConflictDoUpdate({
      target: [classCodeSerials.regionCode, classCodeSerials.year],
      set: { last: sql`${classCodeSerials.last} + 1` },
    })
    .returning();
  return `${regionCode}-${year}-${String(row!.last).padStart(4, '0')}`;
}

export function sessionsOf(db: Executor, classIds: readonly string[]) {
  if (classIds.length === 0) return Promise.resolve([] as SessionRow[]);
  return db
    .select()
    .from(classSessions)
    .where(inArray(classSessions.classId, [...classIds]))
    .orderBy(asc(classSessions.startsAt));
}

export async function findSession(db: Executor, id: string): Promise<SessionRow | null> {
  const [row] = await db.select().from(classSessions).where(eq(classSessions.id, id));
  return row ?? null;
}

export function teachersOf(db: Executor, classId: string) {
  return db.select().from(classTeachers).where(eq(classTeachers.classId, classId));
}

export function materialsOf(db: Executor, classId: string) {
  return db.select().from(classMaterials).where(eq(classMaterials.classId, classId));
}

export function enrolmentsOf(db: Executor, classId: string) {
  return db
    .select()
    .from(enrolments)
    .where(eq(enrolments.classId, classId))
    .orderBy(asc(enrolments.createdAt));
}

export async function findEnrolment(db: Executor, id: string): Promise<EnrolmentRow | null> {
  const [row] = await db.select().from(enrolments).where(eq(enrolments.id, id));
  return row ?? null;
}

export async function activeEnrolment(
  db: Executor,
  classId: string,
  personId: string,
): Promise<EnrolmentRow | null> {
  const [row] = await db
    .select()
    .from(enrolments)
    .where(
      and(
        eq(enrolments.classId, classId),
        eq(enrolments.personId, personId),
        ne(enrolments.status, 'dropped'),
      ),
    );
  return row ?? null;
}

/** Trainees on each roster (dropped ones left out). */
export async function rosterSizes(db: Executor, classIds: readonly string[]): Promise<Map<string, number>> {
  if (classIds.length === 0) return new Map();
  const rows = await db
    .select({ classId: enrolments.classId, total: count() })
    .from(enrolments)
    .where(and(inArray(enrolments.classId, [...classIds]), ne(enrolments.status, 'dropped')))
    .groupBy(enrolments.classId);
  return new Map(rows.map((r) => [r.classId, r.total]));
}

/** Replaces the timetable, teachers and materials of a class still being prepared. */
export async function replacePlan(
  tx: Executor,
  classId: string,
  plan: {
    sessions: Omit<typeof classSessions.$inferInsert, 'classId'>[];
    teachers: Omit<typeof classTeachers.$inferInsert, 'classId'>[];
    materials: Omit<typeof classMaterials.$inferInsert, 'classId'>[];
  },
): Promise<void> {
  await tx.delete(classSessions).where(eq(classSessions.classId, classId));
  await tx.delete(classTeachers).where(eq(classTeachers.classId, classId));
  await tx.delete(classMaterials).where(eq(classMaterials.classId, classId));
  if (plan.sessions.length)
    await tx.insert(classSessions).values(plan.sessions.map((s) => ({ ...s, classId })));
  if (plan.teachers.length)
    await tx.insert(classTeachers).values(plan.teachers.map((t) => ({ ...t, classId })));
  if (plan.materials.length)
    await tx.insert(classMaterials).values(plan.materials.map((m) => ({ ...m, classId })));
}

/**
 * Sessions of other committed classes that a teacher gives and that overlap one of the given
 * intervals: one teacher cannot teach two classes at once.
 */
export function teacherClashes(
  db: Executor,
  classId: string | null,
  teacherId: string,
  from: Date,
  to: Date,
) {
  return db
    .select({ session: classSessions, code: trainingClasses.code })
    .from(classSessions)
    .innerJoin(trainingClasses, eq(trainingClasses.id, classSessions.classId))
    .where(
      and(
        eq(classSessions.teacherId, teacherId),
        isNull(classSessions.cancelledAt),
        lt(classSessions.startsAt, to),
        gt(classSessions.endsAt, from),
        classId ? ne(classSessions.classId, classId) : undefined,
        inArray(trainingClasses.status, [...COMMITTED_STATUSES]),
      ),
    );
}

/** For each person, the sessions of other committed classes they are enrolled in (not dropped). */
export function enrolledSessions(db: Executor, personIds: readonly string[], exceptClassId: string) {
  if (personIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      personId: enrolments.personId,
      code: trainingClasses.code,
      startsAt: classSessions.startsAt,
      endsAt: classSessions.endsAt,
    })
    .from(enrolments)
    .innerJoin(trainingClasses, eq(trainingClasses.id, enrolments.classId))
    .innerJoin(classSessions, eq(classSessions.classId, enrolments.classId))
    .where(
      and(
        inArray(enrolments.personId, [...personIds]),
        ne(enrolments.status, 'dropped'),
        ne(enrolments.classId, exceptClassId),
        isNull(classSessions.cancelledAt),
        inArray(trainingClasses.status, [...COMMITTED_STATUSES]),
      ),
    );
}

/** For each person, a class of this occupation and level they completed. */
export function completedSame(
  db: Executor,
  personIds: readonly string[],
  occupationCode: string,
  skillLevel: string | null,
) {
  if (personIds.length === 0) return Promise.resolve([]);
  return db
    .select({ personId: enrolments.personId, code: trainingClasses.code })
    .from(enrolments)
    .innerJoin(trainingClasses, eq(trainingClasses.id, enrolments.classId))
    .where(
      and(
        inArray(enrolments.personId, [...personIds]),
        eq(enrolments.status, 'completed'),
        eq(trainingClasses.occupationCode, occupationCode),
        skillLevel === null ? isNull(trainingClasses.skillLevel) : eq(trainingClasses.skillLevel, skillLevel),
      ),
    );
}

/** Classes of the given statuses, for lists that other modules draw from (supervision). */
export function classesWithStatus(db: Executor, statuses: readonly string[], where?: SQL) {
  return db
    .select()
    .from(trainingClasses)
    .where(and(inArray(trainingClasses.status, [...statuses]), where));
}

export function notCancelled() {
  return notInArray(trainingClasses.status, ['cancelled']);
}

export async function pendingChangeCount(db: Executor, classId: string): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(classChangeRequests)
    .where(and(eq(classChangeRequests.classId, classId), eq(classChangeRequests.status, 'pending')));
  return row?.total ?? 0;
}

export function enrolmentsOfPerson(db: Executor, personId: string) {
  return db.select().from(enrolments).where(eq(enrolments.personId, personId));
}

export function classesOfProject(db: Executor, projectId: string) {
  return db
    .select()
    .from(trainingClasses)
    .where(eq(trainingClasses.projectId, projectId))
    .orderBy(asc(trainingClasses.startDate));
}

/** What a check-in needs to know about its session, class and the person's enrolment. */
export interface AttendeeFacts {
  session: {
    id: string;
    classId: string;
    day: string;
    startsAt: Date;
    endsAt: Date;
    room: string;
    cancelled: boolean;
  };
  class: { id: string; code: string; name: string; status: string; startDate: string };
  /** The person's enrolment in the class, unless dropped. */
  enrolment: { id: string; status: string } | null;
}

/**
 * Sessions with the attendance facts of their class and of one person's enrolment each, for many
 * (session, person) pairs in one read: check-ins that arrive together are looked up together. The
 * answer is in the order of the pairs, null where the session does not exist.
 */
export async function attendeeFacts(
  db: Executor,
  pairs: readonly { sessionId: string; personId: string }[],
): Promise<(AttendeeFacts | null)[]> {
  if (pairs.length === 0) return [];
  const result = await db.execute(sql`
    select v.ordinal, s.id as session_id, s.class_id, s.day::text as day,
      extract(epoch from s.starts_at)::float8 * 1000 as starts_ms,
      extract(epoch from s.ends_at)::float8 * 1000 as ends_ms,
      s.room, s.cancelled_at is not null as cancelled,
      c.code, c.name, c.status, c.start_date::text as start_date,
      e.id as enrolment_id, e.status as enrolment_status
    from unnest(${sql.param(pairs.map((p) => p.sessionId))}::uuid[], ${sql.param(pairs.map((p) => p.personId))}::uuid[])
      with ordinality as v(session_id, person_id, ordinal)
    join ${classSessions} s on s.id = v.session_id
    join ${trainingClasses} c on c.id = s.class_id
    left join ${enrolments} e on e.class_id = s.class_id and e.person_id = v.person_id and e.status <> 'dropped'`);
  // Both drivers answer raw SQL with `{ rows }`.
  const rows = (result as unknown as { rows: Record<string, unknown>[] }).rows;
  const facts: (AttendeeFacts | null)[] = pairs.map(() => null);
  for (const row of rows) {
    facts[Number(row.ordinal) - 1] = {
      session: {
        id: String(row.session_id),
        classId: String(row.class_id),
        day: String(row.day),
        startsAt: new Date(Number(row.starts_ms)),
        endsAt: new Date(Number(row.ends_ms)),
        room: String(row.room),
        cancelled: row.cancelled === true,
      },
      class: {
        id: String(row.class_id),
        code: String(row.code),
        name: String(row.name),
        status: String(row.status),
        startDate: String(row.start_date),
      },
      enrolment: row.enrolment_id
        ? { id: String(row.enrolment_id), status: String(row.enrolment_status) }
        : null,
    };
  }
  return facts;
}

export function finishedEnrolments(db: Executor, personIds: readonly string[], occupationCode: string) {
  if (personIds.length === 0) return Promise.resolve([]);
  return db
    .select({ enrolment: enrolments, class: trainingClasses })
    .from(enrolments)
    .innerJoin(trainingClasses, eq(trainingClasses.id, enrolments.classId))
    .where(
      and(
        inArray(enrolments.personId, [...personIds]),
        ne(enrolments.status, 'dropped'),
        eq(trainingClasses.occupationCode, occupationCode),
        inArray(trainingClasses.status, ['completed', 'assessed', 'closed']),
      ),
    )
    .orderBy(desc(trainingClasses.endDate));
}
