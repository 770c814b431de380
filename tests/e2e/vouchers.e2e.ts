import { idNumberCheckCharacter } from '@qiancheng/domain/identity/id-number';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chooseOption, fillDate, fillNumber } from './support/antd';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';
import { apiResponse, chinaDate } from './support/page-helpers';

/*
 * 职业培训券 in the browser: city staff issue 张晓梅 (demo-worker) a 1 000 元 voucher by her ID
 * number; she sees it under 我的培训券 with its code and QR code; the demo institution tries it at
 * 赵秀英's enrolment in its class and is told a voucher is not transferable; staff cancel it with
 * the reason. Then city staff set up and open a 领券活动 for 郑州's registered unemployed aged 18–60,
 * and 张晓梅 claims its voucher herself on 我的培训券, declaring her group.
 */
const baseUrl = inject('baseUrl');
const FIRST17 = '41010219900315002';
const WORKER_ID = `${FIRST17}${idNumberCheckCharacter(FIRST17)}`;

let browser: Browser;
let code = '';

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a training voucher', () => {
  it('is issued by city staff to a registered worker by ID number', async () => {
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-staff-city');
    await page.getByTestId('side-menu').locator('[data-menu-key="vouchers"]').click();
    await page.waitForURL('**/app/vouchers');
    await page.getByTestId('voucher-issue').click();
    const modal = page.getByTestId('voucher-issue-modal');
    // An ID number with a wrong check digit is refused beside the field.
    await page.getByTestId('voucher-id-number').fill(`${FIRST17}0`);
    await page.getByTestId('voucher-face-value').fill('1000');
    await page.getByTestId('voucher-issue-ok').click();
    await modal.locator('.ant-form-item-explain-error').first().waitFor();

    await page.getByTestId('voucher-id-number').fill(WORKER_ID);
    await page.getByTestId('voucher-note').fill('登记失业人员技能培训');
    const issued = apiResponse(page, '/api/v1/vouchers', 'POST');
    await page.getByTestId('voucher-issue-ok').click();
    const response = await issued;
    expect(response.status(), await response.text()).toBe(201);
    expect(response.request().headers()['idempotency-key']).toBeTruthy();
    const { voucher } = await response.json();
    expect(voucher).toMatchObject({ holderName: '张晓梅', faceValueFen: 100_000, status: 'issued' });
    code = voucher.code;
    const row = page.getByTestId('vouchers-table').locator('tbody tr.ant-table-row', { hasText: code });
    await row.getByText('张晓梅').waitFor();
    await row.getByText('1,000.00 元').waitFor();
    await row.getByTestId('voucher-status-issued').waitFor();
    await page.context().close();
  });

  it('is shown to its holder with its code as a QR code', async () => {
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-worker');
    await page.getByTestId('side-menu').locator('[data-menu-key="my-vouchers"]').click();
    await page.waitForURL('**/app/my-vouchers');
    const card = page.getByTestId(`my-voucher-${code}`);
    await card.getByTestId('certificate-qr').waitFor();
    expect(await card.getByTestId('my-voucher-code').textContent()).toContain(code);
    await screenshot(page, 'my-vouchers-zh-CN');

    // 我的补贴 asks for her subsidies; she has none yet.
    const asked = apiResponse(page, '/api/v1/subsidies/mine');
    await page.getByTestId('side-menu').locator('[data-menu-key="my-subsidies"]').click();
    expect((await asked).status()).toBe(200);
    await page.getByTestId('my-grants').getByText('还没有已核定或已拨付的补贴').waitFor();
    await page.getByTestId('my-claim-lines').getByText('还没有为你申领或你申请的补贴').waitFor();
    await page.context().close();
  });

  it('is refused at another person’s enrolment', async () => {
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-institution');
    const classes = await page.request.get('/api/v1/classes?status=assessed');
    const classId = (await classes.json()).items[0].id;
    await page.goto(`/app/classes/${classId}?tab=roster`);
    const row = page.getByTestId('roster-table').locator('tbody tr.ant-table-row', { hasText: '赵秀英' });
    await row.locator('[data-testid^="trainee-voucher-"]').click();
    await page.getByTestId('voucher-redeem-code').fill(code);
    const refused = apiResponse(page, '/api/v1/vouchers/redeem', 'POST');
    await page.getByTestId('voucher-redeem-ok').click();
    const response = await refused;
    expect(response.status()).toBe(409);
    expect((await response.json()).error.code).toBe('vouchers.voucher_other_person');
    await page.getByText('培训券不得转让：该券不属于这名学员').first().waitFor();
    await page.context().close();
  });

  it('is cancelled by staff with the reason', async () => {
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-staff-city');
    await page.goto('/app/vouchers');
    await page.getByTestId(`voucher-cancel-${code}`).click();
    await page.getByTestId('reason-input').fill('本人申请放弃');
    await page.getByTestId('reason-ok').click();
    const row = page.getByTestId('vouchers-table').locator('tbody tr.ant-table-row', { hasText: code });
    await row.getByTestId('voucher-status-cancelled').waitFor();
    await page.context().close();
  });
});

describe('a voucher offering', () => {
  const NAME = '2026 年登记失业人员培训券';
  let offeringId = '';

  it('is set up and opened by city staff', async () => {
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-staff-city');
    await page.goto('/app/vouchers');
    await page.getByTestId('voucher-tab-offerings').click();
    await page.waitForURL('**/app/vouchers/offerings');
    await page.getByTestId('offerings-table').getByText('还没有领券活动').waitFor();

    await page.getByTestId('offering-create').click();
    const modal = page.getByTestId('offering-create-modal');
    // Nothing filled in: each required field says so beside it.
    await page.getByTestId('offering-create-ok').click();
    await modal.getByText('请填写活动名称').waitFor();
    await modal.getByText('请填写发放数量').waitFor();

    await page.getByTestId('offering-name').fill(NAME);
    await page.getByTestId('voucher-face-value').fill('800');
    await fillNumber(page, 'offering-quantity', 50);
    await fillDate(page, 'offering-claim-to', chinaDate(30));
    await fillNumber(page, 'offering-min-age', 18);
    await fillNumber(page, 'offering-max-age', 16);
    await page.getByTestId('offering-create-ok').click();
    await modal.getByText('最高年龄不能低于最低年龄').waitFor();
    await fillNumber(page, 'offering-max-age', 60);
    await chooseOption(page, 'offering-target-groups', '登记失业人员');
    await modal.locator('.ant-modal-title').click();

    const created = apiResponse(page, '/api/v1/vouchers/offerings', 'POST');
    await page.getByTestId('offering-create-ok').click();
    const response = await created;
    expect(response.status(), await response.text()).toBe(201);
    const { offering } = await response.json();
    expect(offering).toMatchObject({
      faceValueFen: 80_000,
      quantity: 50,
      minAge: 18,
      maxAge: 60,
      targetGroups: ['registered_unemployed'],
      status: 'draft',
    });
    offeringId = offering.id;
    const row = page.getByTestId('offerings-table').locator('tbody tr.ant-table-row', { hasText: NAME });
    await row.getByTestId('offering-status-draft').waitFor();
    await row.getByText('18–60 周岁；登记失业人员').waitFor();

    await page.getByTestId(`offering-open-${offeringId}`).click();
    await page.locator('.ant-modal-confirm-title', { hasText: `开放“${NAME}”？` }).waitFor();
    await page.getByTestId('offering-confirm-ok').click();
    await row.getByTestId('offering-status-open').waitFor();
    await screenshot(page, 'voucher-offerings-zh-CN');
    await page.context().close();
  });

  it('is claimed by an eligible worker, who then holds its voucher', async () => {
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-worker');
    await page.getByTestId('side-menu').locator('[data-menu-key="my-vouchers"]').click();
    await page.waitForURL('**/app/my-vouchers');
    const card = page.getByTestId(`available-offering-${offeringId}`);
    await card.getByText('800.00 元').waitFor();
    await card.getByTestId('offering-claim').click();
    // The offering names a group: she must say which she belongs to.
    await page.getByTestId('offering-claim-ok').click();
    await page.getByTestId('offering-claim-modal').getByText('请选择你所属的人员类别').waitFor();
    await chooseOption(page, 'offering-claim-group', '登记失业人员');
    const claimed = apiResponse(page, `/api/v1/vouchers/offerings/${offeringId}/claim`, 'POST');
    await page.getByTestId('offering-claim-ok').click();
    const response = await claimed;
    expect(response.status(), await response.text()).toBe(201);
    expect(response.request().headers()['idempotency-key']).toBeTruthy();
    const { voucher } = await response.json();
    expect(voucher).toMatchObject({ holderName: '张晓梅', targetGroup: 'registered_unemployed', offeringId });

    const mine = page.getByTestId(`my-voucher-${voucher.code}`);
    await mine.getByTestId('certificate-qr').waitFor();
    await mine.getByTestId('my-voucher-on-card').waitFor();
    // Holding it, she is told why she cannot claim another.
    await card
      .getByTestId('offering-reasons')
      .getByText(`你已有一张未使用的培训券（${voucher.code}）`, { exact: false })
      .waitFor();
    await screenshot(page, 'my-vouchers-claimed-zh-CN');
    await page.context().close();
  });
});
