import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { type ReadyInstitution, readyInstitution } from '../classes/test-fixtures';
import { auditActions } from '../institutions/test-fixtures';
import { type RunningClass, recordCount, recordTime, registeredWorker, runningClass } from './test-fixtures';

let t: TestApp;
let ready: ReadyInstitution;
let running: RunningClass;
let trainee: Awaited<ReturnType<typeof registeredWorker>>;
let stranger: Awaited<ReturnType<typeof registeredWorker>>;
let demoInstitution = '';
const HEADER = '终端编号,公民身份号码或人员编号,识别时间,比对分值';

beforeAll(async () => {
  t = await startTestApp();
  const province = await t.login('demo-staff');
  const city = await t.login('demo-staff-city');
  demoInstitution = await t.login('demo-institution');
  ready = await readyInstitution(t, 621, { province, city });
  trainee = await registeredWorker(t, '622');
  stranger = await registeredWorker(t, '623', '周敏');
  running = await runningClass(t, ready, city, [{ name: trainee.name, idNumber: trainee.idNumber }]);
  for (const [cookie, code] of [
    [ready.cookie, 'FR-621-A'],
    [ready.cookie, 'FR-621-OLD'],
  ] as const) {
    const created = await registerTerminal(cookie, code, ready.siteId);
    expect(created.statusCode, created.body).toBe(201);
  }
  const mine = (await t.request({ url: '/api/v1/institutions/mine', cookie: demoInstitution })).json();
  const other = await registerTerminal(demoInstitution, 'FR-DEMO-1', mine.institution.sites[0].id);
  expect(other.statusCode, other.body).toBe(201);
});
afterAll(async () => {
  await t?.close();
});

function registerTerminal(cookie: string, code: string, siteId: string) {
  return t.request({
    method: 'POST',
    url: '/api/v1/attendance/terminals',
    cookie,
    body: { code, siteId, name: `${code} 实训楼一层` },
  });
}

const upload = (body: string, mode: 'all' | 'valid' = 'all', contentType = 'text/csv') =>
  t.request({
    method: 'POST',
    url: `/api/v1/classes/${running.id}/attendance/terminal-records?mode=${mode}`,
    cookie: ready.cookie,
    body,
    headers: { 'content-type': contentType },
  });

const csv = (...lines: string[]) => [HEADER, ...lines].join('\n');

describe('terminals', () => {
  it('lists the institution’s own terminals with their site', async () => {
    const list = (await t.request({ url: '/api/v1/attendance/terminals', cookie: ready.cookie })).json();
    expect(list.total).toBe(2);
    expect(list.items.map((i: { code: string }) => i.code).sort()).toEqual(['FR-621-A', 'FR-621-OLD']);
    expect(list.items[0].siteName).not.toBe('');
  });

  it('refuses a serial already registered, a site of another institution and bad fields', async () => {
    const taken = await registerTerminal(demoInstitution, 'FR-621-A', ready.siteId);
    expect(taken.statusCode).toBe(400);
    expect(taken.json().error.details[0]).toMatchObject({
      field: 'siteId',
      reason: 'attendance_site_not_own',
    });
    const mine = (await t.request({ url: '/api/v1/institutions/mine', cookie: demoInstitution })).json();
    const duplicate = await registerTerminal(demoInstitution, 'FR-621-A', mine.institution.sites[0].id);
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.code).toBe('attendance.terminal_code_taken');
    const empty = await registerTerminal(ready.cookie, '', ready.siteId);
    expect(empty.json().error.details[0]).toMatchObject({ field: 'code', reason: 'too_short' });
  });

  it('retires a terminal once, audited, and only its own institution may', async () => {
    const list = (await t.request({ url: '/api/v1/attendance/terminals', cookie: ready.cookie })).json();
    const old = list.items.find((i: { code: string }) => i.code === 'FR-621-OLD');
    const retire = (cookie: string) =>
      t.request({ method: 'POST', url: `/api/v1/attendance/terminals/${old.id}/retire`, cookie });
    expect((await retire(demoInstitution)).statusCode).toBe(404);
    const retired = await retire(ready.cookie);
    expect(retired.statusCode, retired.body).toBe(200);
    expect(retired.json().terminal.retiredAt).not.toBeNull();
    const again = await retire(ready.cookie);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('attendance.terminal_retired');
    expect(await auditActions(t, old.id)).toEqual([
      'attendance.terminal.register',
      'attendance.terminal.retire',
    ]);
  });

  it('offers the CSV template', async () => {
    const response = await t.request({
      url: '/api/v1/attendance/terminal-records/template',
      cookie: ready.cookie,
    });
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.body).toContain(HEADER);
  });
});

describe('uploading terminal records', () => {
  it('reports every bad record by row with its reason and imports nothing (all or nothing)', async () => {
    const retiredAt = (await t.request({ url: '/api/v1/attendance/terminals', cookie: ready.cookie }))
      .json()
      .items.find((i: { code: string }) => i.code === 'FR-621-OLD').retiredAt as string;
    const afterRetirement = new Date(Date.parse(retiredAt) + 1).toISOString();
    const body = csv(
      `FR-621-A,${trainee.idNumber},${recordTime(running.past, -5)},0.93`,
      `FR-UNKNOWN,${trainee.idNumber},${recordTime(running.past, -4)},0.93`,
      `FR-DEMO-1,${trainee.idNumber},${recordTime(running.past, -3)},0.93`,
      `FR-621-OLD,${trainee.idNumber},${afterRetirement},0.93`,
      `FR-621-A,${stranger.idNumber},${recordTime(running.past, 0)},0.93`,
      `FR-621-A,${trainee.idNumber},${recordTime(running.past, 300)},0.93`,
      `FR-621-A,${trainee.idNumber},${recordTime(running.past, 10)},0.75`,
      `FR-621-A,${trainee.idNumber},昨天上午,0.93`,
      `FR-621-A,${trainee.idNumber},${recordTime(running.past, -5)},0.93`,
      `FR-621-A,${trainee.idNumber},${recordTime(running.future, 0)},0.93`,
    );
    const before = await recordCount(t, running.id);
    const response = await upload(body);
    expect(response.statusCode, response.body).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe('attendance.records_invalid');
    expect(error.message).toBe('考勤记录中有 9 行不符合要求，未导入任何一行');
    expect(
      error.details.map(
        (d: { row: number; field: string; reason: string }) => `${d.row}:${d.field}:${d.reason}`,
      ),
    ).toEqual([
      '3:terminal:attendance_terminal_unknown',
      '4:terminal:attendance_terminal_other',
      '5:terminal:attendance_terminal_retired',
      '6:person:attendance_not_on_roster',
      '7:time:attendance_outside_sessions',
      '8:score:attendance_score_low',
      '9:time:attendance_time_format',
      '10:time:attendance_duplicate_row',
      '11:time:attendance_time_in_future',
    ]);
    expect(error.details[0].message).toBe('终端编号“FR-UNKNOWN”未登记');
    expect(error.details[5].message).toBe('比对分值 0.75 低于 0.8，不能作为考勤依据');
    expect(await recordCount(t, running.id)).toBe(before);
  });

  it('imports the valid records and reports the rest (valid rows only), and knows a repeat upload', async () => {
    const body = csv(
      `FR-621-A,${trainee.idNumber},${recordTime(running.past, -5)},0.93`,
      `FR-UNKNOWN,${trainee.idNumber},${recordTime(running.past, 100)},0.93`,
      `FR-621-A,${trainee.personId},${recordTime(running.past, 185)},0.91`,
    );
    const response = await upload(body, 'valid');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      imported: 2,
      rejected: 1,
      errorCount: 1,
      errors: [{ row: 3, field: 'terminal', reason: 'attendance_terminal_unknown' }],
    });
    const events = (
      await t.request({
        url: `/api/v1/classes/${running.id}/attendance/events?source=terminal`,
        cookie: ready.cookie,
      })
    ).json();
    expect(
      events.items.map((e: { direction: string; terminalCode: string; matchScore: number }) => [
        e.direction,
        e.terminalCode,
      ]),
    ).toEqual([
      ['out', 'FR-621-A'],
      ['in', 'FR-621-A'],
    ]);
    expect(events.items[1].matchScore).toBeCloseTo(0.93);
    expect(await auditActions(t, running.id)).toContain('attendance.terminal_upload');

    const again = await upload(body, 'valid');
    expect(again.json()).toMatchObject({ imported: 0, rejected: 3 });
    expect(
      again.json().errors.filter((e: { reason: string }) => e.reason === 'attendance_already_recorded'),
    ).toHaveLength(2);
  });

  it('takes JSON records, numbered from 1', async () => {
    const response = await t.request({
      method: 'POST',
      url: `/api/v1/classes/${running.id}/attendance/terminal-records?mode=valid`,
      cookie: ready.cookie,
      body: {
        records: [
          { terminal: 'FR-621-A', person: trainee.idNumber, time: recordTime(running.past, 60), score: 0.9 },
          { terminal: 'FR-621-A', person: trainee.idNumber, time: 'noon', score: 0.9 },
        ],
      },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      imported: 1,
      errors: [{ row: 2, field: 'time', reason: 'attendance_time_format' }],
    });
  });

  it('refuses a file that is not the template, an empty one and another media type', async () => {
    const columns = await upload('终端,人员\nA,B\n');
    expect(columns.statusCode).toBe(400);
    expect(columns.json().error.code).toBe('import.bad_columns');
    const empty = await upload(`${HEADER}\n`);
    expect(empty.json().error.code).toBe('import.no_rows');
    const text = await upload('hello', 'all', 'text/plain');
    expect(text.statusCode).toBe(415);
    expect(text.json().error.code).toBe('attendance.records_media_type');
    const shape = await t.request({
      method: 'POST',
      url: `/api/v1/classes/${running.id}/attendance/terminal-records`,
      cookie: ready.cookie,
      body: { rows: [] },
    });
    expect(shape.statusCode).toBe(400);
  });

  it('refuses a file larger than 4 MB', async () => {
    const response = await upload(`${HEADER}\n${'x'.repeat(4 * 1024 * 1024 + 10)}`);
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('import.too_large');
  });

  it('is only for the class’s own institution', async () => {
    const response = await t.request({
      method: 'POST',
      url: `/api/v1/classes/${running.id}/attendance/terminal-records`,
      cookie: demoInstitution,
      body: csv(`FR-DEMO-1,${trainee.idNumber},${recordTime(running.past, 0)},0.93`),
      headers: { 'content-type': 'text/csv' },
    });
    expect(response.statusCode).toBe(404);
  });
});
