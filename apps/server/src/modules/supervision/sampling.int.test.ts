import { supervisionChecks, supervisionSamples } from '@qiancheng/db';
import { weightedSample } from '@qiancheng/domain/supervision/weighted-sample';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { demoStaff, readyInstitution } from '../classes/test-fixtures';
import { futureDay } from '../demand/fixtures/workbooks';
import { auditActions } from '../institutions/test-fixtures';
import { classOnDays } from './test-fixtures';

let t: TestApp;
let cookies: Record<string, string> = {};
/** The running classes by name: a1, a2 (in progress) of a normal institution, b of a warned one, c of one with findings. */
const classes: Record<string, string> = {};
let past = '';
/** How many classes run in 郑州: the test's four, and any of the demo's own. */
let population = 0;

beforeAll(async () => {
  t = await startTestApp();
  cookies = await t.loginAll([
    'demo-staff',
    'demo-staff-city',
    'demo-staff-city2',
    'demo-auditor',
    'demo-institution',
  ]);
  const staff = demoStaff(cookies);
  const city = staff.city;
  const [a, b, c] = [
    await readyInstitution(t, 701, staff),
    await readyInstitution(t, 702, staff),
    await readyInstitution(t, 703, staff),
  ];
  classes.a1 = (await classOnDays(t, a, city, 3, '711')).id;
  classes.a2 = (await classOnDays(t, a, city, -1, '712')).id;
  const started = await t.request({
    method: 'POST',
    url: `/api/v1/classes/${classes.a2}/start`,
    cookie: a.cookie,
  });
  expect(started.json().class.status).toBe('in_progress');
  // Approved, but its sessions are over: not running, never drawn.
  past = (await classOnDays(t, a, city, -6, '713')).id;
  classes.b = (await classOnDays(t, b, city, 5, '714')).id;
  classes.c = (await classOnDays(t, c, city, 7, '715')).id;

  const warned = await t.request({
    method: 'POST',
    url: `/api/v1/institutions/${b.institutionId}/status`,
    cookie: city,
    body: { status: 'warned', reason: '培训记录不完整，予以警示' },
  });
  expect(warned.statusCode, warned.body).toBe(200);
  for (const foundOn of [futureDay(-10), futureDay(-200), futureDay(-400)]) {
    const finding = await t.request({
      method: 'POST',
      url: `/api/v1/institutions/${c.institutionId}/findings`,
      cookie: city,
      body: { source: 'complaint', severity: 'minor', description: '学员投诉课时不足', foundOn },
    });
    expect(finding.statusCode, finding.body).toBe(200);
  }
});
afterAll(async () => {
  await t?.close();
});

const draw = (body: unknown, cookie = cookies['demo-staff-city']!) =>
  t.request({ method: 'POST', url: '/api/v1/supervision/samples', cookie, body });

const sampleCount = async () => (await t.platform.db.select().from(supervisionSamples)).length;

describe('the population of running classes', () => {
  it('holds classes in progress or with sessions ahead, weighted by standing and recent findings', async () => {
    const response = await t.request({
      url: '/api/v1/supervision/population?pageSize=50',
      cookie: cookies['demo-staff-city'],
    });
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json().items as {
      classId: string;
      weight: number;
      standing: string;
      findings: number;
    }[];
    population = response.json().total;
    const byClass = new Map(items.map((item) => [item.classId, item]));
    expect(items.map((item) => item.classId)).toEqual(expect.arrayContaining(Object.values(classes)));
    expect(byClass.has(past)).toBe(false);
    expect(byClass.get(classes.a1!)).toMatchObject({ weight: 1, standing: 'normal', findings: 0 });
    expect(byClass.get(classes.a2!)).toMatchObject({ weight: 1, standing: 'normal', findings: 0 });
    // Warned: two tickets. Two findings within the year (the one 400 days ago no longer counts): three.
    expect(byClass.get(classes.b!)).toMatchObject({ weight: 2, standing: 'warned', findings: 0 });
    expect(byClass.get(classes.c!)).toMatchObject({ weight: 3, standing: 'normal', findings: 2 });
  });
});

describe('drawing a sample', () => {
  it('stores the seed and weights, checks exactly what the seed draws, and is audited', async () => {
    const response = await draw({ kind: 'onsite', size: 3, plannedOn: futureDay(3) });
    expect(response.statusCode, response.body).toBe(201);
    const detail = response.json();
    expect(detail.sample).toMatchObject({
      kind: 'onsite',
      size: 3,
      population,
      drawn: 3,
      regionCode: '410100',
    });
    expect(detail.sample.seed).toMatch(/^[0-9a-f]{32}$/);
    expect(detail.verified).toBe(true);

    const [stored] = await t.platform.db
      .select()
      .from(supervisionSamples)
      .where(eq(supervisionSamples.id, detail.sample.id));
    const weights = new Map(stored!.weights.map((w) => [w.classId, w.weight]));
    expect(Object.fromEntries(Object.entries(classes).map(([name, id]) => [name, weights.get(id)]))).toEqual({
      a1: 1,
      a2: 1,
      b: 2,
      c: 3,
    });
    // The draw is the seeded draw over the stored population, in the stored order.
    const expected = weightedSample(stored!.weights, 3, stored!.seed).map((w) => w.classId);
    expect(detail.checks.map((c: { classId: string }) => c.classId)).toEqual(expected);
    const checks = await t.platform.db
      .select()
      .from(supervisionChecks)
      .where(eq(supervisionChecks.sampleId, detail.sample.id));
    expect(checks.map((c) => c.classId).sort()).toEqual([...expected].sort());
    expect(checks.every((c) => c.status === 'planned' && c.plannedOn === futureDay(3))).toBe(true);
    expect(
      detail.population.filter((p: { drawnOrder: number | null }) => p.drawnOrder !== null),
    ).toHaveLength(3);

    expect(await auditActions(t, detail.sample.id)).toEqual(['supervision.sample.draw']);
    for (const check of checks) expect(await auditActions(t, check.id)).toEqual(['supervision.check.create']);
  });

  it('draws the whole population when the sample is larger', async () => {
    const response = await draw({ kind: 'remote', size: 50 });
    expect(response.statusCode, response.body).toBe(201);
    const detail = response.json();
    expect(detail.sample).toMatchObject({ size: 50, population, drawn: population });
    expect(detail.checks.map((c: { classId: string }) => c.classId)).toEqual(
      expect.arrayContaining(Object.values(classes)),
    );
    // A remote sample's checks wait for staff to send each request while the class is in session.
    expect(
      detail.checks.every(
        (c: { status: string; kind: string }) => c.status === 'planned' && c.kind === 'remote',
      ),
    ).toBe(true);
    const request = await t.request({
      method: 'POST',
      url: `/api/v1/supervision/checks/${detail.checks[0].id}/request`,
      cookie: cookies['demo-staff-city'],
      body: { withinMinutes: 60 },
    });
    expect(request.statusCode, request.body).toBe(200);
    expect(request.json().check.status).toBe('requested');
  });

  it.each([
    ['no size', { kind: 'onsite', plannedOn: futureDay(1) }, 'size', 'required'],
    ['a size of 0', { kind: 'onsite', size: 0, plannedOn: futureDay(1) }, 'size', 'too_small'],
    ['a size over 200', { kind: 'remote', size: 201 }, 'size', 'too_big'],
    ['an unknown kind', { kind: 'phone', size: 1 }, 'kind', 'invalid_value'],
    ['an on-site sample without a day', { kind: 'onsite', size: 1 }, 'plannedOn', 'required'],
    ['a day in the past', { kind: 'onsite', size: 1, plannedOn: futureDay(-1) }, 'plannedOn', 'date_in_past'],
    [
      'a seed of the caller’s choosing',
      { kind: 'remote', size: 1, seed: '0'.repeat(32) },
      'seed',
      'unknown_field',
    ],
  ])('refuses %s by field, drawing nothing', async (_, body, field, reason) => {
    const before = await sampleCount();
    const response = await draw(body);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.details).toEqual([expect.objectContaining({ field, reason })]);
    expect(response.json().error.details[0].message).not.toBe('');
    expect(await sampleCount()).toBe(before);
  });

  it('refuses a region outside the caller’s and a region with nothing running, in the caller’s language', async () => {
    const before = await sampleCount();
    const outside = await draw({ kind: 'remote', size: 1, regionCode: '410200' });
    expect(outside.statusCode).toBe(403);
    const empty = await t.request({
      method: 'POST',
      url: '/api/v1/supervision/samples',
      cookie: cookies['demo-staff-city'],
      body: { kind: 'remote', size: 1, regionCode: '410105' },
      headers: { 'accept-language': 'en-US' },
    });
    expect(empty.statusCode).toBe(409);
    expect(empty.json().error).toMatchObject({ code: 'supervision.population_empty' });
    expect(empty.json().error.message).toMatch(/no running classes in 金水区/);
    const none = await draw({ kind: 'remote', size: 1 }, cookies['demo-staff-city2']);
    expect(none.json().error.message).toContain('开封市目前没有在训的班级');
    expect(await sampleCount()).toBe(before);
  });
});

describe('reading samples', () => {
  it('shows a region’s samples to its staff and auditors, and nothing of them to others', async () => {
    const list = await t.request({ url: '/api/v1/supervision/samples', cookie: cookies['demo-auditor'] });
    expect(list.statusCode).toBe(200);
    expect(list.json().total).toBe(2);
    const [latest] = list.json().items;
    const other = cookies['demo-staff-city2']!;
    expect((await t.request({ url: '/api/v1/supervision/samples', cookie: other })).json().total).toBe(0);
    expect(
      (await t.request({ url: `/api/v1/supervision/samples/${latest.id}`, cookie: other })).statusCode,
    ).toBe(404);
    expect((await t.request({ url: '/api/v1/supervision/checks', cookie: other })).json().total).toBe(0);
    const institution = cookies['demo-institution']!;
    expect((await t.request({ url: '/api/v1/supervision/samples', cookie: institution })).statusCode).toBe(
      403,
    );
    expect((await draw({ kind: 'remote', size: 1 }, cookies['demo-auditor'])).statusCode).toBe(403);
  });

  it('exports a sample’s checks and the basis of its draw as a workbook', async () => {
    const [sample] = (
      await t.request({ url: '/api/v1/supervision/samples?kind=onsite', cookie: cookies['demo-staff'] })
    ).json().items;
    const response = await t.request({
      url: `/api/v1/supervision/samples/${sample.id}/export`,
      cookie: cookies['demo-staff-city'],
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toContain(encodeURIComponent('过程监督抽查'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const checks = workbook.getWorksheet('检查清单')!;
    expect(checks.rowCount).toBe(2 + 3);
    expect(checks.getRow(3).getCell(6).value).toBe('现场检查');
    const basis = workbook.getWorksheet('抽样依据')!;
    expect(basis.getRow(2).getCell(2).value).toBe(sample.seed);
    expect(basis.getRow(5).getCell(2).value).toBe('按种子和权重重新抽取，结果一致');
    expect(basis.rowCount).toBe(7 + population);
    const auditor = await t.request({
      url: `/api/v1/supervision/samples/${sample.id}/export`,
      cookie: cookies['demo-auditor'],
    });
    expect(auditor.statusCode).toBe(403);
  });
});
