import { type Executor, supervisionChecks } from '@qiancheng/db';
import {
  CLASS_STATUS_NAMES,
  type ClassStatus,
  isClassRunning,
} from '@qiancheng/domain/classes/class-lifecycle';
import { chinaDayAndTime } from '@qiancheng/domain/classes/session-time';
import {
  CHECK_ACTION_NAMES,
  CHECK_STATUS_NAMES,
  type CheckAction,
  type CheckKind,
  type Conclusion,
  conclusionProblems,
  findingSeverity,
  mayAct,
  onsiteRecordProblems,
} from '@qiancheng/domain/supervision/check-lifecycle';
import { findingDescription } from '@qiancheng/domain/supervision/finding-text';
import { and, eq } from 'drizzle-orm';
import {
  assertRecordInScope,
  assertRegionInScope,
  regionScopeFilter,
} from '../../platform/access/region-scope';
import { appendAudit } from '../../platform/audit/recorder';
import { now, today } from '../../platform/clock';
import type { PlatformContext } from '../../platform/context';
import {
  AppError,
  type FieldProblem,
  fieldProblem,
  invalidFields,
  notFound,
} from '../../platform/http/app-error';
import type { Actor, RequestContext } from '../../platform/http/request-context';
import type { ClassRow } from '../classes/repository';
import type { ClassesService } from '../classes/service';
import type { ClassItem } from '../classes/views';
import type { DocumentsService } from '../documents/service';
import type { InstitutionsService } from '../institutions/service';
import type { CheckInCounter } from './check-in-count';
import * as repo from './repository';
import type {
  CheckListQuery,
  ConclusionInput,
  CreateCheckInput,
  OnsiteInput,
  OwnCheckQuery,
  PlanInput,
  RequestInput,
  ResponseInput,
} from './schemas';
import {
  type CheckDetail,
  type CheckItem,
  chinaMoment,
  type OwnCheck,
  presentCheckDetail,
  presentCheckItem,
  presentOwnCheck,
  presentSession,
  readStatus,
} from './views';

export interface SupervisionDeps {
  classes: ClassesService;
  institutions: InstitutionsService;
  documents: DocumentsService;
  checkIns: CheckInCounter;
}

const PHOTO_PURPOSE = 'supervision_photo';
const MINUTE = 60_000;

function stateError(row: repo.CheckRow, action: CheckAction, at: Date): AppError {
  const status = CHECK_STATUS_NAMES[readStatus(row, at)];
  const act = CHECK_ACTION_NAMES[action];
  return new AppError('supervision.check_state', {
    params: {
      statusZh: status['zh-CN'],
      statusEn: status['en-US'].toLowerCase(),
      actionZh: act['zh-CN'],
      actionEn: act['en-US'],
    },
  });
}

function assertMay(row: repo.CheckRow, action: CheckAction, at: Date): void {
  if (!mayAct(row.kind as CheckKind, readStatus(row, at), action)) throw stateError(row, action, at);
}

/**
 * 过程监督 checks: staff plan on-site visits and send remote photo requests for running classes of
 * their region, record what they found, and conclude; a problem found goes into the institution's
 * credit record through the institutions service. Institutions answer remote requests with a
 * photo before the deadline. Samples (`SampleService`) create checks through `insertPlanned`.
 */
export class SupervisionService {
  constructor(
    private readonly platform: PlatformContext,
    private readonly deps: SupervisionDeps,
  ) {}

  // ── Reading ────────────────────────────────────────────────────────────────────────────────

  async list(actor: Actor, query: CheckListQuery): Promise<{ items: CheckItem[]; total: number }> {
    if (query.region) assertRegionInScope(actor, query.region);
    const at = now();
    const where = and(
      regionScopeFilter(actor, supervisionChecks.regionCode),
      ...repo.checkConditions(query, at),
    );
    const page = await repo.listChecks(this.platform.db, where, query);
    return { items: await this.items(page.items), total: page.total };
  }

  /** Checks as list items, with their classes' codes, names and institutions. */
  async items(rows: repo.CheckRow[], db: Executor = this.platform.db): Promise<CheckItem[]> {
    const classes = await this.classItems(
      rows.map((r) => r.classId),
      db,
    );
    const at = now();
    return rows.map((row) => presentCheckItem(row, classes.get(row.classId), at));
  }

  /** The institution's own checks: remote requests once sent, on-site checks once done. */
  async listOwn(actor: Actor, query: OwnCheckQuery): Promise<{ items: OwnCheck[]; total: number }> {
    const institutionId = await this.deps.institutions.ownInstitutionId(actor);
    const at = now();
    const where = and(repo.visibleToInstitution(institutionId), ...repo.checkConditions(query, at));
    const page = await repo.listChecks(this.platform.db, where, query, repo.waitingFirst(at));
    const classes = await this.classItems(page.items.map((r) => r.classId));
    return {
      items: page.items.map((row) => presentOwnCheck(row, classes.get(row.classId), at)),
      total: page.total,
    };
  }

  /**
   * How many remote requests wait for the institution's photo, the soonest deadline, and the
   * server's clock, from which the institution's pages count down to its deadlines.
   */
  async waiting(actor: Actor): Promise<{ open: number; nextDeadlineAt: string | null; now: string }> {
    const institutionId = await this.deps.institutions.ownInstitutionId(actor);
    const at = now();
    const { open, nextDeadlineAt } = await repo.waitingRequests(this.platform.db, institutionId, at);
    return { open, nextDeadlineAt: nextDeadlineAt?.toISOString() ?? null, now: at.toISOString() };
  }

  async detail(actor: Actor, id: string): Promise<CheckDetail> {
    const row = await repo.findCheck(this.platform.db, id);
    if (!row) throw notFound();
    assertRecordInScope(actor, row.regionCode);
    const [classes, sessions] = await Promise.all([
      this.classItems([row.classId]),
      this.deps.classes.sessionsOf([row.classId]),
    ]);
    const fileIds = [
      ...(row.photoDocumentIds ?? []),
      ...(row.submittedDocumentId ? [row.submittedDocumentId] : []),
    ];
    return presentCheckDetail(row, classes.get(row.classId), now(), {
      sessions: sessions.map(presentSession),
      files: await this.fileNames(actor, fileIds),
    });
  }

  private async classItems(ids: readonly string[], db: Executor = this.platform.db) {
    const rows = await this.deps.classes.findClasses([...new Set(ids)], db);
    const items = await this.deps.classes.items(rows, db);
    return new Map<string, ClassItem>(items.map((item) => [item.id, item]));
  }

  /** File names the reader may see; a file they may not open is listed without its name. */
  private async fileNames(actor: Actor, ids: readonly string[]): Promise<Map<string, string | null>> {
    const names = new Map<string, string | null>();
    for (const id of ids) {
      const row = await this.deps.documents.get(actor, id).catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'common.not_found') return null;
        throw error;
      });
      names.set(id, row?.fileName ?? null);
    }
    return names;
  }

  // ── Planning ───────────────────────────────────────────────────────────────────────────────

  /** A single check of one running class, outside any sample. A remote one is sent at once. */
  async create(context: RequestContext, input: CreateCheckInput): Promise<CheckDetail> {
    const actor = context.actor!;
    const id = await this.platform.db.transaction(async (tx) => {
      const classRow = await this.runningClass(tx, actor, input.classId);
      const visit = await this.visit(tx, classRow, input, { plannedOn: null, sessionId: null });
      if (input.kind === 'onsite' && !visit.plannedOn)
        throw invalidFields(fieldProblem('plannedOn', 'required'));
      const remote = input.kind === 'remote';
      const [row] = await tx
        .insert(supervisionChecks)
        .values({
          classId: classRow.id,
          institutionId: classRow.institutionId,
          regionCode: classRow.regionCode,
          kind: input.kind,
          status: remote ? 'requested' : 'planned',
          ...visit,
          deadlineAt: remote ? new Date(now().getTime() + input.withinMinutes * MINUTE) : null,
          instructions: input.instructions || null,
          createdBy: actor.userId,
        })
        .returning();
      await appendAudit(tx, context, [
        {
          action: 'supervision.check.create',
          entityType: 'supervision_check',
          entityId: row!.id,
          after: row,
        },
      ]);
      return row!.id;
    });
    return this.detail(actor, id);
  }

  /** The checks a sample drew, planned for its day, inside the sample's transaction. */
  async insertPlanned(
    tx: Executor,
    context: RequestContext,
    sample: { id: string; kind: CheckKind; plannedOn: string | null },
    classes: readonly ClassRow[],
  ): Promise<void> {
    if (classes.length === 0) return;
    const rows = await tx
      .insert(supervisionChecks)
      .values(
        classes.map((c) => ({
          sampleId: sample.id,
          classId: c.id,
          institutionId: c.institutionId,
          regionCode: c.regionCode,
          kind: sample.kind,
          status: 'planned',
          plannedOn: sample.plannedOn,
          createdBy: context.actor?.userId ?? null,
        })),
      )
      .returning();
    await appendAudit(
      tx,
      context,
      rows.map((row) => ({
        action: 'supervision.check.create',
        entityType: 'supervision_check',
        entityId: row.id,
        after: row,
      })),
    );
  }

  /** Moves a planned check to another day or session. */
  async plan(context: RequestContext, id: string, input: PlanInput): Promise<CheckDetail> {
    const actor = context.actor!;
    await this.platform.db.transaction(async (tx) => {
      const row = await this.lockInScope(tx, actor, id);
      assertMay(row, 'plan', now());
      const classRow = (await this.deps.classes.findClass(row.classId, tx))!;
      const visit = await this.visit(tx, classRow, input, row);
      if (row.kind === 'onsite' && !visit.plannedOn)
        throw invalidFields(fieldProblem('plannedOn', 'required'));
      await this.update(tx, id, visit);
      await appendAudit(tx, context, [
        {
          action: 'supervision.check.plan',
          entityType: 'supervision_check',
          entityId: id,
          before: { plannedOn: row.plannedOn, sessionId: row.sessionId },
          after: visit,
        },
      ]);
    });
    return this.detail(actor, id);
  }

  /**
   * The day and session of a visit: a session must be one of the class's, not cancelled, and on
   * the planned day (which it supplies when none is given); the day must not be past.
   */
  private async visit(
    db: Executor,
    classRow: ClassRow,
    input: { plannedOn?: string; sessionId?: string | null },
    current: { plannedOn: string | null; sessionId: string | null },
  ): Promise<{ plannedOn: string | null; sessionId: string | null }> {
    const sessionId = input.sessionId === undefined ? current.sessionId : input.sessionId;
    let plannedOn = input.plannedOn ?? (input.sessionId ? null : current.plannedOn);
    const problems: FieldProblem[] = [];
    if (sessionId) {
      const session = (await this.deps.classes.sessionsOf([classRow.id], db)).find((s) => s.id === sessionId);
      if (!session) problems.push(fieldProblem('sessionId', 'session_not_found'));
      else if (session.cancelledAt) problems.push(fieldProblem('sessionId', 'visited_session_cancelled'));
      else {
        const { day } = chinaDayAndTime(session.startsAt);
        if (plannedOn && plannedOn !== day) {
          problems.push(fieldProblem('plannedOn', 'planned_on_not_session_day', { day }));
        }
        plannedOn ??= day;
      }
    }
    const day = today();
    if (plannedOn && plannedOn < day && plannedOn !== current.plannedOn) {
      problems.push(fieldProblem('plannedOn', 'date_in_past', { today: day }));
    }
    if (problems.length) throw invalidFields(...problems);
    return { plannedOn, sessionId };
  }

  // ── On site ────────────────────────────────────────────────────────────────────────────────

  /**
   * 现场检查 recorded: the people in the room, the people checked in for the session at that
   * moment (from attendance records where they exist, else as the inspector counted), photos, a
   * conclusion, and a finding in the institution's record when a problem was found.
   */
  async recordOnsite(context: RequestContext, id: string, input: OnsiteInput): Promise<CheckDetail> {
    const actor = context.actor!;
    // A photo listed twice is kept once; problems name the place it was first listed.
    const refs = input.photoDocumentIds
      .map((photoId, index) => ({ field: `photoDocumentIds.${index}`, id: photoId }))
      .filter((ref, index, all) => all.findIndex((other) => other.id === ref.id) === index);
    const photoIds = refs.map((ref) => ref.id);
    const photoProblems = await this.photoProblems(actor, refs);
    await this.platform.db.transaction(async (tx) => {
      const row = await this.lockInScope(tx, actor, id);
      const at = now();
      assertMay(row, 'record', at);
      const sessions = await this.deps.classes.sessionsOf([row.classId], tx);
      const problems: FieldProblem[] = [...photoProblems];
      if (input.sessionId && !sessions.some((s) => s.id === input.sessionId)) {
        problems.push(fieldProblem('sessionId', 'session_not_found'));
      }
      // The session visited: named now, planned earlier, or the one under way at the visit.
      const sessionId =
        input.sessionId ??
        row.sessionId ??
        sessions.find((s) => s.cancelledAt === null && s.startsAt <= at && at <= s.endsAt)?.id ??
        null;
      const counted = sessionId ? await this.deps.checkIns.traineesCheckedIn(sessionId, at, tx) : null;
      const peopleCheckedIn = counted ?? input.peopleCheckedIn;
      if (peopleCheckedIn === undefined) problems.push(fieldProblem('peopleCheckedIn', 'required'));
      problems.push(
        ...onsiteRecordProblems({
          photoCount: photoIds.length,
          conclusion: input.conclusion,
          notes: input.notes,
        }).map((p) => fieldProblem(p.field, p.reason)),
      );
      if (problems.length) throw invalidFields(...problems);
      await this.complete(tx, context, row, at, {
        action: 'supervision.check.record',
        conclusion: input.conclusion,
        notes: input.notes,
        missedDeadline: null,
        fields: {
          sessionId,
          peoplePresent: input.peoplePresent,
          peopleCheckedIn: peopleCheckedIn!,
          photoDocumentIds: photoIds,
        },
        audited: { checkedInFrom: counted === null ? 'inspector' : 'attendance' },
      });
    });
    return this.detail(actor, id);
  }

  // ── Remote ─────────────────────────────────────────────────────────────────────────────────

  /** Sends a planned remote check: the institution has `withinMinutes` from now to answer. */
  async request(context: RequestContext, id: string, input: RequestInput): Promise<CheckDetail> {
    const actor = context.actor!;
    await this.platform.db.transaction(async (tx) => {
      const row = await this.lockInScope(tx, actor, id);
      const at = now();
      assertMay(row, 'request', at);
      await this.runningClass(tx, actor, row.classId);
      const after = {
        status: 'requested',
        deadlineAt: new Date(at.getTime() + input.withinMinutes * MINUTE),
        instructions: input.instructions || row.instructions,
      };
      await this.update(tx, id, after);
      await appendAudit(tx, context, [
        {
          action: 'supervision.check.request',
          entityType: 'supervision_check',
          entityId: id,
          before: { status: row.status },
          after,
        },
      ]);
    });
    return this.detail(actor, id);
  }

  /**
   * The institution's photo of the class in session, its own upload of a supervision photo. The
   * server's clock decides whether it arrived in time; a late one is refused naming the deadline.
   */
  async respond(context: RequestContext, id: string, input: ResponseInput): Promise<OwnCheck> {
    const actor = context.actor!;
    const institutionId = await this.deps.institutions.ownInstitutionId(actor);
    const photoProblems = await this.photoProblems(actor, [{ field: 'documentId', id: input.documentId }]);
    const row = await this.platform.db.transaction(async (tx) => {
      const before = await repo.lockCheck(tx, id);
      if (
        !before ||
        before.institutionId !== institutionId ||
        before.kind !== 'remote' ||
        before.status === 'planned'
      ) {
        throw notFound();
      }
      const at = now();
      if (before.status === 'requested' && before.deadlineAt && at > before.deadlineAt) {
        throw new AppError('supervision.photo_late', {
          params: { deadline: chinaMoment(before.deadlineAt) },
        });
      }
      assertMay(before, 'respond', at);
      if (photoProblems.length) throw invalidFields(...photoProblems);
      const after = {
        status: 'submitted',
        submittedDocumentId: input.documentId,
        submittedAt: at,
        submittedNote: input.note || null,
      };
      const [updated] = await this.update(tx, id, after);
      await appendAudit(tx, context, [
        {
          action: 'supervision.check.respond',
          entityType: 'supervision_check',
          entityId: id,
          before: { status: before.status, deadlineAt: before.deadlineAt },
          after,
        },
      ]);
      return updated!;
    });
    const classes = await this.classItems([row.classId]);
    return presentOwnCheck(row, classes.get(row.classId), now());
  }

  /**
   * Staff conclude a remote check: on the photo received, or on the request that went unanswered
   * (the missed deadline is then the finding, if they record one).
   */
  async conclude(context: RequestContext, id: string, input: ConclusionInput): Promise<CheckDetail> {
    const actor = context.actor!;
    await this.platform.db.transaction(async (tx) => {
      const row = await this.lockInScope(tx, actor, id);
      const at = now();
      assertMay(row, 'conclude', at);
      const missed = row.submittedAt === null && row.deadlineAt ? chinaMoment(row.deadlineAt) : null;
      const problems = conclusionProblems({ ...input, missedDeadline: missed !== null });
      if (problems.length) throw invalidFields(...problems.map((p) => fieldProblem(p.field, p.reason)));
      await this.complete(tx, context, row, at, {
        action: 'supervision.check.conclude',
        conclusion: input.conclusion,
        notes: input.notes,
        missedDeadline: missed,
        fields: {},
        audited: {},
      });
    });
    return this.detail(actor, id);
  }

  /** An open check called off, with the reason kept as its notes (the class was cancelled, …). */
  async cancel(context: RequestContext, id: string, reason: string): Promise<CheckDetail> {
    const actor = context.actor!;
    await this.platform.db.transaction(async (tx) => {
      const row = await this.lockInScope(tx, actor, id);
      const at = now();
      assertMay(row, 'cancel', at);
      await this.update(tx, id, { status: 'cancelled', notes: reason, completedBy: actor.userId });
      await appendAudit(tx, context, [
        {
          action: 'supervision.check.cancel',
          entityType: 'supervision_check',
          entityId: id,
          before: { status: readStatus(row, at) },
          after: { status: 'cancelled' },
          reason,
        },
      ]);
    });
    return this.detail(actor, id);
  }

  // ── Shared steps ───────────────────────────────────────────────────────────────────────────

  private async lockInScope(tx: Executor, actor: Actor, id: string): Promise<repo.CheckRow> {
    const row = await repo.lockCheck(tx, id);
    if (!row) throw notFound();
    assertRecordInScope(actor, row.regionCode);
    return row;
  }

  private update(tx: Executor, id: string, set: Partial<typeof supervisionChecks.$inferInsert>) {
    return tx
      .update(supervisionChecks)
      .set({ ...set, updatedAt: new Date() })
      .where(eq(supervisionChecks.id, id))
      .returning();
  }

  /** A class of the actor's region that is running (approved or in progress); else refused. */
  private async runningClass(db: Executor, actor: Actor, classId: string): Promise<ClassRow> {
    const row = await this.deps.classes.assertReadable(actor, classId, db);
    const status = row.status as ClassStatus;
    if (!isClassRunning(status)) {
      const names = CLASS_STATUS_NAMES[status];
      throw new AppError('supervision.class_not_running', {
        params: { statusZh: names['zh-CN'], statusEn: names['en-US'].toLowerCase() },
      });
    }
    return row;
  }

  /**
   * Photos must be files the actor may attach (their institution's, or for staff their region's)
   * uploaded as supervision photos. Uploaded files never change, so this is read before the
   * transaction that attaches them.
   */
  private async photoProblems(actor: Actor, refs: { field: string; id: string }[]): Promise<FieldProblem[]> {
    try {
      await this.deps.documents.assertAttachable(this.platform.db, actor, refs);
    } catch (error) {
      if (error instanceof AppError) return error.details;
      throw error;
    }
    const problems: FieldProblem[] = [];
    for (const ref of refs) {
      const row = await this.deps.documents.get(actor, ref.id);
      if (row.purpose !== PHOTO_PURPOSE) problems.push(fieldProblem(ref.field, 'photo_wrong_purpose'));
    }
    return problems;
  }

  /**
   * Completes a check with what was found: a finding in the institution's credit record when the
   * conclusion records a problem, the row, and the audit record of `found.action`.
   */
  private async complete(
    tx: Executor,
    context: RequestContext,
    row: repo.CheckRow,
    at: Date,
    found: {
      action: string;
      conclusion: Conclusion;
      notes: string;
      /** The deadline a remote check missed, as readers see it; null when a photo came or on site. */
      missedDeadline: string | null;
      fields: Partial<typeof supervisionChecks.$inferInsert>;
      /** What the audit record adds to the row's new values. */
      audited: Record<string, unknown>;
    },
  ): Promise<void> {
    const classRow = (await this.deps.classes.findClass(row.classId, tx))!;
    const severity = findingSeverity(found.conclusion);
    const findingId = severity
      ? await this.deps.institutions.recordFinding(tx, context, row.institutionId, {
          source: 'supervision',
          severity,
          foundOn: today(),
          description: findingDescription({
            kind: row.kind as CheckKind,
            classCode: classRow.code,
            className: classRow.name,
            checkedOn: today(),
            missedDeadline: found.missedDeadline,
            notes: found.notes,
          }),
        })
      : null;
    const after = {
      ...found.fields,
      status: 'completed',
      checkedAt: at,
      conclusion: found.conclusion,
      notes: found.notes || null,
      findingId,
      completedBy: context.actor!.userId,
    };
    await this.update(tx, row.id, after);
    await appendAudit(tx, context, [
      {
        action: found.action,
        entityType: 'supervision_check',
        entityId: row.id,
        before: { status: readStatus(row, at) },
        after: { ...after, ...found.audited },
      },
    ]);
  }
}
