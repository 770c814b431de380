import { institutions, users } from '@qiancheng/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { futureDay } from '../demand/fixtures/workbooks';
import { auditActions, institutionCreditCode, registeredInstitution, registration } from './test-fixtures';

let t: TestApp;
let cookies: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp();
  cookies = await t.loginAll([
    'demo-staff',
    'demo-staff-city',
    'demo-staff-city2',
    'demo-institution',
    'demo-worker',
    'demo-auditor',
  ]);
});

afterAll(async () => {
  await t?.close();
});

const register = (body: unknown) => t.request({ method: 'POST', url: '/api/v1/institutions/register', body });

describe('registration', () => {
  it('creates the account and a pending registration, signed in, and audits both', async () => {
    const response = await register(registration(1));
    expect(response.statusCode, response.body).toBe(201);
    expect(response.cookies.find((c) => c.name === 'qc_session')).toBeDefined();
    expect(response.json().user.role).toBe('institution');
    const id = response.json().institutionId;
    const cookie = await t.login('inst-1', 'Peixun#2026');
    const mine = (await t.request({ url: '/api/v1/institutions/mine', cookie })).json().institution;
    expect(mine).toMatchObject({
      id,
      reviewStatus: 'pending',
      creditStatus: 'normal',
      contactPhoneMasked: '139****5678',
    });
    expect(mine.qualifications[0].state).toBe('valid');
    expect(mine.sites).toHaveLength(1);
    expect(mine.occupations).toEqual([{ code: '4-10-01-05', name: '养老护理员' }]);
    expect(await auditActions(t, id)).toContain('institution.register');
  });

  it.each([
    [
      'an invalid credit code',
      (b: ReturnType<typeof registration>) => {
        b.institution.creditCode = '91410100MA4000000X';
      },
      'institution.creditCode',
    ],
    [
      'an expired qualification',
      (b: ReturnType<typeof registration>) => {
        b.qualifications[0]!.validUntil = '2025-01-01';
      },
      'qualifications.0.validUntil',
    ],
    [
      'validity ending before it starts',
      (b: ReturnType<typeof registration>) => {
        b.qualifications[0]!.validUntil = '2023-01-01';
      },
      'qualifications.0.validUntil',
    ],
    [
      'an unknown occupation',
      (b: ReturnType<typeof registration>) => {
        b.occupationCodes = ['9-99-99-99'];
      },
      'occupationCodes.0',
    ],
    [
      'a site region outside the province',
      (b: ReturnType<typeof registration>) => {
        b.sites[0]!.regionCode = '110101';
      },
      'sites.0.regionCode',
    ],
    [
      'an unknown institution type',
      (b: ReturnType<typeof registration>) => {
        b.institution.type = 'casino';
      },
      'institution.type',
    ],
    [
      'no site',
      (b: ReturnType<typeof registration>) => {
        b.sites = [];
      },
      'sites',
    ],
  ])('refuses %s, naming the field, and creates nothing', async (_label, change, field) => {
    const body = registration(50);
    change(body);
    const response = await register(body);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(await t.platform.db.select().from(users).where(eq(users.username, 'inst-50'))).toEqual([]);
    expect(
      await t.platform.db
        .select()
        .from(institutions)
        .where(eq(institutions.creditCode, institutionCreditCode('410102', 50))),
    ).toEqual([]);
  });

  it('says in Chinese why an expired qualification is refused', async () => {
    const body = registration(51);
    body.qualifications[0]!.validUntil = '2025-06-30';
    const response = await register(body);
    expect(response.json().error.details[0].message).toContain('2025-06-30');
  });

  it('refuses a credit code that is already registered', async () => {
    const body = registration(52);
    body.institution.creditCode = institutionCreditCode('410102', 1);
    const response = await register(body);
    expect(response.statusCode, response.body).toBe(409);
    expect(response.json().error.code).toBe('institutions.credit_code_taken');
  });
});

describe('review', () => {
  it('lets staff of the region approve, and hides the registration from another city', async () => {
    const { id, cookie } = await registeredInstitution(t, 2);
    const pending = (
      await t.request({ url: '/api/v1/institutions?review=pending', cookie: cookies['demo-staff-city'] })
    ).json();
    expect(pending.items.map((i: { id: string }) => i.id)).toContain(id);
    const other = await t.request({ url: `/api/v1/institutions/${id}`, cookie: cookies['demo-staff-city2'] });
    expect(other.statusCode).toBe(404);
    const otherReview = await t.request({
      method: 'POST',
      url: `/api/v1/institutions/${id}/review`,
      cookie: cookies['demo-staff-city2'],
      body: { decision: 'approve' },
    });
    expect(otherReview.statusCode).toBe(404);

    const noNote = await t.request({
      method: 'POST',
      url: `/api/v1/institutions/${id}/review`,
      cookie: cookies['demo-staff-city'],
      body: { decision: 'return' },
    });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().error.details[0].field).toBe('note');

    const returned = await t.request({
      method: 'POST',
      url: `/api/v1/institutions/${id}/review`,
      cookie: cookies['demo-staff-city'],
      body: { decision: 'return', note: '请补充场地照片' },
    });
    expect(returned.json().institution.reviewStatus).toBe('returned');
    const again = await t.request({
      method: 'POST',
      url: `/api/v1/institutions/${id}/review`,
      cookie: cookies['demo-staff-city'],
      body: { decision: 'approve' },
    });
    expect(again.statusCode).toBe(409);
    const resubmitted = await t.request({
      method: 'POST',
      url: '/api/v1/institutions/mine/resubmit',
      cookie,
    });
    expect(resubmitted.json().institution.reviewStatus).toBe('pending');
    const approved = await t.request({
      method: 'POST',
      url: `/api/v1/institutions/${id}/review`,
      cookie: cookies['demo-staff-city'],
      body: { decision: 'approve' },
    });
    expect(approved.json().institution.reviewStatus).toBe('approved');
    expect(await auditActions(t, id)).toEqual(
      expect.arrayContaining([
        'institution.review.return',
        'institution.resubmit',
        'institution.review.approve',
      ]),
    );
  });

  it('sends an approved registration back to review when its name changes, not for a new phone', async () => {
    const { id, cookie } = await registeredInstitution(t, 3, { approver: cookies['demo-staff'] });
    const phone = await t.request({
      method: 'PATCH',
      url: '/api/v1/institutions/mine',
      cookie,
      body: { contactPhone: '13700001234' },
    });
    expect(phone.json().institution).toMatchObject({
      reviewStatus: 'approved',
      contactPhoneMasked: '137****1234',
    });
    const renamed = await t.request({
      method: 'PATCH',
      url: '/api/v1/institutions/mine',
      cookie,
      body: { name: '改名后的培训学校' },
    });
    expect(renamed.json().institution).toMatchObject({
      id,
      reviewStatus: 'pending',
      name: '改名后的培训学校',
    });
  });

  it('moves its account with it when it moves to another region, and back to review', async () => {
    const { id, cookie } = await registeredInstitution(t, 8, { approver: cookies['demo-staff'] });
    const moved = await t.request({
      method: 'PATCH',
      url: '/api/v1/institutions/mine',
      cookie,
      body: { regionCode: '410205' },
    });
    expect(moved.json().institution).toMatchObject({ regionCode: '410205', reviewStatus: 'pending' });
    const me = (await t.request({ url: '/api/v1/auth/me', cookie })).json();
    expect(me.user.regionCode).toBe('410205');
    // 开封's staff now see it; 郑州's no longer do.
    const seen = async (staff: string) =>
      (await t.request({ url: `/api/v1/institutions/${id}`, cookie: cookies[staff] })).statusCode;
    expect(await seen('demo-staff-city2')).toBe(200);
    expect(await seen('demo-staff-city')).toBe(404);
    expect(await auditActions(t, me.user.id)).toContain('user.move_region');
  });

  it('is not open to workers, and an institution cannot review', async () => {
    expect(
      (await t.request({ url: '/api/v1/institutions', cookie: cookies['demo-worker'] })).statusCode,
    ).toBe(403);
    const mine = (
      await t.request({ url: '/api/v1/institutions/mine', cookie: cookies['demo-institution'] })
    ).json().institution;
    const response = await t.request({
      method: 'POST',
      url: `/api/v1/institutions/${mine.id}/review`,
      cookie: cookies['demo-institution'],
      body: { decision: 'approve' },
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('qualifications and sites', () => {
  it('adds, warns about and removes qualifications; retires a site', async () => {
    const { cookie } = await registeredInstitution(t, 4, { approver: cookies['demo-staff'] });
    const expiring = await t.request({
      method: 'POST',
      url: '/api/v1/institutions/mine/qualifications',
      cookie,
      body: {
        kind: 'business_licence',
        number: 'YY-1',
        issuer: '市场监管局',
        validFrom: '2020-01-01',
        validUntil: futureDay(10),
      },
    });
    expect(expiring.statusCode, expiring.body).toBe(200);
    const added = expiring
      .json()
      .institution.qualifications.find((q: { number: string }) => q.number === 'YY-1');
    expect(added.state).toBe('expiring');
    const expired = await t.request({
      method: 'POST',
      url: '/api/v1/institutions/mine/qualifications',
      cookie,
      body: { kind: 'other', number: 'OLD', issuer: 'x', validFrom: '2020-01-01', validUntil: '2024-12-31' },
    });
    expect(expired.statusCode).toBe(400);
    expect(expired.json().error.details[0]).toMatchObject({
      field: 'validUntil',
      reason: 'qualification_expired',
    });
    const removed = await t.request({
      method: 'DELETE',
      url: `/api/v1/institutions/mine/qualifications/${added.id}`,
      cookie,
    });
    expect(removed.json().institution.qualifications).toHaveLength(1);

    const site = await t.request({
      method: 'POST',
      url: '/api/v1/institutions/mine/sites',
      cookie,
      body: { name: '分校', address: '分校路', regionCode: '410103', capacity: 30, equipment: '教室' },
    });
    const siteId = site.json().institution.sites.find((s: { name: string }) => s.name === '分校').id;
    const retired = await t.request({
      method: 'POST',
      url: `/api/v1/institutions/mine/sites/${siteId}/retire`,
      cookie,
    });
    expect(retired.json().institution.sites.find((s: { id: string }) => s.id === siteId).retired).toBe(true);
    const twice = await t.request({
      method: 'POST',
      url: `/api/v1/institutions/mine/sites/${siteId}/retire`,
      cookie,
    });
    expect(twice.statusCode).toBe(404);
  });
});

describe('credit status and findings', () => {
  it('requires an end date to suspend, shows the status in force and filters by it', async () => {
    const { id } = await registeredInstitution(t, 5, { approver: cookies['demo-staff'] });
    const url = `/api/v1/institutions/${id}/status`;
    const open = await t.request({
      method: 'POST',
      url,
      cookie: cookies['demo-staff'],
      body: { status: 'suspended', reason: '虚报考勤' },
    });
    expect(open.statusCode).toBe(400);
    expect(open.json().error.details[0]).toMatchObject({ field: 'effectiveUntil', reason: 'until_required' });
    const suspended = await t.request({
      method: 'POST',
      url,
      cookie: cookies['demo-staff'],
      body: { status: 'suspended', reason: '虚报考勤', effectiveUntil: futureDay(90) },
    });
    expect(suspended.json().institution.creditStatus).toBe('suspended');
    const listed = (
      await t.request({ url: '/api/v1/institutions?credit=suspended', cookie: cookies['demo-staff'] })
    ).json();
    expect(listed.items.map((i: { id: string }) => i.id)).toEqual([id]);
    expect(listed.items[0].creditStatus).toBe('suspended');

    const finding = await t.request({
      method: 'POST',
      url: `/api/v1/institutions/${id}/findings`,
      cookie: cookies['demo-staff'],
      body: {
        source: 'supervision',
        severity: 'serious',
        description: '现场 20 人，签到 35 人',
        foundOn: '2026-11-01',
      },
    });
    expect(finding.json().institution.findings[0].description).toContain('签到');
    expect(await auditActions(t, id)).toEqual(
      expect.arrayContaining(['institution.status', 'institution.finding']),
    );
    // An auditor reads it, and may not decide.
    expect(
      (await t.request({ url: `/api/v1/institutions/${id}`, cookie: cookies['demo-auditor'] })).statusCode,
    ).toBe(200);
    const byAuditor = await t.request({
      method: 'POST',
      url,
      cookie: cookies['demo-auditor'],
      body: { status: 'normal', reason: 'x' },
    });
    expect(byAuditor.statusCode).toBe(403);
  });
});

describe('integrity pledge', () => {
  it('is signed once per text version, with name and time kept', async () => {
    const { id, cookie } = await registeredInstitution(t, 6, { approver: cookies['demo-staff'] });
    const pledge = (await t.request({ url: '/api/v1/institutions/mine/pledge', cookie })).json().pledge;
    expect(pledge.text).toContain('不转包');
    expect(pledge.signed).toBeNull();
    const stale = await t.request({
      method: 'POST',
      url: '/api/v1/institutions/mine/pledge',
      cookie,
      body: { signerName: '张三', version: '2020-1', agree: true },
    });
    expect(stale.statusCode).toBe(400);
    const notAgreed = await t.request({
      method: 'POST',
      url: '/api/v1/institutions/mine/pledge',
      cookie,
      body: { signerName: '张三', version: pledge.version, agree: false },
    });
    expect(notAgreed.statusCode).toBe(400);
    const signed = await t.request({
      method: 'POST',
      url: '/api/v1/institutions/mine/pledge',
      cookie,
      body: { signerName: '张三', version: pledge.version, agree: true },
    });
    expect(signed.statusCode, signed.body).toBe(201);
    expect(signed.json().pledge.signed.signerName).toBe('张三');
    const twice = await t.request({
      method: 'POST',
      url: '/api/v1/institutions/mine/pledge',
      cookie,
      body: { signerName: '张三', version: pledge.version, agree: true },
    });
    expect(twice.statusCode).toBe(409);
    const detail = (
      await t.request({ url: `/api/v1/institutions/${id}`, cookie: cookies['demo-staff'] })
    ).json().institution;
    expect(detail.pledge).toMatchObject({ version: pledge.version, signerName: '张三' });
    expect(await auditActions(t, id)).toContain('institution.pledge.sign');
  });
});

describe('demo institution', () => {
  it('is registered, approved and linked to the demo account', async () => {
    const mine = (
      await t.request({ url: '/api/v1/institutions/mine', cookie: cookies['demo-institution'] })
    ).json().institution;
    expect(mine).toMatchObject({
      reviewStatus: 'approved',
      creditStatus: 'normal',
      name: '前程示范职业培训学校',
    });
    expect(mine.sites.length).toBeGreaterThanOrEqual(2);
  });
});
