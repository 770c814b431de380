import { auditLog, users } from '@qiancheng/db';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test-support/test-app';

let t: TestApp;
let admin: string;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('demo-admin');
});
afterAll(() => t.close());

async function counts() {
  const [a] = await t.platform.db.select({ n: count() }).from(auditLog);
  const [u] = await t.platform.db.select({ n: count() }).from(users);
  return { audit: a?.n, users: u?.n };
}

function expectErrorShape(body: string) {
  const parsed = JSON.parse(body);
  expect(parsed.error.code).toEqual(expect.any(String));
  expect(parsed.error.message).toEqual(expect.any(String));
  expect(Array.isArray(parsed.error.details)).toBe(true);
  expect(parsed.requestId).toEqual(expect.any(String));
  expect(body).not.toMatch(/at .*\.ts:\d+/);
  return parsed.error as {
    code: string;
    message: string;
    details: { field: string; reason: string; message: string }[];
  };
}

const validUser = {
  username: 'new-staff',
  password: 'abcdef12345',
  displayName: '新经办人',
  role: 'staff',
  regionCode: '410100',
};

describe('bad input gets a 4xx with the error shape and changes nothing', () => {
  it.each([
    ['malformed JSON', '{"username":', 400, 'common.malformed_json'],
    ['empty body', '', 400, 'common.malformed_json'],
    ['wrong types', { ...validUser, role: 42, displayName: ['x'] }, 400, 'common.validation_failed'],
    ['unknown fields', { ...validUser, isSuperuser: true }, 400, 'common.validation_failed'],
    ['missing fields', { username: 'x' }, 400, 'common.validation_failed'],
    ['unknown role', { ...validUser, role: 'king' }, 400, 'common.validation_failed'],
    ['weak password', { ...validUser, password: 'short' }, 400, 'common.validation_failed'],
    ['malformed region', { ...validUser, regionCode: '41' }, 400, 'common.validation_failed'],
    ['unknown region', { ...validUser, regionCode: '419999' }, 400, 'common.validation_failed'],
    [
      'oversized body',
      { ...validUser, displayName: 'x'.repeat(2 * 1024 * 1024) },
      413,
      'common.body_too_large',
    ],
  ])('%s', async (_name, body, status, code) => {
    const before = await counts();
    const response = await t.request({ method: 'POST', url: '/api/v1/users', cookie: admin, body });
    expect(response.statusCode).toBe(status);
    expect(expectErrorShape(response.body).code).toBe(code);
    expect(await counts()).toEqual(before);
  });

  it('names each bad field with a translated reason', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/users',
      cookie: admin,
      body: { ...validUser, role: 42, password: 'short', extra: 1 },
    });
    const error = expectErrorShape(response.body);
    const byField = Object.fromEntries(error.details.map((d) => [d.field, d]));
    expect(byField.role?.reason).toBe('invalid_value');
    expect(byField.password?.reason).toBe('weak_password');
    expect(byField.password?.message).toBe('密码至少 10 位，且须包含字母和数字');
    expect(byField.extra?.reason).toBe('unknown_field');
  });

  it('answers in English when asked', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/users',
      cookie: admin,
      body: { ...validUser, username: 7 },
      headers: { 'accept-language': 'en-US,en;q=0.9' },
    });
    const error = expectErrorShape(response.body);
    expect(error.message).toBe('Some fields are invalid; correct them and try again');
    expect(error.details).toEqual([
      { field: 'username', reason: 'invalid_type', message: 'has the wrong type; expected string' },
    ]);
  });

  it('refuses a form post that is not JSON', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: 'username=a&password=b',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(response.statusCode).toBe(415);
    expect(expectErrorShape(response.body).code).toBe('common.unsupported_media_type');
  });

  it('reports a bad query parameter and an unknown route', async () => {
    const bad = await t.request({ url: '/api/v1/reference/occupations?page=0&pageSize=abc' });
    expect(bad.statusCode).toBe(400);
    const fields = expectErrorShape(bad.body).details.map((d) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['page', 'pageSize']));
    const missing = await t.request({ url: '/api/v1/nothing-here' });
    expect(missing.statusCode).toBe(404);
    expect(expectErrorShape(missing.body).code).toBe('common.route_not_found');
  });

  it('treats an expired or forged session as signed out', async () => {
    const forged = await t.request({ url: '/api/v1/auth/me', cookie: 'qc_session=forged-token' });
    expect(forged.statusCode).toBe(401);
    expect(expectErrorShape(forged.body).code).toBe('auth.session_expired');
    const none = await t.request({ url: '/api/v1/auth/me' });
    expect(none.statusCode).toBe(401);
    expect(expectErrorShape(none.body).code).toBe('auth.unauthenticated');
  });

  it('rejects a bad ID number on registration with the reason', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/auth/register',
      body: {
        username: 'worker-x',
        password: 'abcdef12345',
        name: '王小二',
        idNumber: '410102199003150011',
        mobile: '13800001234',
      },
    });
    expect(response.statusCode).toBe(400);
    const error = expectErrorShape(response.body);
    expect(error.details).toEqual([
      expect.objectContaining({
        field: 'idNumber',
        reason: 'checksum',
        message: expect.stringContaining('校验'),
      }),
    ]);
  });
});
