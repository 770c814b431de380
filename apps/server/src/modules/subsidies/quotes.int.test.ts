import { certificates, enrolments, insurancePeriods, people, subsidyGrants } from '@qiancheng/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test-support/test-app';

/**
 * Quotes on the demo's 养老护理员（四级）class under the national default rules. The amounts are
 * worked out by hand from the rules: 四级 pays 1 600 元, the project's consumables are 中等
 * (×110%), so 1 760 元, below the 1 800 元 fee; 80% (1 408 元) on the certificate and the
 * remaining 352 元 on evidence of employment within six months of the class's end (2026-09-25).
 */
let t: TestApp;
let cookies: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp();
  cookies = await t.loginAll(['demo-staff', 'demo-staff-city2', 'demo-worker', 'demo-institution']);
});
afterAll(() => t?.close());

async function trainee(name: string) {
  const [person] = await t.platform.db.select().from(people).where(eq(people.name, name));
  const held = await t.platform.db.select().from(certificates).where(eq(certificates.personId, person!.id));
  const [enrolment] = await t.platform.db
    .select()
    .from(enrolments)
    .where(eq(enrolments.personId, person!.id));
  return {
    personId: person!.id,
    enrolmentId: enrolment!.id,
    skillCertificate: held.find((c) => c.kind === 'skill_level'),
    trainingCertificate: held.find((c) => c.kind === 'training'),
  };
}

const quote = (cookie: string, body: Record<string, unknown>) =>
  t.request({ method: 'POST', url: '/api/v1/subsidies/quote', cookie, body });

describe('the training subsidy of a trainee of the demo class', () => {
  it('is 1 760 元 in two stages for a trainee who attended, passed and holds a 四级 certificate', async () => {
    const { enrolmentId } = await trainee('赵秀英');
    const response = await quote(cookies['demo-staff']!, { kind: 'enrolment', enrolmentId });
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json().quote;
    expect(result).toMatchObject({
      scheme: 'training',
      eligible: true,
      amountFen: 176000,
      payee: 'institution',
      fund: 'employment_subsidy',
      policy: { version: 'national-default', regionCode: null },
      person: { name: '赵秀英' },
      subject: { occupationCode: '4-10-01-05', occupationName: '养老护理员' },
      unmet: [],
    });
    expect(result.person.idNumberMasked).toMatch(/^4101\*+\d{3}[\dX]$/);
    expect(
      result.stages.map((s: { stage: string; amountFen: number; status: string }) => [
        s.stage,
        s.amountFen,
        s.status,
      ]),
    ).toEqual([
      ['certification', 140800, 'payable'],
      ['employment', 35200, 'pending'],
    ]);
    expect(result.stages[1].dueBy).toBe('2027-03-25');
    expect(result.lines.map((l: { code: string }) => l.code)).toEqual([
      'a4_skill_level',
      'a5_consumables',
      'a8_payee',
    ]);
    expect(result.lines[0].text['zh-CN']).toContain('四级');
  });

  it('is refused, with the reasons, to a trainee who stopped coming halfway and failed', async () => {
    const { enrolmentId } = await trainee('郑海波');
    const response = await quote(cookies['demo-staff']!, { kind: 'enrolment', enrolmentId });
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json().quote;
    expect(result).toMatchObject({ eligible: false, amountFen: 0, stages: [] });
    const codes = result.unmet.map((u: { code: string }) => u.code);
    expect(codes).toContain('a3_attendance_low');
    const attendance = result.unmet.find((u: { code: string }) => u.code === 'a3_attendance_low');
    expect(attendance.params.attendedBasisPoints).toBeGreaterThanOrEqual(5000);
    expect(attendance.params.attendedBasisPoints).toBeLessThan(6000);
    expect(attendance.text['zh-CN']).toMatch(/^出勤率 5\d(\.\d+)?%，低于要求的 80%$/);
  });

  it('is not shown to staff of another city, nor to the institution', async () => {
    const { enrolmentId } = await trainee('赵秀英');
    expect((await quote(cookies['demo-staff-city2']!, { kind: 'enrolment', enrolmentId })).statusCode).toBe(
      404,
    );
    expect((await quote(cookies['demo-institution']!, { kind: 'enrolment', enrolmentId })).statusCode).toBe(
      403,
    );
  });
});

describe('the skill-upgrade subsidy of a certificate', () => {
  it('needs 12 months of unemployment insurance, then pays 1 500 元 for 四级 to the worker', async () => {
    const { personId, skillCertificate } = await trainee('赵秀英');
    const body = { kind: 'certificate', certificateId: skillCertificate!.id, applicationDate: '2026-10-15' };
    const short = (await quote(cookies['demo-staff']!, body)).json().quote;
    expect(short).toMatchObject({ scheme: 'skill_upgrade', eligible: false, amountFen: 0 });
    expect(short.unmet.map((u: { code: string }) => u.code)).toEqual(['b1_insured_months_short']);

    // Insured from October 2025: September 2026 is the twelfth month, the certificate's month.
    await t.platform.db.insert(insurancePeriods).values({
      personId,
      insurance: 'unemployment',
      fromMonth: '2025-10-01',
      source: 'import',
    });
    const insured = (await quote(cookies['demo-staff']!, body)).json().quote;
    expect(insured).toMatchObject({
      eligible: true,
      amountFen: 150000,
      payee: 'individual',
      fund: 'unemployment_insurance',
      unmet: [],
    });
    expect(insured.lines[0].code).toBe('b2_level');
  });

  it('is refused once a year’s skill-upgrade subsidy was granted, and past the twelve months', async () => {
    const { personId, skillCertificate } = await trainee('赵秀英');
    const late = await quote(cookies['demo-staff']!, {
      kind: 'certificate',
      certificateId: skillCertificate!.id,
      applicationDate: '2027-09-29',
    });
    expect(late.json().quote.unmet.map((u: { code: string }) => u.code)).toContain('b2_application_late');

    await t.platform.db.insert(subsidyGrants).values({
      personId,
      scheme: 'skill_upgrade',
      occupationCode: '4-10-01-01',
      skillLevel: 'L5',
      certificateDate: '2026-03-10',
      regionCode: '410100',
      amountFen: 100000,
      refType: 'test',
      refId: 'earlier-2026',
    });
    const second = await quote(cookies['demo-staff']!, {
      kind: 'certificate',
      certificateId: skillCertificate!.id,
      applicationDate: '2026-10-15',
    });
    const codes = second.json().quote.unmet.map((u: { code: string }) => u.code);
    expect(second.json().quote.eligible).toBe(false);
    expect(codes.some((code: string) => code.startsWith('b3_'))).toBe(true);
  });

  it('is refused for a 培训合格证, which is not a skill certificate', async () => {
    const { trainingCertificate } = await trainee('赵秀英');
    const response = await quote(cookies['demo-staff']!, {
      kind: 'certificate',
      certificateId: trainingCertificate!.id,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('subsidies.certificate_not_upgradable');
  });
});

describe('quotes before training', () => {
  async function publishedProject(): Promise<{ id: string }> {
    const list = await t.request({
      url: '/api/v1/projects?status=published&occupation=4-10-01-05&pageSize=1',
      cookie: cookies['demo-staff']!,
    });
    expect(list.statusCode, list.body).toBe(200);
    return list.json().items[0];
  }

  it('shows a worker what a 四级 certificate from a project would bring them', async () => {
    const project = await publishedProject();
    const response = await quote(cookies['demo-worker']!, {
      kind: 'training_plan',
      projectId: project.id,
      targetGroup: 'rural_migrant_worker',
      result: 'skill_level',
      level: 'L4',
      feeFen: 180000,
    });
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json().quote;
    expect(result).toMatchObject({ eligible: true, amountFen: 176000, payee: 'institution' });
    // A worker is always quoted for themselves, whoever the body names.
    const other = await trainee('赵秀英');
    const named = await quote(cookies['demo-worker']!, {
      kind: 'training_plan',
      personId: other.personId,
      projectId: project.id,
      targetGroup: 'rural_migrant_worker',
      result: 'training',
      feeFen: 50000,
      attendedHours: 100,
    });
    expect(named.statusCode, named.body).toBe(200);
    expect(named.json().quote.person.id).toBe(result.person.id);
    expect(named.json().quote.person.id).not.toBe(other.personId);
  });

  it('caps a training-only result at its hourly amount and refuses low attendance', async () => {
    const project = await publishedProject();
    const base = {
      kind: 'training_plan',
      projectId: project.id,
      targetGroup: 'registered_unemployed',
      result: 'training',
      feeFen: 100000,
    };
    const full = (await quote(cookies['demo-worker']!, base)).json().quote;
    // 120 hours × 10 元 = 1 200 元, capped at 700 元, then ×110% for 中等 consumables: 770 元.
    expect(full).toMatchObject({ eligible: true, amountFen: 77000 });
    expect(full.lines.map((l: { code: string }) => l.code)).toEqual([
      'a4_training_hours_capped',
      'a5_consumables',
      'a8_payee',
    ]);
    const low = (await quote(cookies['demo-worker']!, { ...base, attendedHours: 60 })).json().quote;
    expect(low.eligible).toBe(false);
    expect(low.unmet.map((u: { code: string }) => u.code)).toContain('a3_attendance_low');
  });

  it('names the problem when staff quote for a person who is not registered', async () => {
    const project = await publishedProject();
    const response = await quote(cookies['demo-staff']!, {
      kind: 'training_plan',
      idNumber: '11010519491231002X',
      projectId: project.id,
      targetGroup: 'rural_migrant_worker',
      result: 'training',
      feeFen: 50000,
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('subsidies.person_unknown');
  });

  it('refuses a skill-level plan without a level and an unknown kind, field by field', async () => {
    const missingKind = await quote(cookies['demo-staff']!, { kind: 'lottery' });
    expect(missingKind.statusCode).toBe(400);
    const fee = await quote(cookies['demo-worker']!, {
      kind: 'upgrade_plan',
      occupationCode: '4-10-01-05',
      certificateType: 'skill_level',
      level: 'L4',
      certificateDate: 'yesterday',
    });
    expect(fee.statusCode).toBe(400);
    expect(fee.json().error.details.map((d: { field: string }) => d.field)).toContain('certificateDate');
  });
});
