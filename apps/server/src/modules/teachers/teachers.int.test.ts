import { people, teacherCertificates, teachers } from '@qiancheng/db';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { PDF_BYTES, registeredInstitution } from '../institutions/test-fixtures';
import { createServices } from '../register';
import {
  auditRecords,
  CARE,
  dayFromToday,
  HOUSEKEEPING,
  idNumber,
  NURSERY,
  teacherBody,
  upload,
  wrongCheck,
} from './test-fixtures';

let t: TestApp;
let cookies: Record<string, string> = {};
const ACCOUNTS = [
  'demo-institution',
  'demo-staff',
  'demo-staff-city',
  'demo-staff-city2',
  'demo-auditor',
  'demo-worker',
];
/** The demo institution (郑州), a second one in 郑州 and one in 开封, each with its own account. */
let demoInstitution = '';
let zhengzhou2: { id: string; cookie: string };
let kaifeng: { id: string; cookie: string };

beforeAll(async () => {
  t = await startTestApp();
  cookies = await t.loginAll(ACCOUNTS);
  const mine = await t.request({ url: '/api/v1/institutions/mine', cookie: cookies['demo-institution'] });
  expect(mine.statusCode, mine.body).toBe(200);
  demoInstitution = mine.json().institution.id;
  zhengzhou2 = await registeredInstitution(t, 7101, {
    county: '410105',
    approver: cookies['demo-staff-city'],
  });
  kaifeng = await registeredInstitution(t, 7102, { county: '410202', approver: cookies['demo-staff-city2'] });
});
afterAll(() => t.close());

type Teacher = {
  id: string;
  person: { name: string; idNumberMasked: string };
  occupations: { code: string }[];
  regionCode: string;
  certificates: {
    kind: string;
    occupationCode: string | null;
    skillLevel: string | null;
    number: string;
    issuedOn: string;
    documentId: string | null;
  }[];
  employments: { institutionId: string; state: string; until: string | null }[];
  editable: boolean;
  title: string | null;
};

function register(cookie: string, body: Record<string, unknown>) {
  return t.request({ method: 'POST', url: '/api/v1/teachers', cookie, body });
}

async function list(cookie: string, query = ''): Promise<{ items: Teacher[]; total: number }> {
  const response = await t.request({ url: `/api/v1/teachers?pageSize=200&${query}`, cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function counts() {
  const [teacherCount] = await t.platform.db.select({ n: count() }).from(teachers);
  const [personCount] = await t.platform.db.select({ n: count() }).from(people);
  return { teachers: teacherCount?.n, people: personCount?.n };
}

describe('an institution keeping its teachers', () => {
  let teacher: Teacher;

  it('registers a teacher by real name with certificates, occupations and employment, audited', async () => {
    const before = await counts();
    const body = teacherBody('401');
    const response = await register(cookies['demo-institution']!, body);
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(created.linked).toBe(false);
    teacher = created.teacher;
    expect(teacher).toMatchObject({
      person: {
        name: '王丽华',
        idNumberMasked: `${body.person.idNumber.slice(0, 4)}**********${body.person.idNumber.slice(-4)}`,
      },
      regionCode: expect.stringMatching(/^4101/),
      title: '高级讲师',
      occupations: [{ code: CARE, name: '养老护理员' }],
      employments: [
        {
          institutionId: demoInstitution,
          relation: 'full_time',
          since: '2023-03-01',
          until: null,
          state: 'current',
        },
      ],
      editable: true,
    });
    expect(teacher.certificates.map((c) => c.kind).sort()).toEqual(['skill_level', 'teacher_qualification']);
    expect(response.body).not.toContain(body.person.idNumber);
    expect(await counts()).toEqual({ teachers: before.teachers! + 1, people: before.people! + 1 });
    const audit = await auditRecords(t, teacher.id);
    expect(audit.map((a) => [a.action, a.actorUsername])).toEqual([['teacher.create', 'demo-institution']]);
    expect(JSON.stringify(audit[0]!.after)).not.toContain(body.person.idNumber);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    [
      'an ID number with a wrong check character',
      { person: { name: '赵强', idNumber: wrongCheck(idNumber('402')) } },
      'person.idNumber',
      'checksum',
    ],
    [
      'an unknown teaching occupation',
      { occupationCodes: ['4-99-99-99'] },
      'occupationCodes.0',
      'unknown_occupation',
    ],
    [
      'an unknown certificate occupation',
      {
        certificates: [
          { kind: 'special_ability', occupationCode: '4-99-99-98', number: 'Z1', issuedOn: '2020-01-01' },
        ],
      },
      'certificates.0.occupationCode',
      'unknown_occupation',
    ],
    [
      'an occupation no certificate supports',
      { occupationCodes: [CARE, NURSERY] },
      'occupationCodes.1',
      'occupation_not_certified',
    ],
    [
      'a skill level certificate without a level',
      { certificates: [{ kind: 'skill_level', occupationCode: CARE, number: 'S1', issuedOn: '2020-01-01' }] },
      'certificates.0.skillLevel',
      'certificate_level_required',
    ],
    [
      'a certificate issued in the future',
      {
        certificates: [
          {
            kind: 'skill_level',
            occupationCode: CARE,
            skillLevel: 'L3',
            number: 'S2',
            issuedOn: dayFromToday(3),
          },
        ],
      },
      'certificates.0.issuedOn',
      'date_in_future',
    ],
    [
      'an employment ending before it begins',
      { employment: { relation: 'part_time', since: '2024-05-01', until: '2024-04-30' } },
      'employment.until',
      'employment_until_before_since',
    ],
    [
      'an unknown employment relation',
      { employment: { relation: 'volunteer', since: '2024-05-01' } },
      'employment.relation',
      'invalid_value',
    ],
    [
      'another institution',
      { institutionId: '00000000-0000-4000-8000-000000000001' },
      'institutionId',
      'employer_not_allowed',
    ],
    ['an unknown field', { salary: 8000 }, 'salary', 'unknown_field'],
  ])('refuses %s, writing nothing', async (_name, change, field, reason) => {
    const before = await counts();
    const response = await register(cookies['demo-institution']!, teacherBody('403', change));
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.details).toEqual(
      expect.arrayContaining([expect.objectContaining({ field, reason, message: expect.any(String) })]),
    );
    expect(await counts()).toEqual(before);
  });

  it('answers bad input in English when asked', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/teachers',
      cookie: cookies['demo-institution'],
      headers: { 'accept-language': 'en-US' },
      body: teacherBody('404', { occupationCodes: [CARE, NURSERY] }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].message).toMatch(/certificate of this occupation/);
  });

  it('refuses registering the same teacher twice for the same institution', async () => {
    const response = await register(cookies['demo-institution']!, teacherBody('401'));
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({ code: 'teachers.already_employed' });
    expect(response.json().error.message).toContain('王丽华');
  });

  it('attaches a certificate scan it uploaded, and no other file', async () => {
    const scan = await upload(t, cookies['demo-institution']!, 'teacher_certificate', '证书.pdf', PDF_BYTES);
    expect(scan.statusCode, scan.body).toBe(201);
    const resourceFile = await upload(t, cookies['demo-institution']!, 'resource', '课件.pdf', PDF_BYTES);
    const othersFile = await upload(t, kaifeng.cookie, 'teacher_certificate', '他人证书.pdf', PDF_BYTES);
    const certificate = (documentId: string) => ({
      certificates: [
        {
          kind: 'skill_level',
          occupationCode: HOUSEKEEPING,
          skillLevel: 'L3',
          number: 'J9001',
          issuedOn: '2022-01-10',
          documentId,
        },
      ],
      occupationCodes: [HOUSEKEEPING],
    });
    const wrongPurpose = await register(
      cookies['demo-institution']!,
      teacherBody('405', {
        person: { name: '陈敏', idNumber: idNumber('405') },
        ...certificate(resourceFile.json().document.id),
      }),
    );
    expect(wrongPurpose.json().error.details).toEqual([
      expect.objectContaining({ field: 'certificates.0.documentId', reason: 'document_wrong_purpose' }),
    ]);
    const notOurs = await register(
      cookies['demo-institution']!,
      teacherBody('405', {
        person: { name: '陈敏', idNumber: idNumber('405') },
        ...certificate(othersFile.json().document.id),
      }),
    );
    expect(notOurs.json().error.details).toEqual([
      expect.objectContaining({ field: 'certificates.0.documentId', reason: 'document_not_found' }),
    ]);
    const response = await register(
      cookies['demo-institution']!,
      teacherBody('405', {
        person: { name: '陈敏', idNumber: idNumber('405') },
        ...certificate(scan.json().document.id),
      }),
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().teacher.certificates[0].documentId).toBe(scan.json().document.id);
  });

  it('lists its own teachers, searchable by name and filtered by occupation', async () => {
    const all = await list(cookies['demo-institution']!);
    expect(all.items.map((x) => x.id)).toContain(teacher.id);
    // The demo data's teachers of the institution are there too.
    expect(all.items.map((x) => x.person.name)).toEqual(
      expect.arrayContaining(['王秀兰', '李志强', '张慧敏']),
    );
    expect(all.items.every((x) => x.employments.every((e) => e.institutionId === demoInstitution))).toBe(
      true,
    );
    expect(
      (await list(cookies['demo-institution']!, `q=${encodeURIComponent('丽华')}`)).items.map((x) => x.id),
    ).toEqual([teacher.id]);
    // A wildcard typed into the search box is a character to find, not "any name".
    expect((await list(cookies['demo-institution']!, `q=${encodeURIComponent('%')}`)).total).toBe(0);
    const housekeeping = await list(cookies['demo-institution']!, `occupation=${HOUSEKEEPING}`);
    expect(housekeeping.total).toBeGreaterThan(0);
    expect(housekeeping.items.every((x) => x.occupations.some((o) => o.code === HOUSEKEEPING))).toBe(true);
    expect(housekeeping.items.map((x) => x.id)).not.toContain(teacher.id);
    const paged = await t.request({
      url: '/api/v1/teachers?pageSize=1&page=2',
      cookie: cookies['demo-institution'],
    });
    expect(paged.json().items).toHaveLength(1);
    expect(paged.json().total).toBe(all.total);
  });

  it('changes title, certificates and occupations, with the change in the audit trail', async () => {
    const response = await t.request({
      method: 'PATCH',
      url: `/api/v1/teachers/${teacher.id}`,
      cookie: cookies['demo-institution'],
      body: {
        title: '一级实习指导教师',
        certificates: [
          ...teacher.certificates.map(({ kind, occupationCode, skillLevel, number, issuedOn }) => ({
            kind,
            occupationCode,
            skillLevel,
            number,
            issuedOn,
          })),
          {
            kind: 'vocational_qualification',
            occupationCode: NURSERY,
            number: 'Y2021-88',
            issuedOn: '2021-03-15',
          },
        ],
        occupationCodes: [CARE, NURSERY],
      },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().teacher).toMatchObject({
      title: '一级实习指导教师',
      occupations: [{ code: NURSERY }, { code: CARE }],
    });
    expect(response.json().teacher.certificates).toHaveLength(3);
    const update = (await auditRecords(t, teacher.id)).find((a) => a.action === 'teacher.update');
    expect(update).toMatchObject({
      actorUsername: 'demo-institution',
      before: expect.objectContaining({ title: '高级讲师', occupationCodes: [CARE] }),
      after: expect.objectContaining({ title: '一级实习指导教师', occupationCodes: [NURSERY, CARE] }),
    });
    const dropped = await t.request({
      method: 'PATCH',
      url: `/api/v1/teachers/${teacher.id}`,
      cookie: cookies['demo-institution'],
      body: { certificates: [] },
    });
    expect(dropped.statusCode).toBe(400);
    expect(dropped.json().error.details.map((d: { reason: string }) => d.reason)).toEqual([
      'occupation_not_certified',
      'occupation_not_certified',
    ]);
  });
});

describe('one teacher, several institutions', () => {
  const body = teacherBody('411', { person: { name: '刘建军', idNumber: idNumber('411') } });
  let teacherId = '';

  it('links a person already in the pool to another institution instead of adding them twice', async () => {
    const first = await register(cookies['demo-institution']!, body);
    expect(first.statusCode, first.body).toBe(201);
    teacherId = first.json().teacher.id;
    const before = await counts();
    const second = await register(
      zhengzhou2.cookie,
      teacherBody('411', {
        person: { name: '刘建军', idNumber: idNumber('411') },
        title: '讲师',
        certificates: [
          ...body.certificates,
          {
            kind: 'skill_level',
            occupationCode: HOUSEKEEPING,
            skillLevel: 'L4',
            number: 'J411',
            issuedOn: '2021-09-01',
          },
        ],
        occupationCodes: [HOUSEKEEPING],
        employment: { relation: 'part_time', since: '2024-09-01' },
      }),
    );
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json()).toMatchObject({ linked: true, teacher: { id: teacherId, title: '高级讲师' } });
    expect(await counts()).toEqual(before);
    const [{ n } = { n: 0 }] = await t.platform.db
      .select({ n: count() })
      .from(teacherCertificates)
      .where(eq(teacherCertificates.teacherId, teacherId));
    expect(n).toBe(3);
    // The second institution sees only its own employment.
    expect(second.json().teacher.employments).toEqual([
      expect.objectContaining({ institutionId: zhengzhou2.id, relation: 'part_time' }),
    ]);
    const staffView = (
      await t.request({ url: `/api/v1/teachers/${teacherId}`, cookie: cookies['demo-staff-city'] })
    ).json().teacher as Teacher;
    expect(staffView.employments.map((e) => e.institutionId).sort()).toEqual(
      [demoInstitution, zhengzhou2.id].sort(),
    );
    expect(staffView.occupations.map((o) => o.code)).toEqual([CARE, HOUSEKEEPING]);
    expect((await auditRecords(t, teacherId)).map((a) => a.action)).toEqual([
      'teacher.create',
      'teacher.link',
    ]);
  });

  it('refuses a different name under the same ID number', async () => {
    const response = await register(
      zhengzhou2.cookie,
      teacherBody('411', { person: { name: '刘建国', idNumber: idNumber('411') } }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      expect.objectContaining({ field: 'person.name', reason: 'person_name_mismatch' }),
    ]);
  });

  it('ends one employment with its reason; that institution can then only read the teacher', async () => {
    const yesterday = dayFromToday(-1);
    const ended = await t.request({
      method: 'POST',
      url: `/api/v1/teachers/${teacherId}/employments/${zhengzhou2.id}/end`,
      cookie: zhengzhou2.cookie,
      body: { until: yesterday, reason: '合同到期' },
    });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json().teacher).toMatchObject({
      editable: false,
      employments: [{ institutionId: zhengzhou2.id, until: yesterday, state: 'ended' }],
    });
    const audit = (await auditRecords(t, teacherId)).find((a) => a.action === 'teacher.employment_end');
    expect(audit).toMatchObject({ actorUsername: 'inst-7101', reason: '合同到期' });

    const again = (cookie: string) =>
      t.request({
        method: 'POST',
        url: `/api/v1/teachers/${teacherId}/employments/${zhengzhou2.id}/end`,
        cookie,
        body: {},
      });
    const byInstitution = await again(zhengzhou2.cookie);
    expect(byInstitution.statusCode).toBe(403);
    expect(byInstitution.json().error.code).toBe('teachers.not_current_employer');
    const byStaff = await again(cookies['demo-staff-city']!);
    expect(byStaff.statusCode).toBe(409);
    expect(byStaff.json().error.code).toBe('teachers.employment_ended');
    const change = await t.request({
      method: 'PATCH',
      url: `/api/v1/teachers/${teacherId}`,
      cookie: zhengzhou2.cookie,
      body: { title: '讲师' },
    });
    expect(change.statusCode).toBe(403);
    expect(change.json().error.code).toBe('teachers.not_current_employer');
    expect((await list(zhengzhou2.cookie, 'employment=ended')).items.map((x) => x.id)).toContain(teacherId);
    expect((await list(zhengzhou2.cookie, 'employment=current')).items.map((x) => x.id)).not.toContain(
      teacherId,
    );
    // The demo institution still employs the teacher.
    expect((await list(cookies['demo-institution']!, 'employment=current')).items.map((x) => x.id)).toContain(
      teacherId,
    );
  });

  it('is registered again by the institution after the employment ended', async () => {
    const response = await register(
      zhengzhou2.cookie,
      teacherBody('411', {
        person: { name: '刘建军', idNumber: idNumber('411') },
        employment: { relation: 'contracted', since: dayFromToday(0) },
      }),
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().teacher.employments).toEqual([
      expect.objectContaining({ relation: 'contracted', until: null, state: 'current' }),
    ]);
  });
});

describe('staff keeping the pool of their region', () => {
  it('register a teacher for an institution of their region, and not for one outside it', async () => {
    const body = teacherBody('421', { person: { name: '孙晓燕', idNumber: idNumber('421') } });
    const missing = await register(cookies['demo-staff-city']!, body);
    expect(missing.json().error.details).toEqual([
      expect.objectContaining({ field: 'institutionId', reason: 'employer_required' }),
    ]);
    const outside = await register(cookies['demo-staff-city']!, { ...body, institutionId: kaifeng.id });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.details).toEqual([
      expect.objectContaining({ field: 'institutionId', reason: 'employer_not_found' }),
    ]);
    const response = await register(cookies['demo-staff-city']!, { ...body, institutionId: demoInstitution });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().teacher.employments[0].institutionId).toBe(demoInstitution);
    expect((await auditRecords(t, response.json().teacher.id))[0]).toMatchObject({
      action: 'teacher.create',
      actorUsername: 'demo-staff-city',
    });
  });

  it('change an employment of an institution in their region', async () => {
    const [teacher] = (await list(cookies['demo-staff-city']!, `q=${encodeURIComponent('孙晓燕')}`)).items;
    const url = `/api/v1/teachers/${teacher!.id}/employments/${demoInstitution}`;
    const patch = (cookie: string, body: Record<string, unknown>, path = url) =>
      t.request({ method: 'PATCH', url: path, cookie, body });
    const changed = await patch(cookies['demo-staff-city']!, { relation: 'part_time', until: '2027-12-31' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().teacher.employments[0]).toMatchObject({
      relation: 'part_time',
      until: '2027-12-31',
    });
    expect((await auditRecords(t, teacher!.id)).map((a) => a.action)).toContain('teacher.employment_update');
    const inverted = await patch(cookies['demo-staff-city']!, { until: '2000-01-01' });
    expect(inverted.statusCode).toBe(400);
    expect(inverted.json().error.details).toEqual([
      expect.objectContaining({ field: 'until', reason: 'employment_until_before_since' }),
    ]);
    const notADay = await patch(cookies['demo-staff-city']!, { since: '2024-02-30' });
    expect(notADay.json().error.details).toEqual([
      expect.objectContaining({ field: 'since', reason: 'invalid_date' }),
    ]);
    expect((await patch(cookies['demo-staff-city2']!, { relation: 'full_time' })).statusCode).toBe(404);
    expect((await patch(zhengzhou2.cookie, { relation: 'full_time' })).statusCode).toBe(404);
  });

  it('see the teachers of their region only; other regions get 404', async () => {
    const kaifengTeacher = await register(
      kaifeng.cookie,
      teacherBody('431', { person: { name: '周海涛', idNumber: idNumber('431', '410202') } }),
    );
    expect(kaifengTeacher.statusCode, kaifengTeacher.body).toBe(201);
    const kaifengId = kaifengTeacher.json().teacher.id;
    expect(kaifengTeacher.json().teacher.regionCode).toBe('410202');

    const zhengzhou = await list(cookies['demo-staff-city']!);
    expect(zhengzhou.items.every((x) => x.regionCode.startsWith('4101'))).toBe(true);
    expect(zhengzhou.items.map((x) => x.id)).not.toContain(kaifengId);
    const province = await list(cookies['demo-staff']!);
    expect(province.items.map((x) => x.id)).toEqual(
      expect.arrayContaining([kaifengId, zhengzhou.items[0]!.id]),
    );
    expect(province.total).toBe(zhengzhou.total + (await list(cookies['demo-staff-city2']!)).total);

    for (const [cookie, url] of [
      [cookies['demo-staff-city'], `/api/v1/teachers/${kaifengId}`],
      [cookies['demo-staff-city2'], `/api/v1/teachers/${zhengzhou.items[0]!.id}`],
      [cookies['demo-institution'], `/api/v1/teachers/${kaifengId}`],
      [kaifeng.cookie, `/api/v1/teachers/${zhengzhou.items[0]!.id}`],
    ] as const) {
      expect((await t.request({ url, cookie })).statusCode).toBe(404);
    }
    const change = await t.request({
      method: 'PATCH',
      url: `/api/v1/teachers/${kaifengId}`,
      cookie: cookies['demo-staff-city'],
      body: { title: '讲师' },
    });
    expect(change.statusCode).toBe(404);
    const filter = await t.request({
      url: `/api/v1/teachers?institutionId=${kaifeng.id}`,
      cookie: cookies['demo-staff-city'],
    });
    expect(filter.json().error.details).toEqual([
      expect.objectContaining({ field: 'institutionId', reason: 'employer_not_found' }),
    ]);
    const byInstitution = await list(cookies['demo-staff-city2']!, `institutionId=${kaifeng.id}`);
    expect(byInstitution.items.map((x) => x.id)).toEqual([kaifengId]);
  });

  it('let auditors read without changing, and refuse workers and anonymous callers', async () => {
    const read = await list(cookies['demo-auditor']!);
    expect(read.total).toBeGreaterThan(0);
    expect(read.items.every((x) => x.editable === false)).toBe(true);
    const body = { ...teacherBody('441'), institutionId: demoInstitution };
    expect((await register(cookies['demo-auditor']!, body)).statusCode).toBe(403);
    expect((await t.request({ url: '/api/v1/teachers', cookie: cookies['demo-worker'] })).statusCode).toBe(
      403,
    );
    expect((await register(cookies['demo-worker']!, body)).statusCode).toBe(403);
    expect((await t.request({ url: '/api/v1/teachers' })).statusCode).toBe(401);
  });
});

describe('the API description', () => {
  it('documents the teacher and resource endpoints with their tags', async () => {
    const response = await t.request({ url: '/api/openapi.json' });
    expect(response.statusCode, response.body).toBe(200);
    const spec = response.json();
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/teachers',
        '/api/v1/teachers/{id}',
        '/api/v1/teachers/{id}/employments/{institutionId}/end',
        '/api/v1/resources',
        '/api/v1/resources/{id}/withdraw',
      ]),
    );
    expect(spec.paths['/api/v1/teachers'].post.tags).toEqual(['teachers']);
    expect(spec.paths['/api/v1/resources'].get.tags).toEqual(['resources']);
  });
});

describe('teachers named by an institution in a filing', () => {
  it('accepts current, qualified teachers and names each one that is not', async () => {
    const services = createServices(t.platform);
    const own = (await list(cookies['demo-institution']!, 'employment=current')).items;
    const qualified = own.find((x) => x.occupations.some((o) => o.code === CARE))!;
    const other = (await list(kaifeng.cookie)).items[0]!;
    const check = (ids: string[], occupation?: string) =>
      t.platform.db.transaction((tx) =>
        services.teachers.assertTeachersOf(tx, demoInstitution, ids, occupation),
      );

    await expect(check([qualified.id], CARE)).resolves.toBeUndefined();
    await expect(check([qualified.id])).resolves.toBeUndefined();
    await expect(check([qualified.id, other.id, 'not-an-id'])).rejects.toMatchObject({
      code: 'common.validation_failed',
      details: [
        expect.objectContaining({
          field: 'teacherIds.1',
          reason: 'teacher_not_employed',
          params: { teacher: other.person.name },
        }),
        expect.objectContaining({ field: 'teacherIds.2', reason: 'teacher_not_employed' }),
      ],
    });
    await expect(check([qualified.id], '4-03-02-08')).rejects.toMatchObject({
      details: [expect.objectContaining({ field: 'teacherIds.0', reason: 'teacher_not_qualified' })],
    });
    // An employment that has ended, and one that has not begun, do not count.
    const past = await register(
      cookies['demo-institution']!,
      teacherBody('451', {
        person: { name: '马文静', idNumber: idNumber('451') },
        employment: { relation: 'part_time', since: '2020-01-01', until: dayFromToday(-30) },
      }),
    );
    const future = await register(
      cookies['demo-institution']!,
      teacherBody('452', {
        person: { name: '马文博', idNumber: idNumber('452') },
        employment: { relation: 'full_time', since: dayFromToday(10) },
      }),
    );
    expect([past.json().teacher.employments[0].state, future.json().teacher.employments[0].state]).toEqual([
      'ended',
      'upcoming',
    ]);
    await expect(check([past.json().teacher.id, future.json().teacher.id], CARE)).rejects.toMatchObject({
      details: [
        expect.objectContaining({ field: 'teacherIds.0', reason: 'teacher_not_employed' }),
        expect.objectContaining({ field: 'teacherIds.1', reason: 'teacher_not_employed' }),
      ],
    });
  });
});
