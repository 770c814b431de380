import { type Executor, subsidyClaimLines, subsidyClaims, type Transaction } from '@qiancheng/db';
import { addCivilDays } from '@qiancheng/domain/calendar/civil-date';
import {
  CLAIM_ACTION_NAMES,
  CLAIM_STATUS_NAMES,
  CLAIMABLE_CLASS_STATUSES,
  type ClaimAction,
  type ClaimStatus,
  claimNumber,
  DEFAULT_NOTICE_DAYS,
  fourEyesProblem,
  mayActOnClaim,
} from '@qiancheng/domain/claims/claim-lifecycle';
import { claimTotalFen, classClaimLines, type TraineeQuote } from '@qiancheng/domain/claims/claim-lines';
import { CLASS_STATUS_NAMES, type ClassStatus } from '@qiancheng/domain/classes/class-lifecycle';
import type { FundSourceCode } from '@qiancheng/domain/subsidy/fund-sources';
import { and, eq, inArray } from 'drizzle-orm';
import { assertRecordInScope, effectiveRegion, regionScopeFilter } from '../../platform/access/region-scope';
import { appendAudit } from '../../platform/audit/recorder';
import { now, today } from '../../platform/clock';
import type { PlatformContext } from '../../platform/context';
import { AppError, notFound } from '../../platform/http/app-error';
import type { Actor, RequestContext } from '../../platform/http/request-context';
import type { ClassesService } from '../classes/service';
import type { FundsService } from '../funds/service';
import type { PeopleService } from '../people/service';
import type { SubsidyGrantsService } from '../subsidies/grants';
import type { SubsidyPoliciesService } from '../subsidies/policy-service';
import type { VouchersService } from '../vouchers/service';
import { grantOnApproval } from './approval-grants';
import type { ClaimBatchEvaluator } from './batch-evaluation';
import { objectionsOf, openObjectionCounts } from './objections';
import { lockPayable, statusCondition } from './payable';
import * as repo from './repository';
import type { ClaimDecisionInput, ClaimListQuery, CreateClaimInput } from './schemas';
import { type ClaimDetail, type ClaimItem, presentClaim, presentLine } from './views';

export interface ClaimsDeps {
  evaluator: ClaimBatchEvaluator;
  grants: SubsidyGrantsService;
  policies: SubsidyPoliciesService;
  classes: ClassesService;
  funds: FundsService;
  people: PeopleService;
  vouchers: VouchersService;
}

function assertMay(row: repo.ClaimRow, action: ClaimAction): void {
  const status = row.status as ClaimStatus;
  if (mayActOnClaim(status, action)) return;
  throw new AppError('claims.state', {
    params: {
      statusZh: CLAIM_STATUS_NAMES[status]['zh-CN'],
      statusEn: CLAIM_STATUS_NAMES[status]['en-US'].toLowerCase(),
      actionZh: CLAIM_ACTION_NAMES[action]['zh-CN'],
      actionEn: CLAIM_ACTION_NAMES[action]['en-US'],
    },
  });
}

/** A unique-index refusal: another claim took one of the stages between the read and the write. */
function isStageTaken(error: unknown): boolean {
  const text = String((error as { cause?: unknown })?.cause ?? error);
  return text.includes('subsidy_claim_lines_stage_uq');
}

/**
 * 补贴申领 built only from records (凡补必进、不进不补). An institution claims the training subsidy
 * of a completed class: every trainee is quoted by the same rules as the calculator, under the
 * policy in force on the class's first day, and each payable stage becomes a line no other live
 * claim may hold. Staff of the class's region review it and another staff member approves it,
 * which commits the total against the nearest budget and opens the public notice.
 */
export class ClaimsService {
  constructor(
    private readonly platform: PlatformContext,
    private readonly deps: ClaimsDeps,
  ) {}

  async list(actor: Actor, query: ClaimListQuery): Promise<{ items: ClaimItem[]; total: number }> {
    const nobody = '00000000-0000-0000-0000-000000000000';
    const own = actor.role === 'institution' || actor.role === 'worker';
    const scope =
      actor.role === 'institution'
        ? eq(subsidyClaims.institutionId, actor.organizationId ?? nobody)
        : actor.role === 'worker'
          ? eq(subsidyClaims.personId, actor.personId ?? nobody)
          : regionScopeFilter(actor, subsidyClaims.regionCode);
    const region = query.region && !own ? effectiveRegion(actor, query.region) : null;
    const day = today();
    const { rows, total } = await repo.listClaims(
      this.platform.db,
      [
        scope,
        region ? eq(subsidyClaims.regionCode, region) : undefined,
        query.status ? statusCondition(query.status, day) : undefined,
        query.fundSource ? eq(subsidyClaims.fundSource, query.fundSource) : undefined,
        query.classId ? eq(subsidyClaims.classId, query.classId) : undefined,
        query.kind ? eq(subsidyClaims.kind, query.kind) : undefined,
      ],
      query,
    );
    const open = await openObjectionCounts(
      this.platform.db,
      rows.map((row) => row.id),
    );
    return { items: rows.map((row) => presentClaim(row, day, open.get(row.id) ?? 0)), total };
  }

  async detail(actor: Actor, id: string, db: Executor = this.platform.db): Promise<ClaimDetail> {
    const row = await repo.findClaim(db, id);
    if (!row) throw notFound();
    this.assertVisible(actor, row);
    return this.present(row, db);
  }

  /** Drafts the claim of a completed class of the caller's institution. */
  async createForClass(context: RequestContext, input: CreateClaimInput): Promise<ClaimDetail> {
    const actor = context.actor!;
    const found = await this.deps.classes.findClass(input.classId);
    if (!found || actor.role !== 'institution' || found.institutionId !== actor.organizationId)
      throw notFound();
    if (!CLAIMABLE_CLASS_STATUSES.includes(found.status)) {
      const status = found.status as ClassStatus;
      throw new AppError('claims.class_not_completed', {
        params: {
          statusZh: CLASS_STATUS_NAMES[status]['zh-CN'],
          statusEn: CLASS_STATUS_NAMES[status]['en-US'].toLowerCase(),
        },
      });
    }
    // Every trainee not dropped is quoted by the batch evaluator — the quote page's rules and input
    // builder over one statement on one snapshot — before the transaction; the transaction then
    // checks ownership again and lets the unique index settle any race.
    const asOf = today();
    const trainees: TraineeQuote[] = [];
    let fund: FundSourceCode = 'employment_subsidy';
    await this.deps.evaluator.evaluate(
      { classIds: [found.id] },
      {
        asOf,
        onPage: (lines) => {
          for (const line of lines) {
            fund = line.quote.fund;
            trainees.push({
              personId: line.personId,
              enrolmentId: line.enrolmentId,
              certificateId: line.certificateId,
              quote: line.quote,
            });
          }
        },
      },
    );
    let created: repo.ClaimRow;
    try {
      created = await this.platform.db.transaction(async (tx) => {
        const row = await this.deps.classes.lockOwn(tx, actor, found.id);
        const held = await repo.heldStages(
          tx,
          trainees.map((trainee) => trainee.enrolmentId),
        );
        const lines = classClaimLines(trainees, held);
        const totalFen = claimTotalFen(lines);
        if (totalFen === 0) throw new AppError('claims.nothing_to_claim');
        const year = Number(asOf.slice(0, 4));
        const sequence = await repo.nextSequence(tx, row.regionCode, year);
        const [claim] = await tx
          .insert(subsidyClaims)
          .values({
            number: claimNumber(row.regionCode, year, sequence),
            kind: 'class_training',
            scheme: 'training',
            regionCode: row.regionCode,
            year,
            sequence,
            classId: row.id,
            institutionId: row.institutionId,
            fundSource: fund,
            totalFen,
            status: 'draft',
            note: input.note ?? null,
            createdBy: actor.userId,
          })
          .returning();
        await tx.insert(subsidyClaimLines).values(
          lines.map((line) => ({
            claimId: claim!.id,
            personId: line.personId,
            enrolmentId: line.enrolmentId,
            certificateId: line.certificateId,
            stage: line.stage,
            amountFen: line.amountFen,
            included: line.included,
            reasons: line.reasons,
            policyVersion: line.quote.policyVersion,
            ruleIds: line.quote.ruleIds,
            quote: line.quote,
          })),
        );
        await appendAudit(tx, context, [
          {
            action: 'claim.draft',
            entityType: 'subsidy_claim',
            entityId: claim!.id,
            after: { ...claim, lines: lines.length },
          },
        ]);
        return claim!;
      });
    } catch (error) {
      if (isStageTaken(error)) throw new AppError('claims.lines_taken');
      throw error;
    }
    return this.present(created);
  }

  async submit(context: RequestContext, id: string): Promise<ClaimDetail> {
    return this.transition(context, id, 'submit', () => ({
      status: 'submitted',
      submittedBy: context.actor!.userId,
      submittedAt: now(),
    }));
  }

  /** A draft withdrawn by its institution frees its trainees' stages for a later claim. */
  async withdraw(context: RequestContext, id: string): Promise<ClaimDetail> {
    return this.transition(context, id, 'withdraw', async (_row, tx) => {
      await tx.update(subsidyClaimLines).set({ live: false }).where(eq(subsidyClaimLines.claimId, id));
      return { status: 'withdrawn' };
    });
  }

  /** 初审: a staff member of the region checks the claim against the records. */
  async review(context: RequestContext, id: string, input: ClaimDecisionInput): Promise<ClaimDetail> {
    return this.transition(
      context,
      id,
      'review',
      (row) => {
        this.assertFourEyes(row, context.actor!, 'review');
        return {
          status: 'reviewed',
          reviewedBy: context.actor!.userId,
          reviewedAt: now(),
          decisionNote: input.note ?? null,
        };
      },
      input.note,
    );
  }

  /** Back to the institution with the reason, from review or approval. */
  async returnToDraft(context: RequestContext, id: string, input: ClaimDecisionInput): Promise<ClaimDetail> {
    return this.transition(
      context,
      id,
      'return',
      () => ({
        status: 'draft',
        reviewedBy: null,
        reviewedAt: null,
        decisionNote: input.note ?? null,
      }),
      input.note,
    );
  }

  /**
   * 复审: another staff member approves; the total is committed against the nearest budget of the
   * claim's fund source in the same transaction (an overdrawn budget refuses the approval), and the
   * public notice runs for DEFAULT_NOTICE_DAYS days from tomorrow.
   */
  async approve(
    tx: Transaction,
    context: RequestContext,
    id: string,
    input: ClaimDecisionInput,
  ): Promise<ClaimDetail> {
    const actor = context.actor!;
    const row = await this.lockForStaff(tx, actor, id);
    assertMay(row, 'approve');
    this.assertFourEyes(row, actor, 'approve');
    const included = await tx
      .select()
      .from(subsidyClaimLines)
      .where(and(eq(subsidyClaimLines.claimId, row.id), eq(subsidyClaimLines.included, true)));
    await grantOnApproval(tx, this.deps, row, included);
    await this.settleVouchers(tx, context, row, included);
    const day = today();
    const year = Number(day.slice(0, 4));
    const source = row.fundSource as FundSourceCode;
    const budget = await this.deps.funds.nearestBudget(tx, row.regionCode, year, source);
    // Without any budget up the chain the commitment names the claim's own region as missing.
    await this.deps.funds.commit(tx, context, {
      budget: budget ? { budgetId: budget.id } : { regionCode: row.regionCode, year, source },
      amountFen: row.totalFen,
      ref: { type: 'claim', id: row.id },
      note: row.number,
    });
    const [after] = await tx
      .update(subsidyClaims)
      .set({
        status: 'notice',
        budgetId: budget!.id,
        approvedBy: actor.userId,
        approvedAt: now(),
        noticeUntil: addCivilDays(day, DEFAULT_NOTICE_DAYS),
        decisionNote: input.note ?? row.decisionNote,
        updatedAt: now(),
      })
      .where(eq(subsidyClaims.id, id))
      .returning();
    await appendAudit(tx, context, [
      {
        action: 'claim.approve',
        entityType: 'subsidy_claim',
        entityId: id,
        before: row,
        after,
        reason: input.note ?? null,
      },
    ]);
    return this.present(after!, tx);
  }

  // ── For payments ───────────────────────────────────────────────────────────────────────────

  /** Locks the payable claims of the caller's region that a payment batch takes (see `lockPayable`). */
  lockPayableForBatch(
    tx: Transaction,
    actor: Actor,
    filter: { fundSource: string; claimIds?: readonly string[]; limit: number },
  ): Promise<repo.ClaimRow[]> {
    return lockPayable(tx, regionScopeFilter(actor, subsidyClaims.regionCode), today(), filter);
  }

  /**
   * Moves claims along their payment: into a batch, paid or failed by the bank's result, or payable
   * again once a failed payment's account is corrected; audited with the payment that moved them.
   */
  async recordPayment(
    tx: Transaction,
    context: RequestContext,
    claimIds: readonly string[],
    status: Extract<ClaimStatus, 'in_batch' | 'paid' | 'pay_failed' | 'payable'>,
    ref: { type: string; id: string },
  ): Promise<void> {
    if (claimIds.length === 0) return;
    const rows = await tx
      .update(subsidyClaims)
      .set({ status, updatedAt: now() })
      .where(inArray(subsidyClaims.id, [...claimIds]))
      .returning({ id: subsidyClaims.id, number: subsidyClaims.number });
    if (status === 'paid') {
      // The subsidies granted at approval are now paid.
      const paid = await tx
        .select({ id: subsidyClaimLines.id })
        .from(subsidyClaimLines)
        .where(and(inArray(subsidyClaimLines.claimId, [...claimIds]), eq(subsidyClaimLines.included, true)));
      await this.deps.grants.markPaid(
        tx,
        paid.map((line) => line.id),
      );
    }
    await appendAudit(
      tx,
      context,
      rows.map((row) => ({
        action: `claim.${status}`,
        entityType: 'subsidy_claim',
        entityId: row.id,
        after: { status, number: row.number, [ref.type]: ref.id },
      })),
    );
  }

  /** A trainee's subsidy recovered after payment no longer counts as enjoyed. */
  revokeGrant(tx: Transaction, claimLineId: string): Promise<void> {
    return this.deps.grants.revoke(tx, claimLineId);
  }

  // ── Internals ──────────────────────────────────────────────────────────────────────────────

  /**
   * The vouchers redeemed at the enrolments whose training subsidy this approval commits are settled
   * with the claim: their value reaches the institution with it, and their own commitment is freed.
   */
  private async settleVouchers(
    tx: Transaction,
    context: RequestContext,
    claim: repo.ClaimRow,
    included: readonly repo.ClaimLineRow[],
  ): Promise<void> {
    if (claim.kind !== 'class_training') return;
    await this.deps.vouchers.settleWithClaim(tx, context, {
      id: claim.id,
      number: claim.number,
      enrolmentIds: included.flatMap((line) =>
        line.stage === 'certification' && line.enrolmentId ? [line.enrolmentId] : [],
      ),
    });
  }

  private assertVisible(actor: Actor, row: repo.ClaimRow): void {
    if (actor.role === 'institution') {
      if (row.institutionId !== actor.organizationId) throw notFound();
      return;
    }
    if (actor.role === 'worker') {
      if (!row.personId || row.personId !== actor.personId) throw notFound();
      return;
    }
    assertRecordInScope(actor, row.regionCode);
  }

  private async lockForStaff(tx: Transaction, actor: Actor, id: string): Promise<repo.ClaimRow> {
    const row = await repo.findClaim(tx, id, true);
    if (!row) throw notFound();
    this.assertVisible(actor, row);
    return row;
  }

  private assertFourEyes(row: repo.ClaimRow, actor: Actor, action: 'review' | 'approve'): void {
    const problem = fourEyesProblem(row, actor.userId, action);
    if (problem === 'own_claim') throw new AppError('claims.own_claim');
    if (problem === 'same_reviewer') throw new AppError('claims.same_reviewer');
  }

  private async transition(
    context: RequestContext,
    id: string,
    action: Exclude<ClaimAction, 'approve'>,
    change: (row: repo.ClaimRow, tx: Transaction) => Partial<repo.ClaimRow> | Promise<Partial<repo.ClaimRow>>,
    reason?: string,
  ): Promise<ClaimDetail> {
    const actor = context.actor!;
    const mine = action === 'submit' || action === 'withdraw';
    const claimant = actor.role === 'institution' || actor.role === 'worker';
    if (mine !== claimant) throw new AppError('common.forbidden');
    const row = await this.platform.db.transaction(async (tx) => {
      const before = await this.lockForStaff(tx, actor, id);
      assertMay(before, action);
      const values = { ...(await change(before, tx)), updatedAt: now() };
      const [after] = await tx.update(subsidyClaims).set(values).where(eq(subsidyClaims.id, id)).returning();
      await appendAudit(tx, context, [
        {
          action: `claim.${action}`,
          entityType: 'subsidy_claim',
          entityId: id,
          before,
          after,
          reason: reason ?? null,
        },
      ]);
      return after!;
    });
    return this.present(row);
  }

  /** A claim with its lines, objections and people, as the detail page shows it. */
  async present(row: repo.ClaimRow, db: Executor = this.platform.db): Promise<ClaimDetail> {
    const lines = await repo.linesOf(db, row.id);
    const objections = await objectionsOf(db, row.id);
    const people = await this.deps.people.summaries(
      db,
      lines.map((line) => line.personId),
    );
    const open = objections.filter((objection) => objection.status === 'open').length;
    return {
      ...presentClaim(row, today(), open),
      lines: lines.map((line) => presentLine(line, people.get(line.personId))),
      objections,
      createdBy: row.createdBy,
      reviewedBy: row.reviewedBy,
      approvedBy: row.approvedBy,
    };
  }
}
