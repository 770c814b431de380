import { type Executor, selectionApplications, selectionObjections, selectionRounds } from '@qiancheng/db';
import {
  canMoveRound,
  criteriaProblems,
  noticeOver,
  noticePeriod,
  ROUND_STATUS_NAMES,
  type RoundStatus,
  rankApplications,
  scoreSheetProblems,
  weightedTotal,
} from '@qiancheng/domain/institutions/selection';
import { PROJECT_STATUS_NAMES } from '@qiancheng/domain/projects/project-lifecycle';
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { assertRecordInScope, regionScopeFilter } from '../../platform/access/region-scope';
import { appendAudit } from '../../platform/audit/recorder';
import { today } from '../../platform/clock';
import type { PlatformContext } from '../../platform/context';
import { AppError, type FieldProblem, fieldProblem, invalidFields } from '../../platform/http/app-error';
import type { Actor, RequestContext } from '../../platform/http/request-context';
import type { InstitutionsService } from '../institutions/service';
import type { ProjectsService } from '../projects/service';
import * as repo from './repository';
import type { ApplicationInput, ObjectionInput, RoundInput } from './schemas';
import { presentApplication, presentRound, type RoundDetail, type RoundItem } from './views';

/** The teacher pool's check that named teachers work for the institution. */
export interface TeacherPool {
  assertTeachersOf(tx: Executor, institutionId: string, teacherIds: readonly string[]): Promise<void>;
}

function roundStatusParams(status: string) {
  const names = ROUND_STATUS_NAMES[status as RoundStatus];
  return { statusZh: names?.['zh-CN'] ?? status, statusEn: names?.['en-US'] ?? status };
}

function moveError(from: string, to: RoundStatus) {
  const a = ROUND_STATUS_NAMES[from as RoundStatus];
  const b = ROUND_STATUS_NAMES[to];
  return new AppError('selection.invalid_transition', {
    params: { fromZh: a['zh-CN'], fromEn: a['en-US'], toZh: b['zh-CN'], toEn: b['en-US'] },
  });
}

/**
 * 遴选: staff publish conditions and weighted criteria for a published project, approved
 * institutions apply with an offer, staff score (or record a government procurement), the result
 * is on public notice for a set number of days, objections are handled, and then it takes effect.
 */
export class SelectionService {
  constructor(
    private readonly platform: PlatformContext,
    private readonly projects: ProjectsService,
    private readonly institutions: InstitutionsService,
    private readonly teachers: TeacherPool,
  ) {
    projects.onWithdrawn((tx, context, project, reason) =>
      this.cancelForProject(tx, context, project.id, reason),
    );
  }

  // ── Rounds ─────────────────────────────────────────────────────────────────────────────────

  async create(context: RequestContext, input: RoundInput): Promise<RoundDetail> {
    const actor = context.actor!;
    const problems: FieldProblem[] = [];
    if (input.method === 'scoring') {
      for (const p of criteriaProblems(input.criteria)) {
        const field =
          p.index === null
            ? 'criteria'
            : `criteria.${p.index}.${p.reason === 'criterion_key_duplicate' ? 'key' : 'weight'}`;
        problems.push(
          fieldProblem(
            field,
            p.reason,
            'sum' in p ? { sum: p.sum } : 'key' in p ? { key: p.key } : undefined,
          ),
        );
      }
    }
    if (input.method === 'procurement' && !input.procurementReference?.trim()) {
      problems.push(fieldProblem('procurementReference', 'procurement_reference_required'));
    }
    if (input.applicationDeadline < today())
      problems.push(fieldProblem('applicationDeadline', 'deadline_in_past'));
    if (problems.length) throw invalidFields(...problems);

    const id = await this.platform.db.transaction(async (tx) => {
      const [project] = await this.projects.lockShared(tx, [input.projectId]);
      if (!project) throw invalidFields(fieldProblem('projectId', 'project_not_found'));
      assertRecordInScope(actor, project.regionCode);
      if (!this.projects.isPublic(project)) throw this.projectNotPublic(project.status);
      if ((await repo.activeRoundsOf(tx, project.id)).length > 0)
        throw new AppError('selection.round_exists');
      const [row] = await tx
        .insert(selectionRounds)
        .values({
          projectId: project.id,
          regionCode: project.regionCode,
          method: input.method,
          status: 'open',
          conditions: input.conditions,
          criteria: input.method === 'scoring' ? input.criteria : [],
          places: input.places,
          applicationDeadline: input.applicationDeadline,
          noticeDays: input.noticeDays,
          procurementReference: input.method === 'procurement' ? input.procurementReference!.trim() : null,
          createdBy: actor.userId,
        })
        .returning();
      await appendAudit(tx, context, [
        { action: 'selection.round.create', entityType: 'selection_round', entityId: row!.id, after: row },
      ]);
      return row!.id;
    });
    return this.detail(actor, id);
  }

  async list(
    actor: Actor,
    filter: { status?: RoundStatus; projectId?: string; page: number; pageSize: number },
  ) {
    const where = and(
      regionScopeFilter(actor, selectionRounds.regionCode),
      filter.status ? eq(selectionRounds.status, filter.status) : undefined,
      filter.projectId ? eq(selectionRounds.projectId, filter.projectId) : undefined,
    );
    return this.page(where, filter);
  }

  private async page(where: SQL | undefined, page: { page: number; pageSize: number }) {
    const { items, total } = await repo.listRounds(this.platform.db, where, page);
    const projects = new Map(
      (await this.projects.findByIds(items.map((r) => r.projectId))).map((p) => [p.id, p]),
    );
    const counts = await this.applicationCounts(items.map((r) => r.id));
    return {
      items: items.map((r): RoundItem => presentRound(r, projects.get(r.projectId), counts.get(r.id) ?? 0)),
      total,
    };
  }

  private async applicationCounts(roundIds: string[]): Promise<Map<string, number>> {
    if (roundIds.length === 0) return new Map();
    const rows = await this.platform.db
      .select({ roundId: selectionApplications.roundId, status: selectionApplications.status })
      .from(selectionApplications)
      .where(inArray(selectionApplications.roundId, roundIds));
    const counts = new Map<string, number>();
    for (const row of rows)
      if (row.status !== 'withdrawn') counts.set(row.roundId, (counts.get(row.roundId) ?? 0) + 1);
    return counts;
  }

  /** A round with its applications (staff) — an institution sees only its own application. */
  async detail(actor: Actor, id: string): Promise<RoundDetail> {
    const round = await repo.findRound(this.platform.db, id);
    if (!round) throw new AppError('common.not_found');
    const own = actor.role === 'institution' ? actor.organizationId : null;
    if (actor.role === 'institution') {
      if (!own) throw new AppError('institutions.no_account_institution');
    } else {
      // Workers, enterprises and assessors have no region scope: the round is not found for them.
      assertRecordInScope(actor, round.regionCode);
    }
    const [project] = await this.projects.findByIds([round.projectId]);
    const applications = (await repo.applicationsOf(this.platform.db, id)).filter(
      (a) => own === null || a.institutionId === own,
    );
    const names = await this.institutions.summaries(applications.map((a) => a.institutionId));
    const objections = own === null ? await repo.objectionsOf(this.platform.db, id) : [];
    return {
      round: presentRound(round, project, applications.filter((a) => a.status !== 'withdrawn').length),
      applications: applications.map((a) => presentApplication(a, names.get(a.institutionId)?.name ?? '')),
      objections: objections.map((o) => ({
        id: o.id,
        applicationId: o.applicationId,
        objector: o.objector,
        content: o.content,
        receivedOn: o.receivedOn,
        outcome: o.outcome as 'upheld' | 'dismissed' | null,
        handling: o.handling,
      })),
    };
  }

  private projectNotPublic(status: string) {
    const names = PROJECT_STATUS_NAMES[status as keyof typeof PROJECT_STATUS_NAMES];
    return new AppError('selection.project_not_public', {
      params: { statusZh: names?.['zh-CN'] ?? status, statusEn: names?.['en-US'] ?? status },
    });
  }

  /** Locks the round, checks the caller's scope and that it may move to `to`. */
  private async lockForMove(tx: Executor, actor: Actor, id: string, to: RoundStatus): Promise<repo.RoundRow> {
    const round = await repo.findRound(tx, id, true);
    if (!round) throw new AppError('common.not_found');
    assertRecordInScope(actor, round.regionCode);
    if (!canMoveRound(round.status as RoundStatus, to)) throw moveError(round.status, to);
    return round;
  }

  private async move(
    tx: Executor,
    context: RequestContext,
    round: repo.RoundRow,
    changes: Partial<repo.RoundRow>,
    reason?: string,
  ) {
    await tx
      .update(selectionRounds)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(selectionRounds.id, round.id));
    await appendAudit(tx, context, [
      {
        action: `selection.round.${changes.status ?? 'update'}`,
        entityType: 'selection_round',
        entityId: round.id,
        before: { status: round.status },
        after: changes,
        reason: reason ?? null,
      },
    ]);
  }

  /** Applications close after the deadline day; then scoring starts. */
  async closeApplications(context: RequestContext, id: string): Promise<RoundDetail> {
    await this.platform.db.transaction(async (tx) => {
      const round = await this.lockForMove(tx, context.actor!, id, 'scoring');
      if (today() <= round.applicationDeadline) {
        throw new AppError('selection.deadline_not_passed', {
          params: { deadline: round.applicationDeadline },
        });
      }
      await this.move(tx, context, round, { status: 'scoring' });
    });
    return this.detail(context.actor!, id);
  }

  async score(
    context: RequestContext,
    id: string,
    applicationId: string,
    input: { scores: Record<string, number>; reasons: string },
  ) {
    await this.platform.db.transaction(async (tx) => {
      const round = await repo.findRound(tx, id, true);
      if (!round) throw new AppError('common.not_found');
      assertRecordInScope(context.actor!, round.regionCode);
      if (round.status !== 'scoring')
        throw new AppError('selection.not_scoring', { params: roundStatusParams(round.status) });
      if (round.method !== 'scoring') throw new AppError('selection.procurement_not_scored');
      const application = await repo.findApplication(tx, id, applicationId);
      if (!application || application.status === 'withdrawn') {
        throw invalidFields(fieldProblem('applicationId', 'application_not_found'));
      }
      const sheet = scoreSheetProblems(round.criteria, input.scores);
      const problems: FieldProblem[] = [
        ...sheet.outOfRange.map((key) => fieldProblem(`scores.${key}`, 'score_range')),
        ...(sheet.missing.length
          ? [fieldProblem('scores', 'score_missing', { keys: sheet.missing.join('、') })]
          : []),
        ...(sheet.unknown.length
          ? [fieldProblem('scores', 'score_unknown', { keys: sheet.unknown.join('、') })]
          : []),
      ];
      if (problems.length) throw invalidFields(...problems);
      const total = weightedTotal(round.criteria, input.scores);
      await tx
        .update(selectionApplications)
        .set({
          scores: input.scores,
          totalScore: total.toFixed(2),
          scoreReasons: input.reasons,
          scoredBy: context.actor!.userId,
          scoredAt: new Date(),
          status: 'scored',
          updatedAt: new Date(),
        })
        .where(eq(selectionApplications.id, applicationId));
      await appendAudit(tx, context, [
        {
          action: 'selection.application.score',
          entityType: 'selection_application',
          entityId: applicationId,
          before: { scores: application.scores, totalScore: application.totalScore },
          after: { scores: input.scores, totalScore: total },
          reason: input.reasons,
        },
      ]);
    });
    return this.detail(context.actor!, id);
  }

  /**
   * Publishes the result for public notice: by rank for a scored round, or the applications staff
   * name for a procurement. The notice starts today and runs the round's notice days.
   */
  async publicize(
    context: RequestContext,
    id: string,
    input: { selectedApplicationIds?: string[]; note?: string },
  ) {
    await this.platform.db.transaction(async (tx) => {
      const round = await this.lockForMove(tx, context.actor!, id, 'publicized');
      const applications = (await repo.applicationsOf(tx, id)).filter((a) => a.status !== 'withdrawn');
      if (applications.length === 0) throw new AppError('selection.no_applications');
      let selected: Set<string>;
      if (round.method === 'scoring') {
        const unscored = applications.filter((a) => a.totalScore === null);
        if (unscored.length) throw new AppError('selection.unscored', { params: { count: unscored.length } });
        const ranked = rankApplications(
          applications.map((a) => ({ ...a, totalScore: Number(a.totalScore), submittedAt: a.createdAt })),
          round.places,
        );
        selected = new Set(ranked.filter((r) => r.selected).map((r) => r.application.id));
      } else {
        const ids = input.selectedApplicationIds ?? [];
        const known = new Set(applications.map((a) => a.id));
        const problems = ids.flatMap((appId, index) =>
          known.has(appId) ? [] : [fieldProblem(`selectedApplicationIds.${index}`, 'application_not_found')],
        );
        if (ids.length === 0) problems.push(fieldProblem('selectedApplicationIds', 'selection_empty'));
        if (ids.length > round.places)
          problems.push(
            fieldProblem('selectedApplicationIds', 'selection_over_places', { places: round.places }),
          );
        if (problems.length) throw invalidFields(...problems);
        selected = new Set(ids);
      }
      const ids = applications.map((a) => a.id);
      await tx
        .update(selectionApplications)
        .set({
          status: sql`case when ${inArray(selectionApplications.id, [...selected])} then 'selected' else 'not_selected' end`,
          updatedAt: new Date(),
        })
        .where(inArray(selectionApplications.id, ids));
      const notice = noticePeriod(today(), round.noticeDays);
      await this.move(
        tx,
        context,
        round,
        {
          status: 'publicized',
          noticeStart: notice.start,
          noticeEnd: notice.end,
          resultNote: input.note ?? null,
        },
        input.note,
      );
    });
    return this.detail(context.actor!, id);
  }

  /** After the notice period, with every objection handled, the selection takes effect. */
  async confirm(context: RequestContext, id: string) {
    await this.platform.db.transaction(async (tx) => {
      const round = await this.lockForMove(tx, context.actor!, id, 'effective');
      if (!round.noticeEnd || !noticeOver(round.noticeEnd, today())) {
        throw new AppError('selection.notice_running', { params: { noticeEnd: round.noticeEnd } });
      }
      const open = await repo.openObjectionCount(tx, id);
      if (open > 0) throw new AppError('selection.objections_open', { params: { count: open } });
      await this.move(tx, context, round, { status: 'effective' });
    });
    return this.detail(context.actor!, id);
  }

  async cancel(context: RequestContext, id: string, reason: string) {
    await this.platform.db.transaction(async (tx) => {
      const round = await this.lockForMove(tx, context.actor!, id, 'cancelled');
      await this.move(tx, context, round, { status: 'cancelled' }, reason);
    });
    return this.detail(context.actor!, id);
  }

  private async cancelForProject(tx: Executor, context: RequestContext, projectId: string, reason: string) {
    for (const round of await repo.activeRoundsOf(tx, projectId)) {
      await this.move(tx, context, round, { status: 'cancelled' }, reason);
    }
  }

  // ── Objections ─────────────────────────────────────────────────────────────────────────────

  async recordObjection(context: RequestContext, id: string, input: ObjectionInput) {
    await this.platform.db.transaction(async (tx) => {
      const round = await repo.findRound(tx, id, true);
      if (!round) throw new AppError('common.not_found');
      assertRecordInScope(context.actor!, round.regionCode);
      if (round.status !== 'publicized') throw new AppError('selection.not_publicized');
      if (input.applicationId && !(await repo.findApplication(tx, id, input.applicationId))) {
        throw invalidFields(fieldProblem('applicationId', 'application_not_found'));
      }
      const [row] = await tx
        .insert(selectionObjections)
        .values({
          roundId: id,
          ...input,
          applicationId: input.applicationId ?? null,
          recordedBy: context.actor!.userId,
        })
        .returning();
      await appendAudit(tx, context, [
        { action: 'selection.objection.record', entityType: 'selection_round', entityId: id, after: row },
      ]);
    });
    return this.detail(context.actor!, id);
  }

  /** An upheld objection sends the round back to scoring; a dismissed one leaves the result. */
  async handleObjection(
    context: RequestContext,
    id: string,
    objectionId: string,
    input: { outcome: 'upheld' | 'dismissed'; handling: string },
  ) {
    await this.platform.db.transaction(async (tx) => {
      const round = await repo.findRound(tx, id, true);
      if (!round) throw new AppError('common.not_found');
      assertRecordInScope(context.actor!, round.regionCode);
      const [updated] = await tx
        .update(selectionObjections)
        .set({ ...input, handledBy: context.actor!.userId, handledAt: new Date() })
        .where(and(eq(selectionObjections.id, objectionId), eq(selectionObjections.roundId, id)))
        .returning();
      if (!updated) throw new AppError('common.not_found');
      await appendAudit(tx, context, [
        {
          action: `selection.objection.${input.outcome}`,
          entityType: 'selection_round',
          entityId: id,
          after: updated,
          reason: input.handling,
        },
      ]);
      if (input.outcome === 'upheld' && round.status === 'publicized') {
        await tx
          .update(selectionApplications)
          .set({ status: round.method === 'scoring' ? 'scored' : 'submitted', updatedAt: new Date() })
          .where(
            and(
              eq(selectionApplications.roundId, id),
              inArray(selectionApplications.status, ['selected', 'not_selected']),
            ),
          );
        await this.move(
          tx,
          context,
          round,
          { status: 'scoring', noticeStart: null, noticeEnd: null },
          input.handling,
        );
      }
    });
    return this.detail(context.actor!, id);
  }

  // ── Institutions apply ─────────────────────────────────────────────────────────────────────

  async apply(context: RequestContext, id: string, input: ApplicationInput) {
    const actor = context.actor!;
    const institutionId = await this.institutions.ownInstitutionId(actor);
    await this.platform.db.transaction(async (tx) => {
      const round = await repo.findRound(tx, id);
      if (!round) throw new AppError('common.not_found');
      const [project] = await this.projects.lockShared(tx, [round.projectId]);
      if (!project || !this.projects.isPublic(project))
        throw this.projectNotPublic(project?.status ?? 'withdrawn');
      if (round.status !== 'open')
        throw new AppError('selection.round_closed', { params: roundStatusParams(round.status) });
      if (today() > round.applicationDeadline) {
        throw new AppError('selection.deadline_passed', { params: { deadline: round.applicationDeadline } });
      }
      await this.institutions.assertMayParticipate(tx, institutionId, 'apply');
      const problems: FieldProblem[] = [];
      if (!(await this.institutions.qualifiedOccupations(tx, institutionId)).has(project.occupationCode)) {
        problems.push(fieldProblem('projectId', 'occupation_not_qualified'));
      }
      const sites = await this.institutions.activeSites(tx, institutionId);
      if (!sites.some((s) => s.id === input.siteId)) problems.push(fieldProblem('siteId', 'site_not_found'));
      if (problems.length) throw invalidFields(...problems);
      if (input.teacherIds.length) await this.teachers.assertTeachersOf(tx, institutionId, input.teacherIds);
      const [existing] = await tx
        .select({ id: selectionApplications.id, status: selectionApplications.status })
        .from(selectionApplications)
        .where(
          and(eq(selectionApplications.roundId, id), eq(selectionApplications.institutionId, institutionId)),
        );
      const values = { ...input, status: 'submitted', submittedBy: actor.userId, updatedAt: new Date() };
      let applicationId: string;
      if (existing && existing.status !== 'withdrawn') throw new AppError('selection.already_applied');
      if (existing) {
        // Applying again after withdrawing replaces the withdrawn offer.
        await tx.update(selectionApplications).set(values).where(eq(selectionApplications.id, existing.id));
        applicationId = existing.id;
      } else {
        const [row] = await tx
          .insert(selectionApplications)
          .values({ ...values, roundId: id, institutionId })
          .returning();
        applicationId = row!.id;
      }
      await appendAudit(tx, context, [
        {
          action: 'selection.application.submit',
          entityType: 'selection_application',
          entityId: applicationId,
          after: input,
        },
      ]);
    });
    return this.detail(actor, id);
  }

  async withdrawApplication(context: RequestContext, id: string) {
    const actor = context.actor!;
    const institutionId = await this.institutions.ownInstitutionId(actor);
    await this.platform.db.transaction(async (tx) => {
      const round = await repo.findRound(tx, id, true);
      if (!round) throw new AppError('common.not_found');
      if (round.status !== 'open')
        throw new AppError('selection.round_closed', { params: roundStatusParams(round.status) });
      const [updated] = await tx
        .update(selectionApplications)
        .set({ status: 'withdrawn', updatedAt: new Date() })
        .where(
          and(
            eq(selectionApplications.roundId, id),
            eq(selectionApplications.institutionId, institutionId),
            eq(selectionApplications.status, 'submitted'),
          ),
        )
        .returning();
      if (!updated) throw new AppError('common.not_found');
      await appendAudit(tx, context, [
        {
          action: 'selection.application.withdraw',
          entityType: 'selection_application',
          entityId: updated.id,
        },
      ]);
    });
    return this.detail(actor, id);
  }

  /** The institution's own applications with the state of each round. */
  async mine(actor: Actor) {
    const institutionId = await this.institutions.ownInstitutionId(actor);
    const rows = await repo.applicationsOfInstitution(this.platform.db, institutionId);
    const projects = new Map(
      (await this.projects.findByIds(rows.map((r) => r.round.projectId))).map((p) => [p.id, p]),
    );
    return rows.map((r) => ({
      application: presentApplication(r.application, actor.organizationName ?? ''),
      round: presentRound(r.round, projects.get(r.round.projectId), 0),
    }));
  }

  // ── Public ─────────────────────────────────────────────────────────────────────────────────

  /** Rounds open for applications (conditions and criteria are public) and results on notice. */
  async publicRounds(filter: {
    status: 'open' | 'publicized' | 'effective';
    page: number;
    pageSize: number;
  }) {
    return this.page(eq(selectionRounds.status, filter.status), filter);
  }

  /** The result of a round on notice or in effect: selected institutions with their totals. */
  async publicResult(id: string) {
    const round = await repo.findRound(this.platform.db, id);
    if (!round || !['open', 'publicized', 'effective'].includes(round.status))
      throw new AppError('common.not_found');
    const [project] = await this.projects.findByIds([round.projectId]);
    const showResult = round.status !== 'open';
    const applications = showResult
      ? (await repo.applicationsOf(this.platform.db, id)).filter(
          (a) => a.status === 'selected' || a.status === 'not_selected',
        )
      : [];
    const names = await this.institutions.summaries(applications.map((a) => a.institutionId));
    return {
      round: presentRound(round, project, 0),
      results: applications
        .map((a) => ({
          institutionId: a.institutionId,
          institutionName: names.get(a.institutionId)?.name ?? '',
          totalScore: a.totalScore === null ? null : Number(a.totalScore),
          selected: a.status === 'selected',
        }))
        .sort((a, b) => Number(b.selected) - Number(a.selected) || (b.totalScore ?? 0) - (a.totalScore ?? 0)),
    };
  }

  /** Institutions selected (in effect) for a project, for the public project page. */
  async selectedForProject(projectId: string) {
    const rows = await repo.effectiveSelections(this.platform.db, { projectId });
    const names = await this.institutions.summaries(rows.map((r) => r.application.institutionId));
    return rows.map((r) => ({
      institutionId: r.application.institutionId,
      institutionName: names.get(r.application.institutionId)?.name ?? '',
      regionCode: names.get(r.application.institutionId)?.regionCode ?? '',
    }));
  }

  /** Whether the institution's selection for the project is in effect: it may then file classes. */
  async isSelected(executor: Executor, institutionId: string, projectId: string): Promise<boolean> {
    const rows = await repo.effectiveSelections(executor, { projectId, institutionId });
    return rows.length > 0;
  }

  /** Ids of institutions with at least one selection in effect (the public institution list). */
  async selectedInstitutionProjects(institutionId?: string) {
    const rows = await repo.effectiveSelections(this.platform.db, institutionId ? { institutionId } : {});
    const byInstitution = new Map<string, string[]>();
    for (const r of rows) {
      byInstitution.set(r.application.institutionId, [
        ...(byInstitution.get(r.application.institutionId) ?? []),
        r.round.projectId,
      ]);
    }
    return byInstitution;
  }
}
