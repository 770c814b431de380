import { creditCodeCheckCharacter } from '@qiancheng/domain/identity/credit-code';
import type { Browser, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chooseCascade, chooseOption, confirmPopconfirm, fillDate } from './support/antd';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';

/*
 * A training institution registers itself in the browser, step by step, and lands on its own page
 * awaiting review; it uploads a scanned certificate; province staff find it among the pending
 * registrations and approve it; the institution then sees the approval and signs the pledge.
 */
const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function apiResponse(page: Page, path: string, method = 'GET'): Promise<Response> {
  return page.waitForResponse(
    (response) => new URL(response.url()).pathname === path && response.request().method() === method,
  );
}

function chinaDate(daysFromToday: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() + daysFromToday * 86_400_000),
  );
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe('institution registration and review', () => {
  it('registers in the browser, is approved by staff and signs the integrity pledge', async () => {
    const sequence = String(Date.now() % 10_000_000).padStart(7, '0');
    const first17 = `52410105MJ${sequence}`;
    const check = creditCodeCheckCharacter(first17);
    const name = `金水区技能培训学校${sequence}`;

    const page = await newPage(browser, baseUrl);
    await page.goto('/login');
    await page.getByTestId('login-register-institution').click();
    await page.getByTestId('registration-steps').waitFor();

    // 账号
    await page.getByTestId('account-username').fill(`jinshui-${sequence}`);
    await page.getByTestId('account-password').fill('Peixun2026jx');
    await page.getByTestId('account-confirm-password').fill('Peixun2026jx');
    await page.getByTestId('registration-next').click();

    // 机构信息: a wrong check character is caught in the browser by the domain's own check.
    await page.getByTestId('institution-credit-code').fill(`${first17}${check === 'A' ? 'B' : 'A'}`);
    await page.getByTestId('registration-next').click();
    await page.getByText('统一社会信用代码校验位不正确').waitFor();
    await page.getByTestId('institution-credit-code').fill(`${first17}${check}`);
    await page.getByTestId('institution-name').fill(name);
    await chooseOption(page, 'institution-type', '社会培训机构');
    await chooseCascade(page, 'institution-region', ['河南省', '郑州市', '金水区']);
    await page.getByTestId('institution-address').fill('文化路 18 号');
    await page.getByTestId('institution-legal-representative').fill('王建国');
    await page.getByTestId('institution-contact-name').fill('李晓梅');
    await page.getByTestId('institution-contact-phone').fill('13900003333');
    await page.getByTestId('registration-next').click();

    // 资质
    await chooseOption(page, 'qualification-0-kind', '民办学校办学许可证');
    await page.getByTestId('qualification-0-number').fill(`教民${sequence}`);
    await page.getByTestId('qualification-0-issuer').fill('郑州市金水区人力资源和社会保障局');
    await fillDate(page, 'qualification-0-valid-from', chinaDate(-400));
    await fillDate(page, 'qualification-0-valid-until', chinaDate(1000));
    await page.getByTestId('registration-next').click();

    // 培训场地
    await page.getByTestId('site-0-name').fill('文化路校区');
    await chooseCascade(page, 'site-0-region', ['河南省', '郑州市', '金水区']);
    await page.getByTestId('site-0-address').fill('文化路 18 号');
    await page.getByTestId('site-0-capacity').fill('80');
    await page.getByTestId('site-0-equipment').fill('理论教室 2 间；养老护理实训室（护理床 8 张）');
    await page.getByTestId('registration-next').click();

    // 培训职业
    await chooseOption(page, 'registration-occupations-picker', '养老护理员', '养老护理');
    await page.getByTestId('occupation-tag-4-10-01-05').waitFor();
    await page.getByTestId('registration-next').click();

    // 确认提交
    await page.getByTestId('registration-summary').getByText(name).waitFor();
    await screenshot(page, 'institution-register-confirm-zh-CN');
    const registered = apiResponse(page, '/api/v1/institutions/register', 'POST');
    await page.getByTestId('registration-submit').click();
    const response = await registered;
    expect(response.status()).toBe(201);
    const { institutionId } = await response.json();
    await page.waitForURL('**/app/my-institution');
    await page.getByTestId('own-institution-name').getByText(name).waitFor();
    await page.getByTestId('review-status-pending').waitFor();
    await page.getByTestId('own-review-pending').waitFor();

    // The scanned certificate is uploaded, then attached to a new qualification.
    await page.getByTestId('own-add-qualification').click();
    await chooseOption(page, 'qualification-kind', '营业执照');
    await page.getByTestId('qualification-number').fill(`91410105${sequence}`);
    await page.getByTestId('qualification-issuer').fill('郑州市金水区市场监督管理局');
    await fillDate(page, 'qualification-valid-from', chinaDate(-30));
    await page.getByTestId('qualification-permanent').click();
    const uploaded = apiResponse(page, '/api/v1/documents', 'POST');
    await page
      .locator('[data-testid="add-qualification-modal"] input[type="file"]')
      .setInputFiles({ name: '营业执照.pdf', mimeType: 'application/pdf', buffer: PDF });
    expect((await uploaded).status()).toBe(201);
    await page.locator('[data-testid="add-qualification-modal"] .ant-upload-list-item-done').waitFor();
    const added = apiResponse(page, '/api/v1/institutions/mine/qualifications', 'POST');
    await page.getByTestId('add-qualification-submit').click();
    const addedResponse = await added;
    expect(addedResponse.status()).toBe(200);
    const { institution: withDocument } = await addedResponse.json();
    const attached = withDocument.qualifications.find((q: { documentId: string | null }) => q.documentId);
    expect(attached).toBeDefined();
    await page.getByTestId(`qualification-document-${attached.id}`).waitFor();
    await page.getByTestId('qualification-kind').waitFor({ state: 'hidden' });
    await screenshot(page, 'institution-pending-zh-CN');

    // Province staff find it among the pending registrations and approve it.
    const staff = await newPage(browser, baseUrl);
    await signIn(staff, 'demo-staff');
    await staff.goto('/app/institutions?review=pending');
    await staff.getByTestId('institutions-search').locator('input').fill(name);
    await staff.getByTestId('institutions-search').locator('input').press('Enter');
    await staff.getByTestId(`institution-link-${institutionId}`).click();
    await staff.getByTestId('institution-heading').getByText(name).waitFor();
    const download = staff.waitForEvent('download');
    await staff.getByTestId(`qualification-document-${attached.id}`).click();
    expect((await download).suggestedFilename()).toBe('营业执照.pdf');
    await screenshot(staff, 'institution-review-zh-CN');
    const reviewed = apiResponse(staff, `/api/v1/institutions/${institutionId}/review`, 'POST');
    await staff.getByTestId('institution-approve').click();
    await confirmPopconfirm(staff);
    expect((await reviewed).status()).toBe(200);
    await staff.getByTestId('review-status-approved').waitFor();

    // A credit status decision: a suspension needs an end date, which the form asks for first.
    await staff.getByTestId('institution-credit').click();
    await chooseOption(staff, 'credit-status', '暂停');
    await staff.getByTestId('credit-reason').fill('投诉核查期间，学员签到记录不完整');
    await staff.getByTestId('credit-submit').click();
    await staff.getByText('暂停须注明截止日期', { exact: true }).waitFor();
    await chooseOption(staff, 'credit-status', '警示');
    const decided = apiResponse(staff, `/api/v1/institutions/${institutionId}/status`, 'POST');
    await staff.getByTestId('credit-submit').click();
    expect((await decided).status()).toBe(200);
    await staff.getByTestId('institution-decisions').getByText('投诉核查期间，学员签到记录不完整').waitFor();
    await staff.getByTestId('credit-status-warned').first().waitFor();

    await staff.getByTestId('institution-finding').click();
    await chooseOption(staff, 'finding-source', '投诉举报');
    await staff.getByTestId('finding-description').fill('部分学员签到表缺少本人签名');
    const found = apiResponse(staff, `/api/v1/institutions/${institutionId}/findings`, 'POST');
    await staff.getByTestId('finding-submit').click();
    expect((await found).status()).toBe(200);
    await staff.getByTestId('institution-findings').getByText('部分学员签到表缺少本人签名').waitFor();
    await staff.getByTestId('finding-description').waitFor({ state: 'detached' });
    await screenshot(staff, 'institution-staff-decisions-zh-CN');

    // The list shows it with its new state.
    await staff.goto(`/app/institutions?q=${encodeURIComponent(name)}`);
    const row = staff.locator(`[data-row-key="${institutionId}"]`);
    await row.getByTestId('review-status-approved').waitFor();
    await row.getByTestId('credit-status-warned').waitFor();
    await screenshot(staff, 'institutions-list-zh-CN');
    await staff.context().close();

    // The institution sees the approval and signs the pledge.
    await page.reload();
    await page.getByTestId('review-status-approved').waitFor();
    await page.getByTestId('credit-status-warned').first().waitFor();
    await page.getByTestId('own-review-approved').getByText('已审核通过').waitFor();
    await page.getByTestId('pledge-text').getByText('培训机构诚信承诺书').waitFor();
    await page.getByTestId('pledge-agree').check();
    await page.getByTestId('pledge-signer').fill('王建国');
    const signed = apiResponse(page, '/api/v1/institutions/mine/pledge', 'POST');
    await page.getByTestId('pledge-sign').click();
    await confirmPopconfirm(page);
    expect((await signed).status()).toBe(201);
    await page
      .getByTestId('pledge-signed')
      .getByText(/王建国/)
      .waitFor();
    await screenshot(page, 'institution-approved-zh-CN');

    // The occupations are edited as a whole; a superseded qualification is removed after a confirmation.
    await page.getByTestId('own-edit-occupations').click();
    await chooseOption(page, 'own-occupations-input-picker', '育婴员', '育婴');
    const occupations = apiResponse(page, '/api/v1/institutions/mine/occupations', 'PUT');
    await page.getByTestId('own-save-occupations').click();
    expect((await occupations).status()).toBe(200);
    await page.getByTestId('own-edit-occupations').waitFor();
    await page.getByTestId('own-occupations').getByText('育婴员（4-10-01-02）').waitFor();

    const licence = withDocument.qualifications.find((q: { documentId: string | null }) => !q.documentId);
    const removed = apiResponse(page, `/api/v1/institutions/mine/qualifications/${licence.id}`, 'DELETE');
    await page.getByTestId(`qualification-remove-${licence.id}`).click();
    await confirmPopconfirm(page);
    expect((await removed).status()).toBe(200);
    await page.getByTestId(`qualification-remove-${licence.id}`).waitFor({ state: 'detached' });
    await page.context().close();
  });
});
