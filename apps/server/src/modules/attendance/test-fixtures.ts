import { attendanceEvents, users } from '@qiancheng/db';
import { formatRecordTime } from '@qiancheng/domain/attendance/record-time';
import { chinaDayAndTime, minutesOfDay } from '@qiancheng/domain/classes/session-time';
import { count, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { now } from '../../platform/clock';
import type { TestApp } from '../../test-support/test-app';
import { approvedClass, type ReadyInstitution } from '../classes/test-fixtures';
import { idNumber } from '../teachers/test-fixtures';
import { QR_KEY_LABEL, QrSigner } from './qr-signer';

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * A one-hour session today that holds the present moment with half an hour to spare on each side
 * where the day allows, and never crosses midnight in China (a session cannot): near midnight it
 * ends at 23:59, just after it starts at 00:00. Its check window adds another half hour, so a test
 * that runs for minutes stays inside it.
 */
export function sessionAroundNow(): { inDays: 0; startTime: string; endTime: string; hours: number } {
  const minute = minutesOfDay(chinaDayAndTime(now()).time);
  const start = Math.min(Math.max(minute - 30, 0), 23 * 60 + 59 - 60);
  return { inDays: 0, startTime: hhmm(start), endTime: hhmm(start + 60), hours: 1 };
}

export interface RunningClass {
  id: string;
  /** Yesterday 08:30–11:30, 4 theory 学时: over, for terminal files and entries by hand. */
  past: { id: string; startsAt: string; endsAt: string };
  /** Today around now, 1 theory 学时: open for QR check-ins. */
  current: { id: string; startsAt: string; endsAt: string };
  /** In two days 14:00–17:00, 4 practice 学时: not yet open. */
  future: { id: string; startsAt: string; endsAt: string };
}

/** An approved class of `ready` with a session yesterday, one now and one in two days. */
export async function runningClass(
  t: TestApp,
  ready: ReadyInstitution,
  staffCookie: string,
  trainees: { name: string; idNumber: string }[],
): Promise<RunningClass> {
  const detail = await approvedClass(t, ready, staffCookie, {
    sessions: [
      { inDays: -1, startTime: '08:30', endTime: '11:30', hours: 4 },
      sessionAroundNow(),
      { inDays: 2, startTime: '14:00', endTime: '17:00', hours: 4, kind: 'practice' },
    ],
    trainees,
  });
  const [past, current, future] = detail.sessions;
  return { id: detail.id, past: past!, current: current!, future: future! };
}

/** A worker who registered online with a known ID number, signed in. */
export async function registeredWorker(
  t: TestApp,
  sequence: string,
  name = '陈小燕',
  birth = '19920611',
): Promise<{ cookie: string; idNumber: string; name: string; personId: string }> {
  const id = idNumber(sequence, '410105', birth);
  const response = await t.request({
    method: 'POST',
    url: '/api/v1/auth/register',
    body: {
      username: `worker-${sequence}-${birth}`,
      password: 'Peixun2026xy',
      name,
      idNumber: id,
      mobile: `1390000${sequence.padStart(4, '0')}`,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  const cookie = response.cookies.find((c) => c.name === 'qc_session')!;
  const me = (await t.request({ url: '/api/v1/auth/me', cookie: `qc_session=${cookie.value}` })).json();
  const [user] = await t.platform.db.select().from(users).where(eq(users.id, me.user.id));
  return { cookie: `qc_session=${cookie.value}`, idNumber: id, name, personId: user!.personId! };
}

/** The signer of the app under test, to make codes a screen would not show (old, future, other sessions). */
export function testSigner(t: TestApp): QrSigner {
  return new QrSigner(t.platform.vault.derivedKey(QR_KEY_LABEL));
}

export async function recordCount(t: TestApp, classId: string): Promise<number> {
  const [row] = await t.platform.db
    .select({ total: count() })
    .from(attendanceEvents)
    .where(eq(attendanceEvents.classId, classId));
  return row?.total ?? 0;
}

/** A time in a terminal file: `minutes` after the start of the session, in China time. */
export function recordTime(session: { startsAt: string }, minutes: number): string {
  return formatRecordTime(Date.parse(session.startsAt) + minutes * 60_000);
}
