import { paymentLines, paymentRecoveries, type Transaction } from '@qiancheng/db';
import { yuanText } from '@qiancheng/domain/funds/money';
import {
  PAYMENT_LINE_STATUS_NAMES,
  type PaymentLineStatus,
  recoveryProblem,
} from '@qiancheng/domain/payments/payment-lifecycle';
import { eq } from 'drizzle-orm';
import { assertRecordInScope } from '../../platform/access/region-scope';
import { appendAudit } from '../../platform/audit/recorder';
import { now } from '../../platform/clock';
import type { PlatformContext } from '../../platform/context';
import { AppError, fieldProblem, invalidFields, notFound } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import type { ClaimsService } from '../claims/service';
import type { FundsService } from '../funds/service';
import type { PaymentBatchesService } from './batches';
import type { PayeeAccountsService } from './payee-accounts';
import * as repo from './repository';
import type { CollectInput, CorrectLineInput, RecoveryInput } from './schemas';
import { type BatchDetail, presentRecovery, type RecoveryView } from './views';

const ACTIONS = {
  correct: { 'zh-CN': '更正重发', 'en-US': 'corrected' },
  recover: { 'zh-CN': '追回', 'en-US': 'recovered' },
} as const;

function lineState(status: PaymentLineStatus, action: keyof typeof ACTIONS): AppError {
  return new AppError('payments.line_state', {
    params: {
      statusZh: PAYMENT_LINE_STATUS_NAMES[status]['zh-CN'],
      statusEn: PAYMENT_LINE_STATUS_NAMES[status]['en-US'].toLowerCase(),
      actionZh: ACTIONS[action]['zh-CN'],
      actionEn: ACTIONS[action]['en-US'],
    },
  });
}

/**
 * What happens to a payment line after the bank answered: a failed one is corrected (the payee's
 * account, with the reason) so its claim is payable again in a later batch; a paid one may be
 * recovered (追回) in part or whole — a receivable with the reason, and the ledger's recovery entry
 * that takes the amount off paid — and the money's arrival is recorded on the receivable.
 */
export class PaymentLineActions {
  constructor(
    private readonly platform: PlatformContext,
    private readonly deps: {
      batches: PaymentBatchesService;
      claims: ClaimsService;
      funds: FundsService;
      payees: PayeeAccountsService;
    },
  ) {}

  async correct(context: RequestContext, lineId: string, input: CorrectLineInput): Promise<BatchDetail> {
    return this.platform.db.transaction(async (tx) => {
      const line = await this.lockLine(tx, context, lineId);
      if (line.status !== 'failed') throw lineState(line.status as PaymentLineStatus, 'correct');
      const { reason, ...account } = input;
      await this.deps.payees.save(
        tx,
        context,
        { type: line.payeeType as 'institution', id: line.payeeId },
        account,
        reason,
      );
      await tx
        .update(paymentLines)
        .set({
          status: 'resubmitted',
          correctedBy: context.actor!.userId,
          correctedAt: now(),
          correctionReason: reason,
        })
        .where(eq(paymentLines.id, lineId));
      await this.deps.claims.recordPayment(tx, context, [line.claimId], 'payable', {
        type: 'paymentLine',
        id: lineId,
      });
      await appendAudit(tx, context, [
        { action: 'payment_line.correct', entityType: 'payment_line', entityId: lineId, reason },
      ]);
      return this.deps.batches.detailOf((await repo.findBatch(tx, line.batchId))!, tx);
    });
  }

  async recover(
    tx: Transaction,
    context: RequestContext,
    lineId: string,
    input: RecoveryInput,
  ): Promise<RecoveryView> {
    const line = await this.lockLine(tx, context, lineId);
    const problem = recoveryProblem(
      {
        status: line.status as PaymentLineStatus,
        amountFen: line.amountFen,
        recoveredFen: line.recoveredFen,
      },
      input.amountFen,
    );
    if (problem === 'not_paid') throw lineState(line.status as PaymentLineStatus, 'recover');
    if (problem === 'invalid_amount') throw invalidFields(fieldProblem('amountFen', 'fund_amount_invalid'));
    let available = line.amountFen - line.recoveredFen;
    if (input.claimLineId) {
      const claim = await this.deps.claims.detail(context.actor!, line.claimId, tx);
      const trainee = claim.lines.find((l) => l.id === input.claimLineId && l.included);
      if (!trainee) throw invalidFields(fieldProblem('claimLineId', 'claim_line_not_paid'));
      const earlier = (await repo.recoveriesOf(tx, [lineId]))
        .filter((r) => r.claimLineId === input.claimLineId)
        .reduce((sum, r) => sum + r.amountFen, 0);
      available = Math.min(available, trainee.amountFen - earlier);
    }
    if (problem === 'exceeds_paid' || input.amountFen > available) {
      throw new AppError('payments.recovery_exceeds_paid', {
        params: { requested: yuanText(input.amountFen), available: yuanText(Math.max(available, 0)) },
      });
    }
    const at = now();
    const [recovery] = await tx
      .insert(paymentRecoveries)
      .values({
        lineId,
        claimId: line.claimId,
        claimLineId: input.claimLineId ?? null,
        amountFen: input.amountFen,
        reason: input.reason,
        status: 'outstanding',
        decidedBy: context.actor!.userId,
        decidedAt: at,
      })
      .returning();
    await tx
      .update(paymentLines)
      .set({ recoveredFen: line.recoveredFen + input.amountFen })
      .where(eq(paymentLines.id, lineId));
    if (input.claimLineId) await this.deps.claims.revokeGrant(tx, input.claimLineId);
    await this.deps.funds.recordRecovery(tx, context, {
      budget: { budgetId: line.budgetId },
      amountFen: input.amountFen,
      ref: { type: 'payment_recovery', id: recovery!.id },
      note: input.reason,
    });
    await appendAudit(tx, context, [
      {
        action: 'payment.recover',
        entityType: 'payment_line',
        entityId: lineId,
        after: presentRecovery(recovery!),
        reason: input.reason,
      },
    ]);
    return presentRecovery(recovery!);
  }

  /** 追回到账: the recovered money has come back; recorded once. */
  async collect(context: RequestContext, recoveryId: string, input: CollectInput): Promise<RecoveryView> {
    return this.platform.db.transaction(async (tx) => {
      const [recovery] = await tx
        .select()
        .from(paymentRecoveries)
        .where(eq(paymentRecoveries.id, recoveryId))
        .for('update');
      if (!recovery) throw notFound();
      await this.lockLine(tx, context, recovery.lineId);
      if (recovery.status !== 'outstanding') throw new AppError('payments.recovery_state');
      const [after] = await tx
        .update(paymentRecoveries)
        .set({
          status: 'collected',
          collectedBy: context.actor!.userId,
          collectedAt: now(),
          collectionNote: input.note || null,
        })
        .where(eq(paymentRecoveries.id, recoveryId))
        .returning();
      await appendAudit(tx, context, [
        {
          action: 'payment.recovery_collected',
          entityType: 'payment_recovery',
          entityId: recoveryId,
          before: presentRecovery(recovery),
          after: presentRecovery(after!),
        },
      ]);
      return presentRecovery(after!);
    });
  }

  private async lockLine(tx: Transaction, context: RequestContext, lineId: string): Promise<repo.LineRow> {
    const line = await repo.findLine(tx, lineId, true);
    if (!line) throw notFound();
    const batch = (await repo.findBatch(tx, line.batchId))!;
    assertRecordInScope(context.actor!, batch.regionCode);
    return line;
  }
}
