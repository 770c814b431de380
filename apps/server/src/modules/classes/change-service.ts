import { classChangeRequests, classSessions, classTeachers, type Executor, enrolments } from '@qiancheng/db';
import { hoursOfKind, sessionProblems } from '@qiancheng/domain/classes/class-filing';
import {
  acceptsChangeRequests,
  CHANGE_STATUS_NAMES,
  type ChangeKind,
  type ChangeStatus,
  CLASS_STATUS_NAMES,
  type ClassStatus,
} from '@qiancheng/domain/classes/class-lifecycle';
import { chinaInstant } from '@qiancheng/domain/classes/session-time';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { assertRecordInScope } from '../../platform/access/region-scope';
import { appendAudit } from '../../platform/audit/recorder';
import { now } from '../../platform/clock';
import type { PlatformContext } from '../../platform/context';
import {
  AppError,
  type FieldProblem,
  fieldProblem,
  invalidFields,
  notFound,
} from '../../platform/http/app-error';
import type { Actor, RequestContext } from '../../platform/http/request-context';
import type { PeopleService } from '../people/service';
import type { ProjectsService } from '../projects/service';
import type { TeachersService } from '../teachers/service';
import type { ChangeRequestBody, SessionPayload } from './change-schemas';
import { toFieldProblems } from './plan-check';
import * as repo from './repository';
import type { RosterService } from './roster-service';
import type { ClassesService } from './service';
import { type ChangeRequestView, presentSession } from './views';

type ChangeRow = typeof classChangeRequests.$inferSelect;

/** The stored payload of each kind: what the request names, never a full ID number. */
type Payload =
  | { kind: 'teacher_replace'; fromTeacherId: string; toTeacherId: string }
  | { kind: 'session_change'; sessionId: string; session: SessionPayload }
  | { kind: 'session_add'; session: SessionPayload }
  | { kind: 'session_cancel'; sessionId: string }
  | { kind: 'trainee_add'; personId: string; targetGroup: string; evidenceNote: string | null }
  | { kind: 'trainee_remove'; enrolmentId: string };

export interface ChangeDeps {
  classes: ClassesService;
  roster: RosterService;
  teachers: TeachersService;
  people: PeopleService;
  projects: ProjectsService;
}

function statusParams(names: Record<string, { 'zh-CN': string; 'en-US': string }>, status: string) {
  return {
    statusZh: names[status]?.['zh-CN'] ?? status,
    statusEn: names[status]?.['en-US'].toLowerCase() ?? status,
  };
}

/**
 * 变更申请: once approved, a class changes only through requests that staff of its region decide —
 * a teacher replaced, a session moved, added or cancelled before it starts, a trainee added or
 * removed. Each request is checked when made and again when approved (the class may have moved on
 * meanwhile), and all are kept with their decision.
 */
export class ChangeRequestsService {
  constructor(
    private readonly platform: PlatformContext,
    private readonly deps: ChangeDeps,
  ) {}

  async list(actor: Actor, classId: string): Promise<ChangeRequestView[]> {
    await this.deps.classes.assertReadable(actor, classId);
    const rows = await this.platform.db
      .select()
      .from(classChangeRequests)
      .where(eq(classChangeRequests.classId, classId))
      .orderBy(desc(classChangeRequests.requestedAt));
    return this.present(rows);
  }

  async request(
    context: RequestContext,
    classId: string,
    body: ChangeRequestBody,
  ): Promise<ChangeRequestView[]> {
    const actor = context.actor!;
    await this.platform.db.transaction(async (tx) => {
      const row = await this.deps.classes.lockOwn(tx, actor, classId);
      this.assertOpen(row);
      const payload = await this.payloadOf(tx, context, row, body);
      // Checked now so a request that could never be applied is refused at once.
      await this.prepare(tx, context, row, payload, body.reason);
      const [created] = await tx
        .insert(classChangeRequests)
        .values({
          classId,
          kind: body.kind,
          payload,
          reason: body.reason,
          status: 'pending',
          requestedBy: actor.userId,
        })
        .returning();
      await appendAudit(tx, context, [
        {
          action: 'class.change.request',
          entityType: 'class_change',
          entityId: created!.id,
          after: { classId, ...payload },
          reason: body.reason,
        },
      ]);
    });
    return this.list(actor, classId);
  }

  async decide(
    context: RequestContext,
    classId: string,
    changeId: string,
    decision: { decision: 'approve' | 'reject'; note?: string },
  ): Promise<ChangeRequestView[]> {
    const actor = context.actor!;
    if (decision.decision === 'reject' && !decision.note?.trim())
      throw invalidFields(fieldProblem('note', 'required'));
    await this.platform.db.transaction(async (tx) => {
      const row = await repo.lockClass(tx, classId);
      if (!row) throw notFound();
      assertRecordInScope(actor, row.regionCode);
      const change = await this.lockPending(tx, classId, changeId);
      if (change.requestedBy === actor.userId) throw new AppError('classes.four_eyes');
      if (decision.decision === 'approve') {
        this.assertOpen(row);
        const apply = await this.prepare(tx, context, row, change.payload as Payload, change.reason, true);
        await apply();
      }
      const status = decision.decision === 'approve' ? 'approved' : 'rejected';
      await tx
        .update(classChangeRequests)
        .set({
          status,
          decisionNote: decision.note?.trim() || null,
          decidedBy: actor.userId,
          decidedAt: now(),
        })
        .where(eq(classChangeRequests.id, changeId));
      await appendAudit(tx, context, [
        {
          action: `class.change.${decision.decision === 'approve' ? 'approve' : 'reject'}`,
          entityType: 'class_change',
          entityId: changeId,
          before: { status: 'pending' },
          after: { status, classId, ...(change.payload as Payload) },
          reason: decision.note ?? null,
        },
      ]);
    });
    return this.list(actor, classId);
  }

  async withdraw(context: RequestContext, classId: string, changeId: string): Promise<ChangeRequestView[]> {
    const actor = context.actor!;
    await this.platform.db.transaction(async (tx) => {
      await this.deps.classes.lockOwn(tx, actor, classId);
      await this.lockPending(tx, classId, changeId);
      await tx
        .update(classChangeRequests)
        .set({ status: 'withdrawn', decidedAt: now() })
        .where(eq(classChangeRequests.id, changeId));
      await appendAudit(tx, context, [
        {
          action: 'class.change.withdraw',
          entityType: 'class_change',
          entityId: changeId,
          before: { status: 'pending' },
          after: { status: 'withdrawn' },
        },
      ]);
    });
    return this.list(actor, classId);
  }

  private assertOpen(row: repo.ClassRow): void {
    if (!acceptsChangeRequests(row.status as ClassStatus)) {
      throw new AppError('classes.changes_closed', { params: statusParams(CLASS_STATUS_NAMES, row.status) });
    }
  }

  private async lockPending(tx: Executor, classId: string, changeId: string): Promise<ChangeRow> {
    const [change] = await tx
      .select()
      .from(classChangeRequests)
      .where(and(eq(classChangeRequests.id, changeId), eq(classChangeRequests.classId, classId)))
      .for('update');
    if (!change) throw notFound();
    if (change.status !== 'pending') {
      throw new AppError('classes.change_not_pending', {
        params: statusParams(CHANGE_STATUS_NAMES, change.status as ChangeStatus),
      });
    }
    return change;
  }

  /** The payload kept for a request: a new trainee is found or registered now, by real name. */
  private async payloadOf(
    tx: Executor,
    context: RequestContext,
    row: repo.ClassRow,
    body: ChangeRequestBody,
  ): Promise<Payload> {
    switch (body.kind) {
      case 'trainee_add': {
        const person = await this.deps.people.findOrRegister(tx, context, {
          name: body.trainee.name,
          idNumber: body.trainee.idNumber,
          mobile: body.trainee.mobile ?? null,
        });
        return {
          kind: 'trainee_add',
          personId: person.id,
          targetGroup: body.trainee.targetGroup,
          evidenceNote: body.trainee.evidenceNote ?? null,
        };
      }
      case 'teacher_replace':
        return { kind: body.kind, fromTeacherId: body.fromTeacherId, toTeacherId: body.toTeacherId };
      case 'session_change':
        return { kind: body.kind, sessionId: body.sessionId, session: body.session };
      case 'session_add':
        return { kind: body.kind, session: body.session };
      case 'session_cancel':
        return { kind: body.kind, sessionId: body.sessionId };
      case 'trainee_remove':
        return { kind: body.kind, enrolmentId: body.enrolmentId };
    }
    void row;
  }

  /**
   * Checks a change against the class as it is now and returns the step that applies it. At
   * approval a failed check means the class moved on since the request: it is refused as stale.
   */
  private async prepare(
    tx: Executor,
    context: RequestContext,
    row: repo.ClassRow,
    payload: Payload,
    reason: string,
    atApproval = false,
  ): Promise<() => Promise<void>> {
    try {
      return await this.check(tx, context, row, payload, reason);
    } catch (error) {
      if (atApproval && error instanceof AppError && error.details.length > 0) {
        throw new AppError('classes.change_stale', {
          params: { reason: error.details.map((d) => d.field).join(', ') },
          details: error.details,
        });
      }
      throw error;
    }
  }

  private async check(
    tx: Executor,
    context: RequestContext,
    row: repo.ClassRow,
    payload: Payload,
    reason: string,
  ): Promise<() => Promise<void>> {
    const sessions = (await repo.sessionsOf(tx, [row.id])).filter((s) => s.cancelledAt === null);
    const teachers = (await repo.teachersOf(tx, row.id)).filter((t) => t.removedAt === null);
    const started = (s: repo.SessionRow) => s.startsAt <= now();
    switch (payload.kind) {
      case 'teacher_replace': {
        const from = teachers.find((t) => t.teacherId === payload.fromTeacherId);
        if (!from) throw invalidFields(fieldProblem('fromTeacherId', 'session_teacher_not_in_class'));
        if (teachers.some((t) => t.teacherId === payload.toTeacherId)) {
          throw invalidFields(fieldProblem('toTeacherId', 'already_enrolled'));
        }
        await this.renamed(
          () =>
            this.deps.teachers.assertTeachersOf(
              tx,
              row.institutionId,
              [payload.toTeacherId],
              row.occupationCode,
            ),
          'toTeacherId',
        );
        const moving = sessions.filter((s) => s.teacherId === payload.fromTeacherId && !started(s));
        for (const s of moving) {
          const [clash] = await repo.teacherClashes(tx, row.id, payload.toTeacherId, s.startsAt, s.endsAt);
          if (clash)
            throw invalidFields(fieldProblem('toTeacherId', 'teacher_double_booked', { code: clash.code }));
        }
        return async () => {
          await tx
            .update(classTeachers)
            .set({ removedAt: now() })
            .where(
              and(eq(classTeachers.classId, row.id), eq(classTeachers.teacherId, payload.fromTeacherId)),
            );
          await tx
            .insert(classTeachers)
            .values({ classId: row.id, teacherId: payload.toTeacherId, role: from.role })
            .onConflictDoUpdate({
              target: [classTeachers.classId, classTeachers.teacherId],
              set: { removedAt: null, role: from.role },
            });
          for (const s of moving) {
            await tx
              .update(classSessions)
              .set({ teacherId: payload.toTeacherId })
              .where(eq(classSessions.id, s.id));
          }
        };
      }
      case 'session_change':
      case 'session_add': {
        const existing =
          payload.kind === 'session_change' ? sessions.find((s) => s.id === payload.sessionId) : null;
        if (payload.kind === 'session_change') {
          if (!existing) throw invalidFields(fieldProblem('sessionId', 'session_not_found'));
          if (started(existing)) throw invalidFields(fieldProblem('sessionId', 'session_started'));
        }
        const planned = { ...payload.session, hoursTenths: Math.round(payload.session.hours * 10) };
        const others = sessions
          .filter((s) => s.id !== existing?.id)
          .map((s) => {
            const view = presentSession(s, '');
            return { ...view, hoursTenths: s.hoursTenths };
          });
        const all = [...others, planned];
        const problems: FieldProblem[] = toFieldProblems(
          sessionProblems({
            startDate: row.startDate,
            endDate: row.endDate,
            teachers: teachers.map((t) => ({ teacherId: t.teacherId, role: t.role as 'lead' | 'assistant' })),
            sessions: all,
          }).filter(
            (p) => p.field.startsWith(`sessions.${all.length - 1}.`) || p.reason === 'session_overlap',
          ),
        ).map((p) => ({ ...p, field: p.field.replace(/^sessions\.\d+\./, 'session.') }));
        const startsAt = chinaInstant(planned.day, planned.startTime);
        const endsAt = chinaInstant(planned.day, planned.endTime);
        if (problems.length === 0 && startsAt <= now())
          problems.push(fieldProblem('session.day', 'session_started'));
        if (problems.length === 0) {
          const [clash] = await repo.teacherClashes(tx, row.id, planned.teacherId, startsAt, endsAt);
          if (clash)
            problems.push(fieldProblem('session.teacherId', 'teacher_double_booked', { code: clash.code }));
        }
        if (existing) problems.push(...(await this.hoursProblems(tx, row, all)));
        if (problems.length) throw invalidFields(...problems);
        const values = {
          day: planned.day,
          startsAt,
          endsAt,
          hoursTenths: planned.hoursTenths,
          kind: planned.kind,
          teacherId: planned.teacherId,
          room: planned.room,
        };
        return async () => {
          if (existing) await tx.update(classSessions).set(values).where(eq(classSessions.id, existing.id));
          else await tx.insert(classSessions).values({ ...values, classId: row.id });
        };
      }
      case 'session_cancel': {
        const session = sessions.find((s) => s.id === payload.sessionId);
        if (!session) throw invalidFields(fieldProblem('sessionId', 'session_not_found'));
        if (started(session)) throw invalidFields(fieldProblem('sessionId', 'session_started'));
        const problems = await this.hoursProblems(
          tx,
          row,
          sessions.filter((s) => s.id !== session.id),
        );
        if (problems.length) throw invalidFields(...problems);
        return async () => {
          await tx
            .update(classSessions)
            .set({ cancelledAt: now() })
            .where(and(eq(classSessions.id, session.id), isNull(classSessions.cancelledAt)));
        };
      }
      case 'trainee_add': {
        const person = (await this.deps.people.identities(tx, [payload.personId])).get(payload.personId);
        if (!person) throw notFound();
        await this.deps.roster.checkKnownPerson(tx, row, person, payload.targetGroup);
        return async () => {
          await this.deps.roster.enrolKnownPerson(
            tx,
            context,
            row,
            { personId: person.id, targetGroup: payload.targetGroup, evidenceNote: payload.evidenceNote },
            'change',
          );
        };
      }
      case 'trainee_remove': {
        const enrolment = await repo.findEnrolment(tx, payload.enrolmentId);
        if (!enrolment || enrolment.classId !== row.id || enrolment.status === 'dropped') {
          throw invalidFields(fieldProblem('enrolmentId', 'enrolment_not_found'));
        }
        return async () => {
          await tx
            .update(enrolments)
            .set({ status: 'dropped', droppedAt: now(), dropReason: reason })
            .where(eq(enrolments.id, enrolment.id));
        };
      }
    }
  }

  /** A changed timetable must still deliver the project's hours of each kind. */
  private async hoursProblems(
    tx: Executor,
    row: repo.ClassRow,
    sessions: readonly { kind: 'theory' | 'practice'; hoursTenths: number }[],
  ): Promise<FieldProblem[]> {
    const [project] = await this.deps.projects.findByIds([row.projectId], tx);
    const problems: FieldProblem[] = [];
    for (const [kind, required, zh] of [
      ['theory', project?.hoursTheory ?? 0, '理论'],
      ['practice', project?.hoursPractice ?? 0, '实操'],
    ] as const) {
      const planned = hoursOfKind(sessions, kind) / 10;
      if (planned < required) {
        problems.push(
          fieldProblem('sessions', 'hours_below_project', { kindZh: zh, kindEn: kind, planned, required }),
        );
      }
    }
    return problems;
  }

  private async renamed(check: () => Promise<void>, field: string): Promise<void> {
    try {
      await check();
    } catch (error) {
      if (error instanceof AppError && error.details.length > 0) {
        throw invalidFields(...error.details.map((d) => ({ ...d, field })));
      }
      throw error;
    }
  }

  /** Requests with the names of the teachers and trainees they concern, for people to read. */
  private async present(rows: ChangeRow[]): Promise<ChangeRequestView[]> {
    const payloads = rows.map((r) => r.payload as Payload);
    const teacherIds = payloads.flatMap((p) =>
      p.kind === 'teacher_replace'
        ? [p.fromTeacherId, p.toTeacherId]
        : 'session' in p
          ? [p.session.teacherId]
          : [],
    );
    const enrolmentIds = payloads.flatMap((p) => (p.kind === 'trainee_remove' ? [p.enrolmentId] : []));
    const removed = await Promise.all(enrolmentIds.map((id) => repo.findEnrolment(this.platform.db, id)));
    const personIds = [
      ...payloads.flatMap((p) => (p.kind === 'trainee_add' ? [p.personId] : [])),
      ...removed.flatMap((e) => (e ? [e.personId] : [])),
    ];
    const [teachers, people] = await Promise.all([
      this.deps.teachers.summaries(this.platform.db, teacherIds),
      this.deps.people.summaries(this.platform.db, personIds),
    ]);
    const names: Record<string, string> = {};
    for (const [id, t] of teachers) names[id] = t.name;
    for (const [id, p] of people) names[id] = p.name;
    for (const e of removed) if (e) names[e.id] = people.get(e.personId)?.name ?? '';
    return rows.map((row) => ({
      names,
      id: row.id,
      classId: row.classId,
      kind: row.kind as ChangeKind,
      payload: row.payload,
      reason: row.reason,
      status: row.status as ChangeStatus,
      requestedAt: row.requestedAt.toISOString(),
      requestedBy: row.requestedBy,
      decisionNote: row.decisionNote,
      decidedAt: row.decidedAt?.toISOString() ?? null,
    }));
  }
}
