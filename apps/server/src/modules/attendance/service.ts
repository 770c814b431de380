import { attendanceEvents, type Executor } from '@qiancheng/db';
import { can } from '@qiancheng/domain';
import {
  ATTENDANCE_THRESHOLD,
  type RatedSession,
  traineeAttendance,
} from '@qiancheng/domain/attendance/attendance-rate';
import { checkWindowState } from '@qiancheng/domain/attendance/check-window';
import { checkInPath, qrWindowEnds } from '@qiancheng/domain/attendance/qr-token';
import { hoursFromTenths } from '@qiancheng/domain/classes/session-time';
import { and, eq, type SQL } from 'drizzle-orm';
import { now } from '../../platform/clock';
import type { PlatformContext } from '../../platform/context';
import { AppError, notFound } from '../../platform/http/app-error';
import type { Actor } from '../../platform/http/request-context';
import type { ClassRow, SessionRow } from '../classes/repository';
import type { ClassesService } from '../classes/service';
import type { PeopleService } from '../people/service';
import type { QrSigner } from './qr-signer';
import * as repo from './repository';
import { assertRunning } from './running';
import type { AttendanceEventView, ClassAttendance, EventsQuery, MyAttendance, QrDisplay } from './schemas';
import { classBounds, sessionBounds, sessionRef, spanOf, windowState, windowText } from './views';

type Mark = Awaited<ReturnType<typeof repo.marksOfClass>>[number];

function rated(sessions: readonly SessionRow[]): RatedSession[] {
  return sessions
    .filter((s) => s.cancelledAt === null)
    .map((s) => ({ id: s.id, ...spanOf(s), hoursTenths: s.hoursTenths }));
}

function bySession(marks: readonly Mark[]) {
  const map = new Map<string, { at: number; direction: Mark['direction']; source: Mark['source'] }[]>();
  for (const mark of marks) {
    const list = map.get(mark.sessionId) ?? [];
    list.push({ at: mark.occurredAt.getTime(), direction: mark.direction, source: mark.source });
    map.set(mark.sessionId, list);
  }
  return map;
}

/** Hours of a trainee's attendance in the shape of the API. */
function hoursView(result: ReturnType<typeof traineeAttendance>, manualEntries: number) {
  return {
    scheduledHours: hoursFromTenths(result.scheduledTenths),
    dueHours: hoursFromTenths(result.dueTenths),
    attendedHours: hoursFromTenths(result.attendedTenths),
    electronicHours: hoursFromTenths(result.electronicTenths),
    manualHours: hoursFromTenths(result.manualTenths),
    rate: result.rate,
    flagged: result.flagged,
    manualEntries,
  };
}

/**
 * 考勤: the QR display of a session, attendance summaries of a class for its institution and for
 * staff of its region, a worker's own attendance, the list of records, and entries by hand. Hours
 * and rates are computed from the records each time by the domain rules, so they can never drift
 * from the evidence.
 */
export class AttendanceService {
  constructor(
    private readonly platform: PlatformContext,
    private readonly deps: { classes: ClassesService; people: PeopleService; signer: QrSigner },
  ) {}

  // ── QR display ─────────────────────────────────────────────────────────────────────────────

  /** The code a session's screen shows now, with how many have checked in. */
  async qrDisplay(actor: Actor, sessionId: string): Promise<QrDisplay> {
    const found = await this.deps.classes.session(sessionId);
    if (!found || actor.role !== 'institution' || found.class.institutionId !== actor.organizationId) {
      throw notFound();
    }
    const { session, class: row } = found;
    if (session.cancelledAt) throw new AppError('attendance.session_not_found');
    assertRunning(row.status);
    const at = now().getTime();
    if (checkWindowState(spanOf(session), at) !== 'open') {
      const { day, startTime, endTime } = sessionRef(session);
      throw new AppError('attendance.outside_check_window', {
        params: { day, startTime, endTime, ...windowText(session) },
      });
    }
    const { token, window } = this.deps.signer.issue(session.id, at);
    const [present, roster] = await Promise.all([
      repo.presentIn(this.platform.db, session.id, sessionBounds(session)),
      this.deps.classes.roster(row.id),
    ]);
    const bounds = sessionBounds(session);
    return {
      token,
      path: checkInPath(token),
      serverTime: new Date(at).toISOString(),
      refreshAt: new Date(qrWindowEnds(window)).toISOString(),
      session: { ...sessionRef(session), hours: hoursFromTenths(session.hoursTenths) },
      class: { id: row.id, code: row.code, name: row.name },
      checkWindow: { opens: bounds.from.toISOString(), closes: bounds.to.toISOString() },
      checkedIn: {
        trainees: present.trainees,
        teachers: present.teachers,
        rosterSize: roster.filter((t) => t.status !== 'dropped').length,
      },
    };
  }

  // ── Summaries ──────────────────────────────────────────────────────────────────────────────

  /** The class's institution, or a bureau role of its region; workers read their own through `mine`. */
  private async readable(actor: Actor, classId: string, db: Executor = this.platform.db): Promise<ClassRow> {
    if (actor.role !== 'institution' && !can(actor.role, 'classes.read'))
      throw new AppError('common.forbidden');
    return this.deps.classes.assertReadable(actor, classId, db);
  }

  async classSummary(actor: Actor, classId: string): Promise<ClassAttendance> {
    const row = await this.readable(actor, classId);
    const db = this.platform.db;
    const [sessions, roster] = await Promise.all([
      this.deps.classes.sessionsOf([classId], db),
      this.deps.classes.roster(classId, db),
    ]);
    const marks = await repo.marksOfClass(db, classId, classBounds(sessions));
    const live = rated(sessions);
    const at = now().getTime();
    const trainees = roster
      .filter((t) => t.status !== 'dropped')
      .map((trainee) => {
        const own = marks.filter((m) => m.personId === trainee.personId && m.attendee === 'trainee');
        const result = traineeAttendance(live, bySession(own), at);
        return {
          personId: trainee.personId,
          name: trainee.name,
          idNumberMasked: trainee.idNumberMasked,
          enrolmentStatus: trainee.status,
          ...hoursView(result, own.filter((m) => m.source === 'manual').length),
        };
      });
    const dueTenths = live
      .filter((s) => checkWindowState(s, at) === 'closed')
      .reduce((a, s) => a + s.hoursTenths, 0);
    return {
      class: { id: row.id, code: row.code, name: row.name, status: row.status },
      threshold: ATTENDANCE_THRESHOLD,
      scheduledHours: hoursFromTenths(live.reduce((a, s) => a + s.hoursTenths, 0)),
      dueHours: hoursFromTenths(dueTenths),
      trainees,
      sessions: sessions.map((session) => {
        const own = marks.filter((m) => m.sessionId === session.id);
        return {
          ...sessionRef(session),
          hours: hoursFromTenths(session.hoursTenths),
          kind: session.kind,
          cancelled: session.cancelledAt !== null,
          state: windowState(session, at),
          traineesPresent: new Set(own.filter((m) => m.attendee === 'trainee').map((m) => m.personId)).size,
          teacherPresent: own.some((m) => m.attendee === 'teacher'),
          manualEntries: own.filter((m) => m.source === 'manual').length,
        };
      }),
      totals: {
        records: marks.length,
        manualEntries: marks.filter((m) => m.source === 'manual').length,
        flagged: trainees.filter((t) => t.flagged).length,
      },
    };
  }

  /**
   * Scheduled and attended hours (in tenths) of some trainees of a class, from the records alone:
   * what the subsidy rules weigh against the attendance bar.
   */
  async traineeHours(
    classId: string,
    personIds: readonly string[],
    db: Executor = this.platform.db,
  ): Promise<Map<string, { scheduledTenths: number; attendedTenths: number }>> {
    const sessions = await this.deps.classes.sessionsOf([classId], db);
    const marks = (await repo.marksOfClass(db, classId, classBounds(sessions), [...personIds])).filter(
      (m) => m.attendee === 'trainee',
    );
    const live = rated(sessions);
    const at = now().getTime();
    return new Map(
      personIds.map((personId) => {
        const result = traineeAttendance(live, bySession(marks.filter((m) => m.personId === personId)), at);
        return [personId, { scheduledTenths: result.scheduledTenths, attendedTenths: result.attendedTenths }];
      }),
    );
  }

  /** A worker's own attendance in a class they are on the roster of. */
  async mine(actor: Actor, classId: string): Promise<MyAttendance> {
    if (!actor.personId) throw notFound();
    const db = this.platform.db;
    const [row, enrolment] = await Promise.all([
      this.deps.classes.findClass(classId, db),
      this.deps.classes.activeEnrolment(classId, actor.personId, db),
    ]);
    if (!row || !enrolment) throw notFound();
    const sessions = await this.deps.classes.sessionsOf([classId], db);
    const marks = (await repo.marksOfClass(db, classId, classBounds(sessions), [actor.personId])).filter(
      (m) => m.attendee === 'trainee',
    );
    const at = now().getTime();
    const result = traineeAttendance(rated(sessions), bySession(marks), at);
    const perSession = new Map(result.sessions.map((s) => [s.sessionId, s]));
    return {
      class: { id: row.id, code: row.code, name: row.name, status: row.status },
      threshold: ATTENDANCE_THRESHOLD,
      ...hoursView(result, marks.filter((m) => m.source === 'manual').length),
      sessions: sessions.map((session) => {
        const hours = perSession.get(session.id);
        const electronic = hours?.electronicTenths ?? 0;
        const manual = hours?.manualTenths ?? 0;
        return {
          ...sessionRef(session),
          hours: hoursFromTenths(session.hoursTenths),
          cancelled: session.cancelledAt !== null,
          state: windowState(session, at),
          attendedHours: hoursFromTenths(electronic + manual),
          electronicHours: hoursFromTenths(electronic),
          manualHours: hoursFromTenths(manual),
          records: marks
            .filter((m) => m.sessionId === session.id)
            .map((m) => ({
              direction: m.direction,
              source: m.source,
              occurredAt: m.occurredAt.toISOString(),
            })),
        };
      }),
    };
  }

  /**
   * For supervision's on-site checks: how many trainees had checked in to a session by `at`, or
   * null when the session has no records at all (attendance was not taken electronically).
   */
  async traineesCheckedIn(
    sessionId: string,
    at: Date,
    db: Executor = this.platform.db,
  ): Promise<number | null> {
    const found = await this.deps.classes.session(sessionId, db);
    if (!found) return null;
    const counted = await repo.traineesBy(db, sessionId, at, sessionBounds(found.session));
    return counted.records === 0 ? null : counted.trainees;
  }

  // ── Records ────────────────────────────────────────────────────────────────────────────────

  async events(
    actor: Actor,
    classId: string,
    query: EventsQuery,
  ): Promise<{ items: AttendanceEventView[]; total: number }> {
    await this.readable(actor, classId);
    const db = this.platform.db;
    const sessions = await this.deps.classes.sessionsOf([classId], db);
    const conditions: SQL[] = [eq(attendanceEvents.classId, classId)];
    if (query.sessionId) conditions.push(eq(attendanceEvents.sessionId, query.sessionId));
    if (query.personId) conditions.push(eq(attendanceEvents.personId, query.personId));
    if (query.source) conditions.push(eq(attendanceEvents.source, query.source));
    const page = await repo.listEvents(db, and(...conditions), classBounds(sessions), query);
    const [people, terminals] = await Promise.all([
      this.deps.people.summaries(
        db,
        page.items.map((e) => e.personId),
      ),
      repo.terminalsByIds(db, [...new Set(page.items.flatMap((e) => (e.terminalId ? [e.terminalId] : [])))]),
    ]);
    const sessionById = new Map(sessions.map((s) => [s.id, sessionRef(s)]));
    const codeById = new Map(terminals.map((t) => [t.id, t.code]));
    return {
      total: page.total,
      items: page.items.map((event) => {
        const session = sessionById.get(event.sessionId);
        const person = people.get(event.personId);
        return {
          id: event.id,
          occurredAt: event.occurredAt.toISOString(),
          sessionId: event.sessionId,
          sessionDay: session?.day ?? '',
          sessionTime: session ? `${session.startTime}–${session.endTime}` : '',
          personId: event.personId,
          personName: person?.name ?? '',
          idNumberMasked: person?.idNumberMasked ?? '',
          attendee: event.attendee,
          direction: event.direction,
          source: event.source,
          device: event.device,
          latitude: event.latitude,
          longitude: event.longitude,
          positionAccuracy: event.positionAccuracy,
          terminalCode: event.terminalId ? (codeById.get(event.terminalId) ?? null) : null,
          matchScore: event.matchScore,
          manualReason: event.manualReason,
          recordedAt: event.recordedAt.toISOString(),
        };
      }),
    };
  }
}
