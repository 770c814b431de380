import { PLEDGE_VERSION } from '@qiancheng/domain/institutions/pledge';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { setClockOffsetDays } from '../../platform/clock';
import type { TestApp } from '../../test-support/test-app';
import { futureDay } from '../demand/fixtures/workbooks';
import { registeredInstitution } from '../institutions/test-fixtures';
import { publishedProject } from '../projects/test-fixtures';
import { CARE, teacherBody } from '../teachers/test-fixtures';

export interface ReadyInstitution {
  institutionId: string;
  cookie: string;
  projectId: string;
  siteId: string;
  teacherId: string;
}

async function ok(response: { statusCode: number; body: string; json(): unknown }, status = 200) {
  expect(response.statusCode, response.body).toBe(status);
  return response.json() as unknown;
}

/**
 * Carries an institution through selection for a project: a call closing today, its application,
 * scoring the next day, a five-day notice and effect — the clock moved as a rehearsal would, then
 * put back.
 */
export async function selectFor(
  t: TestApp,
  staffCookie: string,
  institutionCookie: string,
  projectId: string,
) {
  const staff = (url: string, body: unknown = {}) =>
    t.request({ method: 'POST', url, cookie: staffCookie, body });
  const round = await ok(
    await staff('/api/v1/selection/rounds', {
      projectId,
      method: 'scoring',
      conditions: '具有养老护理员培训资质',
      criteria: [{ key: 'overall', name: '综合', weight: 100, description: '' }],
      places: 3,
      applicationDeadline: futureDay(0),
      noticeDays: 5,
    }),
    201,
  );
  const roundId = (round as { round: { id: string } }).round.id;
  const mine = (await t.request({ url: '/api/v1/institutions/mine', cookie: institutionCookie })).json();
  const applied = await ok(
    await t.request({
      method: 'POST',
      url: `/api/v1/selection/rounds/${roundId}/applications`,
      cookie: institutionCookie,
      body: { siteId: mine.institution.sites[0].id, priceFen: 120000, planSummary: '理论与实操结合' },
    }),
    201,
  );
  const applicationId = (applied as { applications: { id: string }[] }).applications[0]!.id;
  try {
    setClockOffsetDays(1);
    await ok(await staff(`/api/v1/selection/rounds/${roundId}/close`));
    await ok(
      await t.request({
        method: 'PUT',
        url: `/api/v1/selection/rounds/${roundId}/applications/${applicationId}/score`,
        cookie: staffCookie,
        body: { scores: { overall: 90 }, reasons: '条件齐备' },
      }),
    );
    await ok(await staff(`/api/v1/selection/rounds/${roundId}/publicize`));
    setClockOffsetDays(7);
    await ok(await staff(`/api/v1/selection/rounds/${roundId}/confirm`));
  } finally {
    setClockOffsetDays(0);
  }
}

/** The demo's province and 郑州 staff, as `readyInstitution` takes them, from their session cookies. */
export function demoStaff(cookies: Record<string, string>): { province: string; city: string } {
  return { province: cookies['demo-staff']!, city: cookies['demo-staff-city']! };
}

/**
 * An approved institution that signed the pledge, employs a teacher of 养老护理员, and was selected
 * for a published 养老护理员 project of 郑州 with 4 theory and 4 practice hours.
 */
export async function readyInstitution(
  t: TestApp,
  sequence: number,
  staff: { province: string; city: string },
): Promise<ReadyInstitution> {
  const { id, cookie } = await registeredInstitution(t, sequence, { approver: staff.province });
  await ok(
    await t.request({
      method: 'POST',
      url: '/api/v1/institutions/mine/pledge',
      cookie,
      body: { signerName: '张三', version: PLEDGE_VERSION, agree: true },
    }),
    201,
  );
  const teacher = await ok(
    await t.request({
      method: 'POST',
      url: '/api/v1/teachers',
      cookie,
      body: teacherBody(String(sequence % 1000).padStart(3, '0')),
    }),
    201,
  );
  const projectId = await publishedProject(
    t,
    staff.city,
    { regionCode: '410102', occupationCode: CARE },
    { hoursTheory: 4, hoursPractice: 4 },
  );
  await selectFor(t, staff.city, cookie, projectId);
  const mine = (await t.request({ url: '/api/v1/institutions/mine', cookie })).json();
  return {
    institutionId: id,
    cookie,
    projectId,
    siteId: mine.institution.sites[0].id,
    teacherId: (teacher as { teacher: { id: string } }).teacher.id,
  };
}

/** A complete class plan starting `startIn` days from today: one theory and one practice session. */
export function classPlan(ready: ReadyInstitution, startIn = 21, changes: Record<string, unknown> = {}) {
  const start = futureDay(startIn);
  const second = futureDay(startIn + 1);
  return {
    projectId: ready.projectId,
    siteId: ready.siteId,
    name: '养老护理员培训班（第一期）',
    startDate: start,
    endDate: second,
    plannedTrainees: 40,
    teachingPlan: '第一天理论：生活照料与基础护理；第二天实操：翻身、喂食、移位。',
    assessmentPlan: '结业考核：理论笔试 40%，实操考核 60%，60 分合格。',
    feeFen: 180000,
    governmentFen: 150000,
    enterpriseFen: 20000,
    individualFen: 10000,
    teachers: [{ teacherId: ready.teacherId, role: 'lead' }],
    sessions: [
      {
        day: start,
        startTime: '08:30',
        endTime: '11:30',
        hours: 4,
        kind: 'theory',
        teacherId: ready.teacherId,
        room: '201 教室',
      },
      {
        day: second,
        startTime: '14:00',
        endTime: '17:00',
        hours: 4,
        kind: 'practice',
        teacherId: ready.teacherId,
        room: '实训室',
      },
    ],
    ...changes,
  };
}

/** A roster workbook in the template's columns, one row per line. */
export async function rosterWorkbook(
  lines: { name: string; idNumber: string | number; targetGroup: string; mobile?: string }[],
  header = ['姓名', '公民身份号码', '手机号码', '重点群体', '证明材料'],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('学员名册');
  sheet.addRow(header);
  for (const line of lines)
    sheet.addRow([line.name, line.idNumber, line.mobile ?? null, line.targetGroup, null]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Files and approves a class of `ready` whose sessions are given relative to today (day offsets
 * and China times), with the given trainees enrolled, as if it had been filed in time: the clock
 * is moved back for the filing and approval, then put back. Returns the class detail.
 */
export async function approvedClass(
  t: TestApp,
  ready: ReadyInstitution,
  staffCookie: string,
  options: {
    sessions: {
      inDays: number;
      startTime: string;
      endTime: string;
      hours: number;
      kind?: 'theory' | 'practice';
    }[];
    trainees: { name: string; idNumber: string; targetGroup?: string }[];
    plannedTrainees?: number;
  },
) {
  const days = options.sessions.map((s) => s.inDays);
  const first = Math.min(...days);
  const last = Math.max(...days);
  const rewind = Math.max(0, 30 - first);
  setClockOffsetDays(-rewind);
  try {
    const shifted = (inDays: number) => futureDay(inDays + rewind);
    const sessions = options.sessions.map((s) => ({
      day: shifted(s.inDays),
      startTime: s.startTime,
      endTime: s.endTime,
      hours: s.hours,
      kind: s.kind ?? 'theory',
      teacherId: ready.teacherId,
      room: '201 教室',
    }));
    const theory = sessions.filter((s) => s.kind === 'theory').reduce((a, s) => a + s.hours, 0);
    const practice = sessions.filter((s) => s.kind === 'practice').reduce((a, s) => a + s.hours, 0);
    if (theory < 4 || practice < 4)
      throw new Error('the fixture project needs 4 theory and 4 practice hours');
    const created = (await ok(
      await t.request({
        method: 'POST',
        url: '/api/v1/classes',
        cookie: ready.cookie,
        body: classPlan(ready, first + rewind, {
          startDate: shifted(first),
          endDate: shifted(last),
          plannedTrainees: options.plannedTrainees ?? Math.max(options.trainees.length, 1),
          sessions,
        }),
      }),
      201,
    )) as { class: { id: string } };
    const id = created.class.id;
    for (const trainee of options.trainees) {
      await ok(
        await t.request({
          method: 'POST',
          url: `/api/v1/classes/${id}/roster`,
          cookie: ready.cookie,
          body: { targetGroup: 'registered_unemployed', ...trainee },
        }),
      );
    }
    await ok(await t.request({ method: 'POST', url: `/api/v1/classes/${id}/file`, cookie: ready.cookie }));
    const approved = (await ok(
      await t.request({
        method: 'POST',
        url: `/api/v1/classes/${id}/review`,
        cookie: staffCookie,
        body: { decision: 'approve' },
      }),
    )) as {
      class: { id: string; status: string; sessions: { id: string; startsAt: string; endsAt: string }[] };
    };
    return approved.class;
  } finally {
    setClockOffsetDays(0);
  }
}
