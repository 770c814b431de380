import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AuditRecordContent, auditRecordHash, canonicalJson, GENESIS_HASH } from './chain';

const base: AuditRecordContent = {
  id: 1,
  occurredAt: new Date('2026-03-07T08:00:00.000Z'),
  actorUserId: null,
  actorUsername: 'demo-admin',
  actorRole: 'admin',
  actorRegion: '410000',
  action: 'user.create',
  entityType: 'user',
  entityId: 'abc',
  before: null,
  after: { username: 'x', nested: { b: 1, a: [1, { d: 2, c: 3 }] } },
  reason: null,
  ip: '127.0.0.1',
  requestId: 'r1',
  prevHash: GENESIS_HASH,
};

describe('canonicalJson', () => {
  it.each([
    [{ b: 1, a: 2 }, '{"a":2,"b":1}'],
    [{ a: undefined, b: null }, '{"b":null}'],
    [[3, { z: 1, y: [2] }], '[3,{"y":[2],"z":1}]'],
    ['字', '"字"'],
    [new Date('2026-01-01T00:00:00Z'), '"2026-01-01T00:00:00.000Z"'],
  ])('%j → %s', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('does not depend on key order and round-trips through JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const reparsed = JSON.parse(JSON.stringify(value));
        expect(canonicalJson(reparsed)).toBe(canonicalJson(value));
        expect(JSON.parse(canonicalJson(value))).toEqual(reparsed);
      }),
    );
  });
});

describe('auditRecordHash', () => {
  it('is a stable SHA-256', () => {
    expect(auditRecordHash(base)).toMatch(/^[0-9a-f]{64}$/);
    expect(
      auditRecordHash({ ...base, after: { nested: { a: [1, { c: 3, d: 2 }], b: 1 }, username: 'x' } }),
    ).toBe(auditRecordHash(base));
  });

  it.each([
    ['id', { id: 2 }],
    ['time', { occurredAt: new Date('2026-03-07T08:00:00.001Z') }],
    ['actor', { actorUsername: 'someone' }],
    ['action', { action: 'user.delete' }],
    ['after', { after: { username: 'y' } }],
    ['reason', { reason: 'because' }],
    ['previous hash', { prevHash: '1'.repeat(64) }],
  ])('changes when the %s changes', (_what, change) => {
    expect(auditRecordHash({ ...base, ...change })).not.toBe(auditRecordHash(base));
  });
});
