import { type Executor, type Transaction, trainingVouchers, voucherOfferings } from '@qiancheng/db';
import { ERROR_CATALOG, type ErrorCode, formatMessage, type Locale } from '@qiancheng/domain';
import { type TargetGroupCode, targetGroup } from '@qiancheng/domain/reference/target-groups';
import { parentRegionCode } from '@qiancheng/domain/region/region-code';
import {
  type ClaimProblem,
  claimProblems,
  type OfferingFacts,
  type OfferingStatus,
  offeringProblems,
  offeringTransitionProblem,
} from '@qiancheng/domain/vouchers/offering-rules';
import { type VoucherKind, voucherTermsProblems } from '@qiancheng/domain/vouchers/voucher-rules';
import { and, count, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { isRegionInScope, regionScopeFilter } from '../../platform/access/region-scope';
import { appendAudit } from '../../platform/audit/recorder';
import { now, today } from '../../platform/clock';
import type { PlatformContext } from '../../platform/context';
import { AppError, fieldProblem, invalidFields } from '../../platform/http/app-error';
import type { Actor, RequestContext } from '../../platform/http/request-context';
import type { PeopleService } from '../people/service';
import type { ReferenceService } from '../reference/service';
import type {
  AvailableOfferingView,
  ClaimOfferingInput,
  CreateOfferingInput,
  OfferingListQuery,
  OfferingView,
} from './offering-schemas';
import type { VoucherView } from './schemas';
import { termsOf, type VouchersService } from './service';

type OfferingRow = typeof voucherOfferings.$inferSelect;

const facts = (row: OfferingRow): OfferingFacts => ({
  ...row,
  status: row.status as OfferingStatus,
  targetGroups: row.targetGroups as TargetGroupCode[],
});

/** The region and the regions above it: the offerings of any of them reach a person of the region. */
function regionAndAncestors(code: string): string[] {
  const codes = [code];
  for (let parent = parentRegionCode(code); parent; parent = parentRegionCode(parent)) codes.push(parent);
  return codes;
}

const FOREIGN_KEYS = [
  ['voucher_offerings_project_id', 'projectId', 'voucher_project_unknown'],
  ['voucher_offerings_institution_id', 'institutionId', 'voucher_institution_unknown'],
] as const;

/**
 * 领券活动. Staff of a region set up an offering of vouchers on one set of terms for the region's
 * workers, open and close it; a worker sees the offerings open today for their region with whether
 * they may claim and why not, and claims one voucher, issued exactly as staff issue one. A claim
 * locks the offering row, so its count never passes the quantity however many claim at once.
 */
export class VoucherOfferingsService {
  constructor(
    private readonly platform: PlatformContext,
    private readonly deps: { vouchers: VouchersService; people: PeopleService; reference: ReferenceService },
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
      const problem = offeringTransitionProblem(facts(offering), to, today());
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

  /**
   * 可领取的培训券: the offerings open today for the worker's region (theirs, their city's, their
   * province's), each with whether they may claim it and every reason they may not. Whether they
   * belong to an offering's target groups is declared at the claim, so it is not a reason here.
   */
  async available(context: RequestContext): Promise<AvailableOfferingView[]> {
    const { person } = await this.claimant(this.platform.db, context.actor!);
    const day = today();
    const rows = await this.platform.db
      .select()
      .from(voucherOfferings)
      .where(
        and(
          inArray(voucherOfferings.regionCode, regionAndAncestors(person.regionCode)),
          eq(voucherOfferings.status, 'open'),
          lte(voucherOfferings.claimFrom, day),
          gte(voucherOfferings.claimTo, day),
        ),
      )
      .orderBy(voucherOfferings.claimTo, voucherOfferings.createdAt);
    const [held] = await this.platform.db
      .select({ code: trainingVouchers.code })
      .from(trainingVouchers)
      .where(
        and(
          eq(trainingVouchers.personId, person.id),
          eq(trainingVouchers.status, 'issued'),
          gte(trainingVouchers.validUntil, day),
        ),
      );
    return Promise.all(
      rows.map(async (row) => {
        const problems = claimProblems(
          facts(row),
          { birthDate: person.birthDate, regionCode: person.regionCode, holdsUnusedVoucher: Boolean(held) },
          day,
        );
        const reasons = await Promise.all(
          problems.map(async (problem) => {
            const code: ErrorCode = `vouchers.${problem}`;
            const params = await this.problemParams(row, context.locale, held?.code);
            return { code, message: formatMessage(ERROR_CATALOG[code][context.locale], params) };
          }),
        );
        return { ...(await this.present(row)), eligible: problems.length === 0, reasons };
      }),
    );
  }

  /**
   * 领取: the worker claims one voucher of an offering. With the offering row locked, the claim is
   * checked on today's facts (refused with its first reason), the voucher issued as staff issue one
   * (recording the offering and the declared group) and the offering's count raised.
   */
  async claim(
    tx: Transaction,
    context: RequestContext,
    id: string,
    input: ClaimOfferingInput,
  ): Promise<VoucherView> {
    const { person } = await this.claimant(tx, context.actor!);
    const offering = await this.lock(tx, id);
    if (!offering) throw new AppError('vouchers.offering_not_found');
    const held = await this.deps.vouchers.lockUnused(tx, context, person.id);
    const [problem] = claimProblems(
      facts(offering),
      {
        birthDate: person.birthDate,
        regionCode: person.regionCode,
        holdsUnusedVoucher: held !== null,
        targetGroup: input.targetGroup,
      },
      today(),
    );
    if (problem) throw await this.refusal(problem, offering, context.locale, held?.code);
    const granted = await this.deps.vouchers.grant(
      tx,
      context,
      person,
      termsOf({ ...offering, kind: offering.kind as VoucherKind }),
      {
        note: offering.name,
        offeringId: offering.id,
        targetGroup: offering.targetGroups.length > 0 ? input.targetGroup : null,
      },
    );
    if ('heldCode' in granted) {
      throw await this.refusal('offering_holds_voucher', offering, context.locale, granted.heldCode);
    }
    await tx
      .update(voucherOfferings)
      .set({ claimedCount: sql`${voucherOfferings.claimedCount} + 1` })
      .where(eq(voucherOfferings.id, id));
    await appendAudit(tx, context, [
      {
        action: 'voucher_offering.claim',
        entityType: 'voucher_offering',
        entityId: id,
        before: { claimedCount: offering.claimedCount },
        after: {
          claimedCount: offering.claimedCount + 1,
          voucherId: granted.voucher.id,
          targetGroup: granted.voucher.targetGroup,
        },
      },
    ]);
    return this.deps.vouchers.present(tx, granted.voucher);
  }

  private async claimant(db: Executor, actor: Actor) {
    const person = actor.personId
      ? (await this.deps.people.identities(db, [actor.personId])).get(actor.personId)
      : undefined;
    if (!person) throw new AppError('vouchers.claimant_not_registered');
    return { person };
  }

  private async lock(tx: Transaction, id: string): Promise<OfferingRow | undefined> {
    const [row] = await tx.select().from(voucherOfferings).where(eq(voucherOfferings.id, id)).for('update');
    return row;
  }

  private async refusal(
    problem: ClaimProblem,
    offering: OfferingRow,
    locale: Locale,
    heldCode: string | undefined,
  ): Promise<AppError> {
    const params = await this.problemParams(offering, locale, heldCode);
    const details =
      problem === 'offering_group_required' ? [fieldProblem('targetGroup', 'required')] : undefined;
    return new AppError(`vouchers.${problem}`, { params, details });
  }

  /** What the refusals' messages name: the window, the quantity, the region, the ages, the groups. */
  private async problemParams(offering: OfferingRow, locale: Locale, heldCode: string | undefined) {
    return {
      claimFrom: offering.claimFrom,
      claimTo: offering.claimTo,
      quantity: offering.quantity,
      regionName: (await this.deps.reference.regionName(offering.regionCode)) ?? offering.regionCode,
      minAge: offering.minAge ?? '',
      maxAge: offering.maxAge ?? '',
      groups: offering.targetGroups
        .map((code) => targetGroup(code as TargetGroupCode).name[locale])
        .join(locale === 'zh-CN' ? '、' : ', '),
      code: heldCode ?? '—',
    };
  }

  private async present(row: OfferingRow): Promise<OfferingView> {
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
