import { type Executor, enrolments, trainingClasses } from '@qiancheng/db';
import { can, regionCodeRange } from '@qiancheng/domain';
import { filingProblems } from '@qiancheng/domain/classes/class-filing';
import {
  CLASS_STATUS_NAMES,
  type ClassStatus,
  canMoveClass,
  isClassEditable,
} from '@qiancheng/domain/classes/class-lifecycle';
import { chinaDayAndTime } from '@qiancheng/domain/classes/session-time';
import { and, eq, gte, ilike, inArray, lt, lte, or, type SQL } from 'drizzle-orm';
import {
  assertRecordInScope,
  assertRegionInScope,
  regionScopeFilter,
} from '../../platform/access/region-scope';
import { appendAudit } from '../../platform/audit/recorder';
import { now, today } from '../../platform/clock';
import type { PlatformContext } from '../../platform/context';
import { AppError, fieldProblem, invalidFields, notFound } from '../../platform/http/app-error';
import type { Actor, RequestContext } from '../../platform/http/request-context';
import type { CalendarService } from '../calendar/service';
import type { PeopleService } from '../people/service';
import type { ReferenceService } from '../reference/service';
import { type CheckedPlan, checkPlan, type PlanServices, toFieldProblems } from './plan-check';
import * as repo from './repository';
import type { ClassInput, ClassListQuery } from './schemas';
import {
  type ClassDetail,
  type ClassItem,
  presentMaterial,
  presentSession,
  presentTrainee,
  type TraineeView,
} from './views';

export interface ClassesDeps extends PlanServices {
  calendar: CalendarService;
  people: PeopleService;
  reference: ReferenceService;
}

function statusParams(status: string) {
  const names = CLASS_STATUS_NAMES[status as ClassStatus];
  return { statusZh: names?.['zh-CN'] ?? status, statusEn: names?.['en-US'].toLowerCase() ?? status };
}

export function transitionError(from: string, to: ClassStatus): AppError {
  const a = statusParams(from);
  const b = statusParams(to);
  return new AppError('classes.invalid_transition', {
    params: { fromZh: a.statusZh, fromEn: a.statusEn, toZh: b.statusZh, toEn: b.statusEn },
  });
}

function assertMove(row: repo.ClassRow, to: ClassStatus): void {
  if (!canMoveClass(row.status as ClassStatus, to)) throw transitionError(row.status, to);
}

/**
 * Moves a locked class on to `to` (the caller has checked that it may), with any other columns that
 * change with it, and audits the move under `audit.action` with what else the record should show.
 */
async function moveClass(
  tx: Executor,
  context: RequestContext,
  row: repo.ClassRow,
  to: ClassStatus,
  audit: { action: string; after?: Record<string, unknown>; reason?: string | null },
  set: Partial<typeof trainingClasses.$inferInsert> = {},
): Promise<void> {
  await tx
    .update(trainingClasses)
    .set({ status: to, updatedAt: new Date(), ...set })
    .where(eq(trainingClasses.id, row.id));
  await appendAudit(tx, context, [
    {
      action: audit.action,
      entityType: 'class',
      entityId: row.id,
      before: { status: row.status },
      after: { status: to, ...audit.after },
      reason: audit.reason,
    },
  ]);
}

/**
 * 开班备案 and the class life cycle: a selected institution drafts a class (timetable, teachers,
 * materials, fee split, roster), files it in time, staff approve or return it, and it then runs,
 * completes, is assessed and closed. Other modules (attendance, supervision, assessment,
 * certificates) read classes, sessions and rosters through this service.
 */
export class ClassesService {
  constructor(
    private readonly platform: PlatformContext,
    private readonly deps: ClassesDeps,
  ) {}

  // ── Drafting ───────────────────────────────────────────────────────────────────────────────

  private planColumns(input: ClassInput, plan: CheckedPlan) {
    return {
      name: input.name,
      projectId: plan.project.id,
      siteId: plan.site.id,
      regionCode: plan.site.regionCode,
      occupationCode: plan.project.occupationCode,
      skillLevel: plan.project.skillLevel,
      startDate: input.startDate,
      endDate: input.endDate,
      plannedTrainees: input.plannedTrainees,
      enrolmentOpen: input.enrolmentOpen,
      teachingPlan: input.teachingPlan,
      assessmentPlan: input.assessmentPlan,
      feeFen: input.feeFen,
      governmentFen: input.governmentFen,
      enterpriseFen: input.enterpriseFen,
      individualFen: input.individualFen,
    };
  }

  async create(context: RequestContext, input: ClassInput): Promise<ClassDetail> {
    const actor = context.actor!;
    const institutionId = await this.deps.institutions.ownInstitutionId(actor);
    const id = await this.platform.db.transaction(async (tx) => {
      await this.deps.institutions.assertMayParticipate(tx, institutionId, 'apply');
      const plan = await checkPlan(tx, this.deps, actor, institutionId, null, input);
      const code = await repo.nextClassCode(tx, plan.site.regionCode, Number(input.startDate.slice(0, 4)));
      const [row] = await tx
        .insert(trainingClasses)
        .values({
          ...this.planColumns(input, plan),
          code,
          institutionId,
          status: 'draft',
          createdBy: actor.userId,
        })
        .returning();
      await repo.replacePlan(tx, row!.id, plan);
      await appendAudit(tx, context, [
        { action: 'class.create', entityType: 'class', entityId: row!.id, after: { ...row, plan: input } },
      ]);
      return row!.id;
    });
    return this.detail(actor, id);
  }

  async update(context: RequestContext, id: string, input: ClassInput): Promise<ClassDetail> {
    const actor = context.actor!;
    await this.platform.db.transaction(async (tx) => {
      const before = await this.lockOwn(tx, actor, id);
      this.assertEditable(before);
      const plan = await checkPlan(tx, this.deps, actor, before.institutionId, id, input);
      const [after] = await tx
        .update(trainingClasses)
        .set({ ...this.planColumns(input, plan), updatedAt: new Date() })
        .where(eq(trainingClasses.id, id))
        .returning();
      await repo.replacePlan(tx, id, plan);
      await appendAudit(tx, context, [
        {
          action: 'class.update',
          entityType: 'class',
          entityId: id,
          before,
          after: { ...after, plan: input },
        },
      ]);
    });
    return this.detail(actor, id);
  }

  // ── Filing and review ──────────────────────────────────────────────────────────────────────

  /**
   * 开班备案: the institution may take part (approved, in good standing, qualifications in force,
   * pledge signed), the plan still holds, it is complete, and it arrives the set number of working
   * days before the start.
   */
  async file(context: RequestContext, id: string): Promise<ClassDetail> {
    const actor = context.actor!;
    await this.platform.db.transaction(async (tx) => {
      const row = await this.lockOwn(tx, actor, id);
      assertMove(row, 'filed');
      await this.deps.institutions.assertMayParticipate(tx, row.institutionId, 'file');
      const input = await this.inputOf(tx, row);
      const plan = await checkPlan(tx, this.deps, actor, row.institutionId, id, input);
      const rosterSize = (await repo.rosterSizes(tx, [id])).get(id) ?? 0;
      const problems = filingProblems(
        { ...input, sessions: input.sessions.map((s) => ({ ...s, hoursTenths: Math.round(s.hours * 10) })) },
        {
          siteCapacity: plan.site.capacity,
          projectHoursTheory: plan.project.hoursTheory ?? 0,
          projectHoursPractice: plan.project.hoursPractice ?? 0,
          rosterSize,
        },
      );
      if (problems.length)
        throw new AppError('classes.filing_incomplete', { details: toFieldProblems(problems) });
      const filedOn = today();
      const { lead, deadline } = await this.deps.calendar.filingDeadline(row.regionCode, row.startDate, tx);
      if (filedOn > deadline) {
        const params = { lead, deadline, start: row.startDate, today: filedOn };
        throw new AppError('classes.filing_late', {
          params,
          details: [fieldProblem('startDate', 'filing_late', { deadline, lead })],
        });
      }
      await moveClass(
        tx,
        context,
        row,
        'filed',
        { action: 'class.file', after: { filedOn, lead, deadline, rosterSize } },
        { filedAt: now(), filedOn, filedBy: actor.userId, filingLeadDays: lead, enrolmentOpen: false },
      );
    });
    return this.detail(actor, id);
  }

  async review(
    context: RequestContext,
    id: string,
    decision: { decision: 'approve' | 'return'; note?: string },
  ): Promise<ClassDetail> {
    const actor = context.actor!;
    if (decision.decision === 'return' && !decision.note?.trim()) {
      throw invalidFields(fieldProblem('note', 'required'));
    }
    await this.platform.db.transaction(async (tx) => {
      const row = await repo.lockClass(tx, id);
      if (!row) throw notFound();
      assertRecordInScope(actor, row.regionCode);
      const to = decision.decision === 'approve' ? 'approved' : 'returned';
      assertMove(row, to);
      const stamp = now();
      await moveClass(
        tx,
        context,
        row,
        to,
        { action: to === 'approved' ? 'class.approve' : 'class.return', reason: decision.note ?? null },
        {
          reviewNote: decision.note?.trim() || null,
          reviewedBy: actor.userId,
          reviewedAt: stamp,
          ...(to === 'approved' ? { approvedAt: stamp } : {}),
          updatedAt: stamp,
        },
      );
    });
    return this.detail(actor, id);
  }

  /** Cancelled by its institution, or by staff of its region, with a reason, until it completes. */
  async cancel(context: RequestContext, id: string, reason: string): Promise<ClassDetail> {
    const actor = context.actor!;
    await this.platform.db.transaction(async (tx) => {
      const row = await this.lockManaged(tx, actor, id);
      assertMove(row, 'cancelled');
      await moveClass(
        tx,
        context,
        row,
        'cancelled',
        { action: 'class.cancel', reason },
        { cancelReason: reason, enrolmentOpen: false },
      );
    });
    return this.detail(actor, id);
  }

  // ── Running ────────────────────────────────────────────────────────────────────────────────

  /** 开班: on or after the start date an approved class is in progress. */
  async start(context: RequestContext, id: string): Promise<ClassDetail> {
    const actor = context.actor!;
    await this.platform.db.transaction(async (tx) => {
      const row = await this.lockOwn(tx, actor, id);
      await this.moveToInProgress(tx, context, row);
    });
    return this.detail(actor, id);
  }

  private async moveToInProgress(tx: Executor, context: RequestContext, row: repo.ClassRow): Promise<void> {
    assertMove(row, 'in_progress');
    if (today() < row.startDate)
      throw new AppError('classes.not_started', { params: { start: row.startDate } });
    await moveClass(tx, context, row, 'in_progress', { action: 'class.start' });
  }

  /** 结业: once the last session has ended, the class completes and so do its trainees. */
  async complete(context: RequestContext, id: string): Promise<ClassDetail> {
    const actor = context.actor!;
    await this.platform.db.transaction(async (tx) => {
      const row = await this.lockOwn(tx, actor, id);
      assertMove(row, 'completed');
      const sessions = (await repo.sessionsOf(tx, [id])).filter((s) => s.cancelledAt === null);
      const last = new Date(Math.max(0, ...sessions.map((s) => s.endsAt.getTime())));
      if (last > now()) {
        const end = chinaDayAndTime(last);
        throw new AppError('classes.sessions_remaining', { params: { lastEnd: `${end.day} ${end.time}` } });
      }
      const finished = await tx
        .update(enrolments)
        .set({ status: 'completed' })
        .where(and(eq(enrolments.classId, id), inArray(enrolments.status, ['enrolled', 'attending'])))
        .returning({ id: enrolments.id });
      await moveClass(tx, context, row, 'completed', {
        action: 'class.complete',
        after: { traineesCompleted: finished.length },
      });
    });
    return this.detail(actor, id);
  }

  /** Closed by staff once its results are in. */
  async close(context: RequestContext, id: string): Promise<ClassDetail> {
    const actor = context.actor!;
    await this.platform.db.transaction(async (tx) => {
      const row = await repo.lockClass(tx, id);
      if (!row) throw notFound();
      assertRecordInScope(actor, row.regionCode);
      assertMove(row, 'closed');
      await moveClass(tx, context, row, 'closed', { action: 'class.close' });
    });
    return this.detail(actor, id);
  }

  // ── Reading ────────────────────────────────────────────────────────────────────────────────

  async list(actor: Actor, query: ClassListQuery): Promise<{ items: ClassItem[]; total: number }> {
    const conditions: (SQL | undefined)[] = [];
    if (actor.role === 'institution') {
      conditions.push(
        eq(trainingClasses.institutionId, await this.deps.institutions.ownInstitutionId(actor)),
      );
    } else {
      conditions.push(regionScopeFilter(actor, trainingClasses.regionCode));
      if (query.region) {
        assertRegionInScope(actor, query.region);
        const { from, to } = regionCodeRange(query.region);
        conditions.push(and(gte(trainingClasses.regionCode, from), lt(trainingClasses.regionCode, to)));
      }
      if (query.institutionId) conditions.push(eq(trainingClasses.institutionId, query.institutionId));
    }
    if (query.status) conditions.push(eq(trainingClasses.status, query.status));
    if (query.projectId) conditions.push(eq(trainingClasses.projectId, query.projectId));
    if (query.startFrom) conditions.push(gte(trainingClasses.startDate, query.startFrom));
    if (query.startTo) conditions.push(lte(trainingClasses.startDate, query.startTo));
    if (query.q) {
      const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      conditions.push(or(ilike(trainingClasses.code, pattern), ilike(trainingClasses.name, pattern)));
    }
    const page = await repo.listClasses(this.platform.db, and(...conditions), query);
    return { items: await this.items(page.items), total: page.total };
  }

  async items(rows: repo.ClassRow[], db: Executor = this.platform.db): Promise<ClassItem[]> {
    const [projects, institutions, sizes] = await Promise.all([
      this.deps.projects.findByIds([...new Set(rows.map((r) => r.projectId))], db),
      this.deps.institutions.summaries(
        rows.map((r) => r.institutionId),
        db,
      ),
      repo.rosterSizes(
        db,
        rows.map((r) => r.id),
      ),
    ]);
    const projectById = new Map(projects.map((p) => [p.id, p]));
    return Promise.all(
      rows.map(async (row) => ({
        id: row.id,
        code: row.code,
        name: row.name,
        projectId: row.projectId,
        projectTitle: projectById.get(row.projectId)?.title ?? '',
        institutionId: row.institutionId,
        institutionName: institutions.get(row.institutionId)?.name ?? '',
        regionCode: row.regionCode,
        regionName: await this.deps.reference.regionName(row.regionCode),
        occupationCode: row.occupationCode,
        occupationName: projectById.get(row.projectId)?.occupationName ?? null,
        skillLevel: row.skillLevel,
        startDate: row.startDate,
        endDate: row.endDate,
        plannedTrainees: row.plannedTrainees,
        rosterSize: sizes.get(row.id) ?? 0,
        enrolmentOpen: row.enrolmentOpen,
        status: row.status as ClassStatus,
        feeFen: row.feeFen,
        filedOn: row.filedOn,
      })),
    );
  }

  async detail(actor: Actor, id: string): Promise<ClassDetail> {
    const row = await this.assertReadable(actor, id);
    return this.present(row);
  }

  async present(row: repo.ClassRow, db: Executor = this.platform.db): Promise<ClassDetail> {
    const [[item], sessions, teachers, materials, sites, projects, deadline, pending] = await Promise.all([
      this.items([row], db),
      repo.sessionsOf(db, [row.id]),
      repo.teachersOf(db, row.id),
      repo.materialsOf(db, row.id),
      this.deps.institutions.activeSites(db, row.institutionId),
      this.deps.projects.findByIds([row.projectId], db),
      this.deps.calendar.filingDeadline(row.regionCode, row.startDate, db),
      this.pendingChanges(db, row.id),
    ]);
    const names = await this.deps.teachers.summaries(db, [
      ...teachers.map((t) => t.teacherId),
      ...sessions.map((s) => s.teacherId),
    ]);
    const site = sites.find((s) => s.id === row.siteId);
    const live = sessions.filter((s) => s.cancelledAt === null);
    const hoursOf = (kind: string) =>
      live.filter((s) => s.kind === kind).reduce((a, s) => a + s.hoursTenths, 0) / 10;
    return {
      ...item!,
      siteId: row.siteId,
      site: site ? { name: site.name, address: site.address, capacity: site.capacity } : null,
      teachingPlan: row.teachingPlan,
      assessmentPlan: row.assessmentPlan,
      governmentFen: row.governmentFen,
      enterpriseFen: row.enterpriseFen,
      individualFen: row.individualFen,
      teachers: teachers.map((t) => ({
        teacherId: t.teacherId,
        name: names.get(t.teacherId)?.name ?? '',
        role: t.role as 'lead' | 'assistant',
        removed: t.removedAt !== null,
      })),
      sessions: sessions.map((s) => presentSession(s, names.get(s.teacherId)?.name ?? '')),
      materials: materials.map(presentMaterial),
      hours: {
        theory: hoursOf('theory'),
        practice: hoursOf('practice'),
        requiredTheory: projects[0]?.hoursTheory ?? 0,
        requiredPractice: projects[0]?.hoursPractice ?? 0,
      },
      filing: {
        lead: row.filingLeadDays ?? deadline.lead,
        deadline: deadline.deadline,
        filedAt: row.filedAt?.toISOString() ?? null,
      },
      review: { note: row.reviewNote, reviewedAt: row.reviewedAt?.toISOString() ?? null },
      cancelReason: row.cancelReason,
      pendingChanges: pending,
    };
  }

  private pendingChanges(db: Executor, classId: string): Promise<number> {
    return repo.pendingChangeCount(db, classId);
  }

  /** The plan of a stored class in the shape it was entered, to check it again when filed. */
  private async inputOf(db: Executor, row: repo.ClassRow): Promise<ClassInput> {
    // One after another: `db` is often a transaction, whose client runs one query at a time.
    const sessions = await repo.sessionsOf(db, [row.id]);
    const teachers = await repo.teachersOf(db, row.id);
    const materials = await repo.materialsOf(db, row.id);
    return {
      projectId: row.projectId,
      siteId: row.siteId,
      name: row.name,
      startDate: row.startDate,
      endDate: row.endDate,
      plannedTrainees: row.plannedTrainees,
      enrolmentOpen: row.enrolmentOpen,
      teachingPlan: row.teachingPlan,
      assessmentPlan: row.assessmentPlan,
      feeFen: row.feeFen,
      governmentFen: row.governmentFen,
      enterpriseFen: row.enterpriseFen,
      individualFen: row.individualFen,
      teachers: teachers
        .filter((t) => t.removedAt === null)
        .map((t) => ({ teacherId: t.teacherId, role: t.role as 'lead' | 'assistant' })),
      sessions: sessions
        .filter((s) => s.cancelledAt === null)
        .map((s) => {
          const view = presentSession(s, '');
          return {
            day: view.day,
            startTime: view.startTime,
            endTime: view.endTime,
            hours: view.hours,
            kind: view.kind,
            teacherId: view.teacherId,
            room: view.room,
          };
        }),
      materials: materials.map((m) =>
        m.resourceId ? { resourceId: m.resourceId } : { documentId: m.documentId!, title: m.title },
      ),
    };
  }

  // ── Access ─────────────────────────────────────────────────────────────────────────────────

  /**
   * A class the actor may read: its institution, staff and other bureau roles of its region, and
   * trainees on its roster. Anyone else gets 404.
   */
  async assertReadable(actor: Actor, id: string, db: Executor = this.platform.db): Promise<repo.ClassRow> {
    const row = await repo.findClass(db, id);
    if (!row) throw notFound();
    if (actor.role === 'institution') {
      if (row.institutionId !== actor.organizationId) throw notFound();
    } else if (actor.role === 'worker') {
      if (!actor.personId || !(await repo.activeEnrolment(db, id, actor.personId))) throw notFound();
    } else {
      assertRecordInScope(actor, row.regionCode);
    }
    return row;
  }

  /** A class of the actor's own institution, locked for the change the caller makes. */
  async lockOwn(tx: Executor, actor: Actor, id: string): Promise<repo.ClassRow> {
    const row = await repo.lockClass(tx, id);
    if (!row || actor.role !== 'institution' || row.institutionId !== actor.organizationId) throw notFound();
    return row;
  }

  /** Locked for its institution or for staff of its region. */
  async lockManaged(tx: Executor, actor: Actor, id: string): Promise<repo.ClassRow> {
    if (actor.role === 'institution') return this.lockOwn(tx, actor, id);
    if (!can(actor.role, 'classes.review')) throw new AppError('common.forbidden');
    const row = await repo.lockClass(tx, id);
    if (!row) throw notFound();
    assertRecordInScope(actor, row.regionCode);
    return row;
  }

  assertEditable(row: repo.ClassRow): void {
    if (!isClassEditable(row.status as ClassStatus)) {
      throw new AppError('classes.not_editable', { params: statusParams(row.status) });
    }
  }

  // ── For other modules ──────────────────────────────────────────────────────────────────────

  findClass(id: string, db: Executor = this.platform.db): Promise<repo.ClassRow | null> {
    return repo.findClass(db, id);
  }

  findClasses(ids: readonly string[], db: Executor = this.platform.db): Promise<repo.ClassRow[]> {
    return repo.findClasses(db, ids);
  }

  /** The sessions of classes, in time order, cancelled ones included (marked). */
  sessionsOf(classIds: readonly string[], db: Executor = this.platform.db): Promise<repo.SessionRow[]> {
    return repo.sessionsOf(db, classIds);
  }

  /** A session with its class. */
  async session(sessionId: string, db: Executor = this.platform.db) {
    const session = await repo.findSession(db, sessionId);
    if (!session) return null;
    const row = await repo.findClass(db, session.classId);
    return row ? { session, class: row } : null;
  }

  /** An enrolment with its class, whatever its status: what a subsidy is quoted and claimed on. */
  async enrolmentWithClass(enrolmentId: string, db: Executor = this.platform.db) {
    const enrolment = await repo.findEnrolment(db, enrolmentId);
    if (!enrolment) return null;
    const row = await repo.findClass(db, enrolment.classId);
    return row ? { enrolment, class: row } : null;
  }

  /** The person's enrolment in the class, unless they dropped out. */
  activeEnrolment(classId: string, personId: string, db: Executor = this.platform.db) {
    return repo.activeEnrolment(db, classId, personId);
  }

  /** Who teaches a class: teacher id → person id, for teachers' own check-ins. */
  async teacherPeople(classId: string, db: Executor = this.platform.db): Promise<Map<string, string>> {
    const teachers = await repo.teachersOf(db, classId);
    const summaries = await this.deps.teachers.summaries(
      db,
      teachers.map((t) => t.teacherId),
    );
    return new Map([...summaries.values()].map((t) => [t.id, t.personId]));
  }

  /** The roster of a class with names and masked ID numbers. */
  async roster(classId: string, db: Executor = this.platform.db): Promise<TraineeView[]> {
    const rows = await repo.enrolmentsOf(db, classId);
    const people = await this.deps.people.summaries(
      db,
      rows.map((r) => r.personId),
    );
    return rows.map((r) => presentTrainee(r, people.get(r.personId)));
  }

  /** The first attendance of an approved class on or after its start day starts it. */
  async startIfDue(tx: Executor, context: RequestContext, classId: string): Promise<void> {
    const row = await repo.lockClass(tx, classId);
    if (row?.status === 'approved' && today() >= row.startDate) await this.moveToInProgress(tx, context, row);
  }

  /** Trainees whose first attendance arrived move from enrolled to attending. */
  async markAttending(tx: Executor, enrolmentIds: readonly string[]): Promise<void> {
    if (enrolmentIds.length === 0) return;
    await tx
      .update(enrolments)
      .set({ status: 'attending' })
      .where(and(inArray(enrolments.id, [...enrolmentIds]), eq(enrolments.status, 'enrolled')));
  }

  /** Completed → assessed once every trainee has a result (the assessment service decides when). */
  async markAssessed(tx: Executor, context: RequestContext, classId: string): Promise<void> {
    const row = await repo.lockClass(tx, classId);
    if (!row) throw notFound();
    assertMove(row, 'assessed');
    await moveClass(tx, context, row, 'assessed', { action: 'class.assessed' });
  }

  /**
   * Sessions with their class and each person's enrolment (unless dropped), for many (session,
   * person) pairs in one read: attendance looks up check-ins that arrive together at once.
   */
  attendeeFacts(
    pairs: readonly { sessionId: string; personId: string }[],
    db: Executor = this.platform.db,
  ): Promise<(repo.AttendeeFacts | null)[]> {
    return repo.attendeeFacts(db, pairs);
  }

  /** Finished classes of some occupations in a region subtree: what an assessment body evaluates. */
  async finishedClasses(
    regionCode: string,
    occupationCodes: readonly string[],
    page: { page: number; pageSize: number },
  ): Promise<{ items: ClassItem[]; total: number }> {
    if (occupationCodes.length === 0) return { items: [], total: 0 };
    const { from, to } = regionCodeRange(regionCode);
    const result = await repo.listClasses(
      this.platform.db,
      and(
        gte(trainingClasses.regionCode, from),
        lt(trainingClasses.regionCode, to),
        inArray(trainingClasses.occupationCode, [...occupationCodes]),
        inArray(trainingClasses.status, ['completed', 'assessed', 'closed']),
      ),
      page,
    );
    return { items: await this.items(result.items), total: result.total };
  }

  /**
   * Enrolments (not dropped) of these people in finished classes (completed, assessed, closed) of
   * an occupation, newest class first: where an evaluation result belongs.
   */
  finishedEnrolments(personIds: readonly string[], occupationCode: string, db: Executor = this.platform.db) {
    return repo.finishedEnrolments(db, personIds, occupationCode);
  }

  /** Classes of the given statuses in the actor's region subtree (supervision samples running ones). */
  classesInScope(actor: Actor, statuses: readonly ClassStatus[], db: Executor = this.platform.db) {
    return repo.classesWithStatus(db, statuses, regionScopeFilter(actor, trainingClasses.regionCode));
  }
}
