import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../config';
import { loadPiiKeys } from './keys';

const dirs: string[] = [];
function tempDir() {
  const dir = mkdtempSync(join(tmpdir(), 'qiancheng-keys-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const key = Buffer.alloc(32, 1).toString('base64');

describe('loadPiiKeys', () => {
  it('takes both keys from the environment', () => {
    const keys = loadPiiKeys(
      { QIANCHENG_PII_KEY: key, QIANCHENG_HASH_KEY: key },
      { dataDir: tempDir(), allowKeyFile: false },
    );
    expect(keys.encryptionKey).toHaveLength(32);
  });

  it.each([
    [{ QIANCHENG_PII_KEY: key }, /both/],
    [{ QIANCHENG_PII_KEY: 'c2hvcnQ=', QIANCHENG_HASH_KEY: key }, /32 bytes/],
    [{}, /required when DATABASE_URL/],
  ])('refuses %j without a key file', (env, message) => {
    expect(() => loadPiiKeys(env, { dataDir: tempDir(), allowKeyFile: false })).toThrow(ConfigError);
    expect(() => loadPiiKeys(env, { dataDir: tempDir(), allowKeyFile: false })).toThrow(message);
  });

  it('creates a private key file once for the embedded database and reuses it', () => {
    const dir = tempDir();
    const first = loadPiiKeys({}, { dataDir: dir, allowKeyFile: true });
    const second = loadPiiKeys({}, { dataDir: dir, allowKeyFile: true });
    expect(second.encryptionKey.equals(first.encryptionKey)).toBe(true);
    expect(first.encryptionKey.equals(first.hashKey)).toBe(false);
    expect(statSync(join(dir, 'keys.json')).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(join(dir, 'keys.json'), 'utf8'))).toHaveProperty('hashKey');
  });
});
