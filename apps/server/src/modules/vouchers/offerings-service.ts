import { type Transaction, voucherOfferings } from '@qiancheng/db';
import type { TargetGroupCode } from '@qiancheng/domain/reference/target-groups';
import {
  type OfferingFacts,
  type OfferingStatus,
  offeringProblems,
  offeringTransitionProblem,
} from '@qiancheng/domain/vouchers/offering-rules';
import { voucherTermsProblems } from '@qiancheng/domain/vouchers/voucher-rules';
import { and, count, desc, eq } from 'drizzle-orm';
import { isRegionInScope, regionScopeFilter } from '../../platform/access/region-scope';
import { appendAudit } from '../../platform/audit/recorder';
import { now, today } from '../../platform/clock';
import type { PlatformContext } from '../../platform/context';
import { AppError, fieldProblem, invalidFields } from '../../platform/http/app-error';
import type { Actor, RequestContext } from '../../platform/http/request-context';
import type { ReferenceService } from '../reference/service';
import type { CreateOfferingInput, OfferingListQuery, OfferingView } from './offering-schemas';
import { termsOf } from './service';

export type OfferingRow = typeof voucherOfferings.$inferSelect;

export const offeringFacts = (row: OfferingRow): OfferingFacts => ({
  ...row,
  status: row.status as OfferingStatus,
  targetGroups: row.targetGroups as TargetGroupCode[],
});

const FOREIGN_KEYS = [
  ['voucher_offerings_project_id', 'projectId', 'voucher_project_unknown'],
  ['voucher_offerings_institution_id', 'institutionId', 'voucher_institution_unknown'],
] as const;

/**
 * 领券活动 as staff keep them: an offering of vouchers on one set of terms for the region's workers,
 * set up as a draft, opened for claims and closed. Workers claim through `OfferingClaimsService`.
 */
export class VoucherOfferingsService {
  constructor(
    private readonly platform: PlatformContext,
    private readonly deps: { reference: ReferenceService },
  ) {}

  async create(context: RequestContext, input: CreateOfferingInput): Promise<OfferingView> {
    const actor = context.actor!;
    const regionCode = input.regionCode ?? actor.regionCode ?? '';
    if (!isRegionInScope(actor, regionCode))
      throw invalidFields(fieldProblem('regionCode', 'region_outside_scope'));
    if (!(await this.deps.reference.regionExists(regionCode)))
      throw invalidFields(fieldProblem('regionCode', 'unknown_region'));
    const terms = termsOf(input);
    const problems = [
      ...voucherTermsProblems(terms).map((p) => fieldProblem(p.field, p.reason)),
      ...offeringProblems(input, today()).map((p) =>
        fieldProblem(p.field, p.reason, p.reason === 'date_in_past' ? { today: today() } : undefined),
      ),
    ];
    if (problems.length > 0) throw invalidFields(...problems);
    const at = now();
    try {
      return await this.platform.db.transaction(async (tx) => {
        const [row] = (await tx
          .insert(voucherOfferings)
          .values({
            name: input.name,
            regionCode,
            ...terms,
            quantity: input.quantity,
            claimFrom: input.claimFrom,
            claimTo: input.claimTo,
            minAge: input.minAge,
            maxAge: input.maxAge,
            targetGroups: input.targetGroups,
            status: 'draft',
            note: input.note || null,
            createdBy: actor.userId,
            createdAt: at,
            statusChangedAt: at,
          })
          .returning()) as [OfferingRow];
        await appendAudit(tx, context, [
          { action: 'voucher_offering.create', entityType: 'voucher_offering', entityId: row.id, after: row },
        ]);
        return this.present(row);
      });
    } catch (error) {
      const text = String((error as { cause?: unknown })?.cause ?? error);
      const unknown = FOREIGN_KEYS.find(([constraint]) => text.includes(constraint));
      if (unknown) throw invalidFields(fieldProblem(unknown[1], unknown[2]));
      throw error;
    }
  }

  /** 开放 / 关闭: an offering opens from draft or closed while its window lasts, and closes when open. */
  async setStatus(context: RequestContext, id: string, to: 'open' | 'closed'): Promise<OfferingView> {
    return this.platform.db.transaction(async (tx) => {
      const offering = await this.lock(tx, id);
      if (!offering || !isRegionInScope(context.actor!, offering.regionCode))
        throw new AppError('vouchers.offering_not_found');
      const problem = offeringTransitionProblem(offeringFacts(offering), to, today());
      if (problem) throw new AppError(`vouchers.${problem}`, { params: { claimTo: offering.claimTo } });
      const [row] = (await tx
        .update(voucherOfferings)
        .set({ status: to, statusChangedAt: now() })
        .where(eq(voucherOfferings.id, id))
        .returning()) as [OfferingRow];
      await appendAudit(tx, context, [
        {
          action: `voucher_offering.${to === 'open' ? 'open' : 'close'}`,
          entityType: 'voucher_offering',
          entityId: id,
          before: { status: offering.status },
          after: { status: row.status },
        },
      ]);
      return this.present(row);
    });
  }

  async list(actor: Actor, query: OfferingListQuery): Promise<{ items: OfferingView[]; total: number }> {
    const where = and(
      regionScopeFilter(actor, voucherOfferings.regionCode),
      query.status ? eq(voucherOfferings.status, query.status) : undefined,
    );
    const [rows, [counted]] = await Promise.all([
      this.platform.db
        .select()
        .from(voucherOfferings)
        .where(where)
        .orderBy(desc(voucherOfferings.createdAt), desc(voucherOfferings.id))
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize),
      this.platform.db.select({ total: count() }).from(voucherOfferings).where(where),
    ]);
    return { items: await Promise.all(rows.map((row) => this.present(row))), total: counted?.total ?? 0 };
  }

  async lock(tx: Transaction, id: string): Promise<OfferingRow | undefined> {
    const [row] = await tx.select().from(voucherOfferings).where(eq(voucherOfferings.id, id)).for('update');
    return row;
  }

  async present(row: OfferingRow): Promise<OfferingView> {
    return {
      id: row.id,
      name: row.name,
      regionCode: row.regionCode,
      regionName: await this.deps.reference.regionName(row.regionCode),
      kind: row.kind as OfferingView['kind'],
      faceValueFen: row.faceValueFen,
      percentBasisPoints: row.percentBasisPoints,
      capFen: row.capFen,
      projectId: row.projectId,
      occupationCode: row.occupationCode,
      institutionId: row.institutionId,
      quantity: row.quantity,
      claimedCount: row.claimedCount,
      claimFrom: row.claimFrom,
      claimTo: row.claimTo,
      minAge: row.minAge,
      maxAge: row.maxAge,
      targetGroups: row.targetGroups as TargetGroupCode[],
      status: row.status as OfferingStatus,
      note: row.note,
      createdAt: row.createdAt.toISOString(),
    };
  }
}
