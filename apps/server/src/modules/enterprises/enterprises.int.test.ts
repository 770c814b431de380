import { auditLog, enterprises, users } from '@qiancheng/db';
import { creditCodeCheckCharacter } from '@qiancheng/domain/identity/credit-code';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test-support/test-app';

let t: TestApp;
let cookies: Record<string, string> = {};

function creditCode(sequence: number, county = '410105'): string {
  const first17 = `91${county}MA8${String(sequence).padStart(6, '0')}`;
  return `${first17}${creditCodeCheckCharacter(first17)}`;
}

beforeAll(async () => {
  t = await startTestApp();
  cookies = await t.loginAll([
    'demo-staff',
    'demo-staff-city',
    'demo-enterprise',
    'demo-auditor',
    'demo-worker',
    'demo-admin',
  ]);
});
afterAll(() => t.close());

async function register(account: string, body: Record<string, unknown>) {
  return t.request({ method: 'POST', url: '/api/v1/enterprises', cookie: cookies[account], body });
}

async function enterpriseCount() {
  const [row] = await t.platform.db.select({ n: count() }).from(enterprises);
  return row?.n ?? 0;
}

describe('enterprises', () => {
  it('lets staff register an enterprise of their region, audited', async () => {
    const code = creditCode(1);
    const response = await register('demo-staff-city', {
      creditCode: ` ${code.toLowerCase()} `,
      name: '郑州金水测试科技有限公司',
      regionCode: '410105',
      address: '郑州市金水区花园路 1 号',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().enterprise).toMatchObject({
      creditCode: code,
      name: '郑州金水测试科技有限公司',
      regionCode: '410105',
      regionName: '金水区',
      address: '郑州市金水区花园路 1 号',
    });
    const [audit] = await t.platform.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, response.json().enterprise.id));
    expect(audit).toMatchObject({ action: 'enterprise.create', actorUsername: 'demo-staff-city' });
  });

  it('refuses a second registration of the same credit code with 409 naming the field', async () => {
    const before = await enterpriseCount();
    const response = await register('demo-staff', {
      creditCode: creditCode(1),
      name: '另一家公司',
      regionCode: '410105',
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({
      code: 'enterprises.credit_code_taken',
      details: [{ field: 'creditCode', reason: 'credit_code_taken' }],
    });
    expect(response.json().error.message).toContain('郑州金水测试科技有限公司');
    expect(await enterpriseCount()).toBe(before);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    [
      'a wrong check character',
      {
        creditCode:
          `${creditCode(2).slice(0, 17)}0` === creditCode(2)
            ? `${creditCode(2).slice(0, 17)}1`
            : `${creditCode(2).slice(0, 17)}0`,
      },
      'creditCode',
      'checksum',
    ],
    ['a short credit code', { creditCode: '91410105' }, 'creditCode', 'length'],
    ['a region outside the city', { regionCode: '410202' }, 'regionCode', 'region_outside_scope'],
    ['an unknown region', { regionCode: '410199' }, 'regionCode', 'unknown_region'],
    ['an empty name', { name: ' ' }, 'name', 'too_short'],
  ])('refuses %s', async (_name, change, field, reason) => {
    const before = await enterpriseCount();
    const response = await register('demo-staff-city', {
      creditCode: creditCode(3),
      name: '测试企业有限公司',
      regionCode: '410105',
      ...change,
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.details).toEqual([expect.objectContaining({ field, reason })]);
    expect(await enterpriseCount()).toBe(before);
  });

  it('lists the enterprises of the region only, searchable by name or code', async () => {
    const city = (
      await t.request({ url: '/api/v1/enterprises?pageSize=200', cookie: cookies['demo-staff-city'] })
    ).json();
    expect(city.total).toBeGreaterThan(0);
    expect(city.items.every((e: { regionCode: string }) => e.regionCode.startsWith('4101'))).toBe(true);
    const province = (
      await t.request({ url: '/api/v1/enterprises?pageSize=200', cookie: cookies['demo-staff'] })
    ).json();
    expect(province.total).toBeGreaterThan(city.total);
    const byName = (
      await t.request({
        url: `/api/v1/enterprises?q=${encodeURIComponent('金水测试')}`,
        cookie: cookies['demo-staff'],
      })
    ).json();
    expect(byName.items.map((e: { creditCode: string }) => e.creditCode)).toEqual([creditCode(1)]);
    const byCode = (
      await t.request({
        url: `/api/v1/enterprises?q=${creditCode(1).slice(0, 12)}`,
        cookie: cookies['demo-staff'],
      })
    ).json();
    expect(byCode.total).toBe(1);
  });

  it('gives an enterprise account its own enterprise', async () => {
    const response = await t.request({ url: '/api/v1/enterprises/mine', cookie: cookies['demo-enterprise'] });
    expect(response.statusCode).toBe(200);
    const [account] = await t.platform.db.select().from(users).where(eq(users.username, 'demo-enterprise'));
    expect(response.json().enterprise).toMatchObject({
      id: account!.organizationId,
      name: '前程示范装备制造有限公司',
    });
  });

  it('tells an enterprise account that is not linked yet', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/users',
      cookie: cookies['demo-admin'],
      body: {
        username: 'new-enterprise',
        password: 'abcdef12345',
        displayName: '新企业人事',
        role: 'enterprise',
        regionCode: '410100',
        organizationName: '尚未关联的企业',
      },
    });
    expect(created.statusCode).toBe(201);
    const cookie = await t.login('new-enterprise', 'abcdef12345');
    const mine = await t.request({ url: '/api/v1/enterprises/mine', cookie });
    expect(mine.statusCode).toBe(403);
    expect(mine.json().error.code).toBe('enterprises.account_not_linked');
    const declare = await t.request({ method: 'GET', url: '/api/v1/demand', cookie });
    expect(declare.json().error.code).toBe('enterprises.account_not_linked');
  });

  it.each([
    ['demo-enterprise', 'GET', '/api/v1/enterprises', 403],
    ['demo-auditor', 'GET', '/api/v1/enterprises', 403],
    ['demo-worker', 'GET', '/api/v1/enterprises/mine', 403],
    ['demo-staff', 'GET', '/api/v1/enterprises/mine', 403],
    ['demo-enterprise', 'POST', '/api/v1/enterprises', 403],
    [null, 'GET', '/api/v1/enterprises', 401],
  ] as const)('%s %s %s → %i', async (account, method, url, status) => {
    const response = await t.request({
      method,
      url,
      ...(account ? { cookie: cookies[account] } : {}),
      ...(method === 'POST'
        ? { body: { creditCode: creditCode(9), name: '越权企业', regionCode: '410105' } }
        : {}),
    });
    expect(response.statusCode).toBe(status);
  });
});
