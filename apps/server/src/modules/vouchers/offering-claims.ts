import { type Executor, type Transaction, trainingVouchers, voucherOfferings } from '@qiancheng/db';
import { ERROR_CATALOG, type ErrorCode, formatMessage, type Locale } from '@qiancheng/domain';
import { type TargetGroupCode, targetGroup } from '@qiancheng/domain/reference/target-groups';
import { parentRegionCode } from '@qiancheng/domain/region/region-code';
import { type ClaimProblem, claimProblems } from '@qiancheng/domain/vouchers/offering-rules';
import type { VoucherKind } from '@qiancheng/domain/vouchers/voucher-rules';
import { and, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { appendAudit } from '../../platform/audit/recorder';
import { today } from '../../platform/clock';
import type { PlatformContext } from '../../platform/context';
import { AppError, fieldProblem } from '../../platform/http/app-error';
import type { Actor, RequestContext } from '../../platform/http/request-context';
import type { PeopleService } from '../people/service';
import type { ReferenceService } from '../reference/service';
import type { AvailableOfferingView, ClaimOfferingInput } from './offering-schemas';
import { type OfferingRow, offeringFacts, type VoucherOfferingsService } from './offerings-service';
import type { VoucherView } from './schemas';
import { termsOf, type VouchersService } from './service';

/** The region and the regions above it: the offerings of any of them reach a person of the region. */
function regionAndAncestors(code: string): string[] {
  const codes = [code];
  for (let parent = parentRegionCode(code); parent; parent = parentRegionCode(parent)) codes.push(parent);
  return codes;
}

/**
 * 领券: a worker sees the offerings open today for their region with whether they may claim and
 * why not, and claims one voucher, issued exactly as staff issue one. A claim locks the offering
 * row, so its count never passes the quantity however many claim at once.
 */
export class OfferingClaimsService {
  constructor(
    private readonly platform: PlatformContext,
    private readonly deps: {
      offerings: VoucherOfferingsService;
      vouchers: VouchersService;
      people: PeopleService;
      reference: ReferenceService;
    },
  ) {}

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
          offeringFacts(row),
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
        return { ...(await this.deps.offerings.present(row)), eligible: problems.length === 0, reasons };
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
    const offering = await this.deps.offerings.lock(tx, id);
    if (!offering) throw new AppError('vouchers.offering_not_found');
    const held = await this.deps.vouchers.lockUnused(tx, context, person.id);
    const [problem] = claimProblems(
      offeringFacts(offering),
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
}
