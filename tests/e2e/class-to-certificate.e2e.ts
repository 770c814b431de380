import { readFileSync } from 'node:fs';
import { idNumberCheckCharacter } from '@qiancheng/domain/identity/id-number';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chooseFirstOption,
  chooseOption,
  confirmPopconfirm,
  fillDate,
  fillDateRange,
  fillNumber,
} from './support/antd';
import { launchBrowser, newPage, screenshot, signIn, signOut } from './support/browser';
import { classDayTimeAgo, sessionAroundNow } from './support/class-day';
import { apiResponse, chinaDate } from './support/page-helpers';
import { rehearsalServer } from './support/server';

/*
 * One class from filing to certificates, in the browser, on a server of its own whose clock is
 * moved ahead between the days a class lives through (the demo institution is already selected
 * for the demo's 养老护理员 project):
 *   today   — the institution fills in the class: project, site, dates, teacher, fee and its split,
 *             a timetable generated from the project's hours plus one session on the first day at
 *             this time of day; it downloads the roster template, fills it in with one 15-year-old
 *             among the trainees, is shown that row, imports the others and files the class; city
 *             staff approve it from their review list.
 *   day 21  — the teacher's screen shows the session's QR code; a trainee's phone scans it and is
 *             checked in; the institution uploads the face-recognition terminal's file.
 *   after the last session — the institution completes the class, records and submits the
 *             completion exam and issues 培训合格证; anyone verifies one on the public page; the
 *             institution revokes it and the public page says so.
 */
const CLASS_DAY = 21;
const stamp = String(Date.now() % 1_000_000).padStart(6, '0');
const idNumber = (birth: string, sequence: string) => {
  const first17 = `410102${birth}${sequence}`;
  return `${first17}${idNumberCheckCharacter(first17)}`;
};
const trainee = {
  username: `xueyuan-${stamp}`,
  password: 'Peixun2026zs',
  name: '孙丽华',
  idNumber: idNumber('19880412', stamp.slice(-3)),
  mobile: `1380000${stamp.slice(-4)}`,
};
const classmate = {
  name: '郑国强',
  idNumber: idNumber('19790930', String((Number(stamp) + 7) % 1000).padStart(3, '0')),
};
const youngYear = new Date().getFullYear() - 15;
const tooYoung = { name: '李小雨', idNumber: idNumber(`${youngYear}1231`, '028') };
const terminalCode = `FR-WALK-${stamp}`;

let browser: Browser;
const server = rehearsalServer('class-walk');
const runAt = (offsetDays: number) => server.runAt(offsetDays);
let classId = '';
let lastDay = '';
let certificate = { id: '', number: '' };

/** Days from today (China) to a civil date. */
function daysUntil(day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${chinaDate(0)}T00:00:00Z`)) / 86_400_000);
}

async function getJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as T;
}

/** Fills in the downloaded roster template's data sheet with these trainees. */
async function filledTemplate(template: Buffer, people: { name: string; idNumber: string }[]) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  for (const person of people)
    sheet.addRow([person.name, person.idNumber, null, '登记失业人员', '失业登记证']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Opens the public verification page for a number and holder and returns what it answered. */
async function verifyOnPortal(baseUrl: string, number: string, name: string, shot: string) {
  const page = await newPage(browser, baseUrl);
  await page.goto('/verify');
  await page.getByTestId('verify-number').fill(number);
  await page.getByTestId('verify-name').fill(name);
  await page.getByTestId('verify-submit').click();
  const result = page.getByTestId('verify-result');
  await result.waitFor();
  const answer = {
    result: await result.getAttribute('data-result'),
    text: (await result.textContent()) ?? '',
  };
  await screenshot(page, shot);
  await page.context().close();
  return answer;
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server.close();
});

describe('one class from filing to certificates', () => {
  it('today: the institution files a class with a timetable and an imported roster; staff approve it', async () => {
    const baseUrl = await runAt(0);
    const anonymous = await browser.newContext({ baseURL: baseUrl });
    const registered = await anonymous.request.post('/api/v1/auth/register', { data: trainee });
    expect(registered.status(), await registered.text()).toBe(201);
    await anonymous.close();

    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-institution');
    await page.goto('/app/classes');
    await page.getByTestId('new-class').click();
    await page.getByTestId('class-form').waitFor();
    await chooseOption(page, 'class-project', '养老护理员');
    await chooseFirstOption(page, 'class-site');
    await page.getByTestId('class-name').fill('养老护理员（四级）培训班（全流程）');
    // The timetable is generated from the day after the first day, then the first day gets a
    // session at this time of day, so the QR code can be scanned when the clock reaches it.
    await fillDateRange(page, 'class-dates', chinaDate(CLASS_DAY + 1), chinaDate(CLASS_DAY + 40));
    await fillNumber(page, 'class-planned', 20);
    await fillNumber(page, 'class-feeYuan', 1800);
    await fillNumber(page, 'class-governmentYuan', 1500);
    await fillNumber(page, 'class-enterpriseYuan', 200);
    await fillNumber(page, 'class-individualYuan', 100);
    await page.getByTestId('class-split-sum').getByText('1800.00').waitFor();
    await chooseFirstOption(page, 'class-teacher-0');

    await page.getByTestId('class-generate-timetable').click();
    await confirmPopconfirm(page);
    await expect
      .poll(async () => page.getByTestId('class-hours-summary').textContent())
      .toMatch(/理论 40 · 实操 80/);
    const generated = await page.locator('[data-testid^="session-row-"]').count();
    expect(generated).toBeGreaterThan(0);
    lastDay = await page.getByTestId(`session-${generated - 1}-day`).inputValue();

    await fillDateRange(page, 'class-dates', chinaDate(CLASS_DAY), lastDay);
    await page.getByTestId('class-add-session').click();
    const now = sessionAroundNow();
    await fillDate(page, `session-${generated}-day`, chinaDate(CLASS_DAY));
    await fillDate(page, `session-${generated}-start`, now.startTime);
    await fillDate(page, `session-${generated}-end`, now.endTime);
    await fillNumber(page, `session-${generated}-hours`, 1);
    await chooseFirstOption(page, `session-${generated}-teacher`);
    await page.getByTestId(`session-${generated}-room`).fill('201 教室');
    await page
      .getByTestId('class-teaching-plan')
      .fill('理论：生活照料、基础护理与安全防护；实操：翻身、喂食、移位与应急处置。');
    await page
      .getByTestId('class-assessment-plan')
      .fill('结业考核：理论笔试占 40%，实操考核占 60%，60 分合格。');
    await screenshot(page, 'class-walk-editor');
    const created = apiResponse(page, '/api/v1/classes', 'POST');
    await page.getByTestId('class-save').click();
    const createdResponse = await created;
    expect(createdResponse.status(), await createdResponse.text()).toBe(201);
    classId = ((await createdResponse.json()) as { class: { id: string } }).class.id;
    await page.waitForURL(`**/app/classes/${classId}`);

    // The roster: the template downloaded from the import dialog, filled in and uploaded.
    await page.goto(`/app/classes/${classId}?tab=roster`);
    await page.getByTestId('roster-import').click();
    const modal = page.getByTestId('import-roster-modal');
    const download = page.waitForEvent('download');
    await modal.getByTestId('import-template').click();
    const template = readFileSync((await (await download).path())!);
    const workbook = await filledTemplate(template, [trainee, tooYoung, classmate]);
    await modal.locator('input[type="file"]').setInputFiles({
      name: '学员名册.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: workbook,
    });
    await modal.getByTestId('import-upload').click();
    const errors = modal.getByTestId('import-errors');
    await errors.getByText(/开班时未满 16 周岁/).waitFor();
    expect(await errors.locator('tbody tr.ant-table-row').count()).toBe(1);
    expect(await errors.locator('tbody tr.ant-table-row td').first().textContent()).toBe('3');
    await screenshot(page, 'class-walk-roster-refused');
    await modal.getByTestId('import-valid-only').click();
    await modal.getByTestId('import-result').getByText('已导入 2 行，跳过 1 行有问题的数据').waitFor();
    await modal.getByTestId('import-finish').click();
    await modal.waitFor({ state: 'hidden' });
    const roster = page.getByTestId('roster-table');
    await roster.getByText(trainee.name).waitFor();
    await roster.getByText(classmate.name).waitFor();

    const filed = apiResponse(page, `/api/v1/classes/${classId}/file`, 'POST');
    await page.getByTestId('class-file').click();
    await confirmPopconfirm(page);
    expect((await filed).status()).toBe(200);
    await signOut(page);

    await signIn(page, 'demo-staff-city');
    await page.goto('/app/class-review');
    await page.getByTestId(`class-link-${classId}`).click();
    await page.getByTestId('class-heading').waitFor();
    const approved = apiResponse(page, `/api/v1/classes/${classId}/review`, 'POST');
    await page.getByTestId('class-approve').click();
    await confirmPopconfirm(page);
    expect((await approved).status()).toBe(200);
    await screenshot(page, 'class-walk-approved');
    await page.context().close();
  });

  it('day 21: a trainee checks in by the QR code; the terminal’s file is uploaded', async () => {
    const baseUrl = await runAt(CLASS_DAY);
    const screen = await newPage(browser, baseUrl);
    await signIn(screen, 'demo-institution');
    const detail = await getJson<{ class: { siteId: string; sessions: { id: string; day: string }[] } }>(
      screen,
      `/api/v1/classes/${classId}`,
    );
    const sessionId = detail.class.sessions.find((s) => s.day === chinaDate(CLASS_DAY))!.id;
    const terminal = await screen.request.post('/api/v1/attendance/terminals', {
      data: { code: terminalCode, siteId: detail.class.siteId, name: '实训楼一楼人脸识别终端' },
    });
    expect(terminal.status(), await terminal.text()).toBe(201);

    await screen.goto(`/app/attendance/classes/${classId}`);
    await screen.getByTestId('attendance-tabs').getByRole('tab', { name: '课次' }).click();
    await screen.getByTestId(`show-qr-${sessionId}`).click();
    const code = screen.getByTestId('qr-code');
    await code.locator('svg').waitFor();
    const path = await code.getAttribute('data-checkin-path');
    expect(path).toMatch(/^\/checkin\?t=/);

    const phone = await (
      await browser.newContext({ baseURL: baseUrl, locale: 'zh-CN', viewport: { width: 390, height: 844 } })
    ).newPage();
    phone.setDefaultTimeout(20_000);
    await phone.goto(path!);
    await phone.getByTestId('login-username').fill(trainee.username);
    await phone.getByTestId('login-password').fill(trainee.password);
    await phone.getByTestId('login-submit').click();
    await phone.getByTestId('checkin-success').getByText('签到成功').waitFor();
    await screenshot(phone, 'class-walk-checked-in');
    await phone.context().close();
    await expect
      .poll(async () => screen.getByTestId('qr-count').textContent(), { timeout: 15_000 })
      .toContain('1');
    await screen.getByTestId('qr-exit').click();

    await screen.goto(`/app/attendance/classes/${classId}`);
    await screen.getByTestId('open-upload-records').click();
    const modal = screen.getByTestId('upload-records-modal');
    const csv = [
      '终端编号,公民身份号码或人员编号,识别时间,比对分值',
      `${terminalCode},${classmate.idNumber},${classDayTimeAgo(CLASS_DAY, 3)},0.97`,
    ].join('\r\n');
    await modal
      .locator('input[type="file"]')
      .setInputFiles({ name: '考勤机导出.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await modal.getByTestId('import-upload').click();
    await modal.getByTestId('import-result').getByText('已导入 1 行').waitFor();
    await modal.getByTestId('import-finish').click();
    await screen.getByTestId('attendance-tabs').getByRole('tab', { name: '考勤记录' }).click();
    const records = screen.getByTestId('attendance-records');
    await records.getByText('人脸识别终端').waitFor();
    await records.getByText('扫码').first().waitFor();
    await screenshot(screen, 'class-walk-attendance');
    await screen.context().close();
  });

  it('after the last session: results, certificates, verification and revocation', async () => {
    const baseUrl = await runAt(daysUntil(lastDay) + 1);
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-institution');
    await page.goto(`/app/classes/${classId}`);
    const completed = apiResponse(page, `/api/v1/classes/${classId}/complete`, 'POST');
    await page.getByTestId('class-complete').click();
    await confirmPopconfirm(page);
    expect((await completed).status()).toBe(200);

    await page.goto(`/app/classes/${classId}?tab=results`);
    const { results } = await getJson<{ results: { items: { enrolmentId: string; name: string }[] } }>(
      page,
      `/api/v1/classes/${classId}/results`,
    );
    const enrolmentOf = (name: string) => results.items.find((r) => r.name === name)!.enrolmentId;
    await fillNumber(page, `completion-score-${enrolmentOf(trainee.name)}`, 86);
    await fillNumber(page, `completion-score-${enrolmentOf(classmate.name)}`, 52);
    await page
      .getByTestId(`completion-pass-${enrolmentOf(trainee.name)}`)
      .getByText('合格')
      .waitFor();
    const saved = apiResponse(page, `/api/v1/classes/${classId}/results/completion`, 'PUT');
    await page.getByTestId('completion-save').click();
    expect((await saved).status()).toBe(200);
    const submitted = apiResponse(page, `/api/v1/classes/${classId}/results/submit`, 'POST');
    await page.getByTestId('completion-submit').click();
    await confirmPopconfirm(page);
    expect((await submitted).status()).toBe(200);

    const issuing = apiResponse(page, `/api/v1/classes/${classId}/certificates`, 'POST');
    await page.getByTestId('issue-certificates').click();
    await confirmPopconfirm(page);
    const issued = (await (await issuing).json()) as {
      issued: { id: string; number: string; holderName: string }[];
    };
    expect(issued.issued.map((c) => c.holderName)).toEqual([trainee.name]);
    certificate = issued.issued[0]!;
    expect(certificate.number).toMatch(/^P\d{17}$/);
    await page.getByTestId('issued-certificates').getByText(certificate.number).waitFor();
    await screenshot(page, 'class-walk-issued');
    await page.getByTestId('issued-close').click();

    const valid = await verifyOnPortal(baseUrl, certificate.number, trainee.name, 'class-walk-verified');
    expect(valid.result).toBe('valid');
    expect(valid.text).toContain('孙**');
    expect(valid.text).not.toContain(trainee.idNumber);

    await page.goto(`/app/issued-certificates?class=${classId}`);
    await page.getByTestId(`certificate-revoke-${certificate.id}`).click();
    const dialog = page.getByTestId('certificate-revoke-modal');
    await dialog.getByTestId('reason-input').fill('核查发现该学员结业考核成绩登记有误，证书予以撤销');
    const revoked = apiResponse(page, `/api/v1/certificates/${certificate.id}/revoke`, 'POST');
    await page.getByTestId('reason-ok').click();
    expect((await revoked).status()).toBe(200);
    await page.getByTestId(`certificate-reason-${certificate.id}`).waitFor();
    await page.context().close();

    const after = await verifyOnPortal(baseUrl, certificate.number, trainee.name, 'class-walk-revoked');
    expect(after.result).toBe('revoked');
    expect(after.text).toContain('成绩登记有误');
  });
});
