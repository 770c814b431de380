import { auditChainHead, auditLog, type Executor } from '@qiancheng/db';
import { eq } from 'drizzle-orm';
import type { RequestContext } from '../http/request-context';
import { auditRecordHash } from './chain';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

/** Values as they come back from jsonb: plain JSON, Dates as ISO strings, no undefined. */
function asStoredJson(value: unknown): unknown {
  return value === undefined || value === null ? null : JSON.parse(JSON.stringify(value));
}

/**
 * Appends entries to the hash chain inside the caller's transaction, so the audit record commits
 * or rolls back together with the change it describes. The head row lock orders concurrent appends.
 */
export async function appendAudit(
  tx: Executor,
  context: RequestContext,
  entries: AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const [head] = await tx.select().from(auditChainHead).where(eq(auditChainHead.id, 1)).for('update');
  if (!head) throw new Error('audit chain head is missing; run the migrations');
  let { lastId, lastHash } = head;
  const occurredAt = new Date();
  const rows = entries.map((entry) => {
    const content = {
      id: lastId + 1,
      occurredAt,
      actorUserId: context.actor?.userId ?? null,
      actorUsername: context.actor?.username ?? null,
      actorRole: context.actor?.role ?? null,
      actorRegion: context.actor?.regionCode ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: asStoredJson(entry.before),
      after: asStoredJson(entry.after),
      reason: entry.reason ?? null,
      ip: context.ip,
      requestId: context.requestId,
      prevHash: lastHash,
    };
    const hash = auditRecordHash(content);
    lastId = content.id;
    lastHash = hash;
    return { ...content, hash };
  });
  await tx.insert(auditLog).values(rows);
  await tx.update(auditChainHead).set({ lastId, lastHash }).where(eq(auditChainHead.id, 1));
  context.audited = true;
}
