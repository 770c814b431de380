import { creditCodeCheckCharacter } from '@qiancheng/domain/identity/credit-code';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setClockOffsetDays } from '../../platform/clock';
import { XLSX_MEDIA_TYPE } from '../../platform/xlsx/upload-scope';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { approvedClass, demoStaff, type ReadyInstitution, readyInstitution } from '../classes/test-fixtures';
import { futureDay } from '../demand/fixtures/workbooks';
import { auditActions } from '../institutions/test-fixtures';
import { idNumber } from '../teachers/test-fixtures';

let t: TestApp;
let ready: ReadyInstitution;
let classId = '';
let cookies: Record<string, string> = {};
const trainees = [
  { name: '吴一', idNumber: idNumber('901', '410105', '19880101') },
  { name: '吴二', idNumber: idNumber('902', '410105', '19880101') },
  { name: '吴三', idNumber: idNumber('903', '410105', '19880101') },
];

beforeAll(async () => {
  t = await startTestApp();
  cookies = await t.loginAll(['demo-staff', 'demo-staff-city', 'demo-assessor', 'demo-worker']);
  ready = await readyInstitution(t, 531, demoStaff(cookies));
  const detail = await approvedClass(t, ready, cookies['demo-staff-city']!, {
    sessions: [
      { inDays: -3, startTime: '08:30', endTime: '11:30', hours: 4, kind: 'theory' },
      { inDays: -2, startTime: '08:30', endTime: '11:30', hours: 4, kind: 'practice' },
    ],
    trainees,
  });
  classId = detail.id;
  await t.request({ method: 'POST', url: `/api/v1/classes/${classId}/start`, cookie: ready.cookie });
});
afterEach(() => setClockOffsetDays(0));
afterAll(async () => {
  await t?.close();
});

const roster = async () =>
  (await t.request({ url: `/api/v1/classes/${classId}/roster`, cookie: ready.cookie })).json().items as {
    enrolmentId: string;
    name: string;
  }[];
const bodyCreditCode = (sequence: number) => {
  const first17 = `12410000MB${String(sequence).padStart(7, '0')}`;
  return `${first17}${creditCodeCheckCharacter(first17)}`;
};
const completion = (results: unknown[]) =>
  t.request({
    method: 'PUT',
    url: `/api/v1/classes/${classId}/results/completion`,
    cookie: ready.cookie,
    body: { results },
  });

describe('completion results (结业考核)', () => {
  it('are refused before the class completes', async () => {
    const [first] = await roster();
    const early = await completion([
      { enrolmentId: first!.enrolmentId, score: 80, assessedOn: futureDay(0) },
    ]);
    expect(early.json().error.code).toBe('assessment.class_not_completed');
    await t.request({ method: 'POST', url: `/api/v1/classes/${classId}/complete`, cookie: ready.cookie });
  });

  it('check every line and pass exactly at 60', async () => {
    const list = await roster();
    const bad = await completion([
      { enrolmentId: list[0]!.enrolmentId, score: 100.5, assessedOn: futureDay(0) },
      { enrolmentId: list[1]!.enrolmentId, score: 70, assessedOn: futureDay(-5) },
      { enrolmentId: '00000000-0000-4000-8000-000000000000', score: 70, assessedOn: futureDay(0) },
    ]);
    expect(bad.statusCode).toBe(400);
    expect(
      bad.json().error.details.map((d: { field: string; reason: string }) => `${d.field}:${d.reason}`),
    ).toEqual([
      'results.0.score:result_score_range',
      'results.1.assessedOn:before_class_end',
      'results.2.enrolmentId:trainee_not_in_class',
    ]);
    const saved = await completion([
      { enrolmentId: list[0]!.enrolmentId, score: 60, assessedOn: futureDay(0) },
      { enrolmentId: list[1]!.enrolmentId, score: 59.5, assessedOn: futureDay(0) },
    ]);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(
      saved
        .json()
        .results.items.map((x: { completion: { passed: boolean } | null }) => x.completion?.passed ?? null),
    ).toEqual([true, false, null]);
    const missing = await t.request({
      method: 'POST',
      url: `/api/v1/classes/${classId}/results/submit`,
      cookie: ready.cookie,
    });
    expect(missing.json().error).toMatchObject({ code: 'classes.results_missing' });
    expect(missing.json().error.message).toContain('1');
    await completion([{ enrolmentId: list[2]!.enrolmentId, score: 88, assessedOn: futureDay(0) }]);
    const submitted = await t.request({
      method: 'POST',
      url: `/api/v1/classes/${classId}/results/submit`,
      cookie: ready.cookie,
    });
    expect(submitted.json().results).toMatchObject({ classStatus: 'assessed', submitted: true });
    const locked = await completion([
      { enrolmentId: list[1]!.enrolmentId, score: 61, assessedOn: futureDay(0) },
    ]);
    expect(locked.json().error.code).toBe('assessment.results_locked');
  });

  it('give training certificates to those who passed, once', async () => {
    const issued = await t.request({
      method: 'POST',
      url: `/api/v1/classes/${classId}/certificates`,
      cookie: ready.cookie,
      body: {},
    });
    expect(issued.statusCode, issued.body).toBe(201);
    expect(
      issued
        .json()
        .issued.map((c: { holderName: string }) => c.holderName)
        .sort(),
    ).toEqual(['吴一', '吴三']);
    const again = await t.request({
      method: 'POST',
      url: `/api/v1/classes/${classId}/certificates`,
      cookie: ready.cookie,
      body: {},
    });
    expect(again.json().error.code).toBe('assessment.nothing_to_issue');
    const [certificate] = issued.json().issued;
    const verified = await t.request({
      url: `/api/v1/public/certificates/verify?number=${certificate.number}&name=${encodeURIComponent(certificate.holderName)}`,
    });
    expect(verified.statusCode).toBe(200);
    expect(JSON.stringify(verified.json())).toContain('valid');
  });
});

describe('skill-level evaluation (技能评价)', () => {
  let bodyId = '';
  it('is done by a registered assessment body for its occupations in its region', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/assessment-bodies',
      cookie: cookies['demo-staff'],
      body: {
        code: '1234',
        name: '河南省养老服务职业技能等级认定中心',
        creditCode: bodyCreditCode(1),
        regionCode: '410000',
        siteCode: '410001',
        occupationCodes: ['4-10-01-05'],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    bodyId = created.json().body.id;
    const duplicate = await t.request({
      method: 'POST',
      url: '/api/v1/assessment-bodies',
      cookie: cookies['demo-staff'],
      body: { ...created.json().body, id: undefined, regionName: undefined, creditCode: bodyCreditCode(2) },
    });
    expect(duplicate.json().error.code).toBe('assessment.body_code_taken');
    // The demo assessor already acts for the demo body; a second body cannot take it over.
    const taken = await t.request({
      method: 'POST',
      url: `/api/v1/assessment-bodies/${bodyId}/accounts`,
      cookie: cookies['demo-staff'],
      body: { username: 'demo-assessor' },
    });
    expect(taken.json().error.details[0]).toMatchObject({
      field: 'username',
      reason: 'account_not_assessor',
    });
    const notAssessor = await t.request({
      method: 'POST',
      url: `/api/v1/assessment-bodies/${bodyId}/accounts`,
      cookie: cookies['demo-staff'],
      body: { username: 'demo-worker' },
    });
    expect(notAssessor.json().error.details[0]).toMatchObject({
      field: 'username',
      reason: 'account_not_assessor',
    });
    const classes = (
      await t.request({ url: '/api/v1/assessment/classes', cookie: cookies['demo-assessor'] })
    ).json();
    expect(classes.items.map((c: { id: string }) => c.id)).toContain(classId);
  });

  it('imports an evaluation export row by row and issues 22-character certificates', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('评价结果');
    sheet.addRow(['姓名', '公民身份号码', '职业编码', '技能等级', '成绩', '评价结果', '评价日期']);
    sheet.addRow(['吴一', trainees[0]!.idNumber, '4-10-01-05', '五级', 81, '合格', futureDay(0)]);
    sheet.addRow(['吴二', trainees[1]!.idNumber, '4-10-01-05', '五级', 52, '不合格', futureDay(0)]);
    sheet.addRow([
      '吴四',
      idNumber('904', '410105', '19880101'),
      '4-10-01-05',
      '五级',
      90,
      '合格',
      futureDay(0),
    ]);
    sheet.addRow(['吴三', trainees[2]!.idNumber, '4-10-01-05', '', 75, '合格', futureDay(0)]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const send = (mode: string) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/assessment/import?mode=${mode}`,
        headers: { cookie: cookies['demo-assessor']!, 'content-type': XLSX_MEDIA_TYPE },
        payload: file,
      });
    const refused = await send('all');
    expect(
      refused
        .json()
        .error.details.map(
          (d: { row: number; field: string; reason: string }) => `${d.row}:${d.field}:${d.reason}`,
        ),
    ).toEqual(['4:idNumber:no_completed_class', '5:skillLevel:required']);
    const imported = await send('valid');
    expect(imported.json()).toMatchObject({ imported: 2, rejected: 2 });

    const issued = await t.request({
      method: 'POST',
      url: `/api/v1/classes/${classId}/certificates`,
      cookie: cookies['demo-assessor'],
      body: {},
    });
    expect(issued.statusCode, issued.body).toBe(201);
    expect(issued.json().issued).toHaveLength(1);
    const [certificate] = issued.json().issued;
    // The demo body (code 0001, site 410100) evaluates; the class's level is 五级.
    expect(certificate.number).toMatch(/^S000141410100\d{2}5\d{6}$/);
    const results = (
      await t.request({ url: `/api/v1/classes/${classId}/results`, cookie: ready.cookie })
    ).json().results;
    const first = results.items.find((x: { name: string }) => x.name === '吴一');
    expect(first.evaluation).toMatchObject({
      kind: 'skill_level',
      skillLevel: 'L5',
      passed: true,
      source: 'import',
    });
    expect(first.certificates.map((c: { kind: string }) => c.kind).sort()).toEqual([
      'skill_level',
      'training',
    ]);
    const body = (
      await t.request({ url: '/api/v1/assessment/classes', cookie: cookies['demo-assessor'] })
    ).json().body;
    expect(body.code).toBe('0001');
    expect(await auditActions(t, body.id)).toContain('assessment.evaluation.import');
  });

  it('offers an import template, and a second body cannot overwrite another body’s result', async () => {
    const template = await t.request({
      url: '/api/v1/assessment/import-template',
      cookie: cookies['demo-assessor'],
    });
    expect(template.headers['content-type']).toBe(XLSX_MEDIA_TYPE);
    const admin = await t.login('demo-admin');
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/users',
      cookie: admin,
      body: {
        username: 'second-assessor',
        password: 'Pingjia2026x',
        displayName: '第二评价机构',
        role: 'assessor',
        regionCode: '410000',
        organizationName: '第二评价机构',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const bodies = (
      await t.request({ url: '/api/v1/assessment-bodies', cookie: cookies['demo-staff'] })
    ).json();
    const second = bodies.items.find((b: { code: string }) => b.code === '1234');
    await t.request({
      method: 'POST',
      url: `/api/v1/assessment-bodies/${second.id}/accounts`,
      cookie: cookies['demo-staff'],
      body: { username: 'second-assessor' },
    });
    const cookie = await t.login('second-assessor', 'Pingjia2026x');
    const [first] = await roster();
    const refused = await t.request({
      method: 'PUT',
      url: `/api/v1/classes/${classId}/results/evaluation`,
      cookie,
      body: {
        results: [
          {
            enrolmentId: first!.enrolmentId,
            kind: 'skill_level',
            skillLevel: 'L5',
            passed: false,
            assessedOn: futureDay(0),
          },
        ],
      },
    });
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json().error.details[0]).toMatchObject({
      field: 'results.0.enrolmentId',
      reason: 'evaluated_by_other_body',
    });
  });

  it('is refused to an institution and outside the body’s occupations', async () => {
    const byInstitution = await t.request({
      method: 'PUT',
      url: `/api/v1/classes/${classId}/results/evaluation`,
      cookie: ready.cookie,
      body: {
        results: [
          {
            enrolmentId: (await roster())[0]!.enrolmentId,
            kind: 'skill_level',
            skillLevel: 'L5',
            passed: true,
            assessedOn: futureDay(0),
          },
        ],
      },
    });
    expect(byInstitution.statusCode).toBe(403);
    expect(
      (await t.request({ url: `/api/v1/classes/${classId}/results`, cookie: cookies['demo-worker'] }))
        .statusCode,
    ).toBe(404);
  });
});
