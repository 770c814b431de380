import { auditLog, certificateSerials, certificates, credentialKeys } from '@qiancheng/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../platform/http/app-error';
import { renderError } from '../../platform/http/error-response';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { createServices } from '../register';
import { type CertificateFixtures, certificateFixtures } from './test-fixtures';
import type { CertificateView } from './views';

/**
 * Issuing, reading, revoking and printing certificates on the demo province: the demo institution
 * (郑州) issues 培训合格证, an assessment body of the province issues 职业技能等级证书; 郑州 staff
 * oversee the first, 开封 staff see neither.
 */
let t: TestApp;
let f: CertificateFixtures;
let cookies: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp();
  f = await certificateFixtures(t);
  cookies = await t.loginAll([
    'demo-institution',
    'demo-assessor',
    'demo-staff',
    'demo-staff-city',
    'demo-staff-city2',
    'demo-auditor',
    'demo-finance',
    'demo-worker',
    'demo-worker2',
  ]);
});
afterAll(() => t.close());

const get = (url: string, as: string) => t.request({ url, cookie: cookies[as] });
const revoke = (id: string, as: string, reason = '考核材料弄虚作假，经核查属实') =>
  t.request({
    method: 'POST',
    url: `/api/v1/certificates/${id}/revoke`,
    cookie: cookies[as],
    body: { reason },
  });

async function audited(action: string, entityId: string) {
  return t.platform.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));
}

async function refusal(issue: () => Promise<unknown>): Promise<AppError> {
  const error = await issue().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('the signing key', () => {
  it('is made once when issuers in two processes start at the same moment', async () => {
    const [a, b] = [createServices(t.platform).credentials, createServices(t.platform).credentials];
    const person = await f.person('demo-worker2');
    const input = {
      kind: 'training' as const,
      personId: person.id,
      holderName: person.name,
      occupationCode: '4-10-01-05',
      issuer: { kind: 'institution' as const, ...f.institution },
      issuedOn: '2025-10-01',
    };
    const context = { actor: null, ip: null, requestId: 'keys', locale: 'zh-CN' as const, audited: false };
    const issued = await Promise.all(
      [a, b, a, b].map((service) => t.platform.db.transaction((tx) => service.issue(tx, context, input))),
    );
    expect(new Set(issued.map((c) => c.keyId)).size).toBe(1);
    expect(await t.platform.db.select().from(credentialKeys)).toHaveLength(1);
  });
});

describe('issuing', () => {
  it('numbers a training certificate in its institution’s region and year and audits it', async () => {
    const certificate = await f.training();
    expect(certificate.number).toMatch(new RegExp(`^P${f.institution.regionCode}2025\\d{7}$`));
    expect(certificate).toMatchObject({
      kind: 'training',
      status: 'issued',
      holderName: '张晓梅',
      occupationName: '养老护理员',
      skillLevel: null,
      issuer: { kind: 'institution', id: f.institution.id, name: f.institution.name },
      regionCode: f.institution.regionCode,
      issuedOn: '2025-10-01',
      revokedAt: null,
    });
    expect(certificate.verificationUrl).toBe(
      `http://localhost:3000/verify?number=${certificate.number}&name=%E5%BC%A0%E6%99%93%E6%A2%85`,
    );
    const [record] = await audited('certificate.issue', certificate.id);
    expect(record?.after).toMatchObject({
      number: certificate.number,
      kind: 'training',
      keyId: certificate.keyId,
    });
    expect(JSON.stringify(record?.after)).not.toContain('张晓梅');
  });

  it('numbers a skill-level certificate in the national 22-character format', async () => {
    const certificate = await f.skillLevel();
    expect(certificate.number).toBe('S000241000002254000001');
    expect(certificate).toMatchObject({
      kind: 'skill_level',
      skillLevel: 'L4',
      issuer: { kind: 'assessment_body' },
    });
    expect((await f.skillLevel()).number).toBe('S000241000002254000002');
    expect((await f.skillLevel({ skillLevel: 'L3' })).number).toBe('S000241000002253000001');
  });

  it('gives concurrent issues of one series consecutive serials, never one twice', async () => {
    const issued = await Promise.all(
      Array.from({ length: 12 }, () =>
        f.training('demo-worker2', {
          kind: 'special_ability',
          issuer: { ...f.body, kind: 'assessment_body', regionCode: '410105' },
        }),
      ),
    );
    const serials = issued.map((c) => Number(c.number.slice(-7))).sort((a, b) => a - b);
    expect(serials).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(new Set(issued.map((c) => c.number)).size).toBe(12);
  });

  it('returns the serial of a transaction that rolls back, so numbers have no gaps', async () => {
    const input = {
      kind: 'special_ability' as const,
      personId: (await f.person('demo-worker')).id,
      holderName: '张晓梅',
      occupationCode: '4-10-01-05',
      issuer: { kind: 'assessment_body' as const, id: f.body.id, name: f.body.name, regionCode: '410106' },
      issuedOn: '2025-10-01',
    };
    const { credentials } = createServices(t.platform);
    const context = {
      actor: null,
      ip: null,
      requestId: 'rollback',
      locale: 'zh-CN' as const,
      audited: false,
    };
    await expect(
      t.platform.db.transaction(async (tx) => {
        await credentials.issue(tx, context, input);
        throw new Error('the class closing failed after the certificate');
      }),
    ).rejects.toThrow('class closing failed');
    expect((await f.issue(input)).number).toBe('Z41010620250000001');
  });

  it.each([
    [{ skillLevel: null }, 'skillLevel', 'skill_level_required', '职业技能等级证书必须载明技能等级'],
    [{ occupationCode: '9-99-99-99' }, 'occupationCode', 'unknown_occupation', '职业编码不存在'],
    [
      { personId: '0b7c1f9e-3a52-4c1e-9f0e-5d2a7c8b9e10' },
      'personId',
      'certificate_person_unknown',
      '不是已登记的人员',
    ],
    [{ holderName: ' ' }, 'holderName', 'required', '必填'],
    [{ issuedOn: '2025-02-30' }, 'issuedOn', 'invalid_date', '不是有效日期'],
  ])('refuses %j by field and writes nothing', async (change, field, reason, message) => {
    const before = await t.platform.db.select().from(certificates);
    const serials = await t.platform.db.select().from(certificateSerials);
    const error = await refusal(() => f.skillLevel(change));
    expect(error.code).toBe('common.validation_failed');
    const rendered = renderError(error, 'zh-CN', 'r');
    expect(rendered.error.details).toContainEqual(expect.objectContaining({ field, reason }));
    expect(rendered.error.details.find((d) => d.field === field)?.message).toContain(message);
    expect(await t.platform.db.select().from(certificates)).toHaveLength(before.length);
    expect(await t.platform.db.select().from(certificateSerials)).toEqual(serials);
  });

  it('explains a refusal in English too', async () => {
    const error = await refusal(() =>
      f.training('demo-worker', { skillLevel: 'L4', issuer: { ...f.body, kind: 'assessment_body' } }),
    );
    const details = renderError(error, 'en-US', 'r').error.details;
    expect(details).toEqual(
      expect.arrayContaining([
        {
          field: 'skillLevel',
          reason: 'skill_level_not_applicable',
          message: 'is not recorded on a Training Certificate of Completion',
        },
        {
          field: 'issuer.kind',
          reason: 'certificate_issuer_kind',
          message: 'a Training Certificate of Completion must be issued by a training institution',
        },
      ]),
    );
  });
});

describe('reading', () => {
  let training: CertificateView;
  let skill: CertificateView;
  let kaifeng: CertificateView;

  beforeAll(async () => {
    training = await f.training();
    skill = await f.skillLevel();
    kaifeng = await f.training('demo-worker2', {
      issuer: { ...f.institution, kind: 'institution', regionCode: '410200' },
    });
  });

  it('shows a worker their own certificates only', async () => {
    const mine = (await get('/api/v1/certificates/mine', 'demo-worker')).json().items as CertificateView[];
    expect(mine.map((c) => c.id)).toEqual(expect.arrayContaining([training.id, skill.id]));
    expect(mine.every((c) => c.holderName === '张晓梅')).toBe(true);
    expect((await get(`/api/v1/certificates/${training.id}`, 'demo-worker2')).statusCode).toBe(404);
  });

  it.each([
    ['demo-worker', 'training', 200],
    ['demo-worker2', 'training', 404],
    ['demo-institution', 'training', 200],
    ['demo-institution', 'skill', 404],
    ['demo-assessor', 'skill', 200],
    ['demo-assessor', 'training', 404],
    ['demo-staff-city', 'training', 200],
    ['demo-staff-city', 'kaifeng', 404],
    ['demo-staff-city2', 'training', 404],
    ['demo-staff', 'kaifeng', 200],
    ['demo-auditor', 'skill', 200],
    ['demo-finance', 'training', 404],
  ] as const)('answers %s reading the %s certificate with %i', async (as, which, status) => {
    const id = { training, skill, kaifeng }[which].id;
    for (const suffix of ['', '/credential', '/pdf']) {
      expect((await get(`/api/v1/certificates/${id}${suffix}`, as)).statusCode, suffix).toBe(status);
    }
  });

  it('lists the region’s certificates for staff and their own for issuers, with filters', async () => {
    const ids = async (query: string, as: string) => {
      const response = await get(`/api/v1/certificates?pageSize=200${query}`, as);
      expect(response.statusCode, response.body).toBe(200);
      return (response.json().items as CertificateView[]).map((c) => c.id);
    };
    expect(await ids('', 'demo-staff-city')).toEqual(expect.arrayContaining([training.id]));
    expect(await ids('', 'demo-staff-city')).not.toContain(kaifeng.id);
    expect(await ids('', 'demo-staff-city2')).toContain(kaifeng.id);
    expect(await ids('', 'demo-institution')).not.toContain(skill.id);
    expect(await ids('', 'demo-assessor')).toContain(skill.id);
    expect(await ids('&kind=skill_level', 'demo-staff')).not.toContain(training.id);
    expect(await ids(`&number=${training.number.toLowerCase()}`, 'demo-staff')).toEqual([training.id]);
    expect(await ids('&status=revoked', 'demo-staff')).not.toContain(training.id);
    expect(await ids('&class=0b7c1f9e-3a52-4c1e-9f0e-5d2a7c8b9e10', 'demo-staff')).toEqual([]);
    const page = (await get('/api/v1/certificates?pageSize=2&page=1', 'demo-staff')).json();
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThan(2);
  });

  it.each([
    ['demo-worker', 403],
    ['demo-finance', 403],
  ])('refuses the list to %s', async (as, status) => {
    expect((await get('/api/v1/certificates', as)).statusCode).toBe(status);
  });

  it('refuses a malformed number filter by field', async () => {
    const response = await get('/api/v1/certificates?number=ABC', 'demo-staff');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0]).toMatchObject({
      field: 'number',
      reason: 'certificate_number_format',
    });
  });

  it('hands the holder the signed credential and a printable PDF', async () => {
    const credential = await get(`/api/v1/certificates/${training.id}/credential`, 'demo-worker');
    expect(credential.headers['content-type']).toContain('application/vc+jwt');
    expect(credential.headers['content-disposition']).toContain(`${training.number}.jwt`);
    expect(credential.body.split('.')).toHaveLength(3);
    const pdf = await get(`/api/v1/certificates/${skill.id}/pdf`, 'demo-worker');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The font is cut down to the characters printed: far below the 15 MB of the whole font.
    expect(pdf.rawPayload.length).toBeLessThan(300_000);
  });
});

describe('revoking', () => {
  let training: CertificateView;
  let skill: CertificateView;

  beforeAll(async () => {
    training = await f.training();
    skill = await f.skillLevel();
  });

  it.each([
    ['demo-worker', 'training', 403],
    ['demo-staff-city2', 'training', 404],
    ['demo-assessor', 'training', 404],
    ['demo-institution', 'skill', 404],
    ['demo-auditor', 'training', 403],
  ] as const)(
    'refuses %s revoking the %s certificate with %i and changes nothing',
    async (as, which, status) => {
      const id = { training, skill }[which].id;
      expect((await revoke(id, as)).statusCode).toBe(status);
      const [row] = await t.platform.db.select().from(certificates).where(eq(certificates.id, id));
      expect(row?.status).toBe('issued');
    },
  );

  it('lets the issuing institution revoke with a reason, once', async () => {
    const response = await revoke(training.id, 'demo-institution');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().certificate).toMatchObject({
      status: 'revoked',
      revokedReason: '考核材料弄虚作假，经核查属实',
    });
    const [record] = await audited('certificate.revoke', training.id);
    expect(record).toMatchObject({ reason: '考核材料弄虚作假，经核查属实', actorRole: 'institution' });
    expect(record?.before).toMatchObject({ status: 'issued' });
    expect(record?.after).toMatchObject({ status: 'revoked' });

    const again = await revoke(training.id, 'demo-staff-city');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('credentials.already_revoked');
    expect(again.json().error.message).toMatch(/^该证书已于 \d{4}-\d{2}-\d{2} 撤销/);
  });

  it('lets the assessment body and province staff revoke theirs', async () => {
    expect((await revoke(skill.id, 'demo-assessor')).statusCode).toBe(200);
    const another = await f.training();
    expect((await revoke(another.id, 'demo-staff')).statusCode).toBe(200);
    expect(await audited('certificate.revoke', another.id)).toHaveLength(1);
  });

  it.each([
    [{}, 'reason', 'required'],
    [{ reason: '短' }, 'reason', 'too_short'],
    [{ reason: '不符', extra: 1 }, 'extra', 'unknown_field'],
  ])('refuses the body %j by field', async (body, field, reason) => {
    const target = await f.training();
    const response = await t.request({
      method: 'POST',
      url: `/api/v1/certificates/${target.id}/revoke`,
      cookie: cookies['demo-staff'],
      body,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toContainEqual(expect.objectContaining({ field, reason }));
  });

  it('prints a revoked certificate marked as such', async () => {
    const pdf = await get(`/api/v1/certificates/${training.id}/pdf`, 'demo-worker');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('leaves every certificate audited', async () => {
    const issued = await t.platform.db.select({ id: certificates.id }).from(certificates);
    const records = await t.platform.db
      .select({ entityId: auditLog.entityId })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'certificate.issue'), eq(auditLog.entityType, 'certificate')));
    expect(new Set(records.map((r) => r.entityId))).toEqual(new Set(issued.map((c) => c.id)));
  });
});
