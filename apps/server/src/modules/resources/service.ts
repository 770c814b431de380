import { type Executor, teachingResources } from '@qiancheng/db';
import { can } from '@qiancheng/domain';
import {
  checkResourceSource,
  normaliseResourceUrl,
  sharingRegions,
} from '@qiancheng/domain/teachers/resources';
import { and, type SQL, sql } from 'drizzle-orm';
import { assertRecordInScope, isRegionInScope, regionScopeFilter } from '../../platform/access/region-scope';
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
import type { DocumentsService } from '../documents/service';
import type { InstitutionsService } from '../institutions/service';
import type { ReferenceService } from '../reference/service';
import * as repo from './repository';
import type { CreateResourceBody, ResourceListQuery } from './schemas';

export interface ResourceView {
  id: string;
  kind: string;
  title: string;
  occupationCode: string;
  occupationName: string;
  skillLevel: string | null;
  description: string | null;
  regionCode: string;
  regionName: string | null;
  documentId: string | null;
  url: string | null;
  document: { id: string; fileName: string; mediaType: string; sizeBytes: number } | null;
  institutionId: string | null;
  institutionName: string | null;
  status: 'active' | 'withdrawn';
  withdrawnAt: string | null;
  withdrawable: boolean;
  createdAt: string;
}

function auditView(row: repo.ResourceRow) {
  return {
    kind: row.kind,
    title: row.title,
    occupationCode: row.occupationCode,
    skillLevel: row.skillLevel,
    description: row.description,
    documentId: row.documentId,
    url: row.url,
    regionCode: row.regionCode,
    institutionId: row.institutionId,
    withdrawnAt: row.withdrawnAt,
  };
}

/** Who reads: an institution (with the regions whose shared resources reach it), or a bureau role. */
type Viewer = { institutionId: string; location: string; regions: string[] } | null;

/**
 * 教学资源库. A resource shared at region R is seen by staff whose scope covers R and by the
 * institutions located in R's subtree (an institution's resources are shared where it is located). Its contributor, or staff of its region, may withdraw it.
 */
export class ResourcesService {
  constructor(
    private readonly platform: PlatformContext,
    private readonly reference: ReferenceService,
    private readonly documents: DocumentsService,
    private readonly institutions: InstitutionsService,
  ) {}

  /** An institution sees what is shared where it is located (its registered region) and above. */
  private async viewerOf(actor: Actor, executor: Executor = this.platform.db): Promise<Viewer> {
    if (actor.role !== 'institution') return null;
    const institutionId = await this.institutions.ownInstitutionId(actor);
    const institution = await this.institutions.summary(institutionId, executor);
    if (!institution) throw new AppError('institutions.no_account_institution');
    const location = institution.regionCode;
    return { institutionId, location, regions: sharingRegions(location) };
  }

  private mayRead(actor: Actor, viewer: Viewer, row: repo.ResourceRow): boolean {
    if (!viewer) return isRegionInScope(actor, row.regionCode);
    if (row.institutionId === viewer.institutionId) return true;
    return row.withdrawnAt === null && viewer.regions.includes(row.regionCode);
  }

  private mayWithdraw(actor: Actor, viewer: Viewer, row: repo.ResourceRow): boolean {
    if (!can(actor.role, 'resources.manage') || row.withdrawnAt !== null) return false;
    if (viewer) return row.institutionId === viewer.institutionId;
    return isRegionInScope(actor, row.regionCode);
  }

  // ── For other modules ────────────────────────────────────────────────────────────────────────

  /**
   * Refuses resources the caller may not name in a filing: unknown, withdrawn, or not shared with
   * them. Problems name `resourceIds.<index>` and the resource's id. Answers the titles by id.
   */
  async assertUsable(
    tx: Executor,
    actor: Actor,
    resourceIds: readonly string[],
  ): Promise<Map<string, string>> {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    const viewer = await this.viewerOf(actor, tx);
    const rows = await repo.findResources(tx, [...new Set(resourceIds.filter((id) => uuid.test(id)))]);
    const usable = new Set(
      rows.filter((row) => row.withdrawnAt === null && this.mayRead(actor, viewer, row)).map((row) => row.id),
    );
    const problems = resourceIds.flatMap((resourceId, index) =>
      usable.has(resourceId)
        ? []
        : [fieldProblem(`resourceIds.${index}`, 'resource_not_usable', { resourceId })],
    );
    if (problems.length > 0) throw invalidFields(...problems);
    return new Map(rows.map((row) => [row.id, row.title]));
  }

  // ── Reading ──────────────────────────────────────────────────────────────────────────────────

  async list(actor: Actor, query: ResourceListQuery): Promise<{ items: ResourceView[]; total: number }> {
    const viewer = await this.viewerOf(actor);
    let scope: SQL;
    if (viewer) {
      scope =
        query.status === 'withdrawn'
          ? repo.contributedBy(viewer.institutionId)
          : repo.sharedWith(viewer.regions);
    } else {
      scope = regionScopeFilter(actor, teachingResources.regionCode) ?? sql`false`;
    }
    const where = and(scope, ...repo.filterConditions(query));
    const page = await repo.listResources(this.platform.db, where, query);
    return { items: await this.present(actor, viewer, page.items, false), total: page.total };
  }

  async get(actor: Actor, id: string): Promise<ResourceView> {
    const viewer = await this.viewerOf(actor);
    const record = await repo.findResource(this.platform.db, id);
    if (!record || !this.mayRead(actor, viewer, record)) throw notFound();
    const [view] = await this.present(actor, viewer, [record], true);
    return view!;
  }

  // ── Changing ─────────────────────────────────────────────────────────────────────────────────

  async create(context: RequestContext, input: CreateResourceBody): Promise<ResourceView> {
    const actor = context.actor!;
    const { regionCode, institutionId, problems } = await this.placement(
      actor,
      await this.viewerOf(actor),
      input.regionCode,
    );
    if (!(await this.reference.occupationsByCode([input.occupationCode])).has(input.occupationCode)) {
      problems.push(fieldProblem('occupationCode', 'unknown_occupation'));
    }
    let mediaType: string | null = null;
    if (input.documentId) {
      const document = await this.documents.get(actor, input.documentId).catch(() => null);
      if (!document) problems.push(fieldProblem('documentId', 'document_not_found'));
      else if (document.purpose !== 'resource') {
        problems.push(
          fieldProblem('documentId', 'document_wrong_purpose', {
            purposeZh: '教学资源',
            purposeEn: 'teaching resource',
          }),
        );
      } else mediaType = document.mediaType;
    }
    for (const p of checkResourceSource(input.kind, {
      documentId: input.documentId,
      url: input.url,
      mediaType,
    })) {
      problems.push(fieldProblem(p.field, p.reason, p.params));
    }
    if (problems.length > 0) throw invalidFields(...problems);

    const id = await this.platform.db.transaction(async (tx) => {
      await this.documents.assertAttachable(tx, actor, [{ field: 'documentId', id: input.documentId }]);
      const created = await repo.insertResource(tx, {
        regionCode,
        institutionId,
        kind: input.kind,
        title: input.title,
        occupationCode: input.occupationCode,
        skillLevel: input.skillLevel,
        description: input.description,
        documentId: input.documentId,
        url: input.url ? normaliseResourceUrl(input.url) : null,
        createdBy: actor.userId,
      });
      await appendAudit(tx, context, [
        {
          action: 'resource.create',
          entityType: 'teaching_resource',
          entityId: created.id,
          after: auditView(created),
        },
      ]);
      return created.id;
    });
    return this.get(actor, id);
  }

  async withdraw(context: RequestContext, id: string, reason: string | null): Promise<ResourceView> {
    const actor = context.actor!;
    const viewer = await this.viewerOf(actor);
    await this.platform.db.transaction(async (tx) => {
      const row = await repo.lockResource(tx, id);
      if (!row) throw notFound();
      if (viewer) {
        if (!this.mayRead(actor, viewer, row)) throw notFound();
        if (row.institutionId !== viewer.institutionId) throw new AppError('common.forbidden');
      } else {
        assertRecordInScope(actor, row.regionCode);
      }
      if (row.withdrawnAt) {
        throw new AppError('resources.already_withdrawn', {
          params: { withdrawnAt: row.withdrawnAt.toISOString().slice(0, 10) },
        });
      }
      const at = now();
      await repo.markWithdrawn(tx, id, at);
      await appendAudit(tx, context, [
        {
          action: 'resource.withdraw',
          entityType: 'teaching_resource',
          entityId: id,
          before: auditView(row),
          after: auditView({ ...row, withdrawnAt: at }),
          reason,
        },
      ]);
    });
    return this.get(actor, id);
  }

  /** Where a new resource is shared and who contributed it, with problems of a named region. */
  private async placement(actor: Actor, viewer: Viewer, requested: string | undefined) {
    const problems: FieldProblem[] = [];
    if (viewer) {
      if (requested) problems.push(fieldProblem('regionCode', 'resource_region_not_allowed'));
      return { regionCode: viewer.location, institutionId: viewer.institutionId, problems };
    }
    if (!actor.regionCode) throw new AppError('common.forbidden');
    if (requested && !(await this.reference.regionExists(requested))) {
      problems.push(fieldProblem('regionCode', 'unknown_region'));
    } else if (requested && !isRegionInScope(actor, requested)) {
      problems.push(fieldProblem('regionCode', 'region_outside_scope'));
    }
    return { regionCode: requested ?? actor.regionCode, institutionId: null, problems };
  }

  private async present(
    actor: Actor,
    viewer: Viewer,
    records: repo.ResourceRecord[],
    withDocument: boolean,
  ): Promise<ResourceView[]> {
    const contributors = await this.institutions.summaries(
      records.flatMap((r) => (r.institutionId ? [r.institutionId] : [])),
    );
    const views: ResourceView[] = [];
    for (const record of records) {
      const document =
        withDocument && record.documentId
          ? await this.documents.get(actor, record.documentId).catch(() => null)
          : null;
      views.push({
        id: record.id,
        kind: record.kind,
        title: record.title,
        occupationCode: record.occupationCode,
        occupationName: record.occupationName,
        skillLevel: record.skillLevel,
        description: record.description,
        regionCode: record.regionCode,
        regionName: await this.reference.regionName(record.regionCode),
        documentId: record.documentId,
        url: record.url,
        document: document
          ? {
              id: document.id,
              fileName: document.fileName,
              mediaType: document.mediaType,
              sizeBytes: document.sizeBytes,
            }
          : null,
        institutionId: record.institutionId,
        institutionName: record.institutionId ? (contributors.get(record.institutionId)?.name ?? null) : null,
        status: record.withdrawnAt ? 'withdrawn' : 'active',
        withdrawnAt: record.withdrawnAt?.toISOString() ?? null,
        withdrawable: this.mayWithdraw(actor, viewer, record),
        createdAt: record.createdAt.toISOString(),
      });
    }
    return views;
  }
}
