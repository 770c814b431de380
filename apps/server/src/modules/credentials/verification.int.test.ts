import { verificationMisses } from '@qiancheng/db';
import { eq } from 'drizzle-orm';
import {
  calculateJwkThumbprint,
  compactVerify,
  createLocalJWKSet,
  type JSONWebKeySet,
  jwtVerify,
} from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { type CertificateFixtures, certificateFixtures } from './test-fixtures';
import { VERIFICATION_LIMITS } from './verification';
import type { CertificateView } from './views';

/**
 * Public verification (证书查验) and the signed credential: a certificate issued through the service
 * is found by its number and holder's name, is seen revoked at once after its issuer revokes it,
 * and its credential verifies against the published keys with an independent JOSE library. Each
 * test speaks from its own client address, so the miss limit of one does not reach another.
 */
let t: TestApp;
let f: CertificateFixtures;
let institution = '';

beforeAll(async () => {
  t = await startTestApp();
  f = await certificateFixtures(t);
  institution = await t.login('demo-institution');
});
afterAll(() => t.close());

function verify(number: string, name: string, address: string, locale = 'zh-CN') {
  const query = new URLSearchParams({ number, name });
  return t.app.inject({
    method: 'GET',
    url: `/api/v1/public/certificates/verify?${query}`,
    remoteAddress: address,
    headers: { 'accept-language': locale },
  });
}

describe('verifying a certificate', () => {
  let certificate: CertificateView;

  beforeAll(async () => {
    certificate = await f.skillLevel();
  });

  it('answers valid with the masked name and the certificate’s facts, no ID number', async () => {
    const response = await verify(certificate.number, '张晓梅', '198.51.100.1');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json()).toEqual({
      result: 'valid',
      certificate: {
        number: certificate.number,
        kind: 'skill_level',
        holderNameMasked: '张**',
        occupationCode: '4-10-01-05',
        occupationName: '养老护理员',
        skillLevel: 'L4',
        issuedOn: '2025-10-01',
        issuerName: '前程示范职业技能等级认定中心',
        revokedOn: null,
        revokedReason: null,
      },
    });
    const person = await f.person('demo-worker');
    expect(response.body).not.toContain(person.idNumber);
    expect(response.body).not.toContain('张晓梅');
  });

  it('reads the number as typed: lower case, spaces, full-width characters', async () => {
    const typed = ` ${certificate.number.toLowerCase().replace(/(.{4})/g, '$1 ')}`;
    expect((await verify(typed, ' 张晓梅 ', '198.51.100.1')).json().result).toBe('valid');
  });

  it('answers an unknown number and a wrong name alike, revealing neither', async () => {
    const unknown = await verify('S000241000002254999999', '张晓梅', '198.51.100.2');
    const wrongName = await verify(certificate.number, '李建国', '198.51.100.2');
    expect(unknown.statusCode).toBe(200);
    expect(wrongName.statusCode).toBe(200);
    expect(unknown.json()).toEqual({ result: 'not_found', certificate: null });
    expect(wrongName.body).toBe(unknown.body);
  });

  it.each([
    [{ number: 'ABC', name: '张晓梅' }, 'number', 'certificate_number_format', '不是有效的证书编号'],
    [{ number: '410102199003071230', name: '张晓梅' }, 'number', 'certificate_number_format', '22 位'],
    [{ number: 'P41010020250000001', name: ' ' }, 'name', 'too_short', '1'],
    [{ number: 'P41010020250000001' }, 'name', 'required', '必填'],
  ])('refuses %j by field without counting a miss', async (query, field, reason, message) => {
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/public/certificates/verify?${new URLSearchParams(query)}`,
      remoteAddress: '198.51.100.3',
    });
    expect(response.statusCode).toBe(400);
    const detail = response.json().error.details.find((d: { field: string }) => d.field === field);
    expect(detail).toMatchObject({ reason });
    expect(detail.message).toContain(message);
    const misses = await t.platform.db
      .select()
      .from(verificationMisses)
      .where(eq(verificationMisses.ip, '198.51.100.3'));
    expect(misses).toHaveLength(0);
  });

  it('shows a revocation at once, with its date and reason', async () => {
    const revoked = await f.training();
    expect((await verify(revoked.number, '张晓梅', '198.51.100.4')).json().result).toBe('valid');
    const response = await t.request({
      method: 'POST',
      url: `/api/v1/certificates/${revoked.id}/revoke`,
      cookie: institution,
      body: { reason: '培训记录不实，经核查撤销' },
    });
    expect(response.statusCode, response.body).toBe(200);
    const answer = (await verify(revoked.number, '张晓梅', '198.51.100.4')).json();
    expect(answer.result).toBe('revoked');
    expect(answer.certificate).toMatchObject({
      holderNameMasked: '张**',
      kind: 'training',
      revokedReason: '培训记录不实，经核查撤销',
    });
    expect(answer.certificate.revokedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('guessing numbers', () => {
  const guesser = '203.0.113.7';
  let certificate: CertificateView;

  beforeAll(async () => {
    certificate = await f.training('demo-worker2');
  });

  it(`answers ${VERIFICATION_LIMITS.maxMisses} misses, then refuses with when to try again`, async () => {
    for (let serial = 1; serial <= VERIFICATION_LIMITS.maxMisses; serial++) {
      const guess = `P41010020259${String(serial).padStart(6, '0')}`;
      expect((await verify(guess, '王芳', guesser)).json().result).toBe('not_found');
    }
    const refused = await verify('P41010020259999999', '王芳', guesser);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('credentials.verification_blocked');
    expect(refused.json().error.message).toMatch(
      /^查询未找到证书的次数过多，请于北京时间 \d{2}:\d{2}（约 \d+ 分钟后）再试$/,
    );
    const seconds = Number(refused.headers['retry-after']);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(VERIFICATION_LIMITS.windowMinutes * 60 + 60);
    const english = await verify('P41010020259999998', '王芳', guesser, 'en-US');
    expect(english.json().error.message).toMatch(
      /^Too many look-ups found no certificate; try again at \d{2}:\d{2} China time/,
    );
  });

  it('refuses the blocked address a right guess too, so the refusal reveals nothing', async () => {
    const blocked = await verify(certificate.number, '李建国', guesser);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.body).not.toContain(certificate.number);
    expect(blocked.body).not.toContain('李');
  });

  it('goes on answering everyone else, hits without counting', async () => {
    expect((await verify(certificate.number, '李建国', '203.0.113.8')).json().result).toBe('valid');
    const counted = await t.platform.db
      .select()
      .from(verificationMisses)
      .where(eq(verificationMisses.ip, '203.0.113.8'));
    expect(counted).toHaveLength(0);
  });
});

describe('the signed credential', () => {
  let certificate: CertificateView;
  let jws = '';
  let keys: JSONWebKeySet;

  beforeAll(async () => {
    certificate = await f.skillLevel({ skillLevel: 'L2' });
    const worker = await t.login('demo-worker');
    jws = (await t.request({ url: `/api/v1/certificates/${certificate.id}/credential`, cookie: worker }))
      .body;
    const response = await t.request({ url: '/.well-known/jwks.json' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=300');
    keys = response.json();
  });

  it('publishes Ed25519 keys named by their RFC 7638 thumbprint', async () => {
    expect(keys.keys).toHaveLength(1);
    const [key] = keys.keys;
    expect(key).toEqual({
      kty: 'OKP',
      crv: 'Ed25519',
      x: expect.any(String),
      kid: certificate.keyId,
      alg: 'EdDSA',
      use: 'sig',
    });
    expect(await calculateJwkThumbprint(key!)).toBe(key!.kid);
  });

  it('verifies with jose against the published keys, and carries the certificate without personal numbers', async () => {
    const { payload, protectedHeader } = await compactVerify(jws, createLocalJWKSet(keys));
    expect(protectedHeader).toEqual({ alg: 'EdDSA', kid: certificate.keyId, typ: 'vc+jwt', cty: 'vc' });
    const credential = JSON.parse(new TextDecoder().decode(payload));
    expect(credential).toMatchObject({
      id: `http://localhost:3000/verify?number=${certificate.number}`,
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      certificateNumber: certificate.number,
      issuer: { id: `urn:uuid:${f.body.id}`, type: ['Profile'], name: '前程示范职业技能等级认定中心' },
      validFrom: '2025-10-01T00:00:00+08:00',
      credentialSubject: {
        type: ['AchievementSubject'],
        name: '张晓梅',
        achievement: { type: ['Achievement'], name: '养老护理员（二级/技师）' },
      },
    });
    const person = await f.person('demo-worker');
    const text = new TextDecoder().decode(payload);
    expect(text).not.toContain(person.idNumber);
    expect(text).not.toContain(person.mobile!);
    await expect(jwtVerify(jws, createLocalJWKSet(keys), { typ: 'vc+jwt' })).resolves.toBeTruthy();
  });

  it('fails when the payload or the signature is tampered with', async () => {
    const [header, payload, signature] = jws.split('.') as [string, string, string];
    const forged = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    forged.credentialSubject.achievement.name = '养老护理员（一级/高级技师）';
    const forgedPayload = Buffer.from(JSON.stringify(forged)).toString('base64url');
    const jwks = createLocalJWKSet(keys);
    await expect(compactVerify(`${header}.${forgedPayload}.${signature}`, jwks)).rejects.toThrow(
      /signature/i,
    );
    const flipped = (signature[5] === 'A' ? 'B' : 'A') as string;
    const badSignature = `${signature.slice(0, 5)}${flipped}${signature.slice(6)}`;
    await expect(compactVerify(`${header}.${payload}.${badSignature}`, jwks)).rejects.toThrow(/signature/i);
  });

  it('keeps signing with the one key it created', async () => {
    const again = await f.training();
    expect(again.keyId).toBe(certificate.keyId);
    expect((await t.request({ url: '/.well-known/jwks.json' })).json().keys).toHaveLength(1);
  });
});
