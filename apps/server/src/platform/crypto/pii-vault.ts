import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import type { PiiKeys } from './keys';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Encrypts personal data (ID numbers, phones) with AES-256-GCM and derives keyed lookup hashes
 * (HMAC-SHA256), so a value can be found by equality without ever being stored in the clear.
 */
export class PiiVault {
  readonly #keys: PiiKeys;

  constructor(keys: PiiKeys) {
    this.#keys = keys;
  }

  encrypt(plain: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.#keys.encryptionKey, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')}`;
  }

  decrypt(sealed: string): string {
    const [version, payload] = sealed.split(':');
    if (version !== VERSION || !payload) throw new Error('unknown PII cipher format');
    const raw = Buffer.from(payload, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.#keys.encryptionKey, raw.subarray(0, IV_BYTES));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString(
      'utf8',
    );
  }

  /**
   * A 32-byte key for another purpose (signing attendance codes), derived from the hash key with
   * HKDF-SHA256 under `label`: each purpose gets its own key, and none of them reveals the PII keys.
   */
  derivedKey(label: string): Buffer {
    return Buffer.from(hkdfSync('sha256', this.#keys.hashKey, Buffer.alloc(0), `qiancheng:${label}`, 32));
  }

  /** The lookup hash of a normalised value; `purpose` keeps hashes of different kinds apart. */
  lookupHash(purpose: 'id_number' | 'mobile', normalised: string): string {
    return createHmac('sha256', this.#keys.hashKey).update(`${purpose}:${normalised}`).digest('hex');
  }
}
