import { enrolments, people } from '@qiancheng/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test-support/test-app';

/**
 * The second stage of 赵秀英's training subsidy (352 元 of 1 760 元) waits for evidence of stable
 * employment within six months of the class's end (2026-09-25 → 2027-03-25). The institution
 * records her labour contract; her quote shows the stage payable and the class's claim takes it.
 */
let t: TestApp;
let cookies: Record<string, string> = {};
let enrolmentId = '';

beforeAll(async () => {
  t = await startTestApp();
  cookies = await t.loginAll(['demo-institution', 'demo-staff', 'demo-staff-city2', 'demo-worker']);
  const [person] = await t.platform.db.select().from(people).where(eq(people.name, '赵秀英'));
  const [enrolment] = await t.platform.db
    .select()
    .from(enrolments)
    .where(eq(enrolments.personId, person!.id));
  enrolmentId = enrolment!.id;
});
afterAll(() => t?.close());

const record = (cookie: string, body: Record<string, unknown>) =>
  t.request({
    method: 'POST',
    url: '/api/v1/subsidies/employment-evidence',
    cookie,
    body: { enrolmentId, ...body },
  });

const stages = async () =>
  (
    await t.request({
      method: 'POST',
      url: '/api/v1/subsidies/quote',
      cookie: cookies['demo-staff']!,
      body: { kind: 'enrolment', enrolmentId },
    })
  )
    .json()
    .quote.stages.map((s: { stage: string; status: string; amountFen: number }) => [
      s.stage,
      s.status,
      s.amountFen,
    ]);

describe('employment evidence', () => {
  it('refuses evidence that does not say enough, field by field, and records nothing', async () => {
    const refused = await record(cookies['demo-institution']!, {
      kind: 'contract',
      employerName: '郑州市颐养院',
      startDate: '2099-01-01',
    });
    expect(refused.statusCode).toBe(400);
    expect(
      refused.json().error.details.map((d: { field: string; reason: string }) => `${d.field}:${d.reason}`),
    ).toEqual(['startDate:evidence_in_future', 'months:required']);
    const listed = await t.request({
      url: `/api/v1/subsidies/employment-evidence?enrolmentId=${enrolmentId}`,
      cookie: cookies['demo-institution']!,
    });
    expect(listed.json().items).toEqual([]);
    expect(await stages()).toEqual([
      ['certification', 'payable', 140800],
      ['employment', 'pending', 35200],
    ]);
  });

  it('releases the second stage once a six-month contract is recorded, and the claim takes it', async () => {
    const recorded = await record(cookies['demo-institution']!, {
      kind: 'contract',
      employerName: '郑州市颐养院',
      startDate: '2026-10-08',
      months: 12,
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    expect(recorded.json().evidence).toMatchObject({ kind: 'contract', startDate: '2026-10-08', months: 12 });
    expect(await stages()).toEqual([
      ['certification', 'payable', 140800],
      ['employment', 'payable', 35200],
    ]);
    const classes = await t.request({
      url: '/api/v1/classes?status=assessed',
      cookie: cookies['demo-institution'],
    });
    const claim = await t.request({
      method: 'POST',
      url: '/api/v1/claims',
      cookie: cookies['demo-institution']!,
      body: { classId: classes.json().items[0].id },
    });
    expect(claim.statusCode, claim.body).toBe(201);
    const hers = claim
      .json()
      .claim.lines.filter((l: { name: string; included: boolean }) => l.name === '赵秀英' && l.included);
    expect(hers.map((l: { stage: string; amountFen: number }) => [l.stage, l.amountFen])).toEqual([
      ['certification', 140800],
      ['employment', 35200],
    ]);
    expect(claim.json().claim.totalFen).toBe(4 * 140800 + 61600 + 35200);
  });

  it('is kept to the institution that trained her and staff of the class’s region', async () => {
    const body = { kind: 'domestic_service', employerName: '家政公司', startDate: '2026-11-01' };
    expect((await record(cookies['demo-staff-city2']!, body)).statusCode).toBe(404);
    expect((await record(cookies['demo-worker']!, body)).statusCode).toBe(403);
    const byStaff = await record(cookies['demo-staff']!, {
      kind: 'contributions',
      employerName: '郑州市颐养院',
      throughDate: '2026-11-30',
      months: 2,
    });
    expect(byStaff.statusCode, byStaff.body).toBe(201);
    expect(byStaff.json().evidence).toMatchObject({
      kind: 'contributions',
      throughDate: '2026-11-30',
      startDate: null,
    });
  });
});
