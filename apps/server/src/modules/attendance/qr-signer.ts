import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  decodeQrToken,
  encodeQrToken,
  QR_MAC_BYTES,
  QR_WINDOW_SECONDS,
  type QrTokenFields,
  qrMacInput,
  qrWindowAt,
  qrWindowState,
} from '@qiancheng/domain/attendance/qr-token';
import { AppError } from '../../platform/http/app-error';

/** The HKDF label of the attendance key: changing it invalidates every code on every screen. */
export const QR_KEY_LABEL = 'attendance-qr-v1';

/**
 * Issues and checks the rotating codes of sessions. The key is derived from the platform's hash
 * key, so every process of a deployment issues and accepts the same codes without sharing state,
 * and checking a code needs no database.
 */
export class QrSigner {
  readonly #key: Buffer;

  constructor(key: Buffer) {
    this.#key = key;
  }

  #mac(signed: Uint8Array): Buffer {
    return createHmac('sha256', this.#key).update(signed).digest().subarray(0, QR_MAC_BYTES);
  }

  issue(sessionId: string, nowMs: number): { token: string; window: number } {
    const fields = { sessionId, window: qrWindowAt(nowMs) };
    return { token: encodeQrToken(fields, this.#mac(qrMacInput(fields))), window: fields.window };
  }

  /** The session and window of a genuine, current token; anything else is refused with its reason. */
  verify(token: string, nowMs: number): QrTokenFields {
    const read = decodeQrToken(token);
    if (!read.ok) throw new AppError('attendance.token_malformed');
    if (!timingSafeEqual(this.#mac(read.signed), read.mac)) throw new AppError('attendance.token_forged');
    const state = qrWindowState(read.fields.window, nowMs);
    // No process in step with this one issued a window this far ahead: only a forger holds such a code.
    if (state === 'future') throw new AppError('attendance.token_forged');
    if (state === 'expired') {
      throw new AppError('attendance.token_expired', { params: { seconds: QR_WINDOW_SECONDS } });
    }
    return read.fields;
  }
}
