import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url } from './base64url';
import {
  checkInPath,
  decodeQrToken,
  encodeQrToken,
  QR_MAC_BYTES,
  qrMacInput,
  qrTokenValidUntil,
  qrWindowAt,
  qrWindowEnds,
  qrWindowState,
} from './qr-token';

const SESSION = '3f2b8c1e-9a4d-4e6f-8b1a-2c3d4e5f6a7b';
const MAC = Uint8Array.from({ length: QR_MAC_BYTES }, (_, i) => i * 13);
// 2026-03-05T00:27:13.500Z lies in window 59,089,014 (1,772,670,433.5 s ÷ 30).
const INSTANT = Date.parse('2026-03-05T00:27:13.500Z');

describe('base64url', () => {
  it.each([
    [[], ''],
    [[0], 'AA'],
    [[0xff], '_w'],
    [[0xfb, 0xff], '-_8'],
    [[1, 2, 3], 'AQID'],
    [[1, 2, 3, 4], 'AQIDBA'],
  ])('%j ⇄ %s', (bytes, text) => {
    expect(encodeBase64url(Uint8Array.from(bytes))).toBe(text);
    expect([...(decodeBase64url(text) ?? [])]).toEqual(bytes);
  });

  it.each(['A', 'AB=', 'A+B/', 'AB', '_x'])('refuses %s (bad length, foreign or leftover bits)', (text) => {
    expect(decodeBase64url(text)).toBeNull();
  });
});

describe('the 30-second window', () => {
  it.each([
    [0, 0],
    [29_999, 0],
    [30_000, 1],
    [INSTANT, 59_089_014],
  ])('at %i ms is window %i', (ms, window) => {
    expect(qrWindowAt(ms)).toBe(window);
  });

  it('a code shows until its window ends and is accepted until the end of the next one', () => {
    expect(qrWindowEnds(59_089_014)).toBe(1_772_670_450_000);
    expect(qrTokenValidUntil(59_089_014)).toBe(1_772_670_480_000);
  });

  const start = 59_089_014 * 30_000;
  it.each([
    [start, 'current'],
    [start + 29_999, 'current'],
    [start + 30_000, 'previous'],
    [start + 59_999, 'previous'],
    [start + 60_000, 'expired'],
    [start - 1, 'next'],
    [start - 30_000, 'next'],
    [start - 30_001, 'future'],
  ] as const)('a token of the window seen at %i is %s', (now, state) => {
    expect(qrWindowState(59_089_014, now)).toBe(state);
  });
});

describe('the token', () => {
  it('is 50 characters of base64url and reads back into its parts', () => {
    const token = encodeQrToken({ sessionId: SESSION, window: 59_089_014 }, MAC);
    expect(token).toMatch(/^[A-Za-z0-9_-]{50}$/);
    const read = decodeQrToken(token);
    expect(read).toMatchObject({ ok: true, fields: { sessionId: SESSION, window: 59_089_014 } });
    if (!read.ok) return;
    expect([...read.mac]).toEqual([...MAC]);
    expect([...read.signed]).toEqual([...qrMacInput({ sessionId: SESSION, window: 59_089_014 })]);
  });

  it('signs version, session and window: 21 bytes, the window big-endian', () => {
    const input = qrMacInput({ sessionId: SESSION, window: 0x01020304 });
    expect(input).toHaveLength(21);
    expect(input[0]).toBe(1);
    expect([...input.subarray(1, 4)]).toEqual([0x3f, 0x2b, 0x8c]);
    expect([...input.subarray(17)]).toEqual([1, 2, 3, 4]);
  });

  it('normalises an upper-case session id', () => {
    const token = encodeQrToken({ sessionId: SESSION.toUpperCase(), window: 7 }, MAC);
    expect(decodeQrToken(token)).toMatchObject({ fields: { sessionId: SESSION } });
  });

  const valid = encodeQrToken({ sessionId: SESSION, window: 7 }, MAC);
  const otherVersion = (() => {
    const bytes = decodeBase64url(valid)!;
    bytes[0] = 2;
    return encodeBase64url(bytes);
  })();
  it.each([
    ['', 'malformed'],
    ['not a token', 'malformed'],
    [valid.slice(0, -1), 'malformed'],
    [`${valid}AA`, 'malformed'],
    ['x'.repeat(5000), 'malformed'],
    [otherVersion, 'unknown_version'],
  ])('refuses %s as %s', (token, reason) => {
    expect(decodeQrToken(token)).toEqual({ ok: false, reason });
  });

  it.each([
    [{ sessionId: 'not-a-uuid', window: 1 }],
    [{ sessionId: SESSION, window: -1 }],
    [{ sessionId: SESSION, window: 2 ** 32 }],
    [{ sessionId: SESSION, window: 1.5 }],
  ])('cannot be made for %j', (fields) => {
    expect(() => encodeQrToken(fields, MAC)).toThrow(RangeError);
  });

  it('opens the check-in page of the worker app', () => {
    expect(checkInPath(valid)).toBe(`/checkin?t=${valid}`);
  });
});
