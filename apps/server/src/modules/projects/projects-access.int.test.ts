import { catalogues, projects } from '@qiancheng/db';
import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { DEMO_ACCOUNTS } from '../demo/accounts';

/**
 * Role × region × endpoint for projects, catalogues and the portal, on the demo data: 郑州 (410100)
 * and 开封 (410200) each have published projects; the province has a published catalogue.
 */
let t: TestApp;
let cookies: Record<string, string> = {};
let zhengzhouProject = '';
let kaifengProject = '';
let provinceCatalogue = '';

beforeAll(async () => {
  t = await startTestApp();
  cookies = await t.loginAll([...DEMO_ACCOUNTS.map((a) => a.username), 'demo-worker']);
  const inCity = async (prefix: string) =>
    (
      await t.platform.db
        .select({ id: projects.id })
        .from(projects)
        .where(and(eq(projects.status, 'published'), like(projects.regionCode, `${prefix}%`)))
    )[0]!.id;
  zhengzhouProject = await inCity('4101');
  kaifengProject = await inCity('4102');
  provinceCatalogue = (await t.platform.db.select({ id: catalogues.id }).from(catalogues))[0]!.id;
});
afterAll(() => t.close());

type Method = 'GET' | 'POST' | 'PATCH';
type Case = [account: string | null, method: Method, url: () => string, status: number];

const matrix: Case[] = [
  // the public portal needs no sign-in
  [null, 'GET', () => '/api/v1/public/projects', 200],
  [null, 'GET', () => `/api/v1/public/projects/${zhengzhouProject}`, 200],
  [null, 'GET', () => '/api/v1/public/navigation', 200],
  [null, 'GET', () => '/api/v1/public/catalogues', 200],
  [null, 'GET', () => `/api/v1/public/catalogues/${provinceCatalogue}`, 200],
  [null, 'GET', () => `/api/v1/public/catalogues/${provinceCatalogue}/export`, 200],
  ['demo-worker', 'GET', () => '/api/v1/public/projects', 200],
  // staff endpoints need sign-in
  [null, 'GET', () => '/api/v1/projects', 401],
  [null, 'POST', () => '/api/v1/projects', 401],
  [null, 'GET', () => '/api/v1/catalogues', 401],
  // province staff see the province
  ['demo-staff', 'GET', () => '/api/v1/projects', 200],
  ['demo-staff', 'GET', () => `/api/v1/projects/${kaifengProject}`, 200],
  ['demo-staff', 'GET', () => '/api/v1/projects?region=410200', 200],
  ['demo-staff', 'GET', () => '/api/v1/projects?region=420000', 403],
  ['demo-staff', 'GET', () => `/api/v1/catalogues/${provinceCatalogue}`, 200],
  // city staff see their city only
  ['demo-staff-city', 'GET', () => `/api/v1/projects/${zhengzhouProject}`, 200],
  ['demo-staff-city', 'GET', () => `/api/v1/projects/${kaifengProject}`, 404],
  ['demo-staff-city', 'GET', () => '/api/v1/projects?region=410200', 403],
  ['demo-staff-city', 'GET', () => '/api/v1/projects?region=410000', 403],
  ['demo-staff-city', 'POST', () => `/api/v1/projects/${kaifengProject}/withdraw`, 404],
  ['demo-staff-city', 'POST', () => `/api/v1/projects/${kaifengProject}/adjust`, 404],
  ['demo-staff-city', 'PATCH', () => `/api/v1/projects/${kaifengProject}`, 404],
  ['demo-staff-city', 'GET', () => `/api/v1/catalogues/${provinceCatalogue}`, 404],
  ['demo-staff-city', 'POST', () => `/api/v1/catalogues/${provinceCatalogue}/publish`, 404],
  ['demo-staff-city2', 'GET', () => `/api/v1/projects/${kaifengProject}`, 200],
  ['demo-staff-city2', 'GET', () => `/api/v1/projects/${zhengzhouProject}`, 404],
  // readers read but do not manage
  ['demo-finance', 'GET', () => '/api/v1/projects', 200],
  ['demo-finance', 'GET', () => `/api/v1/projects/${kaifengProject}`, 200],
  ['demo-finance', 'POST', () => '/api/v1/projects', 403],
  ['demo-auditor', 'GET', () => `/api/v1/projects/${zhengzhouProject}`, 200],
  ['demo-auditor', 'POST', () => `/api/v1/projects/${zhengzhouProject}/publish`, 403],
  ['demo-auditor', 'GET', () => '/api/v1/catalogues', 403],
  ['demo-admin', 'GET', () => '/api/v1/projects', 200],
  ['demo-admin', 'POST', () => '/api/v1/catalogues', 403],
  // organisations and workers cannot see or manage projects
  ['demo-worker', 'GET', () => '/api/v1/projects', 403],
  ['demo-worker', 'POST', () => '/api/v1/projects', 403],
  ['demo-worker', 'POST', () => `/api/v1/projects/${zhengzhouProject}/withdraw`, 403],
  ['demo-worker', 'POST', () => '/api/v1/catalogues', 403],
  ['demo-enterprise', 'GET', () => `/api/v1/projects/${zhengzhouProject}`, 403],
  ['demo-institution', 'PATCH', () => `/api/v1/projects/${zhengzhouProject}`, 403],
  ['demo-assessor', 'GET', () => '/api/v1/catalogues', 403],
];

const bodies: Record<string, unknown> = {
  withdraw: { reason: '越权撤回测试' },
  adjust: { reason: '越权调整测试', hoursTheory: 1 },
};

describe('projects, catalogues and portal access', () => {
  it.each(matrix)('%s %s %s → %i', async (account, method, url, status) => {
    const path = url();
    const action = path.split('/').at(-1) ?? '';
    const response = await t.request({
      method,
      url: path,
      ...(account ? { cookie: cookies[account] } : {}),
      ...(method === 'GET' ? {} : { body: bodies[action] ?? {} }),
    });
    expect(response.statusCode, response.body).toBe(status);
  });

  it('lists only projects of the staff region, whatever is asked', async () => {
    const list = (
      await t.request({ url: '/api/v1/projects?pageSize=200', cookie: cookies['demo-staff-city2'] })
    ).json();
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((p: { regionCode: string }) => p.regionCode.startsWith('4102'))).toBe(true);
  });

  it('shows the demo projects on the public portal and the overview', async () => {
    const overview = (await t.request({ url: '/api/v1/public/overview' })).json();
    expect(overview.figures.publishedProjects).toBeGreaterThanOrEqual(12);
    const found = (
      await t.request({ url: `/api/v1/public/projects?q=${encodeURIComponent('养老护理')}` })
    ).json();
    expect(found.items.map((p: { occupationCode: string }) => p.occupationCode)).toContain('4-10-01-05');
    const care = found.items.find(
      (p: { occupationCode: string; regionCode: string }) =>
        p.occupationCode === '4-10-01-05' && p.regionCode === '410100',
    );
    const detail = (
      await t.request({ url: `/api/v1/projects/${care.id}`, cookie: cookies['demo-staff'] })
    ).json();
    expect(detail.demandLines.length).toBeGreaterThan(0);
    expect(
      detail.demandLines.every((l: { occupationCode: string }) => l.occupationCode === '4-10-01-05'),
    ).toBe(true);
    const finance = (
      await t.request({ url: `/api/v1/projects/${care.id}`, cookie: cookies['demo-finance'] })
    ).json();
    expect(finance.demandLines).toEqual([]);
    const catalogue = (await t.request({ url: `/api/v1/public/catalogues/${provinceCatalogue}` })).json();
    expect(catalogue.catalogue.title).toBe('河南省2026年度职业技能培训需求指导目录');
    expect(catalogue.changes).toHaveLength(1);
  });
});
