import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fillDate, fillNumber } from './support/antd';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';
import { apiResponse, chinaDate, chinaToday } from './support/page-helpers';

/*
 * 补贴政策 from draft to the rules in force: the province administrator drafts a version from the
 * national default, finds a negative amount and a level paying less than the one below it refused
 * beside the amount with nothing saved, raises 四级 from 1,600 to 1,800 元 and submits; being the
 * drafter, they cannot publish it themselves. A second administrator publishes it, the lookup of
 * the rules in force shows it for today (and the national default the day before), finance reads
 * it without the administrators' buttons, and withdrawing it brings the national default back.
 */
const baseUrl = inject('baseUrl');
const TODAY = chinaToday();
const L4 = 'setting-A4-skillLevelFen-L4';
const REVIEWER = { username: `policy-reviewer-${Date.now() % 1_000_000}`, password: 'Qiancheng2025' };

let browser: Browser;
let policyId = '';
let label = '';

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The form errors shown under the input with this test id. */
function fieldErrors(page: Page, testId: string) {
  return page
    .locator('.ant-form-item', { has: page.getByTestId(testId) })
    .locator('.ant-form-item-explain-error');
}

/** 四级's amount as the server holds it, in fen. */
async function storedL4(page: Page): Promise<number> {
  const response = await page.request.get(`/api/v1/subsidies/policies/${policyId}`);
  expect(response.status()).toBe(200);
  return (await response.json()).policy.document.rules.A4.skillLevelFen.L4;
}

/** Sets the date of the lookup and waits for its answer. */
async function lookUp(page: Page, region: string, day: string): Promise<void> {
  const answered = apiResponse(page, '/api/v1/subsidies/policies/effective', 'GET', { region, on: day });
  await fillDate(page, 'effective-date', day);
  expect((await answered).status()).toBe(200);
}

describe('a subsidy policy version', () => {
  it('is drafted by the province administrator, 四级 raised to 1,800 元, and submitted', async () => {
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-admin');
    await page.getByTestId('side-menu').locator('[data-menu-key="subsidy-policies"]').click();
    await page.getByTestId('policies-table').waitFor();

    await page.getByTestId('policy-create').click();
    await page.getByTestId('policy-create-title').fill('河南省职业培训补贴政策（提高中级工标准）');
    await fillDate(page, 'policy-create-effective', TODAY);
    await page.getByTestId('policy-create-note').fill('四级/中级工补贴标准由 1600 元提高到 1800 元');
    const created = apiResponse(page, '/api/v1/subsidies/policies', 'POST');
    await page.getByTestId('policy-create-ok').click();
    const response = await created;
    expect(response.status()).toBe(201);
    const { policy } = await response.json();
    expect(policy).toMatchObject({ status: 'draft', regionCode: '410000', effectiveFrom: TODAY });
    policyId = policy.id;
    label = policy.label;
    await page.waitForURL(`**/app/subsidy-policies/${policyId}`);
    await page.getByTestId('policy-heading').getByText(label).waitFor();
    await page.getByTestId('rule-A4-skillLevelFen-L4').getByText('四级/中级工：1,600.00 元').waitFor();
    await page.getByTestId('rule-A3-minAttendanceBasisPoints').getByText('最低出勤率：80%').waitFor();

    await page.getByTestId('policy-edit').click();
    await page.getByTestId('policy-form').waitFor();
    let puts = 0;
    page.on('request', (request) => {
      if (request.method() === 'PUT' && request.url().includes('/api/v1/subsidies/policies/')) puts += 1;
    });

    // A negative amount is caught beside its input and never sent.
    await fillNumber(page, L4, -200);
    await page.getByTestId('policy-save').click();
    await fieldErrors(page, L4).getByText('金额不能为负数').waitFor();
    expect(puts).toBe(0);

    // 四级 paying less than 五级 is the server's to refuse: its message shows beside 四级, nothing saved.
    await fillNumber(page, L4, 1000);
    const refused = apiResponse(page, `/api/v1/subsidies/policies/${policyId}`, 'PUT');
    await page.getByTestId('policy-save').click();
    const refusal = await refused;
    expect(refusal.status()).toBe(400);
    expect((await refusal.json()).error).toMatchObject({
      code: 'subsidies.policy_invalid',
      details: [expect.objectContaining({ field: 'document.rules.A4.skillLevelFen.L4' })],
    });
    await fieldErrors(page, L4).getByText('低于更低等级').waitFor();
    await screenshot(page, 'subsidy-policy-refused-zh-CN');
    expect(await storedL4(page)).toBe(160000);

    await fillNumber(page, L4, 1800);
    const saved = apiResponse(page, `/api/v1/subsidies/policies/${policyId}`, 'PUT');
    await page.getByTestId('policy-save').click();
    expect((await saved).status()).toBe(200);
    await page.getByTestId('rule-A4-skillLevelFen-L4').getByText('四级/中级工：1,800.00 元').waitFor();
    expect(await storedL4(page)).toBe(180000);
    await screenshot(page, 'subsidy-policy-draft-zh-CN');

    await page.getByTestId('policy-submit').click();
    const submitted = apiResponse(page, `/api/v1/subsidies/policies/${policyId}/submit`, 'POST');
    await page.getByTestId('policy-submit-ok').click();
    expect((await submitted).status()).toBe(200);
    await page.getByTestId('policy-status-submitted').waitFor();
    await page.getByTestId('policy-own-note').waitFor();

    // Four eyes: whoever drafted and submitted it cannot publish it.
    await page.getByTestId('policy-publish').click();
    const own = apiResponse(page, `/api/v1/subsidies/policies/${policyId}/publish`, 'POST');
    await page.getByTestId('policy-publish-ok').click();
    expect((await own).status()).toBe(403);
    await page.getByText('不能审核自己起草或提交的政策版本，请由另一名管理员审核').waitFor();
    await page.context().close();
  });

  it('is published by a second administrator and then applies from today', async () => {
    const admin = await newPage(browser, baseUrl);
    await signIn(admin, 'demo-admin');
    const account = await admin.request.post('/api/v1/users', {
      data: { ...REVIEWER, displayName: '省级政策审核管理员', role: 'admin', regionCode: '410000' },
    });
    expect(account.status(), await account.text()).toBe(201);
    await admin.context().close();

    const page = await newPage(browser, baseUrl);
    await signIn(page, REVIEWER.username, REVIEWER.password);
    await page.goto('/app/subsidy-policies?status=submitted');
    await page.getByTestId(`policy-link-${policyId}`).click();
    await page.getByTestId('policy-status-submitted').waitFor();
    await page.getByTestId('rule-A4-skillLevelFen-L4').getByText('四级/中级工：1,800.00 元').waitFor();
    await page.getByTestId('policy-publish').click();
    await page.getByTestId('policy-publish-note').fill('经审核，同意发布');
    const published = apiResponse(page, `/api/v1/subsidies/policies/${policyId}/publish`, 'POST');
    await page.getByTestId('policy-publish-ok').click();
    const response = await published;
    expect(response.status()).toBe(200);
    expect((await response.json()).policy).toMatchObject({
      status: 'published',
      decisionNote: '经审核，同意发布',
    });
    await page.getByTestId('policy-status-published').waitFor();

    const listed = apiResponse(page, '/api/v1/subsidies/policies/effective', 'GET', {
      region: '410000',
      on: TODAY,
    });
    await page.goto('/app/subsidy-policies');
    expect((await listed).status()).toBe(200);
    const result = page.getByTestId('effective-result');
    await result.getByTestId('effective-link').getByText(label).waitFor();
    await page.locator(`[data-row-key="${policyId}"]`).getByText('已发布').waitFor();
    await screenshot(page, 'subsidy-policies-zh-CN');

    // The day before it takes effect, the national default still applies.
    await lookUp(page, '410000', chinaDate(-1));
    await result.getByTestId('effective-version').getByText('全国默认政策').waitFor();
    // Today's answer came a moment ago and is shown again from memory.
    await fillDate(page, 'effective-date', TODAY);
    await result.getByTestId('effective-link').getByText(label).click();
    await page.waitForURL(`**/app/subsidy-policies/${policyId}`);
    await page.getByTestId('rule-A4-skillLevelFen-L4').getByText('四级/中级工：1,800.00 元').waitFor();
    await page.context().close();
  });

  it('is read by finance without the administrators’ actions, and withdrawn with a reason', async () => {
    const finance = await newPage(browser, baseUrl);
    await signIn(finance, 'demo-finance');
    await finance.goto(`/app/subsidy-policies/${policyId}`);
    await finance.getByTestId('policy-status-published').waitFor();
    await finance.getByTestId('rule-A4-skillLevelFen-L4').getByText('1,800.00 元').waitFor();
    expect(await finance.getByTestId('policy-withdraw').count()).toBe(0);
    await finance.goto('/app/subsidy-policies');
    await finance.getByTestId('policies-table').waitFor();
    expect(await finance.getByTestId('policy-create').count()).toBe(0);
    await finance.context().close();

    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-admin');
    await page.goto(`/app/subsidy-policies/${policyId}`);
    await page.getByTestId('policy-withdraw').click();
    const modal = page.getByTestId('policy-withdraw-modal');
    await modal.getByTestId('reason-input').fill('标准调整另行发文，本版本废止');
    const withdrawn = apiResponse(page, `/api/v1/subsidies/policies/${policyId}/withdraw`, 'POST');
    await modal.getByTestId('reason-ok').click();
    expect((await withdrawn).status()).toBe(200);
    await page.getByTestId('policy-status-withdrawn').waitFor();

    const looked = apiResponse(page, '/api/v1/subsidies/policies/effective', 'GET', {
      region: '410000',
      on: TODAY,
    });
    await page.goto('/app/subsidy-policies');
    expect((await looked).status()).toBe(200);
    await page
      .getByTestId('effective-result')
      .getByTestId('effective-version')
      .getByText('全国默认政策')
      .waitFor();
    await page.context().close();
  });

  it('of a city, more generous than its province, is refused on submitting beside the setting', async () => {
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-admin');
    const drafted = await page.request.post('/api/v1/subsidies/policies', {
      data: { regionCode: '410100', title: '郑州市职业培训补贴政策', effectiveFrom: TODAY },
    });
    expect(drafted.status(), await drafted.text()).toBe(201);
    const { policy } = await drafted.json();
    policy.document.rules.A4.skillLevelFen.L4 = 170000;
    const raised = await page.request.put(`/api/v1/subsidies/policies/${policy.id}`, {
      data: { title: policy.title, effectiveFrom: policy.effectiveFrom, document: policy.document },
    });
    expect(raised.status(), await raised.text()).toBe(200);

    await page.goto(`/app/subsidy-policies/${policy.id}`);
    await page.getByTestId('rule-A4-skillLevelFen-L4').getByText('四级/中级工：1,700.00 元').waitFor();
    await page.getByTestId('policy-submit').click();
    const submitted = apiResponse(page, `/api/v1/subsidies/policies/${policy.id}/submit`, 'POST');
    await page.getByTestId('policy-submit-ok').click();
    const refusal = await submitted;
    expect(refusal.status()).toBe(400);
    expect((await refusal.json()).error.code).toBe('subsidies.policy_not_narrower');
    await page.getByTestId('rule-A4-skillLevelFen-L4').getByText('高于上级政策').waitFor();
    await page.getByTestId('policy-status-draft').waitFor();
    await page.context().close();
  });
});
