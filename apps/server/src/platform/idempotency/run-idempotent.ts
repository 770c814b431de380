import { type Database, idempotencyKeys, type Transaction } from '@qiancheng/db';
import { and, eq } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../http/app-error';
import { type IdempotentRequest, idempotentRequest } from './idempotency-key';

export interface IdempotentResponse {
  statusCode: number;
  body: unknown;
  /** True when the answer is the stored one of an earlier request with the same key. */
  replayed: boolean;
}

const keyOf = (request: IdempotentRequest) =>
  and(eq(idempotencyKeys.userId, request.userId), eq(idempotencyKeys.key, request.key));

/**
 * Runs `work` at most once per key. The key row is inserted first, in the same transaction as the
 * work: a concurrent repeat's insert waits on the uncommitted row (unique key), then finds it
 * committed with its response and answers from it, or — if the first rolled back, having changed
 * nothing — runs itself. A failed request therefore leaves no key behind and may be retried.
 * The same key with another body or route is refused, so a key cannot stand for two requests.
 */
export async function runIdempotent(
  db: Database,
  request: IdempotentRequest,
  statusCode: number,
  work: (tx: Transaction) => Promise<unknown>,
): Promise<IdempotentResponse> {
  return db.transaction(async (tx) => {
    const claimed = await tx
      .insert(idempotencyKeys)
      .values({
        userId: request.userId,
        key: request.key,
        route: request.route,
        requestHash: request.requestHash,
      })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (claimed.length === 0) {
      const [stored] = await tx.select().from(idempotencyKeys).where(keyOf(request));
      if (!stored || stored.route !== request.route || stored.requestHash !== request.requestHash) {
        throw new AppError('idempotency.key_reused');
      }
      return { statusCode: stored.statusCode ?? statusCode, body: stored.response, replayed: true };
    }
    // Stored as JSON and answered as stored, so a replay is byte for byte what a repeat would read.
    const body: unknown = JSON.parse(JSON.stringify(await work(tx)));
    await tx.update(idempotencyKeys).set({ statusCode, response: body }).where(keyOf(request));
    return { statusCode, body, replayed: false };
  });
}

/**
 * A money-moving route's handler in one call: checks the key, runs `work` once per key in its
 * own transaction and sends the (possibly stored) response, marked `Idempotency-Replayed` when
 * it is an earlier one.
 */
export async function replyIdempotent(
  db: Database,
  request: FastifyRequest,
  reply: FastifyReply,
  statusCode: number,
  work: (tx: Transaction) => Promise<unknown>,
): Promise<FastifyReply> {
  const outcome = await runIdempotent(db, idempotentRequest(request), statusCode, work);
  if (outcome.replayed) reply.header('idempotency-replayed', 'true');
  return reply.status(outcome.statusCode).send(outcome.body);
}
