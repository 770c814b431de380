import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseOption } from './support/antd';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';
import { apiResponse } from './support/page-helpers';
import { rehearsalServer } from './support/server';

/*
 * 补贴申领 on the demo data under the national default rules: the demo institution drafts the claim
 * of its completed 养老护理员 class — four 四级 trainees at 1 408 元 and one training certificate at
 * 616 元, 6 248 元 in all, with 郑海波 on the claim and not claimed for, his attendance too low —
 * and submits it. City staff pass the first review and, being the reviewer, are refused approving
 * it; province staff approve it, which puts it under public notice until the date the server set.
 * Finance read it without a button to press. During the notice city staff record objections against
 * 钱建华 and 孙丽娟; province staff uphold the first, which strikes his 1 408 元 (6 248 → 4 840 元),
 * and dismiss the second. It runs on a server of its own: an approved claim grants its trainees'
 * subsidies, which the quotes of the same trainees in other tests must not see.
 */
const server = rehearsalServer('claims');
let baseUrl = '';
const CLASS_CODE = '410102-2026-0001';
const NOTE = '第一期结业申领';

let browser: Browser;
let claimId = '';
let claimNumber = '';
let noticeUntil = '';

beforeAll(async () => {
  browser = await launchBrowser();
  baseUrl = await server.runAt(0);
});
afterAll(async () => {
  await browser?.close();
  await server.close();
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

  it('takes objections during the notice: an upheld one strikes the trainee and lowers the total, a dismissed one keeps it', async () => {
    // City staff record two objections, each from the trainee's line.
    const city = await newPage(browser, baseUrl);
    await signIn(city, 'demo-staff-city');
    await openClaim(city, 'notice');
    const record = async (name: string, content: string, raisedBy?: string): Promise<string> => {
      await lineOf(city, name).getByTestId('claim-line-object').click();
      const modal = city.getByTestId('claim-object-modal');
      await modal.getByText(name).first().waitFor();
      await city.getByTestId('claim-object-content').fill(content);
      if (raisedBy) await city.getByTestId('claim-object-raised-by').fill(raisedBy);
      const recorded = apiResponse(city, `/api/v1/claims/${claimId}/objections`, 'POST');
      await city.getByTestId('claim-object-ok').click();
      const response = await recorded;
      expect(response.status(), await response.text()).toBe(201);
      const { objection } = await response.json();
      expect(objection).toMatchObject({ status: 'open', content });
      await modal.waitFor({ state: 'hidden' });
      return objection.id;
    };
    expect(await lineOf(city, '钱建华').locator('td').nth(3).textContent()).toBe('1,408.00');
    const upheldId = await record('钱建华', '来电反映：该学员培训期间在外地务工，未参加培训', '匿名来电');
    const dismissedId = await record('孙丽娟', '反映该学员未取得证书');
    const objections = city.getByTestId('claim-objections');
    await objections.locator('tbody tr.ant-table-row', { hasText: '匿名来电' }).getByText('钱建华').waitFor();
    expect(await objections.getByTestId('claim-objection-open').count()).toBe(2);
    await city.context().close();

    // Province staff decide them: upholding strikes 钱建华's 1 408 元 and returns it to the budget.
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-staff');
    await openClaim(page, 'notice');
    const rowOf = (name: string) =>
      page.getByTestId('claim-objections').locator('tbody tr.ant-table-row', { hasText: name });
    const decide = async (name: string, id: string, action: 'uphold' | 'dismiss', note: string) => {
      await rowOf(name).getByTestId(`claim-objection-${action}`).click();
      const modal = page.getByTestId('claim-objection-decide-modal');
      await modal.getByText(name).first().waitFor();
      const decided = apiResponse(page, `/api/v1/claims/${claimId}/objections/${id}/decision`, 'POST');
      await page.getByTestId('claim-objection-decide-ok').click();
      // The note is required.
      await modal.getByText('请填写处理意见').waitFor();
      await page.getByTestId('claim-objection-decide-note').fill(note);
      await page.getByTestId('claim-objection-decide-ok').click();
      const response = await decided;
      expect(response.status(), await response.text()).toBe(200);
      expect(response.request().headers()['idempotency-key']).toMatch(/^[\w.:-]{8,128}$/);
      await modal.waitFor({ state: 'hidden' });
    };

    await rowOf('钱建华').getByTestId('claim-objection-uphold').click();
    await page.getByTestId('claim-objection-decide-modal').getByText('1,408.00 元').waitFor();
    await page
      .getByTestId('claim-objection-decide-modal')
      .getByRole('button', { name: /取\s*消/ })
      .click();
    await page.getByTestId('claim-objection-decide-modal').waitFor({ state: 'hidden' });
    await decide('钱建华', upheldId, 'uphold', '经核查，考勤记录与实际不符');
    await page.getByTestId('claim-facts').getByText('4,840.00 元', { exact: true }).waitFor();
    expect(await page.getByTestId('claim-total').textContent()).toBe('4,840.00 元');
    const qian = lineOf(page, '钱建华');
    await qian.getByText('不计入').waitFor();
    expect(await qian.getByTestId('claim-reason-objection_upheld').textContent()).toBe(
      '公示异议成立，已核减',
    );
    await rowOf('钱建华').getByTestId('claim-objection-upheld').getByText('成立').waitFor();
    await rowOf('钱建华').getByText('经核查，考勤记录与实际不符').waitFor();

    await decide('孙丽娟', dismissedId, 'dismiss', '经核查，该学员已取得证书');
    await rowOf('孙丽娟').getByTestId('claim-objection-dismissed').getByText('不成立').waitFor();
    await lineOf(page, '孙丽娟').getByTestId('claim-line-included').waitFor();
    expect(await page.getByTestId('claim-total').textContent()).toBe('4,840.00 元');
    expect(await page.getByTestId('claim-objections').getByTestId('claim-objection-uphold').count()).toBe(0);
    await page.getByTestId('claim-status-notice').first().waitFor();
    await screenshot(page, 'claim-objections-zh-CN');
    await page.context().close();
  });
});
