import { catalogues, type Executor } from '@qiancheng/db';
import {
  type CatalogueChangeAction,
  type CatalogueStatus,
  canPublishCatalogue,
  catalogueChangeIsLogged,
  checkCataloguePeriod,
} from '@qiancheng/domain/projects/index';
import { regionCodeRange } from '@qiancheng/domain/region/region-code';
import { and, eq, gte, lt, type SQL } from 'drizzle-orm';
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
import type { ProjectRow } from '../projects/repository';
import type { ProjectItem, ProjectsService, PublicProjectView } from '../projects/service';
import type { ReferenceService } from '../reference/service';
import * as repo from './repository';

export interface NewCatalogue {
  regionCode: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  projectIds: string[];
}

export interface CatalogueSummary {
  id: string;
  title: string;
  regionCode: string;
  regionName: string | null;
  periodStart: string;
  periodEnd: string;
  status: CatalogueStatus;
  publishedAt: string | null;
  createdAt: string;
}

export interface CatalogueListItem extends CatalogueSummary {
  entryCount: number;
}

export interface CatalogueChangeView {
  id: string;
  projectId: string;
  projectTitle: string | null;
  occupationCode: string | null;
  action: CatalogueChangeAction;
  reason: string;
  changedAt: string;
  changedByName: string | null;
}

export interface CatalogueEntryView extends ProjectItem {
  status: string;
  addedAt: string;
}

export interface PublicCatalogueEntry extends PublicProjectView {
  addedAt: string;
}

export interface CatalogueDetail {
  catalogue: CatalogueSummary;
  entries: CatalogueEntryView[];
  changes: CatalogueChangeView[];
}

export interface PublicCatalogueDetail {
  catalogue: CatalogueSummary;
  entries: PublicCatalogueEntry[];
  changes: CatalogueChangeView[];
}

/** Withdrawal removes a project from catalogues with this reason prefix in their change log. */
const WITHDRAWN_REASON_PREFIX = '项目撤回：';

/**
 * 职业技能培训需求指导目录. A catalogue lists public projects of its region subtree for a period.
 * Drafts change freely; after publication every addition and removal is logged with its reason,
 * and a project withdrawn from the portal leaves every catalogue it was in.
 */
export class CatalogueService {
  constructor(
    private readonly platform: PlatformContext,
    private readonly reference: ReferenceService,
    private readonly projects: ProjectsService,
  ) {
    projects.onWithdrawn((tx, context, project, reason) =>
      this.removeWithdrawnProject(tx, context, project, reason),
    );
  }

  private async summary(row: repo.CatalogueRow): Promise<CatalogueSummary> {
    return {
      id: row.id,
      title: row.title,
      regionCode: row.regionCode,
      regionName: await this.reference.regionName(row.regionCode),
      periodStart: row.periodStart,
      periodEnd: row.periodEnd,
      status: row.status as CatalogueStatus,
      publishedAt: row.publishedAt ? row.publishedAt.toISOString() : null,
      createdAt: row.createdAt.toISOString(),
    };
  }

  /**
   * Why each project may not be listed in a catalogue of `regionCode`: it must be one the actor can
   * see, public, and inside the catalogue's region.
   */
  private entryProblems(
    actor: Actor,
    regionCode: string,
    field: (index: number) => string,
    ids: readonly string[],
    rows: readonly ProjectRow[],
  ): FieldProblem[] {
    const byId = new Map(rows.map((row) => [row.id, row]));
    const problems: FieldProblem[] = [];
    ids.forEach((id, index) => {
      const row = byId.get(id);
      const isPublic = row ? this.projects.isPublic(row) : false;
      if (!row || (!isPublic && !isRegionInScope(actor, row.regionCode))) {
        problems.push(fieldProblem(field(index), 'project_not_found'));
      } else if (!isPublic) {
        problems.push(fieldProblem(field(index), 'project_not_public'));
      } else if (!isRegionInScope({ ...actor, regionCode }, row.regionCode)) {
        problems.push(fieldProblem(field(index), 'project_outside_region'));
      }
    });
    return problems;
  }

  private requireActor(context: RequestContext): Actor {
    if (!context.actor) throw new AppError('auth.unauthenticated');
    return context.actor;
  }

  async create(context: RequestContext, input: NewCatalogue): Promise<CatalogueDetail> {
    const actor = this.requireActor(context);
    const problems: FieldProblem[] = [];
    if (!(await this.reference.regionExists(input.regionCode))) {
      problems.push(fieldProblem('regionCode', 'unknown_region'));
    } else if (!isRegionInScope(actor, input.regionCode)) {
      problems.push(fieldProblem('regionCode', 'region_outside_scope'));
    }
    for (const problem of checkCataloguePeriod(input.periodStart, input.periodEnd)) {
      problems.push(fieldProblem(problem.field, problem.reason, problem.params));
    }
    if (problems.length) throw invalidFields(...problems);
    const ids = [...new Set(input.projectIds)];
    const id = await this.platform.db.transaction(async (tx) => {
      const rows = await this.projects.lockShared(tx, ids);
      const entryProblems = this.entryProblems(
        actor,
        input.regionCode,
        (index) => `projectIds.${input.projectIds.indexOf(ids[index]!)}`,
        ids,
        rows,
      );
      if (entryProblems.length) throw invalidFields(...entryProblems);
      const created = await repo.insertCatalogue(tx, {
        regionCode: input.regionCode,
        title: input.title,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        status: 'draft',
        createdBy: actor.userId,
      });
      await repo.insertEntries(tx, created.id, ids);
      await appendAudit(tx, context, [
        {
          action: 'catalogue.create',
          entityType: 'catalogue',
          entityId: created.id,
          after: { ...input, projectIds: ids, status: 'draft' },
        },
      ]);
      return created.id;
    });
    return this.get(actor, id);
  }

  async list(
    actor: Actor,
    filter: { status?: CatalogueStatus; region?: string; page: number; pageSize: number },
  ): Promise<{ items: CatalogueListItem[]; total: number }> {
    let where: SQL | undefined = regionScopeFilter(actor, catalogues.regionCode);
    if (filter.region) {
      assertRegionInScope(actor, filter.region);
      const { from, to } = regionCodeRange(filter.region);
      where = and(where, gte(catalogues.regionCode, from), lt(catalogues.regionCode, to));
    }
    if (filter.status) where = and(where, eq(catalogues.status, filter.status));
    const page = await repo.listCatalogues(this.platform.db, { where, ...filter });
    return {
      items: await Promise.all(
        page.items.map(async (row) => ({ ...(await this.summary(row)), entryCount: row.entryCount })),
      ),
      total: page.total,
    };
  }

  private async changes(catalogueId: string, withNames: boolean): Promise<CatalogueChangeView[]> {
    const rows = await repo.listChanges(this.platform.db, catalogueId);
    const projects = new Map(
      (await this.projects.findByIds([...new Set(rows.map((row) => row.projectId))])).map((p) => [p.id, p]),
    );
    return rows.map((row) => ({
      id: row.id,
      projectId: row.projectId,
      projectTitle: projects.get(row.projectId)?.title ?? null,
      occupationCode: projects.get(row.projectId)?.occupationCode ?? null,
      action: row.action as CatalogueChangeAction,
      reason: row.reason,
      changedAt: row.changedAt.toISOString(),
      // Who changed a catalogue is internal; the public sees what, when and why.
      changedByName: withNames ? row.changedByName : null,
    }));
  }

  async get(actor: Actor, id: string): Promise<CatalogueDetail> {
    const row = await repo.findCatalogue(this.platform.db, id);
    if (!row) throw notFound();
    assertRecordInScope(actor, row.regionCode);
    const entries = await repo.listEntries(this.platform.db, id);
    const projects = new Map(
      (await this.projects.findByIds(entries.map((e) => e.projectId))).map((p) => [p.id, p]),
    );
    return {
      catalogue: await this.summary(row),
      entries: await Promise.all(
        entries.flatMap((entry) => {
          const project = projects.get(entry.projectId);
          if (!project) return [];
          return [
            this.projects.item(project).then((item) => ({
              ...item,
              status: project.status,
              addedAt: entry.addedAt.toISOString(),
            })),
          ];
        }),
      ),
      changes: await this.changes(id, true),
    };
  }

  /** Runs a change on a catalogue locked for the transaction, after checking it is the actor's. */
  private async change<T>(
    context: RequestContext,
    id: string,
    step: (tx: Executor, row: repo.CatalogueRow, actor: Actor) => Promise<T>,
    lockFirst: (tx: Executor) => Promise<unknown> = async () => undefined,
  ): Promise<T> {
    const actor = this.requireActor(context);
    await this.reference.regionCodes();
    return this.platform.db.transaction(async (tx) => {
      await lockFirst(tx);
      const row = await repo.lockCatalogue(tx, id);
      if (!row) throw notFound();
      assertRecordInScope(actor, row.regionCode);
      return step(tx, row, actor);
    });
  }

  async publish(context: RequestContext, id: string): Promise<CatalogueDetail> {
    const actor = this.requireActor(context);
    await this.change(context, id, async (tx, row) => {
      if (!canPublishCatalogue(row.status as CatalogueStatus)) {
        throw new AppError('catalogue.already_published', {
          params: { publishedAt: row.publishedAt?.toISOString().slice(0, 10) ?? '' },
        });
      }
      if ((await repo.countEntries(tx, id)) === 0) throw new AppError('catalogue.empty');
      const publishedAt = new Date();
      await repo.updateCatalogue(tx, id, { status: 'published', publishedAt });
      await appendAudit(tx, context, [
        {
          action: 'catalogue.publish',
          entityType: 'catalogue',
          entityId: id,
          before: { status: row.status },
          after: { status: 'published', publishedAt },
        },
      ]);
    });
    return this.get(actor, id);
  }

  async addEntry(
    context: RequestContext,
    id: string,
    projectId: string,
    reason: string | undefined,
  ): Promise<CatalogueDetail> {
    const actor = this.requireActor(context);
    let locked: ProjectRow[] = [];
    await this.change(
      context,
      id,
      async (tx, row) => {
        const status = row.status as CatalogueStatus;
        const logged = catalogueChangeIsLogged(status);
        const problems = this.entryProblems(actor, row.regionCode, () => 'projectId', [projectId], locked);
        if (logged && !reason) problems.push(fieldProblem('reason', 'reason_required'));
        if (problems.length) throw invalidFields(...problems);
        if (await repo.hasEntry(tx, id, projectId)) throw new AppError('catalogue.entry_exists');
        await repo.insertEntries(tx, id, [projectId]);
        await this.recordChange(tx, context, row, projectId, 'added', reason ?? null, logged);
      },
      // The project is locked before the catalogue, in the same order as a withdrawal takes them.
      async (tx) => {
        locked = await this.projects.lockShared(tx, [projectId]);
      },
    );
    return this.get(actor, id);
  }

  async removeEntry(
    context: RequestContext,
    id: string,
    projectId: string,
    reason: string | undefined,
  ): Promise<CatalogueDetail> {
    const actor = this.requireActor(context);
    await this.change(context, id, async (tx, row) => {
      const logged = catalogueChangeIsLogged(row.status as CatalogueStatus);
      if (logged && !reason) throw invalidFields(fieldProblem('reason', 'reason_required'));
      if (!(await repo.deleteEntry(tx, id, projectId))) throw new AppError('catalogue.entry_not_found');
      await this.recordChange(tx, context, row, projectId, 'removed', reason ?? null, logged);
    });
    return this.get(actor, id);
  }

  private async recordChange(
    tx: Executor,
    context: RequestContext,
    catalogue: repo.CatalogueRow,
    projectId: string,
    action: CatalogueChangeAction,
    reason: string | null,
    logged: boolean,
  ): Promise<void> {
    if (logged && reason) {
      await repo.insertChange(tx, {
        catalogueId: catalogue.id,
        projectId,
        action,
        reason,
        changedBy: context.actor?.userId ?? null,
      });
    }
    await appendAudit(tx, context, [
      {
        action: action === 'added' ? 'catalogue.add_entry' : 'catalogue.remove_entry',
        entityType: 'catalogue',
        entityId: catalogue.id,
        after: { projectId, action, catalogueStatus: catalogue.status },
        reason,
      },
    ]);
  }

  /** A withdrawn project leaves every catalogue; published ones log why. */
  private async removeWithdrawnProject(
    tx: Executor,
    context: RequestContext,
    project: { id: string },
    reason: string,
  ): Promise<void> {
    const containing = await repo.lockCataloguesContaining(tx, project.id);
    for (const catalogue of containing) {
      await repo.deleteEntry(tx, catalogue.id, project.id);
      const logged = catalogueChangeIsLogged(catalogue.status as CatalogueStatus);
      await this.recordChange(
        tx,
        context,
        catalogue,
        project.id,
        'removed',
        `${WITHDRAWN_REASON_PREFIX}${reason}`,
        logged,
      );
    }
  }

  // ---- public ------------------------------------------------------------------------------

  /** Published catalogues that apply to a region: its own, its ancestors' and those below it. */
  async listPublished(filter: {
    region?: string;
    page: number;
    pageSize: number;
  }): Promise<{ items: CatalogueListItem[]; total: number }> {
    let where: SQL | undefined = eq(catalogues.status, 'published');
    if (filter.region) {
      const path = await this.reference.regionPath(filter.region);
      const { from, to } = regionCodeRange(filter.region);
      where = and(
        where,
        repo.coveringRegion(
          path.map((region) => region.code),
          and(gte(catalogues.regionCode, from), lt(catalogues.regionCode, to)),
        ),
      );
    }
    const page = await repo.listCatalogues(this.platform.db, {
      where,
      page: filter.page,
      pageSize: filter.pageSize,
    });
    return {
      items: await Promise.all(
        page.items.map(async (row) => ({ ...(await this.summary(row)), entryCount: row.entryCount })),
      ),
      total: page.total,
    };
  }

  async publicDetail(id: string): Promise<PublicCatalogueDetail> {
    const row = await repo.findCatalogue(this.platform.db, id);
    if (row?.status !== 'published') throw notFound();
    const entries = await repo.listEntries(this.platform.db, id);
    const projects = new Map(
      (await this.projects.findByIds(entries.map((e) => e.projectId))).map((p) => [p.id, p]),
    );
    const views: PublicCatalogueEntry[] = [];
    for (const entry of entries) {
      const project = projects.get(entry.projectId);
      if (!project || !this.projects.isPublic(project)) continue;
      views.push({ ...(await this.projects.publicView(project)), addedAt: entry.addedAt.toISOString() });
    }
    return { catalogue: await this.summary(row), entries: views, changes: await this.changes(id, false) };
  }

  /** The published catalogues a project is listed in, for its public page. */
  async publishedContaining(projectId: string): Promise<CatalogueSummary[]> {
    const rows = await repo.publishedContaining(this.platform.db, projectId);
    return Promise.all(rows.map((row) => this.summary(row)));
  }
}
