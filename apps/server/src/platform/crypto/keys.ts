import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../config';

/** The secrets that protect personal data: one key encrypts, the other makes lookup hashes. */
export interface PiiKeys {
  encryptionKey: Buffer;
  hashKey: Buffer;
}

const KEY_FILE = 'keys.json';

function decodeKey(name: string, value: string): Buffer {
  const key = Buffer.from(value, 'base64');
  if (key.length !== 32)
    throw new ConfigError(`${name} must be 32 bytes encoded in base64 (openssl rand -base64 32)`);
  return key;
}

/**
 * Keys come from QIANCHENG_PII_KEY and QIANCHENG_HASH_KEY. Only the embedded database may fall back to
 * a key file beside its data, created on first start, so that trying the system needs no setup.
 */
export function loadPiiKeys(
  env: NodeJS.ProcessEnv,
  options: { dataDir: string; allowKeyFile: boolean },
): PiiKeys {
  const fromEnv = env.QIANCHENG_PII_KEY?.trim();
  const hashFromEnv = env.QIANCHENG_HASH_KEY?.trim();
  if (fromEnv && hashFromEnv) {
    return {
      encryptionKey: decodeKey('QIANCHENG_PII_KEY', fromEnv),
      hashKey: decodeKey('QIANCHENG_HASH_KEY', hashFromEnv),
    };
  }
  if (fromEnv || hashFromEnv)
    throw new ConfigError('Set both QIANCHENG_PII_KEY and QIANCHENG_HASH_KEY, or neither');
  if (!options.allowKeyFile) {
    throw new ConfigError('QIANCHENG_PII_KEY and QIANCHENG_HASH_KEY are required when DATABASE_URL is set');
  }
  const path = join(options.dataDir, KEY_FILE);
  if (!existsSync(path)) {
    mkdirSync(options.dataDir, { recursive: true });
    const keys = {
      encryptionKey: randomBytes(32).toString('base64'),
      hashKey: randomBytes(32).toString('base64'),
    };
    writeFileSync(path, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  }
  chmodSync(path, 0o600);
  const stored = JSON.parse(readFileSync(path, 'utf8')) as { encryptionKey: string; hashKey: string };
  return {
    encryptionKey: decodeKey(`${KEY_FILE} encryptionKey`, stored.encryptionKey),
    hashKey: decodeKey(`${KEY_FILE} hashKey`, stored.hashKey),
  };
}
