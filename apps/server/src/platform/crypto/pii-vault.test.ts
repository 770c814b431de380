import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PiiVault } from './pii-vault';

const vault = new PiiVault({ encryptionKey: randomBytes(32), hashKey: randomBytes(32) });

describe('PiiVault', () => {
  it('round-trips and never produces the same ciphertext twice', () => {
    const a = vault.encrypt('41010219900315002X');
    const b = vault.encrypt('41010219900315002X');
    expect(a).not.toBe(b);
    expect(a).not.toContain('410102');
    expect(vault.decrypt(a)).toBe('41010219900315002X');
  });

  it('refuses a tampered ciphertext', () => {
    const sealed = vault.encrypt('13800001234');
    const raw = Buffer.from(sealed.slice(3), 'base64');
    raw[raw.length - 1] = (raw[raw.length - 1] ?? 0) ^ 1;
    expect(() => vault.decrypt(`v1:${raw.toString('base64')}`)).toThrow();
    expect(() => vault.decrypt('v9:abc')).toThrow(/format/);
  });

  it('refuses ciphertext sealed with another key', () => {
    const other = new PiiVault({ encryptionKey: randomBytes(32), hashKey: randomBytes(32) });
    expect(() => other.decrypt(vault.encrypt('13800001234'))).toThrow();
  });

  it('makes lookup hashes that are stable per key and separated by purpose', () => {
    expect(vault.lookupHash('mobile', '13800001234')).toBe(vault.lookupHash('mobile', '13800001234'));
    expect(vault.lookupHash('mobile', '13800001234')).not.toBe(vault.lookupHash('id_number', '13800001234'));
    const other = new PiiVault({ encryptionKey: randomBytes(32), hashKey: randomBytes(32) });
    expect(other.lookupHash('mobile', '13800001234')).not.toBe(vault.lookupHash('mobile', '13800001234'));
  });

  it('derives a key per label that is stable, differs by label and is not a PII key', () => {
    const keys = { encryptionKey: randomBytes(32), hashKey: randomBytes(32) };
    const own = new PiiVault(keys);
    const attendance = own.derivedKey('attendance-qr');
    expect(attendance).toHaveLength(32);
    expect(own.derivedKey('attendance-qr').equals(attendance)).toBe(true);
    expect(own.derivedKey('other').equals(attendance)).toBe(false);
    expect(attendance.equals(keys.hashKey) || attendance.equals(keys.encryptionKey)).toBe(false);
  });
});
