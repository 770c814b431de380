import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { auditActions } from '../institutions/test-fixtures';

let t: TestApp;
let cookies: Record<string, string> = {};
let province = '';
let city = '';

const REVIEWER = { username: 'policy-reviewer', password: 'Zhengce2026x' };
const CITY_ADMIN = { username: 'city-policy-admin', password: 'Zhengce2026y' };

async function createAdmin(account: { username: string; password: string }, regionCode: string) {
  const created = await t.request({
    method: 'POST',
    url: '/api/v1/users',
    cookie: cookies['demo-admin'],
    body: { ...account, displayName: `${account.username} 管理员`, role: 'admin', regionCode },
  });
  expect(created.statusCode, created.body).toBe(201);
  return t.login(account.username, account.password);
}

beforeAll(async () => {
  t = await startTestApp();
  cookies = await t.loginAll(['demo-admin', 'demo-staff', 'demo-staff-city', 'demo-worker']);
  const me = await t.request({ url: '/api/v1/auth/me', cookie: cookies['demo-admin'] });
  province = me.json().user.regionCode;
  const staffCity = await t.request({ url: '/api/v1/auth/me', cookie: cookies['demo-staff-city'] });
  city = staffCity.json().user.regionCode;
  cookies.reviewer = await createAdmin(REVIEWER, province);
  cookies.cityAdmin = await createAdmin(CITY_ADMIN, city);
});
afterAll(async () => {
  await t?.close();
});

const admin = () => cookies['demo-admin']!;
const post = (url: string, cookie: string, body: unknown = {}) =>
  t.request({ method: 'POST', url, cookie, body });
type Document = { rules: Record<string, Record<string, unknown>>; shortageOccupations: unknown[] };

/** Which rules apply in a region on a day, as the staff's API answers. */
async function effective(region: string, on: string) {
  const response = await t.request({
    url: `/api/v1/subsidies/policies/effective?region=${region}&on=${on}`,
    cookie: admin(),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function nationalDefault(): Promise<Document> {
  const response = await t.request({ url: '/api/v1/subsidies/policies/national-default', cookie: admin() });
  expect(response.statusCode, response.body).toBe(200);
  expect(response.json().version).toBe('national-default');
  return response.json().document;
}

async function draft(cookie: string, body: Record<string, unknown>) {
  const response = await post('/api/v1/subsidies/policies', cookie, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json().policy as {
    id: string;
    version: number;
    label: string;
    status: string;
    document: Document;
  };
}

describe('the national default', () => {
  it('ships the amounts of the rules A4 and B2 in fen', async () => {
    const document = await nationalDefault();
    expect(document.rules.A4!.skillLevelFen).toEqual({
      L5: 120000,
      L4: 160000,
      L3: 200000,
      L2: 400000,
      L1: 500000,
    });
    expect(document.rules.A4!.trainingCapFen).toBe(70000);
    expect(document.rules.B2!.levelFen).toEqual({ L5: 100000, L4: 150000, L3: 200000 });
    expect(document.rules.A3!.minAttendanceBasisPoints).toBe(8000);
  });
});

describe('a province version', () => {
  let id = '';

  it('is drafted from the rules in force and refuses a document that does not parse, changing nothing', async () => {
    const created = await draft(admin(), {
      title: '河南省职业技能培训补贴政策（2027）',
      effectiveFrom: '2027-01-01',
    });
    id = created.id;
    expect(created).toMatchObject({ status: 'draft', version: 1, label: `${province}-v1` });
    expect(created.document).toEqual(await nationalDefault());

    const bad = structuredClone(created.document);
    bad.rules.A9 = {};
    (bad.rules.A4!.skillLevelFen as Record<string, number>).L3 = -5;
    (bad.rules.A4!.skillLevelFen as Record<string, number>).L6 = 100;
    const refused = await t.request({
      method: 'PUT',
      url: `/api/v1/subsidies/policies/${id}`,
      cookie: admin(),
      body: { title: '改坏的版本', effectiveFrom: '2027-01-01', document: bad },
    });
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().error.code).toBe('subsidies.policy_invalid');
    const fields = refused.json().error.details.map((d: { field: string }) => d.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'document.rules.A9',
        'document.rules.A4.skillLevelFen.L3',
        'document.rules.A4.skillLevelFen.L6',
      ]),
    );
    const unchanged = await t.request({ url: `/api/v1/subsidies/policies/${id}`, cookie: admin() });
    expect(unchanged.json().policy.title).toBe('河南省职业技能培训补贴政策（2027）');
  });

  it('is edited, submitted, refused to its author and published by a second administrator', async () => {
    const document = await nationalDefault();
    (document.rules.A4!.skillLevelFen as Record<string, number>).L3 = 220000;
    document.shortageOccupations = [{ occupationCode: '4-10-01-05', from: '2027-01-01', to: '2027-12-31' }];
    const edited = await t.request({
      method: 'PUT',
      url: `/api/v1/subsidies/policies/${id}`,
      cookie: admin(),
      body: { title: '河南省职业技能培训补贴政策（2027）', effectiveFrom: '2027-01-01', document },
    });
    expect(edited.statusCode, edited.body).toBe(200);

    expect((await post(`/api/v1/subsidies/policies/${id}/submit`, admin())).json().policy.status).toBe(
      'submitted',
    );
    const own = await post(`/api/v1/subsidies/policies/${id}/publish`, admin());
    expect(own.statusCode).toBe(403);
    expect(own.json().error.code).toBe('subsidies.own_policy');
    const editAfterSubmit = await t.request({
      method: 'PUT',
      url: `/api/v1/subsidies/policies/${id}`,
      cookie: admin(),
      body: { title: 'x', effectiveFrom: '2027-01-01', document },
    });
    expect(editAfterSubmit.statusCode).toBe(409);
    expect(editAfterSubmit.json().error.code).toBe('subsidies.policy_state');

    const published = await post(`/api/v1/subsidies/policies/${id}/publish`, cookies.reviewer!, {
      note: '经审核',
    });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().policy).toMatchObject({ status: 'published', decisionNote: '经审核' });
    expect(await auditActions(t, id)).toEqual([
      'subsidy_policy.draft',
      'subsidy_policy.edit',
      'subsidy_policy.submit',
      'subsidy_policy.publish',
    ]);
  });

  it('applies to the province and its cities from its effective date, the national default before', async () => {
    expect((await effective(city, '2027-03-01')).version).toBe(`${province}-v1`);
    expect((await effective(province, '2027-01-01')).document.rules.A4.skillLevelFen.L3).toBe(220000);
    expect((await effective(city, '2026-12-31')).version).toBe('national-default');
  });

  it('lets a city only narrow the province’s rules', async () => {
    const wider = await nationalDefault();
    (wider.rules.A4!.skillLevelFen as Record<string, number>).L3 = 250000;
    const created = await draft(cookies.cityAdmin!, {
      title: '市级补贴政策',
      effectiveFrom: '2027-02-01',
      document: wider,
    });
    expect(created.label).toBe(`${city}-v1`);
    const refused = await post(`/api/v1/subsidies/policies/${created.id}/submit`, cookies.cityAdmin!);
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().error.code).toBe('subsidies.policy_not_narrower');
    expect(refused.json().error.details.map((d: { field: string }) => d.field)).toContain(
      'document.rules.A4.skillLevelFen.L3',
    );

    const narrower = structuredClone(wider);
    (narrower.rules.A4!.skillLevelFen as Record<string, number>).L3 = 180000;
    narrower.shortageOccupations = [];
    const edited = await t.request({
      method: 'PUT',
      url: `/api/v1/subsidies/policies/${created.id}`,
      cookie: cookies.cityAdmin!,
      body: { title: '市级补贴政策', effectiveFrom: '2027-02-01', document: narrower },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const submitted = await post(`/api/v1/subsidies/policies/${created.id}/submit`, cookies.cityAdmin!);
    expect(submitted.statusCode, submitted.body).toBe(200);
    // The province's administrator sees the city's version (their subtree) and decides on it.
    const published = await post(`/api/v1/subsidies/policies/${created.id}/publish`, admin());
    expect(published.statusCode, published.body).toBe(200);
    expect((await effective(city, '2027-02-01')).version).toBe(`${city}-v1`);
    expect((await effective(city, '2027-01-31')).version).toBe(`${province}-v1`);
  });

  it('stops applying once withdrawn with a reason', async () => {
    const missing = await post(`/api/v1/subsidies/policies/${id}/withdraw`, cookies.reviewer!, {});
    expect(missing.statusCode).toBe(400);
    const withdrawn = await post(`/api/v1/subsidies/policies/${id}/withdraw`, cookies.reviewer!, {
      note: '新政策另行发布',
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect((await effective(province, '2027-03-01')).version).toBe('national-default');
  });
});

describe('who may see and change policies', () => {
  it('lets staff read but not draft, and keeps workers out', async () => {
    const listed = await t.request({ url: '/api/v1/subsidies/policies', cookie: cookies['demo-staff'] });
    expect(listed.statusCode).toBe(200);
    expect(listed.json().total).toBeGreaterThanOrEqual(2);
    const staffDraft = await post('/api/v1/subsidies/policies', cookies['demo-staff']!, {
      title: 'x',
      effectiveFrom: '2027-01-01',
    });
    expect(staffDraft.statusCode).toBe(403);
    const worker = await t.request({ url: '/api/v1/subsidies/policies', cookie: cookies['demo-worker'] });
    expect(worker.statusCode).toBe(403);
  });

  it('hides the province’s versions from a city administrator', async () => {
    const listed = await t.request({ url: '/api/v1/subsidies/policies', cookie: cookies.cityAdmin! });
    expect(listed.json().items.every((p: { regionCode: string }) => p.regionCode === city)).toBe(true);
  });
});
