import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** The content of one audit record that its hash covers. */
export interface AuditRecordContent {
  id: number;
  occurredAt: Date;
  actorUserId: string | null;
  actorUsername: string | null;
  actorRole: string | null;
  actorRegion: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  reason: string | null;
  ip: string | null;
  requestId: string | null;
  prevHash: string;
}

/** JSON with object keys sorted at every depth, so equal content always hashes equally. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function auditRecordHash(record: AuditRecordContent): string {
  const { occurredAt, ...rest } = record;
  return createHash('sha256')
    .update(canonicalJson({ ...rest, occurredAt: occurredAt.toISOString() }))
    .digest('hex');
}
