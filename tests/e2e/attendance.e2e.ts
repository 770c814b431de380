import { idNumberCheckCharacter } from '@qiancheng/domain/identity/id-number';
import type { APIRequestContext, Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';
import { classDayTimeAgo, sessionAroundNow } from './support/class-day';
import { chinaDate } from './support/page-helpers';
import { CARE, openSelection, scoreSelection } from './support/running-class';
import { rehearsalServer } from './support/server';

/*
 * 考勤 in the browser. The demo's class is long over, so a running one is made through the API on a
 * server whose clock is moved ahead the way a rehearsal deployment moves it: the demo institution is
 * selected for a 养老护理员 project (with the shared steps, taken only where the demo has not), and
 * on day 7 it files a class with a session on day 30 at this time of day, which staff approve. On day 30 the institution
 * shows the session's QR code; a worker on the roster opens the code's address on a phone and is
 * checked in, and the count on the screen goes up; then the institution uploads a terminal file
 * with one bad row and sees that row reported.
 */
const CLASS_DAY = 30;
const PASSWORD = 'Qiancheng2025';
let browser: Browser;
const server = rehearsalServer('attendance');
const runAt = (offsetDays: number) => server.runAt(offsetDays);

const stamp = String(Date.now() % 1_000_000).padStart(6, '0');
const first17 = `41010219910508${stamp.slice(-3)}`;
const worker = {
  username: `trainee-${stamp}`,
  password: 'Peixun2026kq',
  name: '刘春燕',
  idNumber: `${first17}${idNumberCheckCharacter(first17)}`,
  mobile: `1370000${stamp.slice(-4)}`,
};
const terminalCode = `FR-E2E-${stamp}`;
let classId = '';
let classCode = '';
let sessionId = '';

/** An API client signed in as `username`, from a browser context of its own. */
async function apiAs(baseUrl: string, username: string, password = PASSWORD): Promise<APIRequestContext> {
  const context = await browser.newContext({ baseURL: baseUrl });
  const response = await context.request.post('/api/v1/auth/login', { data: { username, password } });
  expect(response.status(), await response.text()).toBe(200);
  return context.request;
}

async function ok<T>(response: Awaited<ReturnType<APIRequestContext['get']>>, status = 200): Promise<T> {
  expect(response.status(), await response.text()).toBe(status);
  return (await response.json()) as T;
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server.close();
});

describe('attendance of a running class', () => {
  let selection: Awaited<ReturnType<typeof openSelection>> | null = null;

  it('day 0: a worker registers; the institution signs its pledge and applies for a project', async () => {
    const baseUrl = await runAt(0);
    const anonymous = (await browser.newContext({ baseURL: baseUrl })).request;
    await ok(await anonymous.post('/api/v1/auth/register', { data: worker }), 201);
    selection = await openSelection(
      await apiAs(baseUrl, 'demo-staff-city'),
      await apiAs(baseUrl, 'demo-institution'),
    );
  });

  it('day 1: staff score the offer and put it on notice', async () => {
    await scoreSelection(await apiAs(await runAt(1), 'demo-staff-city'), selection!.steps);
  });

  it('day 7: the result takes effect; the institution files a class running on day 30 and staff approve it', async () => {
    const baseUrl = await runAt(7);
    const staff = await apiAs(baseUrl, 'demo-staff-city');
    const institution = await apiAs(baseUrl, 'demo-institution');
    const { steps, projectId } = selection!;
    if (steps) await ok(await staff.post(`/api/v1/selection/rounds/${steps.roundId}/confirm`, { data: {} }));
    const teachers = await ok<{ items: { id: string; person: { name: string } }[] }>(
      await institution.get(`/api/v1/teachers?occupation=${CARE}`),
    );
    const teacherId = teachers.items[0]!.id;
    const mine = await ok<{ institution: { sites: { id: string }[] } }>(
      await institution.get('/api/v1/institutions/mine'),
    );
    // A session on day 30 at this time of day, then whole days for the project's theory and practice hours.
    const now = sessionAroundNow();
    const project = await ok<{ project: { hoursTheory: number; hoursPractice: number } }>(
      await staff.get(`/api/v1/projects/${projectId}`),
    );
    const sessions = [{ day: chinaDate(CLASS_DAY), ...now, hours: 1, kind: 'theory' }];
    let day = CLASS_DAY + 1;
    for (const [kind, total] of [
      ['theory', project.project.hoursTheory - 1],
      ['practice', project.project.hoursPractice],
    ] as const) {
      for (let left = total; left > 0; left -= 12, day += 1) {
        sessions.push({
          day: chinaDate(day),
          startTime: '08:00',
          endTime: '17:00',
          hours: Math.min(12, left),
          kind,
        });
      }
    }
    const created = await ok<{ class: { id: string; code: string } }>(
      await institution.post('/api/v1/classes', {
        data: {
          projectId,
          siteId: mine.institution.sites[0]!.id,
          name: '养老护理员培训班（考勤演示）',
          startDate: chinaDate(CLASS_DAY),
          endDate: chinaDate(day - 1),
          plannedTrainees: 20,
          teachingPlan: '理论：生活照料与基础护理；实操：翻身、喂食、移位。',
          assessmentPlan: '结业考核：理论笔试 40%，实操考核 60%，60 分合格。',
          feeFen: 180000,
          governmentFen: 150000,
          enterpriseFen: 20000,
          individualFen: 10000,
          teachers: [{ teacherId, role: 'lead' }],
          sessions: sessions.map((s) => ({ ...s, teacherId, room: '201 教室' })),
        },
      }),
      201,
    );
    classId = created.class.id;
    classCode = created.class.code;
    await ok(
      await institution.post(`/api/v1/classes/${classId}/roster`, {
        data: { name: worker.name, idNumber: worker.idNumber, targetGroup: 'registered_unemployed' },
      }),
    );
    await ok(await institution.post(`/api/v1/classes/${classId}/file`, { data: {} }));
    const approved = await ok<{ class: { sessions: { id: string; day: string }[] } }>(
      await staff.post(`/api/v1/classes/${classId}/review`, { data: { decision: 'approve' } }),
    );
    sessionId = approved.class.sessions.find((s) => s.day === chinaDate(CLASS_DAY))!.id;
  });

  it('day 30: the institution registers a terminal and shows the session’s code; a worker scans it and is counted', async () => {
    const baseUrl = await runAt(CLASS_DAY);
    const screen = await newPage(browser, baseUrl);
    await signIn(screen, 'demo-institution');

    await screen.getByTestId('side-menu').locator('[data-menu-key="attendance"]').click();
    await screen.getByTestId('open-terminals').click();
    await screen.getByTestId('register-terminal').click();
    const modal = screen.getByTestId('register-terminal-modal');
    await modal.getByTestId('terminal-code').fill(terminalCode);
    await modal.getByTestId('terminal-site').click();
    await screen
      .locator('.ant-select-dropdown')
      .filter({ visible: true })
      .locator('.ant-select-item-option')
      .first()
      .click();
    await modal.getByTestId('terminal-name').fill('示范路校区一楼大厅');
    await screen.getByTestId('terminal-submit').click();
    await screen.getByTestId('terminals-table').getByText(terminalCode).waitFor();

    await screen.goto('/app/attendance');
    await screen.getByTestId(`open-attendance-${classCode}`).click();
    await screen.getByTestId('class-attendance-heading').getByText(classCode).waitFor();
    await screen.getByTestId('attendance-tabs').getByRole('tab', { name: '课次' }).click();
    await screen.getByTestId(`show-qr-${sessionId}`).click();
    const code = screen.getByTestId('qr-code');
    await code.locator('svg').waitFor();
    await expect.poll(async () => screen.getByTestId('qr-count').textContent()).toContain('0');
    const path = await code.getAttribute('data-checkin-path');
    expect(path).toMatch(/^\/checkin\?t=[A-Za-z0-9_-]{50}$/);
    await screenshot(screen, 'attendance-qr-display');

    // The worker's phone opens the code's address, signs in, and is checked in.
    const phone = await (
      await browser.newContext({
        baseURL: baseUrl,
        locale: 'zh-CN',
        viewport: { width: 390, height: 844 },
        geolocation: { latitude: 34.7466, longitude: 113.6254, accuracy: 30 },
        permissions: ['geolocation'],
      })
    ).newPage();
    phone.setDefaultTimeout(20_000);
    await phone.goto(path!);
    await phone.getByTestId('login-username').fill(worker.username);
    await phone.getByTestId('login-password').fill(worker.password);
    await phone.getByTestId('login-submit').click();
    const success = phone.getByTestId('checkin-success');
    await success.waitFor();
    expect(await phone.getByTestId('checkin-direction').getAttribute('data-direction')).toBe('in');
    await success.getByText('签到成功').waitFor();
    await success.getByText('已附带手机位置').waitFor();
    await screenshot(phone, 'attendance-checked-in');
    await phone.context().close();

    // The classroom screen counts the trainee within a few seconds.
    await expect
      .poll(async () => screen.getByTestId('qr-count').textContent(), { timeout: 15_000 })
      .toContain('1');
    await screen.getByTestId('qr-exit').click();
    await screen.getByTestId('attendance-tab').waitFor();
    await screen.context().close();
  });

  it('day 30: a terminal file with one bad row is refused row by row; the good row is imported on request', async () => {
    const screen = await newPage(browser, server.baseUrl);
    await signIn(screen, 'demo-institution');
    await screen.goto(`/app/attendance/classes/${classId}`);
    await screen.getByTestId('open-upload-records').click();
    const modal = screen.getByTestId('upload-records-modal');
    const csv = [
      '终端编号,公民身份号码或人员编号,识别时间,比对分值',
      `${terminalCode},${worker.idNumber},${classDayTimeAgo(CLASS_DAY, 2)},0.96`,
      `FR-NOT-REGISTERED,${worker.idNumber},${classDayTimeAgo(CLASS_DAY, 1)},0.95`,
    ].join('\r\n');
    await modal
      .locator('input[type="file"]')
      .setInputFiles({ name: '考勤机导出.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await modal.getByTestId('import-upload').click();
    const errors = modal.getByTestId('import-errors');
    await errors.getByText('终端编号“FR-NOT-REGISTERED”未登记').waitFor();
    expect(await errors.locator('tbody tr.ant-table-row').count()).toBe(1);
    expect(await errors.locator('tbody tr.ant-table-row td').first().textContent()).toBe('3');
    await screenshot(screen, 'attendance-terminal-file-refused');
    await modal.getByTestId('import-valid-only').click();
    await modal.getByTestId('import-result').getByText('已导入 1 行，跳过 1 行有问题的数据').waitFor();
    await modal.getByTestId('import-finish').click();

    await screen.getByTestId('attendance-tabs').getByRole('tab', { name: '考勤记录' }).click();
    const records = screen.getByTestId('attendance-records');
    await records.getByText('人脸识别终端').waitFor();
    await records.getByText('扫码').first().waitFor();
    await screen.context().close();
  });
});
