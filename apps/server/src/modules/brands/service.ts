import { type Executor, trainingBrands } from '@qiancheng/db';
import { isRegionScoped } from '@qiancheng/domain';
import {
  BRAND_ACTION_NAMES,
  BRAND_STATUS_NAMES,
  type BrandAction,
  type BrandStatus,
  defaultBatchTitle,
  nextBatchNumber,
  nextBrandStatus,
} from '@qiancheng/domain/brands/index';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import {
  assertRecordInScope,
  assertRegionInScope,
  effectiveRegion,
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
import type { InstitutionsService } from '../institutions/service';
import type { ReferenceService } from '../reference/service';
import { type Applicant, applicationProblems, type BrandInput } from './application-check';
import * as repo from './repository';
import {
  auditView,
  type BatchPreview,
  type BatchView,
  type BrandView,
  batchView,
  brandView,
  type PublicBatchDetail,
  type PublicBrandView,
  publicBrandView,
} from './views';

export type { BrandInput } from './application-check';

type Page = { page: number; pageSize: number };

export interface ApplicantContext {
  applicantKind: Applicant['kind'];
  regionCode: string;
  regionName: string;
  organizationName: string | null;
}

type Decision = Extract<BrandAction, 'approve' | 'return' | 'reject'>;

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e.code === '23505' || e.cause?.code === '23505';
}

function invalidTransition(status: BrandStatus, action: BrandAction): AppError {
  return new AppError('brands.invalid_transition', {
    params: {
      statusZh: BRAND_STATUS_NAMES[status]['zh-CN'],
      statusEn: BRAND_STATUS_NAMES[status]['en-US'],
      actionZh: BRAND_ACTION_NAMES[action]['zh-CN'],
      actionEn: BRAND_ACTION_NAMES[action]['en-US'],
    },
  });
}

/** Attempts at numbering a batch when another publication of the region took the number first. */
const BATCH_NUMBER_ATTEMPTS = 3;

/**
 * 培训品牌 (notice measure 四(八)): institutions apply for their own brands, staff for regions of
 * their scope; staff whose scope covers a brand's region review it; approved brands are published
 * in numbered batches per region and listed on the portal.
 */
export class BrandsService {
  constructor(
    private readonly platform: PlatformContext,
    private readonly reference: ReferenceService,
    private readonly institutions: InstitutionsService,
  ) {}

  private requireActor(context: RequestContext): Actor {
    if (!context.actor) throw new AppError('auth.unauthenticated');
    return context.actor;
  }

  private ownInstitutionId(actor: Actor): string {
    if (!actor.organizationId) throw new AppError('institutions.no_account_institution');
    return actor.organizationId;
  }

  /** The brands an actor may read: an institution its own, region-scoped roles their region's. */
  private readScope(actor: Actor): SQL {
    if (actor.role === 'institution') return eq(trainingBrands.institutionId, this.ownInstitutionId(actor));
    if (isRegionScoped(actor.role)) return regionScopeFilter(actor, trainingBrands.regionCode) ?? sql`false`;
    throw new AppError('common.forbidden');
  }

  /** 404 unless the actor may read the brand. */
  private assertVisible(actor: Actor, brand: repo.BrandRow): void {
    if (actor.role === 'institution') {
      if (brand.institutionId !== this.ownInstitutionId(actor)) throw notFound();
    } else {
      assertRecordInScope(actor, brand.regionCode);
    }
  }

  /** Who the actor applies as; an institution must be approved and in good standing. */
  private async applicant(actor: Actor): Promise<Applicant> {
    if (actor.role !== 'institution') {
      if (!isRegionScoped(actor.role)) throw new AppError('common.forbidden');
      return { kind: 'region' };
    }
    const institutionId = this.ownInstitutionId(actor);
    const institution = await this.institutions.summary(institutionId);
    if (!institution) throw new AppError('institutions.no_account_institution');
    await this.institutions.assertMayParticipate(this.platform.db, institutionId, 'apply');
    return {
      kind: 'institution',
      institutionId,
      institutionName: institution.name,
      regionCode: institution.regionCode,
    };
  }

  private async checkInput(actor: Actor, applicant: Applicant, input: BrandInput, exceptId?: string) {
    const problems = await applicationProblems(
      this.reference,
      actor,
      applicant,
      input,
      async (name) => (await repo.findNameHolder(this.platform.db, name, exceptId)) !== null,
    );
    if (problems.length) throw invalidFields(...problems);
  }

  /** A write that lost a race for the name to another application reports it like the check does. */
  private async nameRace<T>(name: string, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      throw invalidFields(fieldProblem('name', 'brand_name_taken', { name }));
    }
  }

  private async institutionNames(
    executor: Executor,
    records: readonly repo.BrandRecord[],
  ): Promise<Map<string, string>> {
    const ids = records.flatMap((r) => (r.brand.institutionId ? [r.brand.institutionId] : []));
    const summaries = await this.institutions.summaries(ids, executor);
    return new Map([...summaries].map(([id, summary]) => [id, summary.name]));
  }

  private async present(executor: Executor, records: repo.BrandRecord[]): Promise<BrandView[]> {
    const names = await this.institutionNames(executor, records);
    return records.map((r) =>
      brandView(r, r.brand.institutionId ? (names.get(r.brand.institutionId) ?? null) : null),
    );
  }

  private async presentPublic(records: repo.BrandRecord[]): Promise<PublicBrandView[]> {
    const names = await this.institutionNames(this.platform.db, records);
    return records.map((r) =>
      publicBrandView(r, r.brand.institutionId ? (names.get(r.brand.institutionId) ?? null) : null),
    );
  }

  private async view(executor: Executor, id: string): Promise<BrandView> {
    const record = await repo.findBrandRecord(executor, id);
    if (!record) throw notFound();
    const [view] = await this.present(executor, [record]);
    return view!;
  }

  // ---- applications ------------------------------------------------------------------------

  /**
   * Whom the actor applies as and where: an institution for its registered region (refused while it
   * may not apply), staff for their own region. The form offers that region and checks names with
   * the organisation name.
   */
  async applicantContext(actor: Actor): Promise<ApplicantContext> {
    const applicant = await this.applicant(actor);
    const regionCode = applicant.kind === 'institution' ? applicant.regionCode : actor.regionCode;
    if (!regionCode) throw new AppError('common.forbidden');
    return {
      applicantKind: applicant.kind,
      regionCode,
      regionName: (await this.reference.regionName(regionCode)) ?? regionCode,
      organizationName: applicant.kind === 'institution' ? applicant.institutionName : null,
    };
  }

  async list(actor: Actor, filter: repo.BrandFilter & Page): Promise<{ items: BrandView[]; total: number }> {
    const scope = this.readScope(actor);
    if (filter.region) {
      if (!(await this.reference.regionExists(filter.region))) {
        throw invalidFields(fieldProblem('region', 'unknown_region'));
      }
      if (isRegionScoped(actor.role)) assertRegionInScope(actor, filter.region);
    }
    const page = await repo.listBrands(
      this.platform.db,
      and(scope, ...repo.filterConditions(filter)),
      filter,
    );
    return { items: await this.present(this.platform.db, page.items), total: page.total };
  }

  async get(actor: Actor, id: string): Promise<BrandView> {
    const record = await repo.findBrandRecord(this.platform.db, id);
    if (!record) throw notFound();
    this.assertVisible(actor, record.brand);
    const [view] = await this.present(this.platform.db, [record]);
    return view!;
  }

  async apply(context: RequestContext, input: BrandInput): Promise<BrandView> {
    const actor = this.requireActor(context);
    const applicant = await this.applicant(actor);
    await this.checkInput(actor, applicant, input);
    return this.nameRace(input.name, () =>
      this.platform.db.transaction(async (tx) => {
        const created = await repo.insertBrand(tx, {
          name: input.name,
          applicantKind: applicant.kind,
          institutionId: applicant.kind === 'institution' ? applicant.institutionId : null,
          regionCode: input.regionCode,
          occupationCode: input.occupationCode,
          description: input.description,
          status: 'submitted',
          createdBy: actor.userId,
        });
        await appendAudit(tx, context, [
          {
            action: 'brand.apply',
            entityType: 'training_brand',
            entityId: created.id,
            after: auditView(created),
          },
        ]);
        return this.view(tx, created.id);
      }),
    );
  }

  /**
   * The applicant edits a returned application and submits it again: an institution its own, staff
   * a region's application within their scope.
   */
  async resubmit(context: RequestContext, id: string, input: BrandInput): Promise<BrandView> {
    const actor = this.requireActor(context);
    const current = await repo.findBrandRecord(this.platform.db, id);
    if (!current) throw notFound();
    this.assertVisible(actor, current.brand);
    const applicantKind = actor.role === 'institution' ? 'institution' : 'region';
    if (current.brand.applicantKind !== applicantKind) throw new AppError('brands.not_applicant');
    const status = current.brand.status as BrandStatus;
    if (!nextBrandStatus(status, 'resubmit')) throw invalidTransition(status, 'resubmit');
    const applicant = await this.applicant(actor);
    await this.checkInput(actor, applicant, input, id);
    return this.nameRace(input.name, () =>
      this.platform.db.transaction(async (tx) => {
        const before = await repo.lockBrand(tx, id);
        if (!before) throw notFound();
        const locked = before.status as BrandStatus;
        const next = nextBrandStatus(locked, 'resubmit');
        if (!next) throw invalidTransition(locked, 'resubmit');
        const after = await repo.updateBrand(tx, id, { ...input, status: next });
        await appendAudit(tx, context, [
          {
            action: 'brand.resubmit',
            entityType: 'training_brand',
            entityId: id,
            before: auditView(before),
            after: auditView(after),
          },
        ]);
        return this.view(tx, id);
      }),
    );
  }

  /** Staff whose scope covers the brand's region approve, return or reject it. */
  async review(
    context: RequestContext,
    id: string,
    decision: Decision,
    reason: string | null,
  ): Promise<BrandView> {
    const actor = this.requireActor(context);
    return this.platform.db.transaction(async (tx) => {
      const before = await repo.lockBrand(tx, id);
      if (!before) throw notFound();
      assertRecordInScope(actor, before.regionCode);
      const status = before.status as BrandStatus;
      const next = nextBrandStatus(status, decision);
      if (!next) throw invalidTransition(status, decision);
      const after = await repo.updateBrand(tx, id, {
        status: next,
        reviewNote: reason,
        reviewedBy: actor.userId,
        reviewedAt: new Date(),
      });
      await appendAudit(tx, context, [
        {
          action: `brand.${decision}`,
          entityType: 'training_brand',
          entityId: id,
          before: auditView(before),
          after: auditView(after),
          reason,
        },
      ]);
      return this.view(tx, id);
    });
  }

  // ---- batches -----------------------------------------------------------------------------

  /** What publishing a batch for the region would publish now, with its number and default title. */
  async preview(actor: Actor, requested: string | undefined): Promise<BatchPreview> {
    const regionCode = effectiveRegion(actor, requested);
    const regionName = (await this.reference.regionName(regionCode)) ?? regionCode;
    const number = nextBatchNumber(await repo.maxBatchNumber(this.platform.db, regionCode));
    const records = await repo.approvedRecords(this.platform.db, regionCode);
    return {
      regionCode,
      regionName,
      number,
      title: defaultBatchTitle(regionName, number),
      brands: await this.present(this.platform.db, records),
    };
  }

  /**
   * Publishes approved brands of a region's subtree as the region's next numbered batch: those named
   * (each must still be approved and inside the region), or all of them. The approved rows are
   * locked first, so publications of one region queue; the unique (region, number) index catches
   * any that still meet, and the loser numbers again.
   */
  async publishBatch(
    context: RequestContext,
    input: { regionCode?: string; title?: string; brandIds?: string[] },
  ): Promise<BatchView> {
    const actor = this.requireActor(context);
    const regionCode = effectiveRegion(actor, input.regionCode);
    const regionName = (await this.reference.regionName(regionCode)) ?? regionCode;
    for (let attempt = 1; ; attempt++) {
      try {
        const batchId = await this.platform.db.transaction((tx) =>
          this.publishOnce(tx, context, actor, regionCode, regionName, input),
        );
        const record = await repo.findBatch(this.platform.db, batchId);
        if (!record) throw notFound();
        return batchView(record);
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= BATCH_NUMBER_ATTEMPTS) throw error;
      }
    }
  }

  private async publishOnce(
    tx: Executor,
    context: RequestContext,
    actor: Actor,
    regionCode: string,
    regionName: string,
    input: { title?: string; brandIds?: string[] },
  ): Promise<string> {
    const approved = await repo.lockApproved(tx, regionCode);
    let chosen = approved;
    if (input.brandIds) {
      const byId = new Map(approved.map((brand) => [brand.id, brand]));
      const problems: FieldProblem[] = [];
      chosen = [];
      input.brandIds.forEach((id, index) => {
        const brand = byId.get(id);
        if (!brand) problems.push(fieldProblem(`brandIds.${index}`, 'brand_not_publishable'));
        else if (!chosen.includes(brand)) chosen.push(brand);
      });
      if (problems.length) throw invalidFields(...problems);
    }
    if (chosen.length === 0) throw new AppError('brands.batch_empty', { params: { regionName } });
    const number = nextBatchNumber(await repo.maxBatchNumber(tx, regionCode));
    const batch = await repo.insertBatch(tx, {
      regionCode,
      number,
      title: input.title ?? defaultBatchTitle(regionName, number),
      publishedBy: actor.userId,
    });
    const ids = chosen.map((brand) => brand.id);
    await repo.publishInBatch(tx, ids, batch.id);
    await appendAudit(tx, context, [
      {
        action: 'brand_batch.publish',
        entityType: 'brand_batch',
        entityId: batch.id,
        after: { regionCode, number, title: batch.title, brandIds: ids },
      },
      ...chosen.map((brand) => ({
        action: 'brand.publish',
        entityType: 'training_brand',
        entityId: brand.id,
        before: { status: brand.status, batchId: brand.batchId },
        after: { status: 'published', batchId: batch.id, batchNumber: number },
      })),
    ]);
    return batch.id;
  }

  // ---- public ------------------------------------------------------------------------------

  async listPublic(filter: repo.BrandFilter & Page): Promise<{ items: PublicBrandView[]; total: number }> {
    const where = and(
      eq(trainingBrands.status, 'published'),
      ...repo.filterConditions({ ...filter, status: undefined }),
    );
    const page = await repo.listBrands(this.platform.db, where, filter, 'batch');
    return { items: await this.presentPublic(page.items), total: page.total };
  }

  /** Published batches that concern a region: its own, its ancestors' and those below it. */
  async listPublicBatches(
    filter: { region?: string } & Page,
  ): Promise<{ items: BatchView[]; total: number }> {
    let where: SQL | undefined;
    if (filter.region) {
      const path = await this.reference.regionPath(filter.region);
      where = repo.batchesCovering(
        path.map((region) => region.code),
        filter.region,
      );
    }
    const page = await repo.listBatches(this.platform.db, where, filter);
    return { items: page.items.map(batchView), total: page.total };
  }

  async publicBatch(id: string): Promise<PublicBatchDetail> {
    const record = await repo.findBatch(this.platform.db, id);
    if (!record) throw notFound();
    return {
      batch: batchView(record),
      brands: await this.presentPublic(await repo.brandsOfBatch(this.platform.db, id)),
    };
  }
}
