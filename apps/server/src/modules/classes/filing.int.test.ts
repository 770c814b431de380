import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setClockOffsetDays } from '../../platform/clock';
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
} from './test-fixtures';

let t: TestApp;
let ready: ReadyInstitution;
let cookies: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp();
  cookies = await t.loginAll([
    'demo-staff',
    'demo-staff-city',
    'demo-staff-city2',
    'demo-worker',
    'demo-auditor',
    'demo-admin',
  ]);
  ready = await readyInstitution(t, 501, demoStaff(cookies));
});

afterEach(() => setClockOffsetDays(0));
afterAll(async () => {
  await t?.close();
});

const post = (url: string, cookie: string, body?: unknown) =>
  t.request({ method: 'POST', url, cookie, ...(body === undefined ? {} : { body }) });

// Each class of the shared institution starts on days of its own, so its teacher is never double-booked.
let lastStart = 21;
function nextStart(): number {
  lastStart += 3;
  return lastStart;
}
async function draft(changes: Record<string, unknown> = {}, startIn = nextStart()): Promise<string> {
  const response = await post('/api/v1/classes', ready.cookie, classPlan(ready, startIn, changes));
  expect(response.statusCode, response.body).toBe(201);
  return response.json().class.id;
}

async function addTrainee(classId: string, sequence: string, name = '赵六') {
  return post(`/api/v1/classes/${classId}/roster`, ready.cookie, {
    name,
    idNumber: idNumber(sequence, '410105', '19900307'),
    targetGroup: 'registered_unemployed',
  });
}

describe('drafting a class', () => {
  it('is refused for a project the institution was not selected for', async () => {
    const { projectId } = ready;
    const other = await readyInstitution(t, 502, demoStaff(cookies));
    const response = await post('/api/v1/classes', other.cookie, {
      ...classPlan(other),
      projectId,
      siteId: other.siteId,
    });
    // The other institution was selected for its own project, not for this one.
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('classes.project_not_selected');
  });

  it('reports every problem of the plan at once, by field', async () => {
    const plan = classPlan(ready);
    const response = await post('/api/v1/classes', ready.cookie, {
      ...plan,
      governmentFen: 160000,
      plannedTrainees: 81,
      sessions: [
        { ...plan.sessions[0], day: futureDay(30) },
        { ...plan.sessions[1], day: plan.startDate, startTime: '09:00', endTime: '10:00', hours: 1 },
        { ...plan.sessions[1], teacherId: '00000000-0000-4000-8000-000000000000' },
      ],
    });
    expect(response.statusCode).toBe(400);
    const details = response
      .json()
      .error.details.map((d: { field: string; reason: string }) => `${d.field}:${d.reason}`);
    expect(details).toEqual(
      expect.arrayContaining([
        'plannedTrainees:planned_over_capacity',
        'governmentFen:fee_split_mismatch',
        'sessions.0.day:session_outside_class',
        'sessions.2.teacherId:session_teacher_not_in_class',
      ]),
    );
    expect(response.json().error.message).toContain('开班备案');
  });

  it('creates a draft with a class code of its county and year, audited', async () => {
    const id = await draft();
    const detail = (await t.request({ url: `/api/v1/classes/${id}`, cookie: ready.cookie })).json().class;
    expect(detail).toMatchObject({
      status: 'draft',
      regionCode: '410102',
      occupationCode: '4-10-01-05',
      rosterSize: 0,
      hours: { theory: 4, practice: 4, requiredTheory: 4, requiredPractice: 4 },
    });
    expect(detail.code).toMatch(new RegExp(`^410102-${detail.startDate.slice(0, 4)}-\\d{4}$`));
    expect(detail.sessions.map((s: { startTime: string }) => s.startTime)).toEqual(['08:30', '14:00']);
    expect(await auditActions(t, id)).toEqual(['class.create']);
  });
});

describe('filing (开班备案)', () => {
  it('needs a roster, then files and is approved by staff of its region', async () => {
    const startIn = nextStart();
    const id = await draft({}, startIn);
    const empty = await post(`/api/v1/classes/${id}/file`, ready.cookie);
    expect(empty.json().error.details).toEqual([
      expect.objectContaining({ field: 'roster', reason: 'roster_required' }),
    ]);

    expect((await addTrainee(id, '601')).statusCode).toBe(200);
    const filed = await post(`/api/v1/classes/${id}/file`, ready.cookie);
    expect(filed.statusCode, filed.body).toBe(200);
    expect(filed.json().class).toMatchObject({ status: 'filed', filedOn: futureDay(0), filing: { lead: 5 } });

    // Staff of 开封 do not see it; an auditor cannot decide; 郑州's staff return it, then approve.
    expect(
      (await post(`/api/v1/classes/${id}/review`, cookies['demo-staff-city2']!, { decision: 'approve' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await post(`/api/v1/classes/${id}/review`, cookies['demo-auditor']!, { decision: 'approve' }))
        .statusCode,
    ).toBe(403);
    const noReason = await post(`/api/v1/classes/${id}/review`, cookies['demo-staff-city']!, {
      decision: 'return',
    });
    expect(noReason.json().error.details[0]).toMatchObject({ field: 'note', reason: 'required' });
    const returned = await post(`/api/v1/classes/${id}/review`, cookies['demo-staff-city']!, {
      decision: 'return',
      note: '实操课时安排偏少，请补充',
    });
    expect(returned.json().class).toMatchObject({
      status: 'returned',
      review: { note: '实操课时安排偏少，请补充' },
    });
    const edited = await t.request({
      method: 'PUT',
      url: `/api/v1/classes/${id}`,
      cookie: ready.cookie,
      body: classPlan(ready, startIn, { name: '养老护理员培训班（修订）' }),
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect((await post(`/api/v1/classes/${id}/file`, ready.cookie)).statusCode).toBe(200);
    const approved = await post(`/api/v1/classes/${id}/review`, cookies['demo-staff-city']!, {
      decision: 'approve',
    });
    expect(approved.json().class.status).toBe('approved');
    // Approved: no longer edited directly.
    const late = await t.request({
      method: 'PUT',
      url: `/api/v1/classes/${id}`,
      cookie: ready.cookie,
      body: classPlan(ready),
    });
    expect(late.json().error.code).toBe('classes.not_editable');
    expect(await auditActions(t, id)).toEqual([
      'class.create',
      'class.file',
      'class.return',
      'class.update',
      'class.file',
      'class.approve',
    ]);
  });

  it('refuses a filing one day late, naming the day it needed, and accepts it on that day', async () => {
    const id = await draft({}, 12);
    await addTrainee(id, '602');
    const deadline = (
      await t.request({
        url: `/api/v1/calendar/410102/filing-deadline?start=${futureDay(12)}`,
        cookie: ready.cookie,
      })
    ).json().deadline as string;
    const daysUntil = (Date.parse(deadline) - Date.parse(futureDay(0))) / 86_400_000;
    setClockOffsetDays(daysUntil + 1);
    const refused = await post(`/api/v1/classes/${id}/file`, ready.cookie);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('classes.filing_late');
    expect(refused.json().error.message).toContain(deadline);
    expect(refused.json().error.details[0]).toMatchObject({ field: 'startDate', reason: 'filing_late' });
    setClockOffsetDays(daysUntil);
    expect((await post(`/api/v1/classes/${id}/file`, ready.cookie)).statusCode).toBe(200);
  });

  it('follows the region calendar an administrator keeps', async () => {
    const start = futureDay(40);
    const before = (
      await t.request({ url: `/api/v1/calendar/410102/filing-deadline?start=${start}`, cookie: ready.cookie })
    ).json();
    // Declaring the working day before the old deadline a holiday moves the deadline one working day earlier.
    const set = await t.request({
      method: 'PUT',
      url: `/api/v1/calendar/410000/days/${before.deadline}`,
      cookie: cookies['demo-admin'],
      body: { kind: 'holiday', name: '测试假日' },
    });
    expect(set.statusCode, set.body).toBe(200);
    const after = (
      await t.request({ url: `/api/v1/calendar/410102/filing-deadline?start=${start}`, cookie: ready.cookie })
    ).json();
    expect(after.deadline < before.deadline).toBe(true);
    const settings = await t.request({
      method: 'PUT',
      url: '/api/v1/calendar/410100/settings',
      cookie: cookies['demo-admin'],
      body: { filingLeadWorkingDays: 3 },
    });
    expect(settings.json().calendar).toMatchObject({
      filingLeadWorkingDays: 3,
      effectiveFilingLeadWorkingDays: 3,
    });
    const city = (
      await t.request({ url: `/api/v1/calendar/410102/filing-deadline?start=${start}`, cookie: ready.cookie })
    ).json();
    expect(city.lead).toBe(3);
    // Staff cannot keep the calendar.
    const staff = await t.request({
      method: 'PUT',
      url: '/api/v1/calendar/410000/settings',
      cookie: cookies['demo-staff'],
      body: { filingLeadWorkingDays: 1 },
    });
    expect(staff.statusCode).toBe(403);
    await t.request({
      method: 'PUT',
      url: '/api/v1/calendar/410100/settings',
      cookie: cookies['demo-admin'],
      body: { filingLeadWorkingDays: null },
    });
    await t.request({
      method: 'DELETE',
      url: `/api/v1/calendar/410000/days/${before.deadline}`,
      cookie: cookies['demo-admin'],
    });
  });

  it('is refused to a suspended institution, and so is its application for selection', async () => {
    const id = await draft();
    await addTrainee(id, '603');
    const suspended = await post(
      `/api/v1/institutions/${ready.institutionId}/status`,
      cookies['demo-staff']!,
      {
        status: 'suspended',
        reason: '虚报考勤',
        effectiveUntil: futureDay(90),
      },
    );
    expect(suspended.statusCode, suspended.body).toBe(200);
    const filing = await post(`/api/v1/classes/${id}/file`, ready.cookie);
    expect(filing.statusCode).toBe(403);
    expect(filing.json().error.code).toBe('institutions.status_forbids');
    expect(filing.json().error.message).toContain('暂停');
    const newClass = await post('/api/v1/classes', ready.cookie, classPlan(ready));
    expect(newClass.json().error.code).toBe('institutions.status_forbids');
    await post(`/api/v1/institutions/${ready.institutionId}/status`, cookies['demo-staff']!, {
      status: 'normal',
      reason: '核查完毕，恢复正常',
    });
    expect((await post(`/api/v1/classes/${id}/file`, ready.cookie)).statusCode).toBe(200);
  });
});

describe('running a class', () => {
  it('starts on its first day and completes after its last session, with its trainees', async () => {
    const detail = await approvedClass(t, ready, cookies['demo-staff-city']!, {
      sessions: [
        { inDays: -2, startTime: '08:30', endTime: '11:30', hours: 4, kind: 'theory' },
        { inDays: -1, startTime: '14:00', endTime: '17:00', hours: 4, kind: 'practice' },
      ],
      trainees: [{ name: '孙七', idNumber: idNumber('604', '410105', '19920101') }],
    });
    expect(detail.status).toBe('approved');
    const early = await post(`/api/v1/classes/${detail.id}/complete`, ready.cookie);
    expect(early.json().error.code).toBe('classes.invalid_transition');
    expect((await post(`/api/v1/classes/${detail.id}/start`, ready.cookie)).json().class.status).toBe(
      'in_progress',
    );
    const completed = await post(`/api/v1/classes/${detail.id}/complete`, ready.cookie);
    expect(completed.json().class.status).toBe('completed');
    const roster = (
      await t.request({ url: `/api/v1/classes/${detail.id}/roster`, cookie: ready.cookie })
    ).json();
    expect(roster.items.map((x: { status: string }) => x.status)).toEqual(['completed']);
    expect(await auditActions(t, detail.id)).toEqual(
      expect.arrayContaining(['class.approve', 'class.start', 'class.complete']),
    );
  });

  it('cannot complete while sessions remain', async () => {
    const detail = await approvedClass(t, ready, cookies['demo-staff-city']!, {
      sessions: [
        { inDays: -1, startTime: '08:30', endTime: '11:30', hours: 4, kind: 'theory' },
        { inDays: 3, startTime: '14:00', endTime: '17:00', hours: 4, kind: 'practice' },
      ],
      trainees: [{ name: '周八', idNumber: idNumber('605', '410105', '19920101') }],
    });
    await post(`/api/v1/classes/${detail.id}/start`, ready.cookie);
    const refused = await post(`/api/v1/classes/${detail.id}/complete`, ready.cookie);
    expect(refused.json().error.code).toBe('classes.sessions_remaining');
    expect(refused.json().error.message).toContain(futureDay(3));
  });
});
