import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { demoStaff, type ReadyInstitution, readyInstitution } from '../classes/test-fixtures';
import { auditActions } from '../institutions/test-fixtures';
import { type RunningClass, recordCount, recordTime, registeredWorker, runningClass } from './test-fixtures';

let t: TestApp;
let ready: ReadyInstitution;
let running: RunningClass;
let cookies: Record<string, string> = {};
let present: Awaited<ReturnType<typeof registeredWorker>>;
let partly: Awaited<ReturnType<typeof registeredWorker>>;

beforeAll(async () => {
  t = await startTestApp();
  cookies = await t.loginAll([
    'demo-staff',
    'demo-staff-city',
    'demo-staff-city2',
    'demo-auditor',
    'demo-finance',
    'demo-admin',
    'demo-enterprise',
    'demo-assessor',
    'demo-institution',
    'demo-worker',
  ]);
  ready = await readyInstitution(t, 631, demoStaff(cookies));
  present = await registeredWorker(t, '632');
  partly = await registeredWorker(t, '633', '周敏');
  running = await runningClass(t, ready, cookies['demo-staff-city']!, [
    { name: present.name, idNumber: present.idNumber },
    { name: partly.name, idNumber: partly.idNumber },
  ]);
  const terminal = await t.request({
    method: 'POST',
    url: '/api/v1/attendance/terminals',
    cookie: ready.cookie,
    body: { code: 'FR-631', siteId: ready.siteId, name: '一楼大厅' },
  });
  expect(terminal.statusCode, terminal.body).toBe(201);
  // Yesterday's session, 4 学时: `present` was there throughout by the terminal.
  const imported = await t.request({
    method: 'POST',
    url: `/api/v1/classes/${running.id}/attendance/terminal-records`,
    cookie: ready.cookie,
    body: [
      '终端编号,公民身份号码或人员编号,识别时间,比对分值',
      `FR-631,${present.idNumber},${recordTime(running.past, -10)},0.95`,
      `FR-631,${present.idNumber},${recordTime(running.past, 182)},0.94`,
    ].join('\n'),
    headers: { 'content-type': 'text/csv' },
  });
  expect(imported.statusCode, imported.body).toBe(200);
});
afterAll(async () => {
  await t?.close();
});

const manual = (body: Record<string, unknown>, cookie = ready.cookie) =>
  t.request({ method: 'POST', url: `/api/v1/classes/${running.id}/attendance/manual`, cookie, body });
const at = (session: { startsAt: string }, minutes: number) =>
  new Date(Date.parse(session.startsAt) + minutes * 60_000).toISOString();
const summary = (cookie = ready.cookie) =>
  t.request({ url: `/api/v1/classes/${running.id}/attendance`, cookie });

describe('entries by hand', () => {
  it('records a check-in and a check-out with the reason, audited', async () => {
    const response = await manual({
      sessionId: running.past.id,
      personId: partly.personId,
      checkIn: at(running.past, 0),
      checkOut: at(running.past, 90),
      reason: '手机没电，教师现场核实到课',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toEqual({ recorded: 2 });
    const events = (
      await t.request({
        url: `/api/v1/classes/${running.id}/attendance/events?source=manual`,
        cookie: ready.cookie,
      })
    ).json();
    expect(
      events.items.map((e: { direction: string; manualReason: string }) => [e.direction, e.manualReason]),
    ).toEqual([
      ['out', '手机没电，教师现场核实到课'],
      ['in', '手机没电，教师现场核实到课'],
    ]);
    const actions = await auditActions(t, running.id);
    expect(actions.filter((a) => a === 'attendance.manual')).toHaveLength(1);
  });

  it('refuses bad entries by field and stores nothing', async () => {
    const before = await recordCount(t, running.id);
    const cases: [Record<string, unknown>, string[]][] = [
      [
        { sessionId: running.past.id, personId: partly.personId, reason: '补录' },
        ['checkIn:attendance_time_required'],
      ],
      [
        {
          sessionId: running.past.id,
          personId: partly.personId,
          checkIn: at(running.past, 60),
          checkOut: at(running.past, 30),
          reason: '补录',
        },
        ['checkOut:attendance_check_out_before_in'],
      ],
      [
        {
          sessionId: running.past.id,
          personId: partly.personId,
          checkIn: at(running.past, -45),
          reason: '补录',
        },
        ['checkIn:attendance_outside_check_window'],
      ],
      [
        {
          sessionId: running.future.id,
          personId: partly.personId,
          checkIn: at(running.future, 0),
          reason: '补录',
        },
        ['checkIn:attendance_time_in_future'],
      ],
      [
        { sessionId: running.id, personId: present.personId, checkIn: at(running.past, 0), reason: '补录' },
        ['sessionId:session_not_found'],
      ],
      [
        { sessionId: running.past.id, personId: running.id, checkIn: at(running.past, 0), reason: '补录' },
        ['personId:enrolment_not_found'],
      ],
      [
        { sessionId: running.past.id, personId: partly.personId, checkIn: at(running.past, 0) },
        ['reason:required'],
      ],
    ];
    for (const [body, expected] of cases) {
      const response = await manual(body);
      expect(response.statusCode, response.body).toBe(400);
      expect(
        response.json().error.details.map((d: { field: string; reason: string }) => `${d.field}:${d.reason}`),
      ).toEqual(expected);
    }
    const wrongTime = await manual({
      sessionId: running.past.id,
      personId: partly.personId,
      checkIn: at(running.past, -45),
      reason: '补录',
    });
    expect(wrongTime.json().error.details[0].message).toMatch(
      /^应在本课次的签到时段内（\d{4}-\d\d-\d\d 08:00 至 .* 12:00）$/,
    );
    expect(await recordCount(t, running.id)).toBe(before);
  });

  it('is for the class’s own institution only', async () => {
    const body = {
      sessionId: running.past.id,
      personId: partly.personId,
      checkIn: at(running.past, 0),
      reason: '补录',
    };
    expect((await manual(body, cookies['demo-institution']!)).statusCode).toBe(404);
    expect((await manual(body, cookies['demo-staff-city']!)).statusCode).toBe(403);
  });
});

describe('the summary of a class', () => {
  it('gives each trainee’s hours by evidence, the rate and the flag over the sessions due', async () => {
    const response = await summary();
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ threshold: 80, scheduledHours: 9, dueHours: 4 });
    const byName = Object.fromEntries(body.trainees.map((tr: { name: string }) => [tr.name, tr]));
    // 4 of 9 scheduled 学时, all of the 4 due: not flagged.
    expect(byName[present.name]).toMatchObject({
      scheduledHours: 9,
      dueHours: 4,
      attendedHours: 4,
      electronicHours: 4,
      manualHours: 0,
      manualEntries: 0,
      rate: 44.4,
      flagged: false,
    });
    // By hand, 90 of 180 minutes: 2 学时, half of what is due.
    expect(byName[partly.name]).toMatchObject({
      attendedHours: 2,
      electronicHours: 0,
      manualHours: 2,
      manualEntries: 2,
      rate: 22.2,
      flagged: true,
    });
    const past = body.sessions.find((s: { id: string }) => s.id === running.past.id);
    expect(past).toMatchObject({
      state: 'over',
      traineesPresent: 2,
      manualEntries: 2,
      teacherPresent: false,
    });
    expect(body.sessions.find((s: { id: string }) => s.id === running.current.id).state).toBe('open');
    expect(body.sessions.find((s: { id: string }) => s.id === running.future.id).state).toBe('upcoming');
    expect(body.totals).toEqual({ records: 4, manualEntries: 2, flagged: 1 });
  });

  it('shows a worker their own attendance in the class, and nobody else’s', async () => {
    const response = await t.request({
      url: `/api/v1/attendance/mine?classId=${running.id}`,
      cookie: partly.cookie,
    });
    expect(response.statusCode, response.body).toBe(200);
    const mine = response.json();
    expect(mine).toMatchObject({
      attendedHours: 2,
      manualHours: 2,
      rate: 22.2,
      flagged: true,
      threshold: 80,
    });
    const past = mine.sessions.find((s: { id: string }) => s.id === running.past.id);
    expect(
      past.records.map((r: { direction: string; source: string }) => `${r.direction}:${r.source}`),
    ).toEqual(['in:manual', 'out:manual']);
    const other = await t.request({
      url: `/api/v1/attendance/mine?classId=${running.id}`,
      cookie: cookies['demo-worker']!,
    });
    expect(other.statusCode).toBe(404);
  });

  it('exports the per-trainee summary as a workbook', async () => {
    const response = await t.request({
      url: `/api/v1/classes/${running.id}/attendance/export`,
      cookie: cookies['demo-staff-city']!,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('考勤汇总')!;
    expect(sheet.getRow(2).getCell(7).value).toBe('出勤学时');
    const rows = [3, 4].map((n) => sheet.getRow(n).values as unknown[]);
    const partlyRow = rows.find((r) => r[2] === partly.name)!;
    expect(partlyRow.slice(7, 13)).toEqual([2, 0, 2, 2, 22.2, '低于 80%']);
  });
});

describe('who may read a class’s attendance', () => {
  const url = () => `/api/v1/classes/${running.id}/attendance`;
  const events = () => `/api/v1/classes/${running.id}/attendance/events`;
  const mine = () => `/api/v1/attendance/mine?classId=${running.id}`;
  const qr = () => `/api/v1/attendance/sessions/${running.current.id}/qr`;
  const terminals = () => '/api/v1/attendance/terminals';
  const matrix: [string, () => string, number][] = [
    ['institution', url, 200],
    ['demo-staff-city', url, 200],
    ['demo-staff', url, 200],
    ['demo-auditor', url, 200],
    ['demo-finance', url, 200],
    ['demo-admin', url, 200],
    ['demo-staff-city2', url, 404],
    ['demo-institution', url, 404],
    ['demo-enterprise', url, 403],
    ['demo-assessor', url, 403],
    ['trainee', url, 403],
    ['demo-staff-city', events, 200],
    ['demo-staff-city2', events, 404],
    ['trainee', events, 403],
    ['trainee', mine, 200],
    ['demo-worker', mine, 404],
    ['demo-staff-city', mine, 403],
    ['institution', qr, 200],
    ['demo-institution', qr, 404],
    ['demo-staff-city', qr, 403],
    ['trainee', qr, 403],
    ['institution', terminals, 200],
    ['demo-staff-city', terminals, 403],
    ['trainee', terminals, 403],
  ];
  it.each(matrix)('%s GET %s → %i', async (account, path, status) => {
    const cookie =
      account === 'institution' ? ready.cookie : account === 'trainee' ? present.cookie : cookies[account]!;
    const response = await t.request({ url: path(), cookie });
    expect(response.statusCode, response.body).toBe(status);
  });

  it('asks for a signed-in user', async () => {
    for (const path of [url(), events(), mine(), qr(), terminals()]) {
      expect((await t.request({ url: path })).statusCode).toBe(401);
    }
  });
});
