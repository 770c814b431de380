import { attendanceEvents, attendanceTerminals, type Executor } from '@qiancheng/db';
import { and, asc, count, countDistinct, desc, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { type PageRequest, pageOf } from '../../platform/db/paged';

export type EventRow = typeof attendanceEvents.$inferSelect;
export type NewEvent = typeof attendanceEvents.$inferInsert;
export type TerminalRow = typeof attendanceTerminals.$inferSelect;

/** The span of time a class's records can lie in: its check windows, first to last. */
export interface Bounds {
  from: Date;
  to: Date;
}

/** Bounds on occurred_at let PostgreSQL skip the months of the partitioned table a class never touched. */
function within(bounds: Bounds): SQL {
  return and(gte(attendanceEvents.occurredAt, bounds.from), lte(attendanceEvents.occurredAt, bounds.to))!;
}

// ── Check-ins ────────────────────────────────────────────────────────────────────────────────

export interface CheckInInsert {
  occurredAt: Date;
  classId: string;
  sessionId: string;
  personId: string;
  attendee: 'trainee' | 'teacher';
  device: string | null;
  latitude: number | null;
  longitude: number | null;
  accuracy: number | null;
  recordedBy: string;
  /** The session's check window, where any earlier record of the person must lie. */
  opens: Date;
  closes: Date;
  /** An earlier check-in of the same person and session is in the same statement. */
  later: boolean;
}

/**
 * Stores QR check-ins in one statement, however many: each row checks in unless the person already
 * has a record in the session (or an earlier row of the statement does), else it checks out. The
 * rows travel as one array per column, so the statement and its plan are the same for any number.
 */
export async function insertCheckIns(
  db: Executor,
  rows: readonly CheckInInsert[],
): Promise<{ sessionId: string; personId: string; direction: 'in' | 'out' }[]> {
  const column = <T>(pick: (row: CheckInInsert) => T) => sql.param(rows.map(pick));
  const result = await db.execute(sql`
    insert into attendance_events
      (occurred_at, class_id, session_id, person_id, attendee, direction, source, device, latitude, longitude,
       position_accuracy, recorded_by)
    select v.occurred_at, v.class_id, v.session_id, v.person_id, v.attendee,
      case when v.later or exists (
        select 1 from attendance_events e
        where e.session_id = v.session_id and e.person_id = v.person_id
          and e.occurred_at between v.opens and v.closes
      ) then 'out' else 'in' end,
      'qr', v.device, v.latitude, v.longitude, v.accuracy, v.recorded_by
    from unnest(
      ${column((r) => r.occurredAt.toISOString())}::timestamptz[],
      ${column((r) => r.classId)}::uuid[],
      ${column((r) => r.sessionId)}::uuid[],
      ${column((r) => r.personId)}::uuid[],
      ${column((r) => r.attendee)}::text[],
      ${column((r) => r.later)}::boolean[],
      ${column((r) => r.device)}::text[],
      ${column((r) => r.latitude)}::float8[],
      ${column((r) => r.longitude)}::float8[],
      ${column((r) => r.accuracy)}::float8[],
      ${column((r) => r.recordedBy)}::uuid[],
      ${column((r) => r.opens.toISOString())}::timestamptz[],
      ${column((r) => r.closes.toISOString())}::timestamptz[]
    ) as v(occurred_at, class_id, session_id, person_id, attendee, later, device, latitude, longitude,
           accuracy, recorded_by, opens, closes)
    returning session_id as "sessionId", person_id as "personId", direction`);
  // Both drivers answer raw SQL with `{ rows }`.
  return (result as unknown as { rows: { sessionId: string; personId: string; direction: 'in' | 'out' }[] })
    .rows;
}

// ── Records ──────────────────────────────────────────────────────────────────────────────────

export function insertEvents(tx: Executor, rows: NewEvent[]) {
  return tx.insert(attendanceEvents).values(rows).returning();
}

const markColumns = {
  sessionId: attendanceEvents.sessionId,
  personId: attendanceEvents.personId,
  attendee: attendanceEvents.attendee,
  direction: attendanceEvents.direction,
  source: attendanceEvents.source,
  occurredAt: attendanceEvents.occurredAt,
  terminalId: attendanceEvents.terminalId,
};

/** Every record of a class (or of some of its people), in time order. */
export function marksOfClass(db: Executor, classId: string, bounds: Bounds, personIds?: readonly string[]) {
  if (personIds?.length === 0) return Promise.resolve([]);
  return db
    .select(markColumns)
    .from(attendanceEvents)
    .where(
      and(
        eq(attendanceEvents.classId, classId),
        within(bounds),
        personIds ? inArray(attendanceEvents.personId, [...personIds]) : undefined,
      ),
    )
    .orderBy(asc(attendanceEvents.occurredAt));
}

/** How many trainees and teachers have a record in a session. */
export async function presentIn(db: Executor, sessionId: string, bounds: Bounds) {
  const rows = await db
    .select({ attendee: attendanceEvents.attendee, people: countDistinct(attendanceEvents.personId) })
    .from(attendanceEvents)
    .where(and(eq(attendanceEvents.sessionId, sessionId), within(bounds)))
    .groupBy(attendanceEvents.attendee);
  const of = (attendee: string) => rows.find((r) => r.attendee === attendee)?.people ?? 0;
  return { trainees: of('trainee'), teachers: of('teacher') };
}

/** Trainees with a record in a session up to `at`, and whether the session has any record at all. */
export async function traineesBy(db: Executor, sessionId: string, at: Date, bounds: Bounds) {
  const [row] = await db
    .select({
      trainees:
        sql<number>`count(distinct ${attendanceEvents.personId}) filter (where ${attendanceEvents.attendee} = 'trainee' and ${attendanceEvents.occurredAt} <= ${at.toISOString()})`.mapWith(
          Number,
        ),
      records: count(),
    })
    .from(attendanceEvents)
    .where(and(eq(attendanceEvents.sessionId, sessionId), within(bounds)));
  return { trainees: row?.trainees ?? 0, records: row?.records ?? 0 };
}

export async function listEvents(
  db: Executor,
  where: SQL | undefined,
  bounds: Bounds,
  page: PageRequest,
): Promise<{ items: EventRow[]; total: number }> {
  const condition = and(where, within(bounds));
  return pageOf(
    page,
    db
      .select()
      .from(attendanceEvents)
      .where(condition)
      .orderBy(desc(attendanceEvents.occurredAt), desc(attendanceEvents.id)),
    db.select({ total: count() }).from(attendanceEvents).where(condition),
  );
}

// ── Terminals ────────────────────────────────────────────────────────────────────────────────

export async function listTerminals(
  db: Executor,
  institutionId: string,
  page: PageRequest,
): Promise<{ items: TerminalRow[]; total: number }> {
  const where = eq(attendanceTerminals.institutionId, institutionId);
  return pageOf(
    page,
    db
      .select()
      .from(attendanceTerminals)
      .where(where)
      // Terminals in use first, then by when they were registered.
      .orderBy(sql`${attendanceTerminals.retiredAt} is not null`, desc(attendanceTerminals.createdAt)),
    db.select({ total: count() }).from(attendanceTerminals).where(where),
  );
}

export async function findTerminal(db: Executor, id: string): Promise<TerminalRow | null> {
  const [row] = await db.select().from(attendanceTerminals).where(eq(attendanceTerminals.id, id));
  return row ?? null;
}

export function terminalsByCode(db: Executor, codes: readonly string[]) {
  if (codes.length === 0) return Promise.resolve([] as TerminalRow[]);
  return db
    .select()
    .from(attendanceTerminals)
    .where(inArray(attendanceTerminals.code, [...codes]));
}

export function terminalsByIds(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([] as TerminalRow[]);
  return db
    .select()
    .from(attendanceTerminals)
    .where(inArray(attendanceTerminals.id, [...ids]));
}

/** Inserts a terminal unless its code is taken; null when it is. */
export async function insertTerminal(
  tx: Executor,
  values: typeof attendanceTerminals.$inferInsert,
): Promise<TerminalRow | null> {
  const [row] = await tx.insert(attendanceTerminals).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function retireTerminal(tx: Executor, id: string, at: Date): Promise<TerminalRow> {
  const [row] = await tx
    .update(attendanceTerminals)
    .set({ retiredAt: at })
    .where(eq(attendanceTerminals.id, id))
    .returning();
  return row!;
}
