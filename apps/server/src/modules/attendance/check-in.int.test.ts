import { decodeBase64url, encodeBase64url } from '@qiancheng/domain/attendance/base64url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setClockOffsetDays } from '../../platform/clock';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { demoStaff, type ReadyInstitution, readyInstitution } from '../classes/test-fixtures';
import { createServices } from '../register';
import { idNumber } from '../teachers/test-fixtures';
import { type RunningClass, recordCount, registeredWorker, runningClass, testSigner } from './test-fixtures';

let t: TestApp;
let ready: ReadyInstitution;
let running: RunningClass;
let cookies: Record<string, string> = {};
let trainee: Awaited<ReturnType<typeof registeredWorker>>;
let stranger: Awaited<ReturnType<typeof registeredWorker>>;
let teacher: Awaited<ReturnType<typeof registeredWorker>>;
let eager: Awaited<ReturnType<typeof registeredWorker>>;

beforeAll(async () => {
  t = await startTestApp();
  cookies = await t.loginAll(['demo-staff', 'demo-staff-city', 'demo-worker']);
  // The class's teacher has a worker account: registered first, then taken into the teacher pool.
  teacher = await registeredWorker(t, '611', '王丽华', '19850412');
  expect(teacher.idNumber).toBe(idNumber('611'));
  ready = await readyInstitution(t, 611, demoStaff(cookies));
  trainee = await registeredWorker(t, '612');
  stranger = await registeredWorker(t, '613', '周敏');
  eager = await registeredWorker(t, '614', '吴磊', '19880923');
  running = await runningClass(t, ready, cookies['demo-staff-city']!, [
    { name: trainee.name, idNumber: trainee.idNumber },
    { name: eager.name, idNumber: eager.idNumber },
  ]);
});
afterEach(() => setClockOffsetDays(0));
afterAll(async () => {
  await t?.close();
});

const qr = (sessionId: string, cookie = ready.cookie) =>
  t.request({ url: `/api/v1/attendance/sessions/${sessionId}/qr`, cookie });
const checkIn = (cookie: string, body: Record<string, unknown>) =>
  t.request({
    method: 'POST',
    url: '/api/v1/attendance/check-in',
    cookie,
    body,
    headers: { 'user-agent': 'Mozilla/5.0 (Linux; Android 14) Mobile Chrome/126' },
  });

describe('the QR display of a session', () => {
  it('shows the running session’s code, its check-in address and nobody checked in yet', async () => {
    const response = await qr(running.current.id);
    expect(response.statusCode, response.body).toBe(200);
    const display = response.json();
    expect(display.token).toMatch(/^[A-Za-z0-9_-]{50}$/);
    expect(display.path).toBe(`/checkin?t=${display.token}`);
    expect(Date.parse(display.refreshAt) - Date.parse(display.serverTime)).toBeLessThanOrEqual(30_000);
    expect(display.checkedIn).toEqual({ trainees: 0, teachers: 0, rosterSize: 2 });
    expect(display.session.hours).toBe(1);
  });

  it('is refused for a session outside its check window and for another institution', async () => {
    const early = await qr(running.future.id);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('attendance.outside_check_window');
    expect(early.json().error.message).toContain('17:00');
    const demo = await t.login('demo-institution');
    expect((await qr(running.current.id, demo)).statusCode).toBe(404);
    expect((await qr(running.current.id, cookies['demo-staff-city']!)).statusCode).toBe(403);
  });
});

describe('checking in with the code', () => {
  it('checks a trainee in, starts the class and the trainee attends; a second scan checks out', async () => {
    const { token } = (await qr(running.current.id)).json();
    const first = await checkIn(trainee.cookie, {
      token,
      position: { latitude: 34.7466, longitude: 113.6254, accuracy: 25 },
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      direction: 'in',
      attendee: 'trainee',
      session: { id: running.current.id },
      class: { id: running.id },
    });
    const detail = (await t.request({ url: `/api/v1/classes/${running.id}`, cookie: ready.cookie })).json();
    expect(detail.class.status).toBe('in_progress');
    const roster = (
      await t.request({ url: `/api/v1/classes/${running.id}/roster`, cookie: ready.cookie })
    ).json();
    expect(roster.items[0].status).toBe('attending');

    const second = await checkIn(trainee.cookie, { token, device: 'iPhone 15 Safari' });
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json().direction).toBe('out');
    expect((await qr(running.current.id)).json().checkedIn.trainees).toBe(1);

    const events = (
      await t.request({ url: `/api/v1/classes/${running.id}/attendance/events`, cookie: ready.cookie })
    ).json();
    expect(events.total).toBe(2);
    expect(events.items.map((e: { direction: string }) => e.direction)).toEqual(['out', 'in']);
    expect(events.items[1]).toMatchObject({
      source: 'qr',
      attendee: 'trainee',
      device: 'Mozilla/5.0 (Linux; Android 14) Mobile Chrome/126',
      latitude: 34.7466,
      longitude: 113.6254,
      positionAccuracy: 25,
      personName: trainee.name,
    });
    expect(events.items[0].device).toBe('iPhone 15 Safari');
  });

  it('checks a teacher of the class in as a teacher', async () => {
    const { token } = (await qr(running.current.id)).json();
    const response = await checkIn(teacher.cookie, { token });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ direction: 'in', attendee: 'teacher' });
    expect((await qr(running.current.id)).json().checkedIn).toMatchObject({ trainees: 1, teachers: 1 });
  });

  it('refuses expired, forged, unreadable and other sessions’ codes and stores nothing', async () => {
    const signer = testSigner(t);
    const before = await recordCount(t, running.id);
    const fresh = signer.issue(running.current.id, Date.now()).token;
    const expired = signer.issue(running.current.id, Date.now() - 61_000).token;
    const bytes = decodeBase64url(fresh)!;
    bytes[bytes.length - 1]! ^= 1;
    const forged = encodeBase64url(bytes);
    // The past session's id with the current code's MAC: the MAC covers the session, so it fails.
    const spliced = (() => {
      const swapped = decodeBase64url(fresh)!;
      swapped.set(decodeBase64url(signer.issue(running.past.id, Date.now()).token)!.subarray(1, 17), 1);
      return encodeBase64url(swapped);
    })();
    const cases: [Record<string, unknown>, number, string][] = [
      [{ token: expired }, 400, 'attendance.token_expired'],
      [{ token: forged }, 400, 'attendance.token_forged'],
      [{ token: spliced }, 400, 'attendance.token_forged'],
      [{ token: 'not-a-code' }, 400, 'attendance.token_malformed'],
      [{ token: fresh, sessionId: running.future.id }, 400, 'attendance.token_other_session'],
      [
        { token: signer.issue(running.current.id, Date.now() + 120_000).token },
        400,
        'attendance.token_forged',
      ],
    ];
    for (const [body, status, code] of cases) {
      const response = await checkIn(trainee.cookie, body);
      expect(response.statusCode, `${code}: ${response.body}`).toBe(status);
      expect(response.json().error.code).toBe(code);
    }
    expect((await checkIn(trainee.cookie, { token: expired })).json().error.message).toContain('30 秒');
    expect(await recordCount(t, running.id)).toBe(before);
  });

  it('refuses a worker who is not on the roster, naming the class, and stores nothing', async () => {
    const before = await recordCount(t, running.id);
    const { token } = (await qr(running.current.id)).json();
    const response = await checkIn(stranger.cookie, { token });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('attendance.not_on_roster');
    expect(response.json().error.message).toContain('养老护理员培训班');
    expect(await recordCount(t, running.id)).toBe(before);
  });

  it('refuses codes of sessions whose check window is closed or not yet open', async () => {
    const signer = testSigner(t);
    const before = await recordCount(t, running.id);
    for (const session of [running.past, running.future]) {
      const response = await checkIn(trainee.cookie, { token: signer.issue(session.id, Date.now()).token });
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('attendance.outside_check_window');
    }
    expect(await recordCount(t, running.id)).toBe(before);
  });

  it('answers in English when asked', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/attendance/check-in',
      cookie: trainee.cookie,
      body: { token: 'x' },
      headers: { 'accept-language': 'en-US' },
    });
    expect(response.json().error.message).toContain('QR code');
  });

  it('refuses bad input by field', async () => {
    const response = await checkIn(trainee.cookie, {
      token: 'abc',
      position: { latitude: 95, longitude: 113 },
      extra: true,
    });
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .error.details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(['extra', 'position.latitude']);
  });

  it('is for workers only', async () => {
    const { token } = (await qr(running.current.id)).json();
    expect((await checkIn(ready.cookie, { token })).statusCode).toBe(403);
    expect((await checkIn(cookies['demo-staff-city']!, { token })).statusCode).toBe(403);
    expect(
      (await t.request({ method: 'POST', url: '/api/v1/attendance/check-in', body: { token } })).statusCode,
    ).toBe(401);
  });
});

describe('many scans at once', () => {
  it('stores each exactly once: one check-in, the rest check-outs, written together', async () => {
    const { token } = (await qr(running.current.id)).json();
    const before = await recordCount(t, running.id);
    const responses = await Promise.all(Array.from({ length: 25 }, () => checkIn(eager.cookie, { token })));
    expect(responses.map((r) => r.statusCode)).toEqual(new Array(25).fill(201));
    const directions = responses.map((r) => r.json().direction);
    expect(directions.filter((d) => d === 'in')).toHaveLength(1);
    expect(await recordCount(t, running.id)).toBe(before + 25);
    const roster = (
      await t.request({ url: `/api/v1/classes/${running.id}/roster`, cookie: ready.cookie })
    ).json();
    expect(roster.items.find((i: { name: string }) => i.name === eager.name).status).toBe('attending');
  });

  it('tells supervision how many trainees had checked in by a moment', async () => {
    const { attendance } = createServices(t.platform);
    expect(await attendance.traineesCheckedIn(running.current.id, new Date())).toBe(2);
    expect(await attendance.traineesCheckedIn(running.current.id, new Date(Date.now() - 3_600_000))).toBe(0);
    expect(await attendance.traineesCheckedIn(running.future.id, new Date())).toBeNull();
  });
});
