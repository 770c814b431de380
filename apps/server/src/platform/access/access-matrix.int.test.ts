import { people } from '@qiancheng/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS } from '../../modules/demo/accounts';
import { startTestApp, type TestApp } from '../../test-support/test-app';

/**
 * Role × region × endpoint. The demo province is 河南省 (410000); its first two cities are 郑州市
 * (410100) and 开封市 (410200). demo-worker lives in 郑州, demo-worker2 in 开封.
 */
let t: TestApp;
let cookies: Record<string, string> = {};
let zhengzhouPerson = '';
let kaifengPerson = '';
let zhengzhouUser = '';
let kaifengUser = '';

beforeAll(async () => {
  t = await startTestApp();
  cookies = await t.loginAll([...DEMO_ACCOUNTS.map((a) => a.username), 'demo-worker']);
  const rows = await t.platform.db.select().from(people);
  zhengzhouPerson = rows.find((p) => p.regionCode.startsWith('4101'))!.id;
  kaifengPerson = rows.find((p) => p.regionCode.startsWith('4102'))!.id;
  const admin = cookies['demo-admin']!;
  const list = (await t.request({ url: '/api/v1/users?pageSize=100', cookie: admin })).json().items as {
    id: string;
    username: string;
  }[];
  zhengzhouUser = list.find((u) => u.username === 'demo-staff-city')!.id;
  kaifengUser = list.find((u) => u.username === 'demo-staff-city2')!.id;
  expect((await t.platform.db.select().from(people).where(eq(people.id, kaifengPerson))).length).toBe(1);
});
afterAll(() => t.close());

type Case = [account: string | null, method: 'GET' | 'POST', url: () => string, status: number];

const matrix: Case[] = [
  // public
  [null, 'GET', () => '/api/health', 200],
  [null, 'GET', () => '/api/v1/public/overview', 200],
  [null, 'GET', () => '/api/v1/reference/regions', 200],
  [null, 'GET', () => '/api/v1/public/claim-notices', 200],
  [null, 'GET', () => '/api/v1/auth/me', 401],
  [null, 'GET', () => '/api/v1/users', 401],
  [null, 'GET', () => '/api/v1/regions/410000/overview', 401],
  // province staff sees the whole province
  ['demo-staff', 'GET', () => '/api/v1/regions/410000/overview', 200],
  ['demo-staff', 'GET', () => '/api/v1/regions/410200/overview', 200],
  ['demo-staff', 'GET', () => `/api/v1/people/${kaifengPerson}`, 200],
  ['demo-staff', 'GET', () => '/api/v1/regions/110000/overview', 403],
  ['demo-staff', 'GET', () => '/api/v1/users', 403],
  // city staff of 郑州 sees 郑州 only
  ['demo-staff-city', 'GET', () => '/api/v1/regions/410100/overview', 200],
  ['demo-staff-city', 'GET', () => '/api/v1/regions/410102/overview', 200],
  ['demo-staff-city', 'GET', () => '/api/v1/regions/410200/overview', 403],
  ['demo-staff-city', 'GET', () => '/api/v1/regions/410000/overview', 403],
  ['demo-staff-city', 'GET', () => `/api/v1/people/${zhengzhouPerson}`, 200],
  ['demo-staff-city', 'GET', () => `/api/v1/people/${kaifengPerson}`, 404],
  ['demo-staff-city2', 'GET', () => `/api/v1/people/${zhengzhouPerson}`, 404],
  ['demo-staff-city2', 'GET', () => `/api/v1/people/${kaifengPerson}`, 200],
  // finance and auditors
  ['demo-finance', 'GET', () => '/api/v1/regions/410000/overview', 200],
  ['demo-finance', 'GET', () => `/api/v1/people/${zhengzhouPerson}`, 403],
  ['demo-auditor', 'GET', () => '/api/v1/users', 200],
  ['demo-auditor', 'GET', () => `/api/v1/users/${kaifengUser}`, 200],
  ['demo-auditor', 'GET', () => '/api/v1/audit', 200],
  ['demo-auditor', 'POST', () => '/api/v1/users', 403],
  // admin
  ['demo-admin', 'GET', () => `/api/v1/users/${zhengzhouUser}`, 200],
  ['demo-admin', 'GET', () => '/api/v1/audit/verify', 200],
  // organisations and workers have no region-wide view
  ['demo-institution', 'GET', () => '/api/v1/regions/410100/overview', 403],
  ['demo-enterprise', 'GET', () => '/api/v1/users', 403],
  ['demo-assessor', 'GET', () => `/api/v1/people/${zhengzhouPerson}`, 403],
  ['demo-worker', 'GET', () => '/api/v1/regions/410100/overview', 403],
  ['demo-worker', 'GET', () => '/api/v1/audit', 403],
  ['demo-worker', 'GET', () => '/api/v1/auth/me', 200],
  // supervision: staff manage, auditors and administrators read, institutions answer their own
  ['demo-staff-city', 'GET', () => '/api/v1/supervision/checks', 200],
  ['demo-auditor', 'GET', () => '/api/v1/supervision/samples', 200],
  ['demo-admin', 'GET', () => '/api/v1/supervision/checks', 200],
  ['demo-auditor', 'POST', () => '/api/v1/supervision/samples', 403],
  ['demo-finance', 'GET', () => '/api/v1/supervision/checks', 403],
  ['demo-institution', 'GET', () => '/api/v1/supervision/checks', 403],
  ['demo-institution', 'GET', () => '/api/v1/supervision/requests', 200],
  ['demo-staff', 'GET', () => '/api/v1/supervision/requests', 403],
  ['demo-worker', 'GET', () => '/api/v1/supervision/samples', 403],
  // funds: finance manages its region's budgets; staff, auditors and administrators read them
  ['demo-finance', 'GET', () => '/api/v1/funds/budgets', 200],
  ['demo-staff-city', 'GET', () => '/api/v1/funds/budgets', 200],
  ['demo-auditor', 'GET', () => '/api/v1/funds/reconciliation', 200],
  ['demo-admin', 'GET', () => '/api/v1/funds/budgets', 200],
  ['demo-auditor', 'POST', () => '/api/v1/funds/budgets', 403],
  ['demo-staff', 'POST', () => '/api/v1/funds/budgets', 403],
  ['demo-institution', 'GET', () => '/api/v1/funds/budgets', 403],
  ['demo-worker', 'GET', () => '/api/v1/funds/budgets', 403],
  // subsidy policies: administrators draft and publish; staff, finance and auditors read
  ['demo-finance', 'GET', () => '/api/v1/subsidies/policies', 200],
  ['demo-auditor', 'GET', () => '/api/v1/subsidies/policies/effective?region=410100', 200],
  ['demo-staff', 'POST', () => '/api/v1/subsidies/policies', 403],
  ['demo-institution', 'GET', () => '/api/v1/subsidies/policies', 403],
  ['demo-worker', 'GET', () => '/api/v1/subsidies/policies', 403],
  [null, 'POST', () => '/api/v1/subsidies/quote', 401],
  ['demo-institution', 'POST', () => '/api/v1/subsidies/quote', 403],
  // insurance records: staff import them
  ['demo-staff-city', 'GET', () => '/api/v1/subsidies/insurance-records/template', 200],
  ['demo-finance', 'GET', () => '/api/v1/subsidies/insurance-records/template', 403],
  ['demo-worker', 'GET', () => '/api/v1/subsidies/insurance-records/template', 403],
  // claims: institutions draft, staff review, finance and auditors read
  ['demo-institution', 'GET', () => '/api/v1/claims', 200],
  ['demo-finance', 'GET', () => '/api/v1/claims', 200],
  ['demo-auditor', 'GET', () => '/api/v1/claims', 200],
  ['demo-worker', 'GET', () => '/api/v1/claims', 403],
  ['demo-staff', 'POST', () => '/api/v1/claims', 403],
  ['demo-finance', 'POST', () => '/api/v1/claims', 403],
  // 技能提升补贴 applications: workers apply and keep their own card account
  ['demo-staff', 'POST', () => '/api/v1/claims/skill-upgrade', 403],
  ['demo-institution', 'POST', () => '/api/v1/claims/skill-upgrade', 403],
  ['demo-finance', 'POST', () => '/api/v1/claims/skill-upgrade', 403],
  ['demo-worker', 'GET', () => '/api/v1/payee-accounts/mine', 200],
  ['demo-institution', 'GET', () => '/api/v1/payee-accounts/mine', 200],
  ['demo-staff', 'GET', () => '/api/v1/payee-accounts/mine', 403],
  ['demo-finance', 'POST', () => '/api/v1/subsidies/employment-evidence', 403],
  ['demo-worker', 'POST', () => '/api/v1/subsidies/employment-evidence', 403],
  // 领券活动: staff of a region keep them, everyone who reads vouchers lists them, workers claim
  ['demo-staff-city', 'GET', () => '/api/v1/vouchers/offerings', 200],
  ['demo-finance', 'GET', () => '/api/v1/vouchers/offerings', 200],
  ['demo-institution', 'GET', () => '/api/v1/vouchers/offerings', 403],
  ['demo-worker', 'GET', () => '/api/v1/vouchers/offerings', 403],
  ['demo-finance', 'POST', () => '/api/v1/vouchers/offerings', 403],
  ['demo-worker', 'POST', () => '/api/v1/vouchers/offerings', 403],
  ['demo-worker', 'GET', () => '/api/v1/vouchers/offerings/available', 200],
  ['demo-staff-city', 'GET', () => '/api/v1/vouchers/offerings/available', 403],
  ['demo-worker', 'POST', () => '/api/v1/vouchers/card-sync', 403],
  ['demo-finance', 'POST', () => '/api/v1/vouchers/card-sync', 403],
];

describe('access matrix', () => {
  it.each(matrix)('%s %s %s → %i', async (account, method, url, status) => {
    const response = await t.request({
      method,
      url: url(),
      ...(account ? { cookie: cookies[account] } : {}),
      ...(method === 'POST' ? { body: {} } : {}),
    });
    expect(response.statusCode, response.body).toBe(status);
  });

  it('filters lists to the region subtree, whatever the filter asks', async () => {
    const cityAdmin = await t.request({
      method: 'POST',
      url: '/api/v1/users',
      cookie: cookies['demo-admin'],
      body: {
        username: 'zz-admin',
        password: 'abcdef12345',
        displayName: '郑州管理员',
        role: 'admin',
        regionCode: '410100',
      },
    });
    expect(cityAdmin.statusCode).toBe(201);
    const cookie = await t.login('zz-admin', 'abcdef12345');
    const list = await t.request({ url: '/api/v1/users?pageSize=200', cookie });
    const regions = (list.json().items as { regionCode: string }[]).map((u) => u.regionCode);
    expect(regions.length).toBeGreaterThan(0);
    expect(regions.every((code) => code.startsWith('4101'))).toBe(true);
    expect((await t.request({ url: '/api/v1/users?region=410200', cookie })).statusCode).toBe(404);
    expect((await t.request({ url: `/api/v1/users/${kaifengUser}`, cookie })).statusCode).toBe(404);
    const outside = await t.request({
      method: 'POST',
      url: '/api/v1/users',
      cookie,
      body: {
        username: 'kf-staff',
        password: 'abcdef12345',
        displayName: '开封经办',
        role: 'staff',
        regionCode: '410200',
      },
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.details[0]).toMatchObject({
      field: 'regionCode',
      reason: 'region_outside_scope',
    });
    const disable = await t.request({
      method: 'PATCH',
      url: `/api/v1/users/${kaifengUser}`,
      cookie,
      body: { disabled: true },
    });
    expect(disable.statusCode).toBe(404);
  });

  it('audits every read of a full ID number', async () => {
    const response = await t.request({
      method: 'POST',
      url: `/api/v1/people/${zhengzhouPerson}/id-number`,
      cookie: cookies['demo-staff-city'],
      body: { reason: '核对培训报名信息' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().idNumber).toMatch(/^4101\d{13}[\dX]$/);
    const audit = await t.request({
      url: `/api/v1/audit?action=person.read_id_number&entityId=${zhengzhouPerson}`,
      cookie: cookies['demo-auditor'],
    });
    expect(audit.json().items[0]).toMatchObject({
      actorUsername: 'demo-staff-city',
      reason: '核对培训报名信息',
    });
    const denied = await t.request({
      method: 'POST',
      url: `/api/v1/people/${kaifengPerson}/id-number`,
      cookie: cookies['demo-staff-city'],
      body: { reason: '越权查看' },
    });
    expect(denied.statusCode).toBe(404);
  });
});
