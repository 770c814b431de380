import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chooseOption } from './support/antd';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';
import { apiResponse } from './support/page-helpers';

/*
 * 补贴申领 on the demo data under the national default rules: the demo institution drafts the claim
 * of its completed 养老护理员 class — four 四级 trainees at 1 408 元 and one training certificate at
 * 616 元, 6 248 元 in all, with 郑海波 on the claim and not claimed for, his attendance too low —
 * and submits it. City staff pass the first review and, being the reviewer, are refused approving
 * it; province staff approve it, which puts it under public notice until the date the server set.
 * Finance read it without a button to press. The claim holds the trainees' certificate stages, which
 * no other browser test claims; quotes of the same trainees are unchanged by it.
 */
const baseUrl = inject('baseUrl');
const CLASS_CODE = '410102-2026-0001';
const NOTE = '第一期结业申领';

let browser: Browser;
let claimId = '';
let claimNumber = '';
let noticeUntil = '';

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The table row of a trainee's line, by the trainee's name. */
function lineOf(page: Page, name: string) {
  return page.getByTestId('claim-lines').locator('tbody tr.ant-table-row', { hasText: name });
}

/** Opens the claim and waits for it to show in the status given. */
async function openClaim(page: Page, status: string): Promise<void> {
  await page.goto(`/app/claims/${claimId}`);
  await page.getByTestId('claim-heading').getByText(claimNumber).waitFor();
  await page.getByTestId(`claim-status-${status}`).first().waitFor();
}

describe('a class claim', () => {
  it('is drafted by the institution from its completed class and submitted', async () => {
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-institution');
    await page.getByTestId('side-menu').locator('[data-menu-key="claims"]').click();
    await page.waitForURL('**/app/claims');
    await page.getByTestId('claims-table').waitFor();

    await page.getByTestId('claim-create').click();
    await chooseOption(page, 'claim-create-class', CLASS_CODE);
    await page.getByTestId('claim-create-note').fill(NOTE);
    const drafted = apiResponse(page, '/api/v1/claims', 'POST');
    await page.getByTestId('claim-create-ok').click();
    const response = await drafted;
    expect(response.status(), await response.text()).toBe(201);
    const { claim } = await response.json();
    expect(claim).toMatchObject({ status: 'draft', totalFen: 624800, note: NOTE });
    claimId = claim.id;
    claimNumber = claim.number;

    await page.waitForURL(`**/app/claims/${claimId}`);
    await page.getByTestId('claim-heading').getByText(claimNumber).waitFor();
    await page.getByTestId('claim-status-draft').first().waitFor();
    expect(await page.getByTestId('claim-total').textContent()).toBe('6,248.00 元');
    await page.getByTestId('claim-facts').getByText('就业补助资金', { exact: true }).waitFor();
    await page.getByTestId('claim-class-link').getByText(CLASS_CODE).waitFor();

    // 郑海波 is on the claim with the reason in words and its rule, and nothing claimed for him.
    const zheng = lineOf(page, '郑海波');
    await zheng.getByText('不计入').waitFor();
    await zheng.getByTestId('claim-reason-a3_attendance_low').getByText('A3', { exact: true }).waitFor();
    expect(await zheng.getByTestId('claim-reason-a3_attendance_low').textContent()).toMatch(
      /^A3出勤率 [\d.]+%，低于要求的 80%$/,
    );
    expect(await zheng.locator('td').nth(3).textContent()).toBe('0.00');
    // Every other line claims the certification stage under the national default.
    expect(await page.getByTestId('claim-lines').locator('tbody tr.ant-table-row').count()).toBe(6);
    const included = page
      .getByTestId('claim-lines')
      .locator('tbody tr.ant-table-row', { has: page.getByTestId('claim-line-included') });
    expect(await included.count()).toBe(5);
    expect(await included.filter({ hasText: '取得证书后拨付' }).count()).toBe(5);
    expect(await included.filter({ hasText: 'national-default' }).count()).toBe(5);
    expect(await included.filter({ hasText: '1,408.00' }).count()).toBe(4);
    expect(await included.filter({ hasText: '616.00' }).count()).toBe(1);
    await screenshot(page, 'claim-draft-zh-CN');

    await page.getByTestId('claim-submit').click();
    const submitted = apiResponse(page, `/api/v1/claims/${claimId}/submit`, 'POST');
    await page.getByTestId('claim-submit-ok').click();
    expect((await submitted).status()).toBe(200);
    await page.getByTestId('claim-status-submitted').first().waitFor();
    expect(await page.getByTestId('claim-submit').count()).toBe(0);
    expect(await page.getByTestId('claim-withdraw').count()).toBe(0);
    await page.context().close();
  });

  it('passes the first review by city staff, who are then refused approving it', async () => {
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-staff-city');
    await page.goto('/app/claims?status=submitted');
    await page.getByTestId(`claim-link-${claimId}`).click();
    await page.waitForURL(`**/app/claims/${claimId}`);
    await page.getByTestId('claim-status-submitted').first().waitFor();

    await page.getByTestId('claim-review').click();
    await page.getByTestId('claim-review-note').fill('材料齐全，与考勤和考核记录相符');
    const reviewed = apiResponse(page, `/api/v1/claims/${claimId}/review`, 'POST');
    await page.getByTestId('claim-review-ok').click();
    expect((await reviewed).status()).toBe(200);
    await page.getByTestId('claim-status-reviewed').first().waitFor();
    await page.getByTestId('claim-own-review').waitFor();
    await page.getByTestId('claim-decision-note').getByText('材料齐全，与考勤和考核记录相符').waitFor();

    await page.getByTestId('claim-approve').click();
    await page.getByTestId('claim-approve-modal').getByText('6,248.00 元').waitFor();
    const refused = apiResponse(page, `/api/v1/claims/${claimId}/approve`, 'POST');
    await page.getByTestId('claim-approve-ok').click();
    const response = await refused;
    expect(response.status()).toBe(403);
    expect(response.request().headers()['idempotency-key']).toMatch(/^[\w.:-]{8,128}$/);
    expect((await response.json()).error.code).toBe('claims.same_reviewer');
    await page.getByText('初审人不能同时复审，请由另一名经办人复审').first().waitFor();
    await page.context().close();
  });

  it('is approved by province staff and put under public notice', async () => {
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-staff');
    await openClaim(page, 'reviewed');
    expect(await page.getByTestId('claim-own-review').count()).toBe(0);

    await page.getByTestId('claim-approve').click();
    await page.getByTestId('claim-approve-note').fill('同意，予以公示');
    const approved = apiResponse(page, `/api/v1/claims/${claimId}/approve`, 'POST');
    await page.getByTestId('claim-approve-ok').click();
    const response = await approved;
    expect(response.status(), await response.text()).toBe(200);
    expect(response.request().headers()['idempotency-key']).toBeTruthy();
    const { claim } = await response.json();
    expect(claim).toMatchObject({ status: 'notice', decisionNote: '同意，予以公示' });
    noticeUntil = claim.noticeUntil;
    expect(noticeUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await page.getByTestId('claim-status-notice').first().waitFor();
    await page.getByTestId('claim-notice').getByText(`公示期至 ${noticeUntil}`).waitFor();
    expect(await page.getByTestId('claim-notice-until').textContent()).toBe(noticeUntil);
    expect(await page.getByTestId('claim-approve').count()).toBe(0);
    expect(await page.getByTestId('claim-return').count()).toBe(0);
    await screenshot(page, 'claim-notice-zh-CN');
    await page.context().close();
  });

  it('is read by finance, with the budget it is committed against and no steps to take, and from its class', async () => {
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-finance');
    await page.getByTestId('side-menu').locator('[data-menu-key="claims"]').click();
    await page.waitForURL('**/app/claims');
    await page.getByTestId('claims-read-only').waitFor();
    const row = page.getByTestId('claims-table').locator('tbody tr', { hasText: claimNumber });
    await row.getByText('公示中').waitFor();
    await row.getByText(noticeUntil).waitFor();
    await row.getByText('6,248.00').waitFor();
    await screenshot(page, 'claims-list-zh-CN');

    await row.getByTestId(`claim-link-${claimId}`).click();
    await page.waitForURL(`**/app/claims/${claimId}`);
    await page.getByTestId('claim-status-notice').first().waitFor();
    await page
      .getByTestId('claim-facts')
      .getByText(/郑州市\d{4}年就业补助资金/)
      .waitFor();
    await lineOf(page, '郑海波').getByText('不计入').waitFor();
    for (const action of ['submit', 'withdraw', 'review', 'approve', 'return']) {
      expect(await page.getByTestId(`claim-${action}`).count()).toBe(0);
    }

    // The class's page leads to its claims.
    await page.getByTestId('claim-class-link').click();
    await page.getByTestId('class-heading').waitFor();
    await page.getByTestId('class-claims').click();
    await page.waitForURL('**/app/claims?classId=*');
    await page.getByTestId(`claim-link-${claimId}`).waitFor();
    await page.context().close();
  });
});
