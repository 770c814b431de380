import {
  claimObjections,
  type Executor,
  subsidyClaimLines,
  subsidyClaims,
  type Transaction,
} from '@qiancheng/db';
import { type ClaimStatus, isUnderNotice } from '@qiancheng/domain/claims/claim-lifecycle';
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { assertRecordInScope } from '../../platform/access/region-scope';
import { appendAudit } from '../../platform/audit/recorder';
import { now, today } from '../../platform/clock';
import type { PlatformContext } from '../../platform/context';
import { AppError, fieldProblem, invalidFields, notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import { uuidSchema } from '../../platform/http/schemas';
import type { FundsService } from '../funds/service';
import type { SubsidyGrantsService } from '../subsidies/grants';
import * as repo from './repository';

export const objectionBody = z.strictObject({
  lineId: uuidSchema,
  content: z.string().trim().min(2).max(2000),
  raisedBy: z.string().trim().max(200).optional(),
});
export type ObjectionInput = z.infer<typeof objectionBody>;

export const objectionDecisionBody = z.strictObject({
  decision: z.enum(['uphold', 'dismiss']),
  note: z.string().trim().min(1).max(1000),
});
export type ObjectionDecision = z.infer<typeof objectionDecisionBody>;

export const objectionSchema = z.object({
  id: z.string(),
  lineId: z.string(),
  content: z.string(),
  raisedBy: z.string().nullable(),
  status: z.enum(['open', 'upheld', 'dismissed']),
  recordedAt: z.string(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
});
export type ObjectionView = z.infer<typeof objectionSchema>;

type ObjectionRow = typeof claimObjections.$inferSelect;

function present(row: ObjectionRow): ObjectionView {
  return {
    id: row.id,
    lineId: row.lineId,
    content: row.content,
    raisedBy: row.raisedBy,
    status: row.status as ObjectionView['status'],
    recordedAt: row.recordedAt.toISOString(),
    decidedAt: row.decidedAt ? row.decidedAt.toISOString() : null,
    decisionNote: row.decisionNote,
  };
}

export async function objectionsOf(db: Executor, claimId: string): Promise<ObjectionView[]> {
  const rows = await db
    .select()
    .from(claimObjections)
    .where(eq(claimObjections.claimId, claimId))
    .orderBy(asc(claimObjections.recordedAt));
  return rows.map(present);
}

/** Open objections per claim, for the status a claim reads as. */
export async function openObjectionCounts(
  db: Executor,
  claimIds: readonly string[],
): Promise<Map<string, number>> {
  if (claimIds.length === 0) return new Map();
  const rows = await db
    .select({ claimId: claimObjections.claimId, open: count() })
    .from(claimObjections)
    .where(and(inArray(claimObjections.claimId, [...claimIds]), eq(claimObjections.status, 'open')))
    .groupBy(claimObjections.claimId);
  return new Map(rows.map((row) => [row.claimId, row.open]));
}

/**
 * 公示异议: staff of the claim's region record an objection to a trainee's line while the notice
 * runs, and decide it. Upholding strikes the line, lowers the claim's total and releases that
 * amount of the commitment, in one transaction; dismissing keeps the line.
 */
export class ObjectionsService {
  constructor(
    private readonly platform: PlatformContext,
    private readonly deps: { funds: FundsService; grants: SubsidyGrantsService },
  ) {}

  async record(context: RequestContext, claimId: string, input: ObjectionInput): Promise<ObjectionView> {
    const actor = context.actor!;
    return this.platform.db.transaction(async (tx) => {
      const claim = await this.lockClaim(tx, context, claimId);
      if (!isUnderNotice(claim.status as ClaimStatus, claim.noticeUntil, today())) {
        throw new AppError('claims.not_under_notice');
      }
      const [line] = await tx
        .select()
        .from(subsidyClaimLines)
        .where(and(eq(subsidyClaimLines.id, input.lineId), eq(subsidyClaimLines.claimId, claimId)));
      if (!line?.included) throw invalidFields(fieldProblem('lineId', 'claim_line_unknown'));
      const [row] = await tx
        .insert(claimObjections)
        .values({
          claimId,
          lineId: line.id,
          content: input.content,
          raisedBy: input.raisedBy ?? null,
          status: 'open',
          recordedBy: actor.userId,
        })
        .returning();
      await appendAudit(tx, context, [
        { action: 'claim.objection', entityType: 'subsidy_claim', entityId: claimId, after: row },
      ]);
      return present(row!);
    });
  }

  /** Decides an open objection; a money-moving request when upheld, so it runs idempotently. */
  async decide(
    tx: Transaction,
    context: RequestContext,
    claimId: string,
    objectionId: string,
    input: ObjectionDecision,
  ): Promise<ObjectionView> {
    const claim = await this.lockClaim(tx, context, claimId);
    const [objection] = await tx
      .select()
      .from(claimObjections)
      .where(and(eq(claimObjections.id, objectionId), eq(claimObjections.claimId, claimId)))
      .for('update');
    if (!objection) throw notFound();
    if (objection.status !== 'open') throw new AppError('claims.objection_decided');
    if (input.decision === 'uphold') {
      const [line] = await tx
        .update(subsidyClaimLines)
        .set({ included: false, reasons: ['objection_upheld'] })
        .where(and(eq(subsidyClaimLines.id, objection.lineId), eq(subsidyClaimLines.included, true)))
        .returning();
      // A struck line's subsidy was granted at approval: it no longer counts as enjoyed.
      if (line) await this.deps.grants.revoke(tx, line.id);
      if (line && line.amountFen > 0) {
        await tx
          .update(subsidyClaims)
          .set({ totalFen: claim.totalFen - line.amountFen, updatedAt: now() })
          .where(eq(subsidyClaims.id, claimId));
        await this.deps.funds.release(tx, context, {
          budget: { budgetId: claim.budgetId! },
          amountFen: line.amountFen,
          ref: { type: 'claim', id: claimId },
          note: `${claim.number} 异议成立`,
        });
      }
    }
    const [after] = await tx
      .update(claimObjections)
      .set({
        status: input.decision === 'uphold' ? 'upheld' : 'dismissed',
        decidedBy: context.actor!.userId,
        decidedAt: now(),
        decisionNote: input.note,
      })
      .where(eq(claimObjections.id, objectionId))
      .returning();
    await appendAudit(tx, context, [
      {
        action: `claim.objection_${input.decision}`,
        entityType: 'subsidy_claim',
        entityId: claimId,
        before: objection,
        after,
        reason: input.note,
      },
    ]);
    return present(after!);
  }

  private async lockClaim(tx: Executor, context: RequestContext, claimId: string): Promise<repo.ClaimRow> {
    const claim = await repo.findClaim(tx, claimId, true);
    if (!claim) throw notFound();
    assertRecordInScope(context.actor!, claim.regionCode);
    return claim;
  }
}
