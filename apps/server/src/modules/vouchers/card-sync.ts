import { trainingVouchers } from '@qiancheng/db';
import { yuanText } from '@qiancheng/domain/funds/money';
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { regionScopeFilter } from '../../platform/access/region-scope';
import { now } from '../../platform/clock';
import type { PlatformContext } from '../../platform/context';
import type { Actor } from '../../platform/http/request-context';
import type { PeopleService } from '../people/service';

type VoucherRow = typeof trainingVouchers.$inferSelect;

/** What a voucher's copy on the card still needs: delivering, or taking back. */
export const CARD_DUE_STATES = ['pending', 'withdrawing'] as const;
export const CARD_STATES = ['pending', 'delivered', 'withdrawing', 'withdrawn'] as const;
export type CardState = (typeof CARD_STATES)[number];

export interface CardSyncOutcome {
  delivered: number;
  withdrawn: number;
  failed: number;
}

/** How many due vouchers one sync works through; the rest wait for the next. */
const SYNC_LIMIT = 500;

function cardTitle(v: VoucherRow): string {
  const worth =
    v.kind === 'face_value'
      ? `${yuanText(v.faceValueFen ?? 0, { grouped: true })} 元`
      : `培训费的 ${(v.percentBasisPoints ?? 0) / 100}%，最多 ${yuanText(v.capFen ?? 0, { grouped: true })} 元`;
  return `职业培训券 ${worth}`;
}

/**
 * Brings vouchers' copies on their holders' electronic social security cards in line with the
 * vouchers, after the transactions that issued, cancelled or expired them have committed. Each
 * voucher is synced in a transaction of its own that locks its row while the channel is called:
 * a cancellation waits for a delivery under way (and then has it withdrawn), two syncs never work
 * on the same voucher, and a channel that fails leaves the voucher due, with the error and the
 * number of attempts, for the next sync. Nothing here changes the voucher or its money.
 */
export class VoucherCardSync {
  constructor(
    private readonly platform: PlatformContext,
    private readonly deps: { people: PeopleService },
  ) {}

  /** Syncs what is due among these vouchers. Never throws for a channel's failure. */
  async syncVouchers(ids: readonly string[]): Promise<CardSyncOutcome> {
    return ids.length === 0
      ? { delivered: 0, withdrawn: 0, failed: 0 }
      : this.sync(inArray(trainingVouchers.id, [...ids]));
  }

  /** Syncs what is due of a person's vouchers (after one of them was issued or closed). */
  async syncPerson(personId: string): Promise<CardSyncOutcome> {
    return this.sync(eq(trainingVouchers.personId, personId));
  }

  /** 重试: syncs what is due in the actor's region, oldest first, up to SYNC_LIMIT vouchers. */
  async syncRegion(actor: Actor): Promise<CardSyncOutcome> {
    return this.sync(regionScopeFilter(actor, trainingVouchers.regionCode));
  }

  private async sync(scope: SQL | undefined): Promise<CardSyncOutcome> {
    const due = await this.platform.db
      .select({ id: trainingVouchers.id })
      .from(trainingVouchers)
      .where(and(scope, inArray(trainingVouchers.cardState, [...CARD_DUE_STATES])))
      .orderBy(asc(trainingVouchers.createdAt))
      .limit(SYNC_LIMIT);
    const outcome: CardSyncOutcome = { delivered: 0, withdrawn: 0, failed: 0 };
    for (const { id } of due) {
      // A failure beyond the channel's (the database) leaves the voucher due as well.
      const done = await this.syncOne(id).catch(() => 'failed' as const);
      if (done) outcome[done] += 1;
    }
    return outcome;
  }

  private syncOne(id: string): Promise<keyof CardSyncOutcome | null> {
    const channel = this.platform.socialSecurityCard;
    return this.platform.db.transaction(async (tx) => {
      const [voucher] = await tx
        .select()
        .from(trainingVouchers)
        .where(and(eq(trainingVouchers.id, id), inArray(trainingVouchers.cardState, [...CARD_DUE_STATES])))
        .for('update', { skipLocked: true });
      if (!voucher) return null;
      const attempts = sql`${trainingVouchers.cardAttempts} + 1`;
      try {
        if (voucher.cardState === 'pending') {
          const holder = (await this.deps.people.fullIdentities(tx, [voucher.personId])).get(
            voucher.personId,
          )!;
          const { reference } = await channel.deliver({
            voucherId: voucher.id,
            code: voucher.code,
            holder: { personId: holder.id, name: holder.name, idNumber: holder.idNumber },
            title: cardTitle(voucher),
            validUntil: voucher.validUntil,
          });
          await tx
            .update(trainingVouchers)
            .set({
              cardState: 'delivered',
              cardRef: reference,
              cardSyncedAt: now(),
              cardError: null,
              cardAttempts: attempts,
            })
            .where(eq(trainingVouchers.id, id));
          return 'delivered';
        }
        await channel.withdraw({
          voucherId: voucher.id,
          code: voucher.code,
          reference: voucher.cardRef,
          reason: voucher.closedReason ?? '',
        });
        await tx
          .update(trainingVouchers)
          .set({ cardState: 'withdrawn', cardSyncedAt: now(), cardError: null, cardAttempts: attempts })
          .where(eq(trainingVouchers.id, id));
        return 'withdrawn';
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await tx
          .update(trainingVouchers)
          .set({ cardError: `${channel.name}: ${message}`.slice(0, 500), cardAttempts: attempts })
          .where(eq(trainingVouchers.id, id));
        return 'failed';
      }
    });
  }
}
