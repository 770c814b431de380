import type { Executor } from '@qiancheng/db';
import { projects } from '@qiancheng/db';
import { can } from '@qiancheng/domain';
import {
  type ConsumablesCategory,
  cappedTotal,
  defaultProjectTitle,
  draftFromDemand,
  type EvaluationType,
  isPublic,
  nextProjectStatus,
  openPosts,
  PROJECT_STATUS_NAMES,
  type ProjectAction,
  type ProjectStatus,
  PUBLIC_PROJECT_STATUSES,
  PUBLIC_RESULT_WINDOW,
  type PublicProjectSort,
  projectActionTarget,
  projectSearchTerms,
  publicationProblems,
  type TrainingMode,
  totalHours,
} from '@qiancheng/domain/projects/index';
import type { SkillLevelCode } from '@qiancheng/domain/reference/skill-levels';
import type { TargetGroupCode } from '@qiancheng/domain/reference/target-groups';
import { queryTerms } from '@qiancheng/domain/search/cjk-terms';
import {
  assertRecordInScope,
  assertRegionInScope,
  isRegionInScope,
  regionScopeFilter,
} from '../../platform/access/region-scope';
import { appendAudit } from '../../platform/audit/recorder';
import type { PlatformContext } from '../../platform/context';
import {
  AppError,
  type FieldProblem,
  fieldProblem,
  invalidFields,
  notFound,
} from '../../platform/http/app-error';
import type { Actor, RequestContext } from '../../platform/http/request-context';
import type { ReferenceService } from '../reference/service';
import type { DemandLineForProject, DemandSource } from './demand-source';
import * as repo from './repository';

/** The fields staff set on a project; everything else follows from them or from its life cycle. */
export interface ProjectFields {
  title: string;
  occupationCode: string;
  skillLevel: SkillLevelCode | null;
  postsAvailable: number | null;
  skillRequirements: string | null;
  contentOutline: string | null;
  hoursTheory: number | null;
  hoursPractice: number | null;
  mode: TrainingMode | null;
  regionCode: string;
  targetGroups: TargetGroupCode[];
  subsidyStandardRef: string | null;
  evaluationType: EvaluationType | null;
  consumables: ConsumablesCategory;
}

const EDITABLE_FIELDS = [
  'title',
  'occupationCode',
  'skillLevel',
  'postsAvailable',
  'skillRequirements',
  'contentOutline',
  'hoursTheory',
  'hoursPractice',
  'mode',
  'regionCode',
  'targetGroups',
  'subsidyStandardRef',
  'evaluationType',
  'consumables',
] as const satisfies readonly (keyof ProjectFields)[];

export type ProjectChanges = Partial<ProjectFields>;

export interface NewProjectFromDemand extends Partial<Omit<ProjectFields, 'occupationCode'>> {
  demandLineIds: string[];
}

/** A project as the public list shows it. */
export interface ProjectItem {
  id: string;
  title: string;
  occupationCode: string;
  occupationName: string;
  priorityField: string;
  skillLevel: string | null;
  postsAvailable: number | null;
  hoursTheory: number | null;
  hoursPractice: number | null;
  mode: string | null;
  regionCode: string;
  regionName: string | null;
  targetGroups: string[];
  evaluationType: string | null;
  publishedAt: string | null;
  version: number;
}

/** Every field the public may read of a published project. */
export interface PublicProjectView extends ProjectItem {
  skillRequirements: string | null;
  contentOutline: string | null;
  totalHours: number;
  subsidyStandardRef: string | null;
  consumables: string;
  updatedAt: string;
}

export interface StaffProjectItem extends ProjectItem {
  status: ProjectStatus;
  createdAt: string;
  updatedAt: string;
}

export interface ProjectView extends StaffProjectItem {
  skillRequirements: string | null;
  contentOutline: string | null;
  totalHours: number;
  subsidyStandardRef: string | null;
  consumables: string;
}

/** What a version row keeps: the project's public content at that moment. */
export interface ProjectSnapshot {
  title: string;
  occupationCode: string;
  occupationName: string;
  priorityField: string;
  skillLevel: string | null;
  postsAvailable: number | null;
  skillRequirements: string | null;
  contentOutline: string | null;
  hoursTheory: number | null;
  hoursPractice: number | null;
  mode: string | null;
  regionCode: string;
  regionName: string | null;
  targetGroups: string[];
  subsidyStandardRef: string | null;
  evaluationType: string | null;
  consumables: string;
}

export interface ProjectVersionView {
  version: number;
  status: string;
  reason: string | null;
  createdByName: string | null;
  createdAt: string;
  snapshot: ProjectSnapshot;
}

export interface LinkedDemandLine {
  id: string;
  enterpriseName: string;
  regionCode: string;
  regionName: string | null;
  occupationCode: string;
  skillLevel: string | null;
  headcount: number;
  filledCount: number;
  openPosts: number;
  skillRequirements: string;
  deadline: string;
  status: string;
}

export interface ProjectDetail {
  project: ProjectView;
  versions: ProjectVersionView[];
  demandLines: LinkedDemandLine[];
}

export interface PublicSearchQuery {
  q?: string;
  region?: string;
  field?: string;
  occupation?: string;
  level?: string;
  mode?: string;
  group?: string;
  sort: PublicProjectSort;
  page: number;
  pageSize: number;
}

export interface NavigationFilter {
  region: string;
  field?: string;
  occupation?: string;
}

/**
 * Runs inside the withdrawal's transaction, e.g. to take the project out of catalogues, so a
 * withdrawal and its consequences commit together.
 */
export type ProjectWithdrawnHook = (
  tx: Executor,
  context: RequestContext,
  project: { id: string; title: string },
  reason: string,
) => Promise<void>;

function statusParams(prefix: 'from' | 'to' | 'status', status: ProjectStatus) {
  return {
    [prefix]: status,
    [`${prefix}Zh`]: PROJECT_STATUS_NAMES[status]['zh-CN'],
    [`${prefix}En`]: PROJECT_STATUS_NAMES[status]['en-US'],
  };
}

/** The detail a client reads the current status from: `status` with the status code as reason. */
function statusDetail(status: ProjectStatus): FieldProblem {
  return { field: 'status', reason: status, messages: PROJECT_STATUS_NAMES[status] };
}

function notEditable(status: ProjectStatus): AppError {
  return new AppError('projects.not_editable', {
    params: statusParams('status', status),
    details: [statusDetail(status)],
  });
}

function invalidTransition(from: ProjectStatus, action: ProjectAction): AppError {
  const to = projectActionTarget(action);
  return new AppError('projects.invalid_transition', {
    params: { ...statusParams('from', from), ...statusParams('to', to), action },
    details: [statusDetail(from)],
  });
}

function fieldsOf(row: repo.ProjectRow): ProjectFields {
  return {
    title: row.title,
    occupationCode: row.occupationCode,
    skillLevel: row.skillLevel as SkillLevelCode | null,
    postsAvailable: row.postsAvailable,
    skillRequirements: row.skillRequirements,
    contentOutline: row.contentOutline,
    hoursTheory: row.hoursTheory,
    hoursPractice: row.hoursPractice,
    mode: row.mode as TrainingMode | null,
    regionCode: row.regionCode,
    targetGroups: row.targetGroups as TargetGroupCode[],
    subsidyStandardRef: row.subsidyStandardRef,
    evaluationType: row.evaluationType as EvaluationType | null,
    consumables: row.consumables as ConsumablesCategory,
  };
}

/** Empty texts become null and repeated groups collapse, so "no value" has one spelling. */
function normaliseChanges(changes: ProjectChanges): ProjectChanges {
  const out: ProjectChanges = { ...changes };
  for (const key of ['skillRequirements', 'contentOutline', 'subsidyStandardRef'] as const) {
    const value = out[key];
    if (typeof value === 'string') out[key] = value.trim() || null;
  }
  if (out.targetGroups) out.targetGroups = [...new Set(out.targetGroups)];
  return out;
}

/** The fields of `changes` whose value differs from the project's current one. */
function differingFields(current: ProjectFields, changes: ProjectChanges): ProjectChanges {
  const differing: Record<string, unknown> = {};
  for (const key of EDITABLE_FIELDS) {
    if (!(key in changes) || changes[key] === undefined) continue;
    if (JSON.stringify(changes[key]) !== JSON.stringify(current[key])) differing[key] = changes[key];
  }
  return differing as ProjectChanges;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export class ProjectsService {
  readonly #withdrawnHooks: ProjectWithdrawnHook[] = [];

  constructor(
    private readonly platform: PlatformContext,
    private readonly reference: ReferenceService,
    private readonly demand: DemandSource,
  ) {}

  /** Registers work to do in the same transaction whenever a project is withdrawn. */
  onWithdrawn(hook: ProjectWithdrawnHook): void {
    this.#withdrawnHooks.push(hook);
  }

  // ---- presentation ------------------------------------------------------------------------

  async item(row: repo.ProjectWithOccupation): Promise<ProjectItem> {
    return {
      id: row.id,
      title: row.title,
      occupationCode: row.occupationCode,
      occupationName: row.occupationName,
      priorityField: row.priorityField,
      skillLevel: row.skillLevel,
      postsAvailable: row.postsAvailable,
      hoursTheory: row.hoursTheory,
      hoursPractice: row.hoursPractice,
      mode: row.mode,
      regionCode: row.regionCode,
      regionName: await this.reference.regionName(row.regionCode),
      targetGroups: row.targetGroups,
      evaluationType: row.evaluationType,
      publishedAt: iso(row.publishedAt),
      version: row.version,
    };
  }

  async publicView(row: repo.ProjectWithOccupation): Promise<PublicProjectView> {
    return {
      ...(await this.item(row)),
      skillRequirements: row.skillRequirements,
      contentOutline: row.contentOutline,
      totalHours: totalHours(row),
      subsidyStandardRef: row.subsidyStandardRef,
      consumables: row.consumables,
      updatedAt: row.updatedAt.toISOString(),
    };
  }

  private async staffItem(row: repo.ProjectWithOccupation): Promise<StaffProjectItem> {
    return {
      ...(await this.item(row)),
      status: row.status as ProjectStatus,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  }

  private async view(row: repo.ProjectWithOccupation): Promise<ProjectView> {
    return {
      ...(await this.staffItem(row)),
      skillRequirements: row.skillRequirements,
      contentOutline: row.contentOutline,
      totalHours: totalHours(row),
      subsidyStandardRef: row.subsidyStandardRef,
      consumables: row.consumables,
    };
  }

  private async snapshot(fields: ProjectFields, occupation: repo.OccupationRow): Promise<ProjectSnapshot> {
    return {
      title: fields.title,
      occupationCode: fields.occupationCode,
      occupationName: occupation.name,
      priorityField: occupation.priorityField,
      skillLevel: fields.skillLevel,
      postsAvailable: fields.postsAvailable,
      skillRequirements: fields.skillRequirements,
      contentOutline: fields.contentOutline,
      hoursTheory: fields.hoursTheory,
      hoursPractice: fields.hoursPractice,
      mode: fields.mode,
      regionCode: fields.regionCode,
      regionName: await this.reference.regionName(fields.regionCode),
      targetGroups: fields.targetGroups,
      subsidyStandardRef: fields.subsidyStandardRef,
      evaluationType: fields.evaluationType,
      consumables: fields.consumables,
    };
  }

  /** The columns that follow from the fields: the occupation's field and the search terms. */
  private async derived(fields: ProjectFields, occupation: repo.OccupationRow) {
    return {
      priorityField: occupation.priorityField,
      searchTerms: projectSearchTerms({
        title: fields.title,
        occupationName: occupation.name,
        occupationCode: fields.occupationCode,
        skillRequirements: fields.skillRequirements,
        contentOutline: fields.contentOutline,
        regionName: await this.reference.regionName(fields.regionCode),
      }),
    };
  }

  // ---- checks ------------------------------------------------------------------------------

  /**
   * Checks the occupation and region of a change: both must exist, and staff may only place a
   * project inside their own region. Returns the occupation the fields end up with.
   */
  private async checkReferences(
    executor: Executor,
    actor: Actor | null,
    changes: ProjectChanges,
    fields: ProjectFields,
  ): Promise<repo.OccupationRow> {
    const problems: FieldProblem[] = [];
    const occupation = await repo.findOccupation(executor, fields.occupationCode);
    if (!occupation) problems.push(fieldProblem('occupationCode', 'unknown_occupation'));
    if (changes.regionCode !== undefined) {
      if (!(await this.reference.regionExists(changes.regionCode))) {
        problems.push(fieldProblem('regionCode', 'unknown_region'));
      } else if (actor && !isRegionInScope(actor, changes.regionCode)) {
        problems.push(fieldProblem('regionCode', 'region_outside_scope'));
      }
    }
    if (problems.length || !occupation) throw invalidFields(...problems);
    return occupation;
  }

  private assertPublishable(fields: ProjectFields): void {
    const problems = publicationProblems(fields);
    if (problems.length) {
      throw new AppError('projects.incomplete', {
        details: problems.map((p) => fieldProblem(p.field, p.reason)),
      });
    }
  }

  /** The nearest region that exists at or above a computed code (not every code prefix is a region). */
  private async nearestKnownRegion(code: string | null): Promise<string | null> {
    if (!code) return null;
    for (const candidate of [code, `${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`]) {
      if (await this.reference.regionExists(candidate)) return candidate;
    }
    return null;
  }

  // ---- staff -------------------------------------------------------------------------------

  /**
   * A draft built from demand lines ("用什么、学什么"): the lines decide the occupation, level,
   * posts, requirements and region unless the request sets them.
   */
  async createFromDemand(context: RequestContext, input: NewProjectFromDemand): Promise<ProjectView> {
    const actor = context.actor;
    if (!actor) throw new AppError('auth.unauthenticated');
    const ids = [...new Set(input.demandLineIds)];
    const found = new Map((await this.demand.linesForProject(ids, actor)).map((line) => [line.id, line]));
    const missing = input.demandLineIds
      .map((id, index) => ({ id, index }))
      .filter(({ id }) => !found.has(id))
      .map(({ index }) => fieldProblem(`demandLineIds.${index}`, 'demand_line_not_found'));
    if (missing.length) throw invalidFields(...missing);
    const lines = ids.map((id) => found.get(id)!);
    const draft = draftFromDemand(lines);
    if (!draft.ok) {
      throw invalidFields(
        ...draft.problems.map((problem) =>
          fieldProblem(
            problem.index === null
              ? 'demandLineIds'
              : `demandLineIds.${input.demandLineIds.indexOf(ids[problem.index]!)}`,
            problem.reason,
            problem.params,
          ),
        ),
      );
    }
    const given = Object.fromEntries(
      Object.entries(input).filter(([key, value]) => key !== 'demandLineIds' && value !== undefined),
    ) as Partial<ProjectFields>;
    const regionCode = given.regionCode ?? (await this.nearestKnownRegion(draft.value.regionCode));
    if (!regionCode) throw invalidFields(fieldProblem('regionCode', 'required'));
    return this.createDraft(
      context,
      {
        occupationCode: draft.value.occupationCode,
        skillLevel: draft.value.skillLevel,
        postsAvailable: draft.value.postsAvailable,
        skillRequirements: draft.value.skillRequirements || null,
        ...given,
        regionCode,
      },
      ids,
    );
  }

  /**
   * Creates a draft, linked to the demand lines it came from. With an actor the region must be in
   * their scope; without one (seeding) only the reference checks apply.
   */
  async createDraft(
    context: RequestContext,
    input: Partial<ProjectFields> & Pick<ProjectFields, 'occupationCode' | 'regionCode'>,
    demandLineIds: readonly string[] = [],
  ): Promise<ProjectView> {
    const actor = context.actor;
    const changes = normaliseChanges(input);
    const base: ProjectFields = {
      title: '',
      skillLevel: null,
      postsAvailable: null,
      skillRequirements: null,
      contentOutline: null,
      hoursTheory: null,
      hoursPractice: null,
      mode: null,
      targetGroups: [],
      subsidyStandardRef: null,
      evaluationType: null,
      consumables: 'low',
      ...changes,
      occupationCode: input.occupationCode,
      regionCode: input.regionCode,
    };
    const occupation = await this.checkReferences(
      this.platform.db,
      actor,
      { regionCode: base.regionCode },
      base,
    );
    const regionName = (await this.reference.regionName(base.regionCode)) ?? '';
    const fields: ProjectFields = {
      ...base,
      title: base.title.trim() || defaultProjectTitle(regionName, occupation.name),
    };
    const snapshot = await this.snapshot(fields, occupation);
    const derived = await this.derived(fields, occupation);
    const id = await this.platform.db.transaction(async (tx) => {
      const created = await repo.insertProject(tx, {
        ...fields,
        ...derived,
        status: 'draft',
        version: 1,
        createdBy: actor?.userId ?? null,
      });
      await repo.insertVersion(tx, {
        projectId: created.id,
        version: 1,
        status: 'draft',
        snapshot,
        createdBy: actor?.userId ?? null,
      });
      await repo.insertDemandLinks(tx, created.id, demandLineIds);
      await appendAudit(tx, context, [
        {
          action: 'project.create',
          entityType: 'project',
          entityId: created.id,
          after: { status: 'draft', version: 1, ...snapshot, demandLineIds },
        },
      ]);
      return created.id;
    });
    return this.viewById(id);
  }

  private async viewById(id: string, executor: Executor = this.platform.db): Promise<ProjectView> {
    const row = await repo.findProject(executor, id);
    if (!row) throw notFound();
    return this.view(row);
  }

  async list(
    actor: Actor,
    filter: {
      status?: ProjectStatus;
      q?: string;
      region?: string;
      field?: string;
      occupation?: string;
      page: number;
      pageSize: number;
    },
  ): Promise<{ items: StaffProjectItem[]; total: number }> {
    if (filter.region) assertRegionInScope(actor, filter.region);
    const page = await repo.listProjects(this.platform.db, {
      scope: regionScopeFilter(actor, projects.regionCode),
      status: filter.status,
      terms: filter.q ? queryTerms(filter.q) : undefined,
      region: filter.region,
      field: filter.field,
      occupation: filter.occupation,
      page: filter.page,
      pageSize: filter.pageSize,
    });
    return { items: await Promise.all(page.items.map((row) => this.staffItem(row))), total: page.total };
  }

  async get(actor: Actor, id: string): Promise<ProjectDetail> {
    const row = await repo.findProject(this.platform.db, id);
    if (!row) throw notFound();
    assertRecordInScope(actor, row.regionCode);
    const [versions, lineIds] = await Promise.all([
      this.versions(id),
      repo.linkedDemandLineIds(this.platform.db, id),
    ]);
    // Readers without a view of demand (finance) see the project without its source lines.
    const lines = can(actor.role, 'demand.read') ? await this.demand.linesForProject(lineIds, actor) : [];
    return {
      project: await this.view(row),
      versions,
      demandLines: await Promise.all(lines.map((line) => this.linkedLine(line))),
    };
  }

  private async linkedLine(line: DemandLineForProject): Promise<LinkedDemandLine> {
    return {
      id: line.id,
      enterpriseName: line.enterpriseName,
      regionCode: line.regionCode,
      regionName: await this.reference.regionName(line.regionCode),
      occupationCode: line.occupationCode,
      skillLevel: line.skillLevel,
      headcount: line.headcount,
      filledCount: line.filledCount,
      openPosts: openPosts(line),
      skillRequirements: line.skillRequirements,
      deadline: line.deadline,
      status: line.status,
    };
  }

  private async versions(id: string, statuses?: readonly ProjectStatus[]): Promise<ProjectVersionView[]> {
    const rows = await repo.listVersions(this.platform.db, id, statuses);
    return rows.map((row) => ({
      version: row.version,
      status: row.status,
      reason: row.reason,
      createdByName: row.createdByName,
      createdAt: row.createdAt.toISOString(),
      snapshot: row.snapshot as ProjectSnapshot,
    }));
  }

  /**
   * Runs a life-cycle step on a project locked for the transaction: the row lock makes staff acting
   * at once take turns, and the status is checked again after the lock is held.
   */
  private async transition<T>(
    context: RequestContext,
    id: string,
    step: (tx: Executor, row: repo.ProjectRow, actor: Actor) => Promise<T>,
  ): Promise<T> {
    const actor = context.actor;
    if (!actor) throw new AppError('auth.unauthenticated');
    // Region names are answered from memory; loading them first keeps every read inside the
    // transaction on the transaction's own connection.
    await this.reference.regionCodes();
    return this.platform.db.transaction(async (tx) => {
      const row = await repo.lockProject(tx, id);
      if (!row) throw notFound();
      assertRecordInScope(actor, row.regionCode);
      return step(tx, row, actor);
    });
  }

  async update(context: RequestContext, id: string, patch: ProjectChanges): Promise<ProjectView> {
    return this.transition(context, id, async (tx, row, actor) => {
      const status = row.status as ProjectStatus;
      if (nextProjectStatus(status, 'edit_draft') === null) throw notEditable(status);
      const current = fieldsOf(row);
      const changes = differingFields(current, normaliseChanges(patch));
      if (Object.keys(changes).length === 0) return this.viewById(id, tx);
      const fields = { ...current, ...changes };
      const occupation = await this.checkReferences(tx, actor, changes, fields);
      await repo.updateProject(tx, id, {
        ...changes,
        ...(await this.derived(fields, occupation)),
        updatedAt: new Date(),
      });
      await appendAudit(tx, context, [
        {
          action: 'project.update',
          entityType: 'project',
          entityId: id,
          before: Object.fromEntries(
            Object.keys(changes).map((key) => [key, current[key as keyof ProjectFields]]),
          ),
          after: changes,
        },
      ]);
      return this.viewById(id, tx);
    });
  }

  async publish(context: RequestContext, id: string): Promise<ProjectView> {
    return this.transition(context, id, async (tx, row) => {
      const from = row.status as ProjectStatus;
      const to = nextProjectStatus(from, 'publish');
      if (!to) throw invalidTransition(from, 'publish');
      const fields = fieldsOf(row);
      this.assertPublishable(fields);
      const occupation = await this.checkReferences(tx, null, {}, fields);
      const snapshot = await this.snapshot(fields, occupation);
      const now = new Date();
      await repo.updateProject(tx, id, {
        ...(await this.derived(fields, occupation)),
        status: to,
        publishedAt: now,
        updatedAt: now,
      });
      await repo.insertVersion(tx, {
        projectId: id,
        version: row.version,
        status: to,
        snapshot,
        createdBy: context.actor?.userId ?? null,
        createdAt: now,
      });
      await appendAudit(tx, context, [
        {
          action: 'project.publish',
          entityType: 'project',
          entityId: id,
          before: { status: from, version: row.version },
          after: { status: to, version: row.version, ...snapshot },
        },
      ]);
      return this.viewById(id, tx);
    });
  }

  /**
   * Publishes a new version of a public project. The earlier versions stay in the history; the
   * merged result must be as complete as a first publication.
   */
  async adjust(
    context: RequestContext,
    id: string,
    reason: string,
    patch: ProjectChanges,
  ): Promise<ProjectView> {
    return this.transition(context, id, async (tx, row, actor) => {
      const from = row.status as ProjectStatus;
      const to = nextProjectStatus(from, 'adjust');
      if (!to) throw invalidTransition(from, 'adjust');
      const current = fieldsOf(row);
      const changes = differingFields(current, normaliseChanges(patch));
      if (Object.keys(changes).length === 0) throw new AppError('projects.no_changes');
      const fields = { ...current, ...changes };
      const occupation = await this.checkReferences(tx, actor, changes, fields);
      this.assertPublishable(fields);
      const version = row.version + 1;
      const snapshot = await this.snapshot(fields, occupation);
      const now = new Date();
      await repo.updateProject(tx, id, {
        ...changes,
        ...(await this.derived(fields, occupation)),
        status: to,
        version,
        updatedAt: now,
      });
      await repo.insertVersion(tx, {
        projectId: id,
        version,
        status: to,
        snapshot,
        reason,
        createdBy: actor.userId,
        createdAt: now,
      });
      await appendAudit(tx, context, [
        {
          action: 'project.adjust',
          entityType: 'project',
          entityId: id,
          before: {
            status: from,
            version: row.version,
            ...Object.fromEntries(
              Object.keys(changes).map((key) => [key, current[key as keyof ProjectFields]]),
            ),
          },
          after: { status: to, version, ...changes },
          reason,
        },
      ]);
      return this.viewById(id, tx);
    });
  }

  async withdraw(context: RequestContext, id: string, reason: string): Promise<ProjectView> {
    return this.transition(context, id, async (tx, row, actor) => {
      const from = row.status as ProjectStatus;
      const to = nextProjectStatus(from, 'withdraw');
      if (!to) throw invalidTransition(from, 'withdraw');
      const fields = fieldsOf(row);
      const occupation = await this.checkReferences(tx, null, {}, fields);
      const now = new Date();
      await repo.updateProject(tx, id, { status: to, updatedAt: now });
      await repo.insertVersion(tx, {
        projectId: id,
        version: row.version,
        status: to,
        snapshot: await this.snapshot(fields, occupation),
        reason,
        createdBy: actor.userId,
        createdAt: now,
      });
      for (const hook of this.#withdrawnHooks) await hook(tx, context, { id, title: row.title }, reason);
      await appendAudit(tx, context, [
        {
          action: 'project.withdraw',
          entityType: 'project',
          entityId: id,
          before: { status: from, version: row.version },
          after: { status: to, version: row.version },
          reason,
        },
      ]);
      return this.viewById(id, tx);
    });
  }

  // ---- for other modules -------------------------------------------------------------------

  /** Projects by id with their current state, for modules that list or check them (catalogues). */
  findByIds(
    ids: readonly string[],
    executor: Executor = this.platform.db,
  ): Promise<repo.ProjectWithOccupation[]> {
    return repo.findProjectsByIds(executor, ids);
  }

  /**
   * Projects by id, share-locked until the caller's transaction ends, so their status holds while
   * the caller relies on it. Callers lock projects before their own rows, as withdrawal does.
   */
  lockShared(tx: Executor, ids: readonly string[]): Promise<repo.ProjectRow[]> {
    return repo.lockProjectsShared(tx, ids);
  }

  isPublic(row: Pick<repo.ProjectRow, 'status'>): boolean {
    return isPublic(row.status as ProjectStatus);
  }

  // ---- public ------------------------------------------------------------------------------

  /** Public projects matching a search; the total counts up to PUBLIC_RESULT_WINDOW matches. */
  async searchPublic(query: PublicSearchQuery): Promise<{ items: ProjectItem[]; total: number }> {
    const text = query.q?.normalize('NFKC').trim() ?? '';
    const terms = text ? queryTerms(text) : [];
    const page = await repo.searchPublicProjects(this.platform.db, {
      terms,
      text: terms.length ? text : undefined,
      region: query.region,
      field: query.field,
      occupation: query.occupation,
      level: query.level,
      mode: query.mode,
      group: query.group,
      sort: query.sort,
      page: query.page,
      pageSize: query.pageSize,
      window: PUBLIC_RESULT_WINDOW,
    });
    return {
      items: await Promise.all(page.items.map((row) => this.item(row))),
      total: cappedTotal(page.matches),
    };
  }

  /** A public project with the history of what was published; null when it is not public. */
  async publicProject(
    id: string,
  ): Promise<{ project: PublicProjectView; versions: ProjectVersionView[] } | null> {
    const [row, versions] = await Promise.all([
      repo.findPublicProject(this.platform.db, id),
      this.versions(id, PUBLIC_PROJECT_STATUSES),
    ]);
    if (!row) return null;
    return {
      project: await this.publicView(row),
      // Who published a version is internal; the public sees what and when.
      versions: versions.map((version) => ({ ...version, createdByName: null })),
    };
  }

  countPublic(): Promise<number> {
    return repo.countPublicProjects(this.platform.db);
  }

  /**
   * Counts for the navigation map. Each facet applies every filter but its own, so a count is what
   * the search shows after choosing that entry: children of the region (with field and occupation),
   * fields (with region and occupation), occupations (with region and field).
   */
  async navigationCounts(filter: NavigationFilter, childPrefixLength: number | null) {
    const { region, field, occupation } = filter;
    const [byRegion, byField, byOccupation] = await Promise.all([
      childPrefixLength === null
        ? Promise.resolve([])
        : repo.countPublicByRegionPrefix(this.platform.db, { region, field, occupation }, childPrefixLength),
      repo.countPublicByField(this.platform.db, { region, occupation }),
      repo.countPublicByOccupation(this.platform.db, { region, field }),
    ]);
    const total = byField
      .filter((row) => !field || row.code === field)
      .reduce((sum, row) => sum + row.projects, 0);
    return { byRegion, byField, byOccupation, total };
  }
}
