import { auditChainHead, auditLog, type Database } from '@qiancheng/db';
import { asc, eq, gt } from 'drizzle-orm';
import { auditRecordHash, GENESIS_HASH } from './chain';

export type ChainProblem = 'hash_mismatch' | 'prev_hash_mismatch' | 'missing_record' | 'head_mismatch';

export interface ChainVerification {
  ok: boolean;
  checked: number;
  lastId: number;
  firstBroken: { id: number; problem: ChainProblem } | null;
}

const BATCH = 5_000;

/** Walks the whole chain in id order, recomputing every hash, and stops at the first broken link. */
export async function verifyAuditChain(db: Database): Promise<ChainVerification> {
  let expectedPrev = GENESIS_HASH;
  let expectedId = 1;
  let checked = 0;
  for (;;) {
    const batch = await db
      .select()
      .from(auditLog)
      .where(gt(auditLog.id, expectedId - 1))
      .orderBy(asc(auditLog.id))
      .limit(BATCH);
    for (const record of batch) {
      const broken = (problem: ChainProblem, id = record.id): ChainVerification => ({
        ok: false,
        checked,
        lastId: expectedId - 1,
        firstBroken: { id, problem },
      });
      if (record.id !== expectedId) return broken('missing_record', expectedId);
      if (record.prevHash !== expectedPrev) return broken('prev_hash_mismatch');
      const { hash, ...content } = record;
      if (auditRecordHash(content) !== hash) return broken('hash_mismatch');
      expectedPrev = hash;
      expectedId += 1;
      checked += 1;
    }
    if (batch.length < BATCH) break;
  }
  const [head] = await db.select().from(auditChainHead).where(eq(auditChainHead.id, 1));
  if (!head || head.lastId !== expectedId - 1 || head.lastHash !== expectedPrev) {
    return {
      ok: false,
      checked,
      lastId: expectedId - 1,
      firstBroken: { id: expectedId, problem: 'head_mismatch' },
    };
  }
  return { ok: true, checked, lastId: expectedId - 1, firstBroken: null };
}
