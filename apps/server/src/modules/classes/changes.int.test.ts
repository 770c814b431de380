import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setClockOffsetDays } from '../../platform/clock';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { futureDay } from '../demand/fixtures/workbooks';
import { auditActions } from '../institutions/test-fixtures';
import { idNumber, teacherBody } from '../teachers/test-fixtures';
import { approvedClass, demoStaff, type ReadyInstitution, readyInstitution } from './test-fixtures';

let t: TestApp;
let ready: ReadyInstitution;
let classId = '';
let sessions: { id: string; startsAt: string }[] = [];
let cookies: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp();
  cookies = await t.loginAll(['demo-staff', 'demo-staff-city', 'demo-staff-city2']);
  ready = await readyInstitution(t, 521, demoStaff(cookies));
  const detail = await approvedClass(t, ready, cookies['demo-staff-city']!, {
    sessions: [
      { inDays: 5, startTime: '08:30', endTime: '11:30', hours: 4, kind: 'theory' },
      { inDays: 6, startTime: '14:00', endTime: '17:00', hours: 4, kind: 'practice' },
      { inDays: 7, startTime: '14:00', endTime: '17:00', hours: 2, kind: 'practice' },
    ],
    trainees: [
      { name: '陈一', idNumber: idNumber('801', '410105', '19900101') },
      { name: '陈二', idNumber: idNumber('802', '410105', '19900101') },
    ],
    plannedTrainees: 5,
  });
  classId = detail.id;
  sessions = detail.sessions;
});
afterEach(() => setClockOffsetDays(0));
afterAll(async () => {
  await t?.close();
});

const ask = (body: Record<string, unknown>) =>
  t.request({ method: 'POST', url: `/api/v1/classes/${classId}/changes`, cookie: ready.cookie, body });
const decide = (changeId: string, body: Record<string, unknown>, cookie = cookies['demo-staff-city']!) =>
  t.request({ method: 'POST', url: `/api/v1/classes/${classId}/changes/${changeId}/decide`, cookie, body });
const detail = async () =>
  (await t.request({ url: `/api/v1/classes/${classId}`, cookie: ready.cookie })).json().class;

describe('change requests after approval', () => {
  it('adds a trainee once staff approve, keeping the request and decision', async () => {
    const asked = await ask({
      kind: 'trainee_add',
      trainee: { name: '陈三', idNumber: idNumber('803', '410105', '19900101'), targetGroup: 'veteran' },
      reason: '报名截止后补录退役军人',
    });
    expect(asked.statusCode, asked.body).toBe(200);
    const [request] = asked.json().items;
    expect(request).toMatchObject({ kind: 'trainee_add', status: 'pending' });
    expect(request.names[request.payload.personId]).toBe('陈三');
    expect(JSON.stringify(request.payload)).not.toContain(idNumber('803', '410105', '19900101'));
    expect((await detail()).pendingChanges).toBe(1);

    expect((await decide(request.id, { decision: 'approve' }, cookies['demo-staff-city2'])).statusCode).toBe(
      404,
    );
    const rejectWithout = await decide(request.id, { decision: 'reject' });
    expect(rejectWithout.json().error.details[0]).toMatchObject({ field: 'note', reason: 'required' });
    const approved = await decide(request.id, { decision: 'approve', note: '同意补录' });
    expect(approved.json().items[0]).toMatchObject({ status: 'approved', decisionNote: '同意补录' });
    const again = await decide(request.id, { decision: 'approve' });
    expect(again.json().error.code).toBe('classes.change_not_pending');
    const roster = (
      await t.request({ url: `/api/v1/classes/${classId}/roster`, cookie: ready.cookie })
    ).json();
    expect(roster.items.map((x: { name: string; source: string }) => `${x.name}:${x.source}`)).toContain(
      '陈三:change',
    );
    expect(await auditActions(t, request.id)).toEqual(['class.change.request', 'class.change.approve']);
  });

  it('moves a session that has not started and refuses overlaps', async () => {
    const [first] = sessions;
    const overlapping = await ask({
      kind: 'session_change',
      sessionId: first!.id,
      session: {
        day: futureDay(6),
        startTime: '15:00',
        endTime: '18:00',
        hours: 4,
        kind: 'theory',
        teacherId: ready.teacherId,
        room: '202 教室',
      },
      reason: '教室调整',
    });
    expect(overlapping.statusCode).toBe(400);
    expect(overlapping.json().error.details).toEqual([
      expect.objectContaining({ reason: 'session_overlap' }),
    ]);
    const moved = await ask({
      kind: 'session_change',
      sessionId: first!.id,
      session: {
        day: futureDay(5),
        startTime: '13:30',
        endTime: '16:30',
        hours: 4,
        kind: 'theory',
        teacherId: ready.teacherId,
        room: '202 教室',
      },
      reason: '上午场地检修，改为下午',
    });
    const change = moved
      .json()
      .items.find(
        (x: { kind: string; status: string }) => x.kind === 'session_change' && x.status === 'pending',
      );
    await decide(change.id, { decision: 'approve' });
    const session = (await detail()).sessions.find((s: { id: string }) => s.id === first!.id);
    expect(session).toMatchObject({ startTime: '13:30', endTime: '16:30', room: '202 教室' });
  });

  it('refuses to cancel a session when the project’s hours would no longer be met', async () => {
    const practice = sessions[1]!;
    const refused = await ask({ kind: 'session_cancel', sessionId: practice.id, reason: '教师请假' });
    expect(refused.json().error.details[0]).toMatchObject({
      field: 'sessions',
      reason: 'hours_below_project',
    });
    const optional = sessions[2]!;
    const asked = await ask({ kind: 'session_cancel', sessionId: optional.id, reason: '实训设备维修' });
    const change = asked
      .json()
      .items.find(
        (x: { kind: string; status: string }) => x.kind === 'session_cancel' && x.status === 'pending',
      );
    await decide(change.id, { decision: 'approve' });
    expect((await detail()).sessions.find((s: { id: string }) => s.id === optional.id).cancelled).toBe(true);
  });

  it('replaces a teacher on the sessions still to come', async () => {
    const second = await t.request({
      method: 'POST',
      url: '/api/v1/teachers',
      cookie: ready.cookie,
      body: teacherBody('522', {
        person: { name: '刘老师', idNumber: idNumber('522'), mobile: '13700005220' },
      }),
    });
    expect(second.statusCode, second.body).toBe(201);
    const toTeacherId = second.json().teacher.id;
    const asked = await ask({
      kind: 'teacher_replace',
      fromTeacherId: ready.teacherId,
      toTeacherId,
      reason: '原教师调离',
    });
    const change = asked
      .json()
      .items.find(
        (x: { kind: string; status: string }) => x.kind === 'teacher_replace' && x.status === 'pending',
      );
    expect(change.names[toTeacherId]).toBe('刘老师');
    await decide(change.id, { decision: 'approve' });
    const after = await detail();
    expect(after.teachers.find((x: { teacherId: string }) => x.teacherId === toTeacherId)).toMatchObject({
      role: 'lead',
      removed: false,
    });
    expect(
      after.sessions
        .filter((s: { cancelled: boolean }) => !s.cancelled)
        .every((s: { teacherName: string }) => s.teacherName === '刘老师'),
    ).toBe(true);
  });

  it('removes a trainee, who stays in the record as dropped', async () => {
    const roster = (
      await t.request({ url: `/api/v1/classes/${classId}/roster`, cookie: ready.cookie })
    ).json();
    const leaving = roster.items.find((x: { name: string }) => x.name === '陈二');
    const asked = await ask({
      kind: 'trainee_remove',
      enrolmentId: leaving.enrolmentId,
      reason: '本人因就业退出',
    });
    const change = asked
      .json()
      .items.find(
        (x: { kind: string; status: string }) => x.kind === 'trainee_remove' && x.status === 'pending',
      );
    expect(change.names[leaving.enrolmentId]).toBe('陈二');
    await decide(change.id, { decision: 'approve' });
    const after = (
      await t.request({ url: `/api/v1/classes/${classId}/roster`, cookie: ready.cookie })
    ).json();
    expect(after.items.find((x: { name: string }) => x.name === '陈二')).toMatchObject({
      status: 'dropped',
      dropReason: '本人因就业退出',
    });
  });

  it('can be withdrawn by the institution while pending', async () => {
    const asked = await ask({ kind: 'session_cancel', sessionId: sessions[1]!.id, reason: '误提交' });
    expect(asked.statusCode).toBe(400);
    const add = await ask({
      kind: 'trainee_add',
      trainee: { name: '陈四', idNumber: idNumber('804', '410105', '19900101'), targetGroup: 'veteran' },
      reason: '补录',
    });
    const change = add.json().items.find((x: { status: string }) => x.status === 'pending');
    const withdrawn = await t.request({
      method: 'POST',
      url: `/api/v1/classes/${classId}/changes/${change.id}/withdraw`,
      cookie: ready.cookie,
    });
    expect(withdrawn.json().items.find((x: { id: string }) => x.id === change.id).status).toBe('withdrawn');
  });
});
