import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setClockOffsetDays } from '../../platform/clock';
import { XLSX_MEDIA_TYPE } from '../../platform/xlsx/upload-scope';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { futureDay } from '../demand/fixtures/workbooks';
import { auditActions } from '../institutions/test-fixtures';
import { idNumber } from '../teachers/test-fixtures';
import {
  approvedClass,
  classPlan,
  demoStaff,
  type ReadyInstitution,
  readyInstitution,
  rosterWorkbook,
} from './test-fixtures';

let t: TestApp;
let ready: ReadyInstitution;
let other: ReadyInstitution;
let cookies: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp();
  cookies = await t.loginAll(['demo-staff', 'demo-staff-city', 'demo-worker']);
  const staff = demoStaff(cookies);
  ready = await readyInstitution(t, 511, staff);
  other = await readyInstitution(t, 512, staff);
});
afterEach(() => setClockOffsetDays(0));
afterAll(async () => {
  await t?.close();
});

const post = (url: string, cookie: string, body?: unknown) =>
  t.request({ method: 'POST', url, cookie, ...(body === undefined ? {} : { body }) });

async function draft(institution: ReadyInstitution, startIn: number, changes: Record<string, unknown> = {}) {
  const response = await post(
    '/api/v1/classes',
    institution.cookie,
    classPlan(institution, startIn, changes),
  );
  expect(response.statusCode, response.body).toBe(201);
  return response.json().class.id as string;
}

function importRoster(classId: string, file: Buffer, mode = 'all') {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/classes/${classId}/roster/import?mode=${mode}`,
    headers: { cookie: ready.cookie, 'content-type': XLSX_MEDIA_TYPE },
    payload: file,
  });
}

const person = (sequence: string, birth = '19900307') => idNumber(sequence, '410105', birth);

describe('roster import', () => {
  it('offers a template that imports back', async () => {
    const template = await t.request({ url: '/api/v1/classes/roster-template', cookie: ready.cookie });
    expect(template.statusCode).toBe(200);
    expect(template.headers['content-type']).toBe(XLSX_MEDIA_TYPE);
    const classId = await draft(ready, 30);
    const wrongHeader = await importRoster(classId, await rosterWorkbook([], ['姓名', '身份证号', '群体']));
    expect(wrongHeader.json().error.code).toBe('import.bad_columns');
    const notXlsx = await importRoster(classId, Buffer.from('姓名,公民身份号码\n'));
    expect(notXlsx.json().error.code).toBe('import.not_xlsx');
  });

  it('reports every bad row with its row, column and reason, and imports nothing, or only the good rows', async () => {
    const start = 40;
    const classId = await draft(ready, start);
    // 李四 is enrolled in another institution's class at the same times.
    const otherClass = await draft(other, start);
    expect(
      (
        await post(`/api/v1/classes/${otherClass}/roster`, other.cookie, {
          name: '李四',
          idNumber: person('702'),
          targetGroup: 'registered_unemployed',
        })
      ).statusCode,
    ).toBe(200);
    // 钱七 already completed this occupation at this level.
    await approvedClass(t, ready, cookies['demo-staff-city']!, {
      sessions: [
        { inDays: -3, startTime: '08:30', endTime: '11:30', hours: 4, kind: 'theory' },
        { inDays: -2, startTime: '08:30', endTime: '11:30', hours: 4, kind: 'practice' },
      ],
      trainees: [{ name: '钱七', idNumber: person('704') }],
    }).then(async (done) => {
      await post(`/api/v1/classes/${done.id}/start`, ready.cookie);
      await post(`/api/v1/classes/${done.id}/complete`, ready.cookie);
    });
    // 王五 is registered under that name, through a class at other times.
    await post(`/api/v1/classes/${await draft(other, start + 10)}/roster`, other.cookie, {
      name: '王五',
      idNumber: person('705'),
      targetGroup: 'registered_unemployed',
    });
    const sixteenOnStart = idNumber(
      '706',
      '410105',
      futureDay(start)
        .replaceAll('-', '')
        .replace(/^(\d{4})/, (y) => String(Number(y) - 16)),
    );
    const fifteen = idNumber(
      '707',
      '410105',
      futureDay(start + 1)
        .replaceAll('-', '')
        .replace(/^(\d{4})/, (y) => String(Number(y) - 16)),
    );
    const rows = [
      { name: '张三', idNumber: person('701'), targetGroup: '登记失业人员', mobile: '13800007001' },
      { name: '李四', idNumber: person('702'), targetGroup: '登记失业人员' },
      { name: '张三', idNumber: person('701'), targetGroup: '登记失业人员' },
      { name: '钱七', idNumber: person('704'), targetGroup: '农村转移就业劳动者' },
      { name: '王六', idNumber: person('705'), targetGroup: '登记失业人员' },
      { name: '少年甲', idNumber: fifteen, targetGroup: '两后生' },
      {
        name: '坏号码',
        idNumber: `${person('708').slice(0, 17)}${person('708').endsWith('1') ? '2' : '1'}`,
        targetGroup: '登记失业人员',
      },
      { name: '刚满十六', idNumber: sixteenOnStart, targetGroup: '两后生' },
    ];
    const file = await rosterWorkbook(rows);
    const refused = await importRoster(classId, file);
    expect(refused.statusCode).toBe(400);
    const error = refused.json().error;
    expect(error.code).toBe('classes.roster_invalid');
    const found = error.details.map(
      (d: { row: number; field: string; reason: string }) => `${d.row}:${d.field}:${d.reason}`,
    );
    expect(found).toEqual([
      '3:idNumber:enrolment_overlaps',
      '4:idNumber:roster_duplicate_row',
      '5:idNumber:already_completed',
      '6:name:person_name_mismatch',
      '7:idNumber:trainee_under_age',
      '8:idNumber:id_number_checksum',
    ]);
    expect(error.details[0].message).toContain('重叠');
    const before = (
      await t.request({ url: `/api/v1/classes/${classId}/roster`, cookie: ready.cookie })
    ).json();
    expect(before.items).toEqual([]);

    const partial = await importRoster(classId, file, 'valid');
    expect(partial.statusCode, partial.body).toBe(200);
    expect(partial.json()).toMatchObject({ imported: 2, rejected: 6, errorCount: 6 });
    const roster = (
      await t.request({ url: `/api/v1/classes/${classId}/roster`, cookie: ready.cookie })
    ).json();
    expect(roster.items.map((x: { name: string; source: string }) => `${x.name}:${x.source}`).sort()).toEqual(
      ['张三:import', '刚满十六:import'].sort(),
    );
    expect(roster.items.find((x: { name: string }) => x.name === '张三')).toMatchObject({
      idNumberMasked: `${person('701').slice(0, 4)}**********${person('701').slice(-4)}`,
      identityCheckedBy: 'registry',
    });
    expect(await auditActions(t, classId)).toContain('class.roster.import');
  });
});

describe('online enrolment', () => {
  it('lets a worker enrol in an open class, once, and shows it on the project page', async () => {
    const classId = await draft(ready, 50, { enrolmentOpen: true, plannedTrainees: 2 });
    const listed = (await t.request({ url: `/api/v1/public/projects/${ready.projectId}/classes` })).json();
    expect(listed.items.find((c: { id: string }) => c.id === classId)).toMatchObject({
      enrollable: true,
      seatsLeft: 2,
    });
    const enrolled = await post(`/api/v1/classes/${classId}/enrol`, cookies['demo-worker']!, {
      targetGroup: 'registered_unemployed',
    });
    expect(enrolled.statusCode, enrolled.body).toBe(201);
    const again = await post(`/api/v1/classes/${classId}/enrol`, cookies['demo-worker']!, {
      targetGroup: 'registered_unemployed',
    });
    expect(again.json().error).toMatchObject({
      code: 'classes.not_enrollable',
      details: [expect.objectContaining({ reason: 'already_enrolled' })],
    });
    const mine = (await t.request({ url: '/api/v1/classes/mine', cookie: cookies['demo-worker'] })).json();
    expect(mine.items.find((x: { class: { id: string } }) => x.class.id === classId)).toMatchObject({
      enrolmentStatus: 'enrolled',
    });
    // The trainee sees the class but not its roster.
    expect(
      (await t.request({ url: `/api/v1/classes/${classId}`, cookie: cookies['demo-worker'] })).statusCode,
    ).toBe(200);
    expect(
      (await t.request({ url: `/api/v1/classes/${classId}/roster`, cookie: cookies['demo-worker'] }))
        .statusCode,
    ).toBe(404);
  });

  it('refuses a class that is not open for online enrolment', async () => {
    const classId = await draft(ready, 53);
    const refused = await post(`/api/v1/classes/${classId}/enrol`, cookies['demo-worker']!, {
      targetGroup: 'registered_unemployed',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('classes.enrolment_closed');
  });
});
