import type { Database, Transaction } from '@qiancheng/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { idempotentRequest } from '../../platform/idempotency/idempotency-key';
import { runIdempotent } from '../../platform/idempotency/run-idempotent';
import type { VoucherCardSync } from './card-sync';

/**
 * A voucher-changing request: run once per idempotency key (`replyIdempotent`), then — committed —
 * sync the holder's vouchers to their electronic social security card before answering. The answer
 * is the committed voucher as stored with the key; a channel that fails leaves the delivery due
 * (retried by the next sync) and never fails the request.
 */
export async function replyIdempotentThenSync(
  db: Database,
  cardSync: VoucherCardSync,
  request: FastifyRequest,
  reply: FastifyReply,
  statusCode: number,
  work: (tx: Transaction) => Promise<{ voucher: { personId: string } }>,
): Promise<FastifyReply> {
  const outcome = await runIdempotent(db, idempotentRequest(request), statusCode, work);
  const personId = (outcome.body as { voucher?: { personId?: string } }).voucher?.personId;
  if (personId) await cardSync.syncPerson(personId);
  if (outcome.replayed) reply.header('idempotency-replayed', 'true');
  return reply.status(outcome.statusCode).send(outcome.body);
}
