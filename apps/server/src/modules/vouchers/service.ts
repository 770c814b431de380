import { randomInt } from 'node:crypto';
import { type Executor, type Transaction, trainingVouchers } from '@qiancheng/db';
import { parseIdNumber } from '@qiancheng/domain/identity/id-number';
import {
  effectiveVoucherStatus,
  isVoucherCode,
  redemptionProblem,
  type VoucherStatus,
  type VoucherTerms,
  voucherCode,
  voucherMaxFen,
  voucherTermsProblems,
  voucherValidUntil,
  voucherValueFen,
} from '@qiancheng/domain/vouchers/voucher-rules';
import { and, asc, count, desc, eq, gte, inArray, lt, or, type SQL } from 'drizzle-orm';
import { effectiveRegion, isRegionInScope, regionScopeFilter } from '../../platform/access/region-scope';
import { appendAudit } from '../../platform/audit/recorder';
import { now, today } from '../../platform/clock';
import type { PlatformContext } from '../../platform/context';
import { AppError, fieldProblem, invalidFields, notFound } from '../../platform/http/app-error';
import type { Actor, RequestContext } from '../../platform/http/request-context';
import type { ClassesService } from '../classes/service';
import type { FundsService } from '../funds/service';
import type { PeopleService } from '../people/service';
import type { VoucherCardSync } from './card-sync';
import type { IssueVoucherInput, RedeemVoucherInput, VoucherListQuery, VoucherView } from './schemas';

type VoucherRow = typeof trainingVouchers.$inferSelect;

/** A status as the list reads it: an unused voucher past its last day is expired. */
function statusCondition(status: VoucherStatus, day: string): SQL | undefined {
  const unused = eq(trainingVouchers.status, 'issued');
  if (status === 'issued') return and(unused, gte(trainingVouchers.validUntil, day));
  if (status === 'expired')
    return or(eq(trainingVouchers.status, 'expired'), and(unused, lt(trainingVouchers.validUntil, day)));
  return eq(trainingVouchers.status, status);
}

/** The terms of a voucher as a request states them: only the kind's own amounts are kept. */
export function termsOf(
  input: Omit<VoucherTerms, 'projectId' | 'occupationCode' | 'institutionId'> & Partial<VoucherTerms>,
): VoucherTerms {
  return {
    kind: input.kind,
    faceValueFen: input.kind === 'face_value' ? input.faceValueFen : null,
    percentBasisPoints: input.kind === 'percentage' ? input.percentBasisPoints : null,
    capFen: input.kind === 'percentage' ? input.capFen : null,
    projectId: input.projectId ?? null,
    occupationCode: input.occupationCode ?? null,
    institutionId: input.institutionId ?? null,
  };
}

/** Vouchers pay for training from the employment subsidy fund, as the training subsidy does. */
const FUND = 'employment_subsidy' as const;

function isUniqueViolation(error: unknown, index: string): boolean {
  return String((error as { cause?: unknown })?.cause ?? error).includes(index);
}

/**
 * 职业培训券. Staff of a region issue a voucher to a registered person of it, committing its most
 * against the nearest employment-subsidy budget; the institution that enrols the holder redeems it
 * by its code, which brings the commitment down to what it covers of the class's fee; an unused
 * voucher past its last day is expired by the sweep (or when its holder is issued another) and its
 * commitment released, as is a cancelled one's.
 */
export class VouchersService {
  constructor(
    private readonly platform: PlatformContext,
    private readonly deps: {
      people: PeopleService;
      funds: FundsService;
      classes: ClassesService;
      cardSync: VoucherCardSync;
    },
  ) {}

  async issue(tx: Transaction, context: RequestContext, input: IssueVoucherInput): Promise<VoucherView> {
    const actor = context.actor!;
    const parsed = parseIdNumber(input.idNumber.toUpperCase());
    if (!parsed.ok) throw invalidFields(fieldProblem('idNumber', `id_number_${parsed.reason}`));
    const person = (await this.deps.people.findByIdNumbers(tx, [parsed.value.idNumber])).get(
      parsed.value.idNumber,
    );
    const identity = person ? (await this.deps.people.identities(tx, [person.id])).get(person.id) : undefined;
    if (!person || !identity) throw invalidFields(fieldProblem('idNumber', 'voucher_person_unknown'));
    if (!isRegionInScope(actor, identity.regionCode)) {
      throw invalidFields(fieldProblem('idNumber', 'region_outside_scope'));
    }
    const terms = termsOf(input);
    const problems = voucherTermsProblems(terms);
    if (problems.length > 0) throw invalidFields(...problems.map((p) => fieldProblem(p.field, p.reason)));
    const granted = await this.grant(tx, context, identity, terms, { note: input.note || null });
    if ('heldCode' in granted) {
      throw new AppError('vouchers.person_holds_voucher', { params: { code: granted.heldCode } });
    }
    return this.present(tx, granted.voucher);
  }

  /**
   * The person's unused voucher still in date, locked; one past its date is expired on the way
   * (releasing its money), so the person may be issued another.
   */
  async lockUnused(tx: Transaction, context: RequestContext, personId: string): Promise<VoucherRow | null> {
    const [held] = await tx
      .select()
      .from(trainingVouchers)
      .where(and(eq(trainingVouchers.personId, personId), eq(trainingVouchers.status, 'issued')))
      .for('update');
    if (!held) return null;
    if (effectiveVoucherStatus('issued', held.validUntil, today()) === 'issued') return held;
    await this.close(tx, context, held, 'expired', '有效期届满');
    return null;
  }

  /**
   * Issues a voucher on checked terms to a person, as staff issue it and as a worker's claim does:
   * valid three months from today, its most committed against the nearest employment-subsidy
   * budget of the person's region, audited. Issues nothing when the person holds an unused
   * voucher, and answers its code (`—` when a concurrent grant's is not yet visible).
   */
  async grant(
    tx: Transaction,
    context: RequestContext,
    person: { id: string; regionCode: string },
    terms: VoucherTerms,
    extra: { note: string | null; offeringId?: string; targetGroup?: string | null },
  ): Promise<{ voucher: VoucherRow } | { heldCode: string }> {
    const held = await this.lockUnused(tx, context, person.id);
    if (held) return { heldCode: held.code };
    const day = today();
    const year = Number(day.slice(0, 4));
    const budget = await this.deps.funds.nearestBudget(tx, person.regionCode, year, FUND);
    const maxFen = voucherMaxFen(terms);
    const id = crypto.randomUUID();
    await this.deps.funds.commit(tx, context, {
      budget: budget ? { budgetId: budget.id } : { regionCode: person.regionCode, year, source: FUND },
      amountFen: maxFen,
      ref: { type: 'voucher', id },
      note: extra.offeringId ? '职业培训券（领券）' : '职业培训券',
    });
    let row: VoucherRow;
    try {
      [row] = (await tx
        .insert(trainingVouchers)
        .values({
          id,
          code: voucherCode(String(randomInt(0, 10_000_000_000)).padStart(10, '0')),
          regionCode: person.regionCode,
          personId: person.id,
          ...terms,
          issuedOn: day,
          validUntil: voucherValidUntil(day),
          status: 'issued',
          budgetId: budget!.id,
          committedFen: maxFen,
          note: extra.note,
          offeringId: extra.offeringId ?? null,
          targetGroup: extra.targetGroup ?? null,
          cardState: 'pending',
          issuedBy: context.actor!.userId,
          createdAt: now(),
        })
        .returning()) as [VoucherRow];
    } catch (error) {
      if (isUniqueViolation(error, 'training_vouchers_unused_uq')) return { heldCode: '—' };
      throw error;
    }
    await appendAudit(tx, context, [
      { action: 'voucher.issue', entityType: 'training_voucher', entityId: row.id, after: row },
    ]);
    return { voucher: row };
  }

  /** 抵用: the institution scans the holder's code at their enrolment in one of its classes. */
  async redeem(tx: Transaction, context: RequestContext, input: RedeemVoucherInput): Promise<VoucherView> {
    const actor = context.actor!;
    const code = input.code.trim().toUpperCase();
    if (!isVoucherCode(code)) throw invalidFields(fieldProblem('code', 'voucher_code_invalid'));
    const found = await this.deps.classes.enrolmentWithClass(input.enrolmentId, tx);
    if (!found || found.class.institutionId !== actor.organizationId) throw notFound();
    if (found.enrolment.status === 'dropped') throw new AppError('vouchers.enrolment_dropped');
    const [voucher] = await tx
      .select()
      .from(trainingVouchers)
      .where(eq(trainingVouchers.code, code))
      .for('update');
    if (!voucher) throw new AppError('vouchers.not_found', { params: { code } });
    const problem = redemptionProblem(
      { ...voucher, kind: voucher.kind as 'face_value', status: voucher.status as VoucherStatus },
      {
        personId: found.enrolment.personId,
        projectId: found.class.projectId,
        occupationCode: found.class.occupationCode,
        institutionId: found.class.institutionId,
      },
      today(),
    );
    if (problem) {
      throw new AppError(`vouchers.${problem}`, {
        params: { validUntil: voucher.validUntil, occupationCode: voucher.occupationCode ?? '' },
      });
    }
    const valueFen = voucherValueFen({ ...voucher, kind: voucher.kind as 'face_value' }, found.class.feeFen);
    if (voucher.committedFen > valueFen) {
      await this.deps.funds.release(tx, context, {
        budget: { budgetId: voucher.budgetId },
        amountFen: voucher.committedFen - valueFen,
        ref: { type: 'voucher', id: voucher.id },
        note: '培训券抵用后释放余额',
      });
    }
    let row: VoucherRow;
    try {
      [row] = (await tx
        .update(trainingVouchers)
        .set({
          status: 'redeemed',
          enrolmentId: found.enrolment.id,
          valueFen,
          committedFen: valueFen,
          redeemedBy: actor.userId,
          redeemedAt: now(),
        })
        .where(eq(trainingVouchers.id, voucher.id))
        .returning()) as [VoucherRow];
    } catch (error) {
      if (isUniqueViolation(error, 'training_vouchers_enrolment_uq'))
        throw new AppError('vouchers.enrolment_has_voucher');
      throw error;
    }
    await appendAudit(tx, context, [
      {
        action: 'voucher.redeem',
        entityType: 'training_voucher',
        entityId: row.id,
        before: voucher,
        after: row,
      },
    ]);
    return this.present(tx, row);
  }

  /**
   * 结算: the vouchers redeemed at these enrolments, whose training subsidy a class claim's approval
   * has just committed, are settled with that claim — paid to the institution with it — and their
   * own commitment released, so the budget holds the money once. Returns how many were settled.
   */
  async settleWithClaim(
    tx: Transaction,
    context: RequestContext,
    claim: { id: string; number: string; enrolmentIds: readonly string[] },
  ): Promise<number> {
    if (claim.enrolmentIds.length === 0) return 0;
    const redeemed = await tx
      .select()
      .from(trainingVouchers)
      .where(
        and(
          inArray(trainingVouchers.enrolmentId, [...claim.enrolmentIds]),
          eq(trainingVouchers.status, 'redeemed'),
        ),
      )
      .orderBy(asc(trainingVouchers.id))
      .for('update');
    for (const voucher of redeemed) {
      if (voucher.committedFen > 0) {
        await this.deps.funds.release(tx, context, {
          budget: { budgetId: voucher.budgetId },
          amountFen: voucher.committedFen,
          ref: { type: 'voucher', id: voucher.id },
          note: `培训券随申领 ${claim.number} 结算`,
        });
      }
      const [row] = await tx
        .update(trainingVouchers)
        .set({ status: 'settled', committedFen: 0, settledClaimId: claim.id, settledAt: now() })
        .where(eq(trainingVouchers.id, voucher.id))
        .returning();
      await appendAudit(tx, context, [
        {
          action: 'voucher.settle',
          entityType: 'training_voucher',
          entityId: voucher.id,
          before: voucher,
          after: row,
          reason: claim.number,
        },
      ]);
    }
    return redeemed.length;
  }

  /** 作废 an unused voucher with the reason; its commitment returns to the budget. */
  async cancel(tx: Transaction, context: RequestContext, id: string, reason: string): Promise<VoucherView> {
    const [voucher] = await tx
      .select()
      .from(trainingVouchers)
      .where(eq(trainingVouchers.id, id))
      .for('update');
    if (!voucher || !isRegionInScope(context.actor!, voucher.regionCode)) throw notFound();
    if (voucher.status !== 'issued') throw new AppError('vouchers.cannot_cancel');
    return this.present(tx, await this.close(tx, context, voucher, 'cancelled', reason));
  }

  /**
   * Expires every unused voucher of the caller's region whose last day has passed, releasing what
   * each held; answers how many. Safe to run at any time and any number of times.
   */
  async expireDue(context: RequestContext): Promise<{ expired: number; releasedFen: number }> {
    const outcome = await this.platform.db.transaction(async (tx) => {
      const due = await tx
        .select()
        .from(trainingVouchers)
        .where(
          and(
            regionScopeFilter(context.actor!, trainingVouchers.regionCode),
            eq(trainingVouchers.status, 'issued'),
            lt(trainingVouchers.validUntil, today()),
          ),
        )
        .orderBy(asc(trainingVouchers.validUntil))
        .limit(10_000)
        .for('update', { skipLocked: true });
      let releasedFen = 0;
      for (const voucher of due) {
        releasedFen += voucher.committedFen;
        await this.close(tx, context, voucher, 'expired', '有效期届满');
      }
      return { expired: due.length, releasedFen, ids: due.map((voucher) => voucher.id) };
    });
    // Committed: take the expired vouchers off their holders' cards.
    await this.deps.cardSync.syncVouchers(outcome.ids);
    return { expired: outcome.expired, releasedFen: outcome.releasedFen };
  }

  async list(actor: Actor, query: VoucherListQuery): Promise<{ items: VoucherView[]; total: number }> {
    const day = today();
    const scope: SQL | undefined =
      actor.role === 'worker'
        ? eq(trainingVouchers.personId, actor.personId ?? '00000000-0000-0000-0000-000000000000')
        : regionScopeFilter(actor, trainingVouchers.regionCode);
    const region = query.region && actor.role !== 'worker' ? effectiveRegion(actor, query.region) : null;
    const status = query.status ? statusCondition(query.status, day) : undefined;
    const where = and(scope, region ? eq(trainingVouchers.regionCode, region) : undefined, status);
    const [rows, [counted]] = await Promise.all([
      this.platform.db
        .select()
        .from(trainingVouchers)
        .where(where)
        .orderBy(desc(trainingVouchers.createdAt))
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize),
      this.platform.db.select({ total: count() }).from(trainingVouchers).where(where),
    ]);
    const names = await this.deps.people.summaries(
      this.platform.db,
      rows.map((row) => row.personId),
    );
    return {
      items: rows.map((row) => presentVoucher(row, names.get(row.personId)?.name ?? '', day)),
      total: counted?.total ?? 0,
    };
  }

  private async close(
    tx: Transaction,
    context: RequestContext,
    voucher: VoucherRow,
    status: 'expired' | 'cancelled',
    reason: string,
  ): Promise<VoucherRow> {
    if (voucher.committedFen > 0) {
      await this.deps.funds.release(tx, context, {
        budget: { budgetId: voucher.budgetId },
        amountFen: voucher.committedFen,
        ref: { type: 'voucher', id: voucher.id },
        note: status === 'expired' ? '培训券过期释放' : '培训券作废释放',
      });
    }
    const [row] = await tx
      .update(trainingVouchers)
      .set({ status, committedFen: 0, closedAt: now(), closedReason: reason, cardState: 'withdrawing' })
      .where(eq(trainingVouchers.id, voucher.id))
      .returning();
    await appendAudit(tx, context, [
      {
        action: `voucher.${status === 'expired' ? 'expire' : 'cancel'}`,
        entityType: 'training_voucher',
        entityId: voucher.id,
        before: voucher,
        after: row,
        reason,
      },
    ]);
    return row!;
  }

  async present(db: Executor, row: VoucherRow): Promise<VoucherView> {
    const names = await this.deps.people.summaries(db, [row.personId]);
    return presentVoucher(row, names.get(row.personId)?.name ?? '', today());
  }
}

export function presentVoucher(row: VoucherRow, holderName: string, day: string): VoucherView {
  return {
    id: row.id,
    code: row.code,
    regionCode: row.regionCode,
    personId: row.personId,
    holderName,
    kind: row.kind as VoucherView['kind'],
    faceValueFen: row.faceValueFen,
    percentBasisPoints: row.percentBasisPoints,
    capFen: row.capFen,
    projectId: row.projectId,
    occupationCode: row.occupationCode,
    institutionId: row.institutionId,
    issuedOn: row.issuedOn,
    validUntil: row.validUntil,
    status: effectiveVoucherStatus(row.status as VoucherStatus, row.validUntil, day),
    committedFen: row.committedFen,
    enrolmentId: row.enrolmentId,
    valueFen: row.valueFen,
    note: row.note,
    redeemedAt: row.redeemedAt ? row.redeemedAt.toISOString() : null,
    settledClaimId: row.settledClaimId,
    settledAt: row.settledAt ? row.settledAt.toISOString() : null,
    closedReason: row.closedReason,
    offeringId: row.offeringId,
    targetGroup: row.targetGroup,
    cardState: row.cardState as VoucherView['cardState'],
    cardSyncedAt: row.cardSyncedAt ? row.cardSyncedAt.toISOString() : null,
    cardError: row.cardError,
  };
}
