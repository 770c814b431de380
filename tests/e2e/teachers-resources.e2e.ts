import { idNumberCheckCharacter } from '@qiancheng/domain/identity/id-number';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chooseOption, confirmPopconfirm, fillDate } from './support/antd';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';
import { apiResponse } from './support/page-helpers';

/*
 * 师资库 and 教学资源库: the demo institution registers a teacher (with a certificate scan) and
 * shares a courseware file; city staff find both; the institution then ends the employment and
 * withdraws the resource, each after a confirmation.
 */
const baseUrl = inject('baseUrl');
let browser: Browser;

const PDF = {
  name: '养老护理员证书.pdf',
  mimeType: 'application/pdf',
  buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
};
const FIRST17 = '41010219870615531';
const TEACHER = { name: '高美玲', idNumber: `${FIRST17}${idNumberCheckCharacter(FIRST17)}` };
const RESOURCE_TITLE = '失能老人体位转移实训课件';
let teacherId = '';
let resourceId = '';

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the institution keeps its teachers and shares resources', () => {
  it('registers a teacher with a certificate scan', async () => {
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-institution');
    await page.getByTestId('side-menu').locator('[data-menu-key="teachers"]').click();
    await page.getByTestId('teachers-table').waitFor();
    await page.getByTestId('register-teacher').click();
    await page.getByTestId('teacher-name').fill(TEACHER.name);
    await page.getByTestId('teacher-id-number').fill(TEACHER.idNumber);
    await page.getByTestId('teacher-mobile').fill('13700005678');
    await page.getByTestId('teacher-title').fill('高级讲师');

    await chooseOption(page, 'certificate-occupation-0', '养老护理员', '养老护理');
    await chooseOption(page, 'certificate-level-0', '二级');
    await page.getByTestId('certificate-number-0').fill('S000041010200531');
    await fillDate(page, 'certificate-issued-0', '2020-06-30');
    const uploaded = apiResponse(page, '/api/v1/documents', 'POST');
    await page.locator('[data-testid="teacher-form-modal"] input[type="file"]').setInputFiles(PDF);
    expect((await uploaded).status()).toBe(201);
    await page.getByTestId('teacher-form-modal').locator('.ant-upload-list-item-done').waitFor();

    await chooseOption(page, 'teacher-occupations-picker', '养老护理员', '养老护理');
    await page.getByTestId('occupation-tag-4-10-01-05').waitFor();
    await fillDate(page, 'teacher-since', '2024-03-01');
    const created = apiResponse(page, '/api/v1/teachers', 'POST');
    await page.getByTestId('teacher-form-submit').click();
    const response = await created;
    expect(response.status()).toBe(201);
    const body = await response.json();
    expect(body.linked).toBe(false);
    expect(body.teacher.person.idNumberMasked).not.toContain(FIRST17);
    expect(body.teacher.certificates[0].documentId).toEqual(expect.any(String));
    teacherId = body.teacher.id;
    await page.getByTestId('teacher-name').waitFor({ state: 'hidden' });
    const row = page.locator(`[data-row-key="${teacherId}"]`);
    await row.getByText(TEACHER.name).waitFor();
    await row.getByText('在职').waitFor();
    await screenshot(page, 'teachers-institution-zh-CN');

    await page.getByTestId(`teacher-open-${teacherId}`).click();
    const drawer = page.getByTestId('teacher-drawer');
    await drawer.getByTestId('teacher-certificates').getByText('S000041010200531').waitFor();
    expect(await drawer.textContent()).not.toContain(TEACHER.idNumber);
    await screenshot(page, 'teacher-drawer-zh-CN');
    await page.context().close();
  });

  it('shares a courseware file with its region', async () => {
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-institution');
    await page.goto('/app/resources');
    await page.getByTestId('resources-table').waitFor();
    await page.getByTestId('add-resource').click();
    await page.getByTestId('resource-title').fill(RESOURCE_TITLE);
    await chooseOption(page, 'resource-occupation', '养老护理员', '养老护理');
    await chooseOption(page, 'resource-level', '四级');
    const uploaded = apiResponse(page, '/api/v1/documents', 'POST');
    await page
      .locator('[data-testid="add-resource-modal"] input[type="file"]')
      .setInputFiles({ ...PDF, name: `${RESOURCE_TITLE}.pdf` });
    expect((await uploaded).status()).toBe(201);
    await page.getByTestId('add-resource-modal').locator('.ant-upload-list-item-done').waitFor();
    const created = apiResponse(page, '/api/v1/resources', 'POST');
    await page.getByTestId('add-resource-submit').click();
    const response = await created;
    expect(response.status()).toBe(201);
    const { resource } = await response.json();
    expect(resource).toMatchObject({ kind: 'courseware', institutionName: '前程示范职业培训学校' });
    resourceId = resource.id;
    await page.getByTestId('resource-title').waitFor({ state: 'hidden' });
    await page.locator(`[data-row-key="${resourceId}"]`).getByText(RESOURCE_TITLE).waitFor();
    const download = page.waitForEvent('download');
    await page.getByTestId(`resource-download-${resourceId}`).click();
    expect((await download).suggestedFilename()).toBe(`${RESOURCE_TITLE}.pdf`);
    await screenshot(page, 'resources-institution-zh-CN');
    await page.context().close();
  });
});

describe('city staff see what the institution registered', () => {
  it('finds the teacher by name and sees the employing institution', async () => {
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-staff-city');
    await page.goto('/app/teachers');
    await page.getByTestId('teachers-table').waitFor();
    const searched = apiResponse(page, '/api/v1/teachers', 'GET', { q: TEACHER.name });
    await page.getByTestId('teachers-search').locator('input').fill(TEACHER.name);
    await page.getByTestId('teachers-search').locator('input').press('Enter');
    const { items } = await (await searched).json();
    expect(items.map((t: { id: string }) => t.id)).toEqual([teacherId]);
    await page.getByTestId(`teacher-open-${teacherId}`).click();
    await page.getByTestId('teacher-employments').getByText('前程示范职业培训学校').waitFor();
    await screenshot(page, 'teachers-staff-zh-CN');
    await page.context().close();
  });

  it('sees the shared resource with its contributor', async () => {
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-staff-city');
    await page.goto('/app/resources');
    const row = page.locator(`[data-row-key="${resourceId}"]`);
    await row.getByText(RESOURCE_TITLE).waitFor();
    await row.getByText('前程示范职业培训学校').waitFor();
    await screenshot(page, 'resources-staff-zh-CN');
    await page.context().close();
  });
});

describe('ending and withdrawing, after confirmation', () => {
  it('the institution ends the employment and withdraws the resource', async () => {
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-institution');
    await page.goto('/app/teachers');
    await page.getByTestId(`teacher-open-${teacherId}`).click();
    const employments = page.getByTestId('teacher-employments');
    await employments.locator('[data-testid^="teacher-end-"]').first().click();
    await page.getByTestId('teacher-end-reason').fill('合同到期不再续聘');
    const endResponse = page.waitForResponse(
      (r) =>
        r.url().includes(`/api/v1/teachers/${teacherId}/employments/`) && r.request().method() === 'POST',
    );
    await page.getByTestId('teacher-end-confirm').click();
    expect((await endResponse).status()).toBe(200);
    await page.getByText('已解除聘用').first().waitFor();

    await page.goto('/app/resources');
    await page.locator(`[data-row-key="${resourceId}"]`).waitFor();
    const withdrawn = apiResponse(page, `/api/v1/resources/${resourceId}/withdraw`, 'POST');
    await page.getByTestId(`resource-withdraw-${resourceId}`).click();
    await confirmPopconfirm(page);
    expect((await withdrawn).status()).toBe(200);
    await page.locator(`[data-row-key="${resourceId}"]`).waitFor({ state: 'detached' });
    await page.context().close();
  });
});
