import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chooseOption, confirmPopconfirm } from './support/antd';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';
import { apiResponse } from './support/page-helpers';

/*
 * 培训品牌 from application to the portal: the demo institution (registered and approved by the
 * demo seed) applies for a brand named after itself, with the name checked as it is typed; 郑州's
 * staff approve it and publish it in their region's first batch; a visitor finds it on /brands.
 */
const baseUrl = inject('baseUrl');
let browser: Browser;

const BRAND = '前程示范养老护理培训';

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a training brand', () => {
  let brandId = '';

  it('is applied for by an institution, its name checked while typing', async () => {
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-institution');
    await page.getByTestId('side-menu').locator('[data-menu-key="brands"]').click();
    await page.getByTestId('brands-table').waitFor();
    await page.getByTestId('apply-brand').click();
    await page.getByTestId('brand-occupation').waitFor();
    await chooseOption(page, 'brand-occupation', '养老护理员', '养老护理');

    await page.getByTestId('brand-name').fill('前程示范焊工培训');
    await page.getByText('品牌名称中“培训”之前应为职业（工种）名称“养老护理员”').waitFor();
    await page.getByTestId('brand-name').fill('示范学校养老护理培训');
    await page.getByText('品牌名称应以所在地名（如 郑州、河南）或申报企业名称开头').waitFor();
    await page.getByTestId('brand-name').fill(BRAND);
    await page.getByTestId('brand-name-ready').waitFor();
    await page
      .getByTestId('brand-description')
      .fill('依托本校实训室和合作养老机构开展养老护理员培训，训后推荐到社区养老服务中心就业。');
    await screenshot(page, 'brands-apply-zh-CN');

    const created = apiResponse(page, '/api/v1/brands', 'POST');
    await page.getByTestId('brand-form-submit').click();
    const response = await created;
    expect(response.status()).toBe(201);
    const { brand } = await response.json();
    expect(brand).toMatchObject({ name: BRAND, applicantKind: 'institution', status: 'submitted' });
    brandId = brand.id;
    await page.locator(`[data-row-key="${brandId}"]`).getByText('待审核').waitFor();
    await page.context().close();
  });

  it('is approved by city staff and published in their first batch', async () => {
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-staff-city');
    await page.goto('/app/brands');
    const row = page.locator(`[data-row-key="${brandId}"]`);
    await row.waitFor();
    const approved = apiResponse(page, `/api/v1/brands/${brandId}/approve`, 'POST');
    await page.getByTestId(`brand-approve-${brandId}`).click();
    await confirmPopconfirm(page);
    expect((await approved).status()).toBe(200);
    await row.getByText('审核通过待发布').waitFor();

    await page.getByTestId('publish-batch').click();
    const modal = page.getByTestId('publish-batch-modal');
    await modal.getByTestId('publish-batch-brands').getByText(BRAND).waitFor();
    await modal.getByText('郑州市“第1批”').waitFor();
    expect(await modal.getByTestId('publish-batch-title').inputValue()).toBe('郑州市第1批培训品牌');
    await screenshot(page, 'brands-publish-zh-CN');
    const published = apiResponse(page, '/api/v1/brand-batches', 'POST');
    await modal.getByTestId('publish-batch-submit').click();
    await confirmPopconfirm(page);
    const response = await published;
    expect(response.status()).toBe(201);
    expect((await response.json()).batch).toMatchObject({ number: 1, title: '郑州市第1批培训品牌' });
    await row.getByText('已发布').waitFor();
    await page.getByTestId('brand-batches').getByText('郑州市第1批培训品牌').waitFor();
    await page.context().close();
  });

  it('appears on the public brands page, found through the portal menu', async () => {
    const page = await newPage(browser, baseUrl);
    await page.goto('/');
    await page.getByTestId('public-menu').locator('[data-menu-key="portal-brands"]').click();
    const list = page.getByTestId('portal-brands');
    await list.getByText(BRAND).waitFor();
    await list.getByText('郑州养老护理员培训').waitFor();

    const filtered = apiResponse(page, '/api/v1/public/brands');
    await page.getByTestId('portal-brand-batches').getByText('郑州市第1批培训品牌').click();
    expect((await filtered).status()).toBe(200);
    await expect.poll(() => list.locator('tbody tr.ant-table-row').count()).toBe(1);
    await list.getByText(BRAND).waitFor();
    await screenshot(page, 'brands-portal-zh-CN');
    await page.context().close();
  });
});
