import { createHash, createPrivateKey, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import type { Executor } from '@qiancheng/db';
import type { PiiVault } from '../../platform/crypto/pii-vault';
import * as repo from './repository';

/** The public half of a signing key as published in /.well-known/jwks.json. */
export interface PublicJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  kid: string;
  alg: 'EdDSA';
  use: 'sig';
}

/** An arbitrary constant: the advisory lock under which the first signing key is created. */
const KEY_CREATION_LOCK = 7_150_302;

/** The JWK thumbprint (RFC 7638): SHA-256 of the required members in lexicographic order. */
export function jwkThumbprint(jwk: { crv: string; kty: string; x: string }): string {
  const canonical = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x });
  return createHash('sha256').update(canonical).digest('base64url');
}

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

interface ActiveKey {
  kid: string;
  privateKey: KeyObject;
}

/**
 * Ed25519 keys that sign credentials as compact JWS. The key lives in `credential_keys`, its private
 * half sealed with the platform's personal-data key, so every app process signs with the same key
 * and anyone can check a credential against the published public keys.
 */
export class CredentialSigner {
  #active: ActiveKey | null = null;

  constructor(private readonly vault: PiiVault) {}

  private open(row: repo.KeyRow): ActiveKey {
    const der = Buffer.from(this.vault.decrypt(row.privateKeyCipher), 'base64');
    return { kid: row.keyId, privateKey: createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }) };
  }

  /**
   * The key new credentials are signed with, created on first use. Creation runs in the caller's
   * transaction under an advisory lock, so processes that start together make one key between
   * them. A key made in this transaction is not remembered until a later call finds it committed:
   * were the transaction rolled back, the process would otherwise sign with a key nobody published.
   */
  private async activeKey(tx: Executor): Promise<ActiveKey> {
    if (this.#active) return this.#active;
    let row = await repo.activeKey(tx);
    if (row) {
      this.#active = this.open(row);
      return this.#active;
    }
    await repo.lockKeyCreation(tx, KEY_CREATION_LOCK);
    row = await repo.activeKey(tx);
    if (row) {
      this.#active = this.open(row);
      return this.#active;
    }
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const jwk = publicKey.export({ format: 'jwk' }) as { crv: string; kty: string; x: string };
    const kid = jwkThumbprint(jwk);
    const published: PublicJwk = { kty: 'OKP', crv: 'Ed25519', x: jwk.x, kid, alg: 'EdDSA', use: 'sig' };
    const der = privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    await repo.insertKey(tx, {
      keyId: kid,
      publicJwk: JSON.stringify(published),
      privateKeyCipher: this.vault.encrypt(der),
    });
    return { kid, privateKey };
  }

  /** Signs a JSON payload as a compact JWS (EdDSA), typed as a JOSE-secured verifiable credential. */
  async sign(tx: Executor, payload: object): Promise<{ jws: string; keyId: string }> {
    const key = await this.activeKey(tx);
    const header = { alg: 'EdDSA', kid: key.kid, typ: 'vc+jwt', cty: 'vc' };
    const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
    const signature = sign(null, Buffer.from(signingInput, 'ascii'), key.privateKey).toString('base64url');
    return { jws: `${signingInput}.${signature}`, keyId: key.kid };
  }

  /** Every key's public half, retired ones included, so credentials signed long ago still verify. */
  async publicKeys(db: Executor): Promise<PublicJwk[]> {
    return (await repo.allKeys(db)).map((row) => JSON.parse(row.publicJwk) as PublicJwk);
  }
}
