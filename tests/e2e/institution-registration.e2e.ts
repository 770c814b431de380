import { creditCodeCheckCharacter } from '@qiancheng/domain/identity/credit-code';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chooseOption, confirmPopconfirm, fillDate } from './support/antd';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';
import { approveRegistration, registerInstitution } from './support/institution-registration';
import { apiResponse, chinaDate } from './support/page-helpers';

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

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describe('institution registration and review', () => {
  it('registers in the browser, is approved by staff and signs the integrity pledge', async () => {
    const page = await newPage(browser, baseUrl);
    const { institutionId, name, sequence } = await registerInstitution(page, {
      // 机构信息: a wrong check character is caught in the browser by the domain's own check.
      onInstitutionStep: async (stem) => {
        const check = creditCodeCheckCharacter(stem);
        await page.getByTestId('institution-credit-code').fill(`${stem}${check === 'A' ? 'B' : 'A'}`);
        await page.getByTestId('registration-next').click();
        await page.getByText('统一社会信用代码校验位不正确').waitFor();
      },
      beforeSubmit: () => screenshot(page, 'institution-register-confirm-zh-CN').then(() => undefined),
    });
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

    // Province staff find it among the pending registrations, read its certificate and approve it.
    const staff = await newPage(browser, baseUrl);
    await signIn(staff, 'demo-staff');
    await approveRegistration(staff, { institutionId, name }, async () => {
      const download = staff.waitForEvent('download');
      await staff.getByTestId(`qualification-document-${attached.id}`).click();
      expect((await download).suggestedFilename()).toBe('营业执照.pdf');
      await screenshot(staff, 'institution-review-zh-CN');
    });

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
