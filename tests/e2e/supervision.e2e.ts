import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseOption, fillDate } from './support/antd';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';
import { apiResponse } from './support/page-helpers';
import { approvedClassAfterSelection, openSelection, scoreSelection } from './support/running-class';
import { type RunningServer, startServer } from './support/server';

/*
 * 过程监督 in the browser, on a server of its own: the demo institution is selected for the city's
 * 养老护理员 project (its clock moved through the notice period) and has an approved class starting
 * three weeks later. City staff draw an on-site sample, which can only draw that class, and record
 * the visit with a photo and a serious problem, which goes into the institution's credit record.
 * Staff then send a remote photo request; the institution sees it waiting in its menu, answers
 * with a photo before the deadline, and staff conclude.
 */
const SERVER_DAY = 7;
const PHOTO = {
  name: '现场照片.png',
  mimeType: 'image/png',
  buffer: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  ),
};
let browser: Browser;
let dataDir = '';
let server: RunningServer | null = null;
let running: { id: string; code: string; name: string; firstDay: string } | null = null;
let institutionId = '';
let remoteCheckId = '';

async function runAt(offsetDays: number): Promise<string> {
  await server?.stop();
  server = await startServer(dataDir, offsetDays);
  return server.baseUrl;
}

async function signedIn(baseUrl: string, username: string): Promise<Page> {
  const page = await newPage(browser, baseUrl);
  await signIn(page, username);
  return page;
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'qiancheng-e2e-supervision-'));
  browser = await launchBrowser();
  let baseUrl = await runAt(0);
  let staff = await signedIn(baseUrl, 'demo-staff-city');
  let institution = await signedIn(baseUrl, 'demo-institution');
  const selection = await openSelection(staff.request, institution.request);
  institutionId = (await (await institution.request.get('/api/v1/institutions/mine')).json()).institution.id;
  await staff.context().close();
  await institution.context().close();

  baseUrl = await runAt(1);
  staff = await signedIn(baseUrl, 'demo-staff-city');
  await scoreSelection(staff.request, selection.steps);
  await staff.context().close();

  baseUrl = await runAt(SERVER_DAY);
  staff = await signedIn(baseUrl, 'demo-staff-city');
  institution = await signedIn(baseUrl, 'demo-institution');
  running = await approvedClassAfterSelection(staff.request, institution.request, selection, SERVER_DAY);
  await staff.context().close();
  await institution.context().close();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('supervision of a running class', () => {
  it('staff draw an on-site sample and record the visit with a photo and a serious problem', async () => {
    const page = await signedIn(server!.baseUrl, 'demo-staff-city');
    await page.getByTestId('side-menu').locator('[data-menu-key="supervision"]').click();
    await page.getByTestId('checks-table').waitFor();

    await page.getByTestId('draw-sample').click();
    const modal = page.getByTestId('draw-sample-modal');
    await modal.getByTestId('draw-population').getByText('1 个在训班级', { exact: false }).waitFor();
    await modal.getByTestId('draw-size').fill('3');
    await fillDate(page, 'draw-planned-on', running!.firstDay);
    await page.getByTestId('draw-submit').click();
    const drawn = apiResponse(page, '/api/v1/supervision/samples', 'POST');
    await page.getByTestId('draw-confirm').click();
    const response = await drawn;
    expect(response.status(), await response.text()).toBe(201);
    const sample = await response.json();
    expect(sample.sample).toMatchObject({ population: 1, drawn: 1, kind: 'onsite' });
    await page.waitForURL(`**/app/supervision/samples/${sample.sample.id}`);
    await page.getByTestId('sample-verified').waitFor();
    await page.getByTestId('sample-seed').getByText(sample.sample.seed).waitFor();
    await page.getByTestId('sample-population').getByText(running!.code).waitFor();
    await screenshot(page, 'supervision-sample-zh-CN');

    const checkId = sample.checks[0].id as string;
    await page.getByTestId(`check-open-${checkId}`).click();
    await page.getByTestId('check-heading').getByText(running!.code).waitFor();
    const form = page.getByTestId('onsite-form');
    await form.getByTestId('onsite-present').fill('18');
    await form.getByTestId('onsite-checked-in').fill('20');
    await form.getByTestId('onsite-gap').waitFor();
    const uploaded = apiResponse(page, '/api/v1/documents', 'POST');
    await form.locator('input[type="file"]').setInputFiles(PHOTO);
    expect((await uploaded).status()).toBe(201);
    await form.locator('.ant-upload-list-item-done').waitFor();
    await form.getByTestId('onsite-conclusion').getByText('严重问题').click();
    await form.getByTestId('onsite-notes').fill('实到 18 人，签到 20 人，2 人未到却已签到，疑似代签。');
    await screenshot(page, 'supervision-onsite-form-zh-CN');
    const recorded = apiResponse(page, `/api/v1/supervision/checks/${checkId}/onsite`, 'POST');
    await form.getByTestId('onsite-submit').click();
    const record = await recorded;
    expect(record.status(), await record.text()).toBe(200);
    const result = page.getByTestId('check-result');
    await result.getByTestId('check-conclusion-serious').waitFor();
    await result.getByTestId('check-unexplained').getByText('2').waitFor();
    await result.getByTestId('check-finding').waitFor();
    await result.getByTestId('check-photos').locator('img').first().waitFor();
    await page.getByTestId('check-status-completed').first().waitFor();
    await screenshot(page, 'supervision-onsite-recorded-zh-CN');

    const detail = await (await page.request.get(`/api/v1/institutions/${institutionId}`)).json();
    expect(detail.institution.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          source: 'supervision',
          severity: 'serious',
          description: expect.stringContaining('疑似代签'),
        }),
      ]),
    );
    await page.context().close();
  });

  it('staff send a remote photo request for the class', async () => {
    const page = await signedIn(server!.baseUrl, 'demo-staff-city');
    await page.goto('/app/supervision');
    await page.getByTestId('create-check').click();
    const modal = page.getByTestId('create-check-modal');
    await chooseOption(page, 'check-class', running!.code, running!.code);
    await modal.getByTestId('check-kind').getByText('远程抽查').click();
    await modal.getByTestId('check-instructions').fill('请拍摄授课教师与全体学员同框的课堂照片');
    const created = apiResponse(page, '/api/v1/supervision/checks', 'POST');
    await page.getByTestId('create-check-submit').click();
    const response = await created;
    expect(response.status(), await response.text()).toBe(201);
    const { check } = await response.json();
    remoteCheckId = check.id;
    expect(check).toMatchObject({ kind: 'remote', status: 'requested' });
    await page.waitForURL(`**/app/supervision/checks/${remoteCheckId}`);
    await page.getByTestId('check-countdown').waitFor();
    await page.getByTestId('check-waiting').waitFor();
    await page.context().close();
  });

  it('the institution sees the waiting request and answers it with a photo in time', async () => {
    const page = await signedIn(server!.baseUrl, 'demo-institution');
    const entry = page.getByTestId('side-menu').locator('[data-menu-key="my-supervision"]');
    await entry.getByTestId('waiting-requests-badge').getByText('1').waitFor();
    await entry.click();
    await page.getByTestId('waiting-requests-alert').waitFor();
    // Two hours to answer, counted on the server's clock (a week ahead of this browser's here).
    await page
      .getByTestId(`request-countdown-${remoteCheckId}`)
      .getByText(/^剩余 [12] 小时/)
      .waitFor();
    await screenshot(page, 'supervision-institution-waiting-zh-CN');

    await page.getByTestId(`request-answer-${remoteCheckId}`).click();
    const modal = page.getByTestId('answer-modal');
    const uploaded = apiResponse(page, '/api/v1/documents', 'POST');
    await modal.locator('input[type="file"]').setInputFiles({ ...PHOTO, name: '课堂实时照片.png' });
    expect((await uploaded).status()).toBe(201);
    await modal.locator('.ant-upload-list-item-done').waitFor();
    await modal.getByTestId('answer-note').fill('第一天理论课，学员全部到课');
    const answered = apiResponse(page, `/api/v1/supervision/requests/${remoteCheckId}/response`, 'POST');
    await page.getByTestId('answer-submit').click();
    const response = await answered;
    expect(response.status(), await response.text()).toBe(200);
    expect((await response.json()).request).toMatchObject({ status: 'submitted' });
    const rows = page.getByTestId('requests-table');
    await rows.locator(`[data-row-key="${remoteCheckId}"]`).getByTestId('check-status-submitted').waitFor();
    await page.getByTestId('waiting-requests-alert').waitFor({ state: 'hidden' });
    await entry.getByTestId('waiting-requests-badge').waitFor({ state: 'hidden' });
    // The visit recorded earlier is shown to the institution now that it is done.
    await rows.getByTestId('check-conclusion-serious').waitFor();
    await page.context().close();
  });

  it('staff review the photo and conclude', async () => {
    const page = await signedIn(server!.baseUrl, 'demo-staff-city');
    await page.goto(`/app/supervision/checks/${remoteCheckId}`);
    const review = page.getByTestId('remote-review');
    await review.getByTestId('remote-photo').locator('img').waitFor();
    await review.getByText('第一天理论课，学员全部到课').waitFor();
    await review.getByTestId('review-conclusion').getByText('未发现问题').click();
    const concluded = apiResponse(page, `/api/v1/supervision/checks/${remoteCheckId}/conclusion`, 'POST');
    await review.getByTestId('review-submit').click();
    expect((await concluded).status()).toBe(200);
    await page.getByTestId('check-result').getByTestId('check-conclusion-ok').waitFor();
    await screenshot(page, 'supervision-remote-concluded-zh-CN');

    // From the check, the list of every check of the class: the visit and the photo request.
    const listed = apiResponse(page, '/api/v1/supervision/checks');
    await page.getByTestId('check-class-checks').click();
    const list = await (await listed).json();
    expect(list.items.map((c: { kind: string; status: string }) => `${c.kind}:${c.status}`).sort()).toEqual([
      'onsite:completed',
      'remote:completed',
    ]);
    await page.getByTestId('checks-class-filter').getByText(running!.code, { exact: false }).waitFor();
    await page.getByTestId('checks-table').locator('tbody tr.ant-table-row').nth(1).waitFor();
    await screenshot(page, 'supervision-checks-zh-CN');
    await page.context().close();
  });
});
