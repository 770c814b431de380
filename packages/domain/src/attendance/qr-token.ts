import { decodeBase64url, encodeBase64url } from './base64url';

/*
 * The rotating QR code of a session (扫码签到). The code changes every QR_WINDOW_SECONDS; its token
 * names the session and the 30-second window and carries a MAC over both, computed on the server
 * with a key only the server holds. A token is accepted in its own window and the next one, so a
 * scan that straddles a change still works, while a photo of the code sent to someone who is not
 * in the room stops working within a minute.
 *
 * Token bytes: version (1) · session id (16, the UUID's bytes) · window (4, big-endian) · MAC (16),
 * in unpadded base64url: 50 characters, small enough for a QR code a phone reads across a room.
 */

export const QR_TOKEN_VERSION = 1;
export const QR_WINDOW_SECONDS = 30;
/** HMAC-SHA256 cut to 128 bits: forging one still takes 2^128 guesses, and the code stays small. */
export const QR_MAC_BYTES = 16;

const WINDOW_MS = QR_WINDOW_SECONDS * 1000;
const SIGNED_BYTES = 1 + 16 + 4;
const TOKEN_BYTES = SIGNED_BYTES + QR_MAC_BYTES;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface QrTokenFields {
  sessionId: string;
  /** The 30-second window since the epoch: floor(ms / 30,000). */
  window: number;
}

export function qrWindowAt(instantMs: number): number {
  return Math.floor(instantMs / WINDOW_MS);
}

/** When the code of `window` gives way to the next one. */
export function qrWindowEnds(window: number): number {
  return (window + 1) * WINDOW_MS;
}

/** The last instant a token of `window` is accepted: the end of the window after it. */
export function qrTokenValidUntil(window: number): number {
  return qrWindowEnds(window + 1);
}

/**
 * How a token's window stands at `nowMs`: `current` and `previous` are accepted, and so is `next`,
 * which a process behind the same load balancer whose clock runs a moment ahead may have issued;
 * `expired` is older, `future` further ahead than any process in step with this one could be.
 */
export function qrWindowState(
  tokenWindow: number,
  nowMs: number,
): 'current' | 'previous' | 'next' | 'expired' | 'future' {
  const now = qrWindowAt(nowMs);
  if (tokenWindow === now) return 'current';
  if (tokenWindow === now - 1) return 'previous';
  if (tokenWindow === now + 1) return 'next';
  return tokenWindow < now ? 'expired' : 'future';
}

function uuidBytes(id: string): Uint8Array {
  if (!UUID.test(id)) throw new RangeError(`not a UUID: ${id}`);
  const hex = id.replace(/-/g, '');
  return Uint8Array.from({ length: 16 }, (_, i) => Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16));
}

function uuidText(bytes: Uint8Array): string {
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The bytes the MAC covers: version, session and window. */
export function qrMacInput(fields: QrTokenFields): Uint8Array {
  if (!Number.isInteger(fields.window) || fields.window < 0 || fields.window > 0xffff_ffff) {
    throw new RangeError(`window out of range: ${fields.window}`);
  }
  const bytes = new Uint8Array(SIGNED_BYTES);
  bytes[0] = QR_TOKEN_VERSION;
  bytes.set(uuidBytes(fields.sessionId), 1);
  new DataView(bytes.buffer).setUint32(17, fields.window);
  return bytes;
}

export function encodeQrToken(fields: QrTokenFields, mac: Uint8Array): string {
  if (mac.length !== QR_MAC_BYTES) throw new RangeError(`a MAC of ${QR_MAC_BYTES} bytes is expected`);
  const bytes = new Uint8Array(TOKEN_BYTES);
  bytes.set(qrMacInput(fields), 0);
  bytes.set(mac, SIGNED_BYTES);
  return encodeBase64url(bytes);
}

export type QrTokenReading =
  | { ok: true; fields: QrTokenFields; signed: Uint8Array; mac: Uint8Array }
  | { ok: false; reason: 'malformed' | 'unknown_version' };

/** Reads a token's parts without judging them; the MAC and the window are checked by the caller. */
export function decodeQrToken(token: string): QrTokenReading {
  const bytes = token.length <= 64 ? decodeBase64url(token.trim()) : null;
  if (!bytes || bytes.length !== TOKEN_BYTES) return { ok: false, reason: 'malformed' };
  if (bytes[0] !== QR_TOKEN_VERSION) return { ok: false, reason: 'unknown_version' };
  return {
    ok: true,
    fields: {
      sessionId: uuidText(bytes.subarray(1, 17)),
      window: new DataView(bytes.buffer, bytes.byteOffset).getUint32(17),
    },
    signed: bytes.slice(0, SIGNED_BYTES),
    mac: bytes.slice(SIGNED_BYTES),
  };
}

/** The worker web app's page a code opens: the phone's camera goes there, signed in or not. */
export function checkInPath(token: string): string {
  return `/checkin?t=${token}`;
}
