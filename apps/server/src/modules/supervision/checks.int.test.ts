import { supervisionChecks } from '@qiancheng/db';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setClockOffsetDays } from '../../platform/clock';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { runningClass } from '../attendance/test-fixtures';
import { classPlan, demoStaff, type ReadyInstitution, readyInstitution } from '../classes/test-fixtures';
import { futureDay } from '../demand/fixtures/workbooks';
import { auditActions, PDF_BYTES } from '../institutions/test-fixtures';
import { auditRecords, idNumber, upload } from '../teachers/test-fixtures';
import { classOnDays, uploadPhoto } from './test-fixtures';

let t: TestApp;
let cookies: Record<string, string> = {};
let ready: ReadyInstitution;
let other: ReadyInstitution;
let classId = '';
let sessions: { id: string; startsAt: string }[] = [];

beforeAll(async () => {
  t = await startTestApp();
  cookies = await t.loginAll(['demo-staff', 'demo-staff-city', 'demo-staff-city2', 'demo-auditor']);
  const staff = demoStaff(cookies);
  ready = await readyInstitution(t, 801, staff);
  other = await readyInstitution(t, 802, staff);
  const running = await classOnDays(t, ready, staff.city, 4, '811');
  classId = running.id;
  sessions = running.sessions;
});
afterEach(() => setClockOffsetDays(0));
afterAll(async () => {
  await t?.close();
});

const staff = () => cookies['demo-staff-city']!;
const post = (url: string, cookie: string, body: unknown = {}) =>
  t.request({ method: 'POST', url, cookie, body });
const check = async (id: string) =>
  (await t.platform.db.select().from(supervisionChecks).where(eq(supervisionChecks.id, id)))[0]!;
const sessionDay = () => futureDay(4);

async function planOnsite(): Promise<string> {
  const response = await post('/api/v1/supervision/checks', staff(), {
    classId,
    kind: 'onsite',
    sessionId: sessions[0]!.id,
  });
  expect(response.statusCode, response.body).toBe(201);
  expect(response.json().check).toMatchObject({ status: 'planned', plannedOn: sessionDay(), sampleId: null });
  return response.json().check.id;
}

async function requestPhoto(withinMinutes = 120): Promise<string> {
  const response = await post('/api/v1/supervision/checks', staff(), {
    classId,
    kind: 'remote',
    withinMinutes,
    instructions: '请拍摄授课教师与全体学员同框的课堂照片',
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().check.id;
}

describe('an on-site check', () => {
  it('records people, photos and a serious conclusion, which lands in the institution’s record', async () => {
    const id = await planOnsite();
    // A visit is not announced: the institution sees nothing of it while it is planned.
    const before = await t.request({ url: '/api/v1/supervision/requests', cookie: ready.cookie });
    expect(before.json().total).toBe(0);

    const photos = [
      await uploadPhoto(t, staff()),
      await uploadPhoto(t, staff(), 'supervision_photo', '签到表.png'),
    ];
    const recorded = await post(`/api/v1/supervision/checks/${id}/onsite`, staff(), {
      peoplePresent: 18,
      peopleCheckedIn: 30,
      photoDocumentIds: photos,
      conclusion: 'serious',
      notes: '在场 18 人，签到 30 人，疑似代签',
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    const detail = recorded.json().check;
    expect(detail).toMatchObject({
      status: 'completed',
      conclusion: 'serious',
      peoplePresent: 18,
      peopleCheckedIn: 30,
      unexplainedCheckIns: 12,
      session: { id: sessions[0]!.id, day: sessionDay() },
      photos: [
        { id: photos[0], fileName: '课堂照片.png' },
        { id: photos[1], fileName: '签到表.png' },
      ],
    });
    expect(detail.findingId).toEqual(expect.any(String));

    const record = await t.request({ url: `/api/v1/institutions/${ready.institutionId}`, cookie: staff() });
    expect(record.json().institution.findings).toEqual([
      expect.objectContaining({
        id: detail.findingId,
        source: 'supervision',
        severity: 'serious',
        foundOn: futureDay(0),
        description: expect.stringContaining('现场检查（'),
      }),
    ]);
    expect(record.json().institution.findings[0].description).toContain('疑似代签');
    expect(await auditActions(t, id)).toEqual(['supervision.check.create', 'supervision.check.record']);
    expect(await auditActions(t, ready.institutionId)).toContain('institution.finding');

    // Once done the institution sees the result.
    const after = await t.request({ url: '/api/v1/supervision/requests', cookie: ready.cookie });
    expect(after.json().items).toEqual([
      expect.objectContaining({ id, kind: 'onsite', status: 'completed', conclusion: 'serious' }),
    ]);
    // And it cannot be recorded twice.
    const again = await post(`/api/v1/supervision/checks/${id}/onsite`, staff(), {
      peoplePresent: 18,
      peopleCheckedIn: 18,
      photoDocumentIds: photos,
      conclusion: 'ok',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('该检查当前为“已完成”，不能登记检查结果');
  });

  it('takes the trainees checked in from attendance records where the session has them', async () => {
    const attended = await runningClass(t, ready, staff(), [
      { name: '钱七', idNumber: idNumber('821', '410105', '19910512') },
    ]);
    const [trainee] = (
      await t.request({ url: `/api/v1/classes/${attended.id}/roster`, cookie: ready.cookie })
    ).json().items;
    const entered = await post(`/api/v1/classes/${attended.id}/attendance/manual`, ready.cookie, {
      sessionId: attended.current.id,
      personId: trainee.personId,
      checkIn: attended.current.startsAt,
      reason: '人脸识别终端故障，教师现场核实到课',
    });
    expect(entered.statusCode, entered.body).toBe(201);
    const planned = await post('/api/v1/supervision/checks', staff(), {
      classId: attended.id,
      kind: 'onsite',
      sessionId: attended.current.id,
    });
    const id = planned.json().check.id;
    const photo = await uploadPhoto(t, staff());
    const recorded = await post(`/api/v1/supervision/checks/${id}/onsite`, staff(), {
      peoplePresent: 0,
      peopleCheckedIn: 9,
      photoDocumentIds: [photo],
      conclusion: 'serious',
      notes: '教室无人上课，考勤记录有 1 人签到',
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    // The records say one trainee checked in; the number typed in does not replace them.
    expect(recorded.json().check).toMatchObject({
      peoplePresent: 0,
      peopleCheckedIn: 1,
      unexplainedCheckIns: 1,
    });
    const [audit] = (await auditRecords(t, id)).filter((r) => r.action === 'supervision.check.record');
    expect(audit!.after).toMatchObject({ peopleCheckedIn: 1, checkedInFrom: 'attendance' });

    // A session without records leaves the inspector's count.
    const other = await post('/api/v1/supervision/checks', staff(), {
      classId: attended.id,
      kind: 'onsite',
      sessionId: attended.future.id,
    });
    const otherId = other.json().check.id;
    const counted = await post(`/api/v1/supervision/checks/${otherId}/onsite`, staff(), {
      peoplePresent: 1,
      peopleCheckedIn: 1,
      photoDocumentIds: [photo],
      conclusion: 'ok',
    });
    expect(counted.json().check).toMatchObject({ peopleCheckedIn: 1 });
    const [inspector] = (await auditRecords(t, otherId)).filter(
      (r) => r.action === 'supervision.check.record',
    );
    expect(inspector!.after).toMatchObject({ checkedInFrom: 'inspector' });
  });

  it('refuses an incomplete record by field and changes nothing', async () => {
    const id = await planOnsite();
    const elsewhere = await uploadPhoto(t, cookies['demo-staff-city2']!);
    const pdf = await upload(t, staff(), 'finding', '说明.pdf', PDF_BYTES);
    const wrongPurpose = pdf.json().document.id;
    const response = await post(`/api/v1/supervision/checks/${id}/onsite`, staff(), {
      peoplePresent: 20,
      photoDocumentIds: [elsewhere, wrongPurpose],
      conclusion: 'minor',
      notes: ' ',
    });
    expect(response.statusCode).toBe(400);
    const details = response
      .json()
      .error.details.map((d: { field: string; reason: string }) => `${d.field}:${d.reason}`);
    expect(details).toEqual([
      'photoDocumentIds.0:document_not_found',
      'peopleCheckedIn:required',
      'notes:finding_notes_required',
    ]);

    const wrong = await post(`/api/v1/supervision/checks/${id}/onsite`, staff(), {
      peoplePresent: 20,
      peopleCheckedIn: 20,
      photoDocumentIds: [wrongPurpose],
      conclusion: 'ok',
    });
    expect(wrong.json().error.details).toEqual([
      expect.objectContaining({ field: 'photoDocumentIds.0', reason: 'photo_wrong_purpose' }),
    ]);
    const none = await post(`/api/v1/supervision/checks/${id}/onsite`, staff(), {
      peoplePresent: -1,
      peopleCheckedIn: 20,
      photoDocumentIds: [],
      conclusion: 'ok',
    });
    expect(none.json().error.details.map((d: { field: string }) => d.field)).toEqual(['peoplePresent']);
    const noPhoto = await post(`/api/v1/supervision/checks/${id}/onsite`, staff(), {
      peoplePresent: 20,
      peopleCheckedIn: 20,
      photoDocumentIds: [],
      conclusion: 'ok',
    });
    expect(noPhoto.json().error.details).toEqual([
      expect.objectContaining({
        field: 'photoDocumentIds',
        reason: 'photos_required',
        message: '请上传至少一张现场照片',
      }),
    ]);
    expect(await check(id)).toMatchObject({ status: 'planned', conclusion: null, findingId: null });
    expect(await auditActions(t, id)).toEqual(['supervision.check.create']);
  });

  it('plans only running classes, on a session of the class, on its day', async () => {
    const draft = await post('/api/v1/classes', ready.cookie, classPlan(ready, 40));
    expect(draft.statusCode, draft.body).toBe(201);
    const notRunning = await post('/api/v1/supervision/checks', staff(), {
      classId: draft.json().class.id,
      kind: 'onsite',
      plannedOn: futureDay(40),
    });
    expect(notRunning.statusCode).toBe(409);
    expect(notRunning.json().error.message).toBe('班级当前为“草稿”，不在培训期间，不能安排检查');

    const problems = async (body: Record<string, unknown>) =>
      (await post('/api/v1/supervision/checks', staff(), { classId, ...body })).json().error.details;
    expect(await problems({ kind: 'onsite' })).toEqual([
      expect.objectContaining({ field: 'plannedOn', reason: 'required' }),
    ]);
    expect(await problems({ kind: 'onsite', sessionId: sessions[0]!.id, plannedOn: futureDay(9) })).toEqual([
      expect.objectContaining({
        field: 'plannedOn',
        reason: 'planned_on_not_session_day',
        message: `与所选课次的日期（${sessionDay()}）不一致`,
      }),
    ]);
    expect(await problems({ kind: 'onsite', sessionId: '00000000-0000-4000-8000-000000000000' })).toEqual([
      expect.objectContaining({ field: 'sessionId', reason: 'session_not_found' }),
    ]);
    expect(await problems({ kind: 'remote', withinMinutes: 5 })).toEqual([
      expect.objectContaining({ field: 'withinMinutes', reason: 'too_small' }),
    ]);

    const id = await planOnsite();
    const moved = await t.request({
      method: 'PUT',
      url: `/api/v1/supervision/checks/${id}/plan`,
      cookie: staff(),
      body: { sessionId: sessions[1]!.id },
    });
    expect(moved.json().check).toMatchObject({ plannedOn: futureDay(5), session: { id: sessions[1]!.id } });
    const cancelled = await post(`/api/v1/supervision/checks/${id}/cancel`, staff(), {
      reason: '班级调整课表',
    });
    expect(cancelled.json().check).toMatchObject({ status: 'cancelled', notes: '班级调整课表' });
    expect(await auditActions(t, id)).toEqual([
      'supervision.check.create',
      'supervision.check.plan',
      'supervision.check.cancel',
    ]);
  });
});

describe('a remote check', () => {
  it('is answered in time with the institution’s photo, then reviewed without a finding', async () => {
    const id = await requestPhoto();
    const waiting = await t.request({ url: '/api/v1/supervision/requests/waiting', cookie: ready.cookie });
    expect(waiting.json().open).toBe(1);
    const deadline = Date.parse(waiting.json().nextDeadlineAt);
    expect(deadline).toBe((await check(id)).deadlineAt!.getTime());
    // The server's clock comes with it, so pages count down on the clock that decides.
    expect(Date.parse(waiting.json().now)).toBeLessThan(deadline);
    const listed = await t.request({ url: '/api/v1/supervision/requests', cookie: ready.cookie });
    expect(listed.json().items[0]).toMatchObject({
      id,
      status: 'requested',
      instructions: '请拍摄授课教师与全体学员同框的课堂照片',
    });

    // Another institution's photo, or another institution answering, are refused.
    const theirs = await uploadPhoto(t, other.cookie);
    const borrowed = await post(`/api/v1/supervision/requests/${id}/response`, ready.cookie, {
      documentId: theirs,
    });
    expect(borrowed.json().error.details).toEqual([
      expect.objectContaining({ field: 'documentId', reason: 'document_not_found' }),
    ]);
    expect(
      (await post(`/api/v1/supervision/requests/${id}/response`, other.cookie, { documentId: theirs }))
        .statusCode,
    ).toBe(404);

    const photo = await uploadPhoto(t, ready.cookie);
    const answered = await post(`/api/v1/supervision/requests/${id}/response`, ready.cookie, {
      documentId: photo,
      note: '第二节实操课，学员 30 人',
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json().request).toMatchObject({
      status: 'submitted',
      submission: { documentId: photo, note: '第二节实操课，学员 30 人' },
    });
    const arrived = (await check(id)).submittedAt!;
    expect(arrived.getTime()).toBeLessThanOrEqual(deadline);
    expect(
      (await t.request({ url: '/api/v1/supervision/requests/waiting', cookie: ready.cookie })).json().open,
    ).toBe(0);

    const detail = await t.request({
      url: `/api/v1/supervision/checks/${id}`,
      cookie: cookies['demo-auditor'],
    });
    expect(detail.json().check.submission).toMatchObject({
      document: { id: photo, fileName: '课堂照片.png' },
    });
    const concluded = await post(`/api/v1/supervision/checks/${id}/conclusion`, staff(), {
      conclusion: 'ok',
    });
    expect(concluded.json().check).toMatchObject({ status: 'completed', conclusion: 'ok', findingId: null });
    expect(await auditActions(t, id)).toEqual([
      'supervision.check.create',
      'supervision.check.respond',
      'supervision.check.conclude',
    ]);
  });

  it('refuses a photo after the deadline naming it, reads as overdue, and takes a finding', async () => {
    const id = await requestPhoto(30);
    const photo = await uploadPhoto(t, ready.cookie);
    setClockOffsetDays(1);
    const late = await post(`/api/v1/supervision/requests/${id}/response`, ready.cookie, {
      documentId: photo,
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('supervision.photo_late');
    const deadline = (await check(id)).deadlineAt!;
    const shown = new Date(deadline.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
    expect(late.json().error.message).toBe(`照片须在 ${shown} 前上传，现已超过期限，不能再提交`);
    expect(await check(id)).toMatchObject({ status: 'requested', submittedAt: null });

    // Overdue on read, for staff and for the institution, without anything having moved it.
    const overdue = await t.request({ url: '/api/v1/supervision/checks?status=overdue', cookie: staff() });
    expect(overdue.json().items.map((c: { id: string }) => c.id)).toContain(id);
    const waiting = await t.request({ url: '/api/v1/supervision/checks?status=requested', cookie: staff() });
    expect(waiting.json().items.map((c: { id: string }) => c.id)).not.toContain(id);
    const own = await t.request({ url: '/api/v1/supervision/requests?status=overdue', cookie: ready.cookie });
    expect(own.json().items).toEqual([expect.objectContaining({ id, status: 'overdue' })]);
    const clock = (
      await t.request({ url: '/api/v1/supervision/requests/waiting', cookie: ready.cookie })
    ).json();
    expect(clock.open).toBe(0);
    expect(Date.parse(clock.now)).toBeGreaterThan(deadline.getTime());
    const detail = (await t.request({ url: `/api/v1/supervision/checks/${id}`, cookie: staff() })).json()
      .check;
    expect(detail).toMatchObject({ status: 'overdue' });
    expect(Date.parse(detail.readAt)).toBeGreaterThan(deadline.getTime());

    const concluded = await post(`/api/v1/supervision/checks/${id}/conclusion`, staff(), {
      conclusion: 'minor',
    });
    expect(concluded.statusCode, concluded.body).toBe(200);
    const record = await t.request({ url: `/api/v1/institutions/${ready.institutionId}`, cookie: staff() });
    const finding = record
      .json()
      .institution.findings.find((f: { id: string }) => f.id === concluded.json().check.findingId);
    expect(finding).toMatchObject({ severity: 'minor', source: 'supervision' });
    expect(finding.description).toContain(`未在 ${shown} 前上传课堂照片`);
  });

  it('is out of reach of staff of another region', async () => {
    const id = await requestPhoto();
    const outsider = cookies['demo-staff-city2']!;
    expect((await t.request({ url: `/api/v1/supervision/checks/${id}`, cookie: outsider })).statusCode).toBe(
      404,
    );
    expect(
      (await post(`/api/v1/supervision/checks/${id}/cancel`, outsider, { reason: '越权' })).statusCode,
    ).toBe(404);
    const listed = await t.request({ url: '/api/v1/supervision/checks', cookie: outsider });
    expect(listed.json().total).toBe(0);
    expect((await post('/api/v1/supervision/checks', outsider, { classId, kind: 'remote' })).statusCode).toBe(
      404,
    );
    expect(
      (
        await t.request({
          url: `/api/v1/supervision/checks?institutionId=${ready.institutionId}`,
          cookie: staff(),
        })
      ).json().total,
    ).toBeGreaterThan(0);
    // The other institution sees none of these checks.
    expect(
      (await t.request({ url: '/api/v1/supervision/requests', cookie: other.cookie })).json().total,
    ).toBe(0);
    expect((await t.request({ url: '/api/v1/supervision/requests', cookie: staff() })).statusCode).toBe(403);
  });
});
