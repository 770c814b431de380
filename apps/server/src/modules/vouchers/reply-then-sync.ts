import type { Database, Transaction } from '@qiancheng/db';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { idempotentRequest } from '../../platform/idempotency/idempotency-key';
import { runIdempotent } from '../../platform/idempotency/run-idempotent';
import type { VoucherCardSync } from './card-sync';

/**
 * A voucher-changing request: run once per idempotency key (`replyIdempotent`), then — committed —
 * sync the vouchers it changed to their holders' electronic social security cards before answering:
 * the holder's of `{ voucher }`, or the `voucherIds` listed. The answer is the body as committed and
 * stored with the key; a channel that fails leaves the delivery due (retried by the next sync) and
 * never fails the request.
 */
export async function replyIdempotentThenSync(
  db: Database,
  cardSync: VoucherCardSync,
  request: FastifyRequest,
  reply: FastifyReply,
  statusCode: number,
  work: (tx: Transaction) => Promise<{ voucher: { personId: string } } | { voucherIds: string[] }>,
): Promise<FastifyReply> {
  const outcome = await runIdempotent(db, idempotentRequest(request), statusCode, work);
  const body = outcome.body as { voucher?: { personId?: string }; voucherIds?: string[] };
  if (body.voucher?.personId) await cardSync.syncPerson(body.voucher.personId);
  if (body.voucherIds) await cardSync.syncVouchers(body.voucherIds);
  if (outcome.replayed) reply.header('idempotency-replayed', 'true');
  return reply.status(outcome.statusCode).send(outcome.body);
}
