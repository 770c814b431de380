import { resolve } from 'node:path';
import { creditCodeCheckCharacter } from '@qiancheng/domain/identity/credit-code';
import { idNumberCheckCharacter } from '@qiancheng/domain/identity/id-number';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chooseCascade, chooseOption, confirmPopconfirm, fillDate } from './support/antd';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';
import { apiResponse } from './support/page-helpers';

/*
 * The pages around the main flow: wishes (a worker's own, and staff recording a walk-in worker),
 * staff registering demand for a new enterprise, the spreadsheet import with its per-row error
 * report, exports, the demand catalogue's life cycle and the public job and catalogue pages.
 */
const baseUrl = inject('baseUrl');
let browser: Browser;

/** A spreadsheet saved by a real spreadsheet program, with one error in each of rows 3–14. */
const IMPORT_WITH_ERRORS = resolve(
  import.meta.dirname,
  '../../apps/server/src/modules/demand/fixtures/demand-with-errors.xlsx',
);

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function futureDate(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

describe('training wishes', () => {
  it('a worker declares a wish and withdraws it', async () => {
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-worker');
    await page.getByTestId('side-menu').locator('[data-menu-key="my-wishes"]').click();
    await page.getByTestId('wishes-table').waitFor();
    await page.getByTestId('declare-wish').click();
    await page.getByTestId('wish-occupation').waitFor();
    await chooseOption(page, 'wish-occupation', '西式面点师', '西式面点');
    await chooseCascade(page, 'wish-region', ['河南省', '郑州市']);
    await chooseOption(page, 'wish-group', '登记失业人员');
    const created = apiResponse(page, '/api/v1/wishes', 'POST');
    await page.getByTestId('declare-wish-submit').click();
    const response = await created;
    expect(response.status()).toBe(201);
    const { wish } = await response.json();
    const row = page.locator(`[data-row-key="${wish.id}"]`);
    await row.waitFor();
    await page.getByTestId('wish-occupation').waitFor({ state: 'hidden' });
    await screenshot(page, 'wishes-mine-zh-CN');

    const withdrawn = apiResponse(page, `/api/v1/wishes/${wish.id}/withdraw`, 'POST');
    await page.getByTestId(`wish-withdraw-${wish.id}`).click();
    await confirmPopconfirm(page);
    expect((await withdrawn).status()).toBe(200);
    await row.getByText('已撤回').waitFor();
    await page.context().close();
  });

  it('staff record a wish for a walk-in worker', async () => {
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-staff-city');
    await page.goto('/app/wishes');
    await page.getByTestId('wishes-table').waitFor();
    await page.getByTestId('record-wish').click();
    const first17 = '41010519950612123';
    await page.getByTestId('wish-person-name').fill('赵小燕');
    await page.getByTestId('wish-id-number').fill(`${first17}${idNumberCheckCharacter(first17)}`);
    await page.getByTestId('wish-mobile').fill('13900001111');
    await chooseOption(page, 'wish-occupation', '育婴员', '育婴');
    await chooseCascade(page, 'wish-region', ['郑州市', '金水区']);
    await chooseOption(page, 'wish-group', '就业困难人员');
    const created = apiResponse(page, '/api/v1/wishes', 'POST');
    await page.getByTestId('declare-wish-submit').click();
    const response = await created;
    expect(response.status()).toBe(201);
    const { wish } = await response.json();
    expect(wish.person.idNumberMasked).not.toContain(first17);
    await page.locator(`[data-row-key="${wish.id}"]`).getByText('赵小燕').waitFor();
    await page.getByTestId('wish-person-name').waitFor({ state: 'hidden' });
    await screenshot(page, 'wishes-staff-zh-CN');
    await page.context().close();
  });
});

describe('demand management by staff', () => {
  it('registers demand for an enterprise recorded on the spot', async () => {
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-staff-city');
    await page.goto('/app/demand');
    await page.getByTestId('demand-table').waitFor();
    await page.getByTestId('register-demand').click();
    await page.getByTestId('demand-new-enterprise').click();

    const first17 = '91410105MA9E2E7Q1';
    await page.getByTestId('enterprise-credit-code').fill(`${first17}${creditCodeCheckCharacter(first17)}`);
    await page.getByTestId('enterprise-name').fill('郑州金水烘焙食品有限公司');
    await chooseCascade(page, 'enterprise-region', ['郑州市', '金水区']);
    const enterpriseCreated = apiResponse(page, '/api/v1/enterprises', 'POST');
    await page.getByTestId('create-enterprise-modal').locator('.ant-btn-primary').click();
    expect((await enterpriseCreated).status()).toBe(201);
    await page.getByTestId('demand-enterprise').getByText('郑州金水烘焙食品有限公司').waitFor();

    await chooseOption(page, 'demand-occupation', '糕点面包烘焙师', '烘焙');
    await chooseCascade(page, 'demand-region', ['郑州市', '金水区']);
    await page.getByTestId('demand-headcount').fill('3');
    await page.getByTestId('demand-wage-min').fill('4000');
    // A reversed wage range is caught in the browser by the same rule the server applies.
    await page.getByTestId('demand-wage-max').fill('3000');
    await page.getByText('最高工资不能低于最低工资').first().waitFor();
    await page.getByTestId('demand-wage-max').fill('5200');
    await fillDate(page, 'demand-deadline', futureDate(45));
    await page.getByTestId('demand-skills').fill('熟悉面包发酵与烘烤工艺');
    await page.getByTestId('demand-contact-name').fill('李师傅');
    await page.getByTestId('demand-contact-phone').fill('13900002222');
    const created = apiResponse(page, '/api/v1/demand', 'POST');
    await page.getByTestId('declare-demand-submit').click();
    const response = await created;
    expect(response.status()).toBe(201);
    const { demandLine } = await response.json();
    expect(demandLine).toMatchObject({ source: 'staff', enterprise: { name: '郑州金水烘焙食品有限公司' } });
    await page.locator(`[data-row-key="${demandLine.id}"]`).waitFor();
    await page.getByTestId('demand-occupation').waitFor({ state: 'hidden' });
    await screenshot(page, 'demand-staff-zh-CN');

    // Closing asks for a reason.
    await page.getByTestId(`demand-close-${demandLine.id}`).click();
    await page.getByTestId('reason-input').fill('企业已通过其他渠道招满');
    const closed = apiResponse(page, `/api/v1/demand/${demandLine.id}/close`, 'POST');
    await page.getByTestId('reason-ok').click();
    expect((await closed).status()).toBe(200);
    await page.locator(`[data-row-key="${demandLine.id}"]`).getByText('已关闭').waitFor();

    const download = page.waitForEvent('download');
    await page.getByTestId('export-demand').click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
    await page.context().close();
  });

  it('imports a spreadsheet: lists every bad row, then imports only the valid ones', async () => {
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-staff-city');
    await page.goto('/app/demand');
    await page.getByTestId('import-demand').click();
    await page.getByTestId('import-upload').waitFor();

    await page
      .locator('[data-testid="import-demand-modal"] input[type="file"]')
      .setInputFiles(IMPORT_WITH_ERRORS);
    const rejected = apiResponse(page, '/api/v1/demand/import', 'POST');
    await page.getByTestId('import-upload').click();
    // Chromium does not keep response bodies of requests carrying a file, so the page is read instead.
    expect((await rejected).status()).toBe(400);
    await page.getByText(/文件中有 \d+ 处问题，尚未导入任何数据/).waitFor();
    const errors = page.getByTestId('import-errors');
    await errors.waitFor();
    // Row 3 has a credit code with a wrong check character.
    await errors.getByRole('cell', { name: '统一社会信用代码', exact: true }).first().waitFor();
    await screenshot(page, 'demand-import-errors-zh-CN');

    const imported = apiResponse(page, '/api/v1/demand/import', 'POST');
    await page.getByTestId('import-valid-only').click();
    expect((await imported).status()).toBe(200);
    const result = await page.getByTestId('import-result').textContent();
    const [, importedRows, skippedRows] = /已导入 (\d+) 行，跳过 (\d+) 行/.exec(result ?? '') ?? [];
    expect(Number(importedRows)).toBeGreaterThanOrEqual(1);
    expect(Number(skippedRows)).toBeGreaterThanOrEqual(1);
    await screenshot(page, 'demand-import-result-zh-CN');

    const template = page.waitForEvent('download');
    await page.getByTestId('import-template').click();
    expect((await template).suggestedFilename()).toMatch(/\.xlsx$/);
    await page.getByTestId('import-finish').click();
    await page.context().close();
  });

  it('exports the demand summary', async () => {
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-staff-city');
    await page.goto('/app/aggregate');
    await page.getByTestId('aggregate-totals').waitFor();
    const download = page.waitForEvent('download');
    await page.getByTestId('export-aggregate').click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
    await page.getByTestId('aggregate-chart').locator('canvas').waitFor();
    await screenshot(page, 'aggregate-city-zh-CN');
    await page.context().close();
  });
});

describe('demand catalogue', () => {
  it('staff compile, publish and change a catalogue; the public sees it with its change log', async () => {
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-staff-city');
    await page.goto('/app/catalogues');
    await page.getByTestId('catalogues-table').waitFor();
    await page.getByTestId('create-catalogue').click();
    await page.getByTestId('catalogue-title').fill('郑州市2026年职业技能培训需求指导目录（浏览器测试）');
    const period = page.locator('[data-testid="create-catalogue-modal"] .ant-picker-range input');
    await period.first().click();
    await period.first().fill('2026-01-01');
    await period.first().press('Enter');
    await period.nth(1).fill('2026-12-31');
    await period.nth(1).press('Enter');
    await chooseOption(page, 'catalogue-projects', '养老护理员', '养老护理');
    await page.keyboard.press('Escape');
    const created = apiResponse(page, '/api/v1/catalogues', 'POST');
    await page.getByTestId('create-catalogue-submit').click();
    const createResponse = await created;
    expect(createResponse.status()).toBe(201);
    const { catalogue, entries } = await createResponse.json();
    expect(entries).toHaveLength(1);
    await page.waitForURL(`**/app/catalogues/${catalogue.id}`);

    const published = apiResponse(page, `/api/v1/catalogues/${catalogue.id}/publish`, 'POST');
    await page.getByTestId('catalogue-publish').click();
    await confirmPopconfirm(page);
    expect((await published).status()).toBe(200);
    await page.getByTestId('catalogue-status-published').waitFor();

    // After publication every change needs a reason and shows in the change log.
    await page.getByTestId('catalogue-add-entry').click();
    await chooseOption(page, 'add-entry-project', '郑州', '郑州');
    await page.getByTestId('add-entry-reason').fill('新增企业用工需求，补充纳入目录');
    const added = apiResponse(page, `/api/v1/catalogues/${catalogue.id}/entries`, 'POST');
    await page.getByTestId('add-entry-submit').click();
    const addedDetail = await (await added).json();
    expect(addedDetail.entries).toHaveLength(2);

    const removedId = entries[0].id;
    await page.getByTestId(`catalogue-remove-${removedId}`).click();
    await page.getByTestId('reason-input').fill('该项目已调整为其他目录');
    const removed = apiResponse(
      page,
      `/api/v1/catalogues/${catalogue.id}/entries/${removedId}/remove`,
      'POST',
    );
    await page.getByTestId('reason-ok').click();
    expect((await removed).status()).toBe(200);
    await page.getByTestId('catalogue-changes').getByText('该项目已调整为其他目录').waitFor();
    await page.getByTestId('reason-input').waitFor({ state: 'detached' });
    await screenshot(page, 'catalogue-staff-zh-CN');
    await page.context().close();

    const visitor = await newPage(browser, baseUrl);
    await visitor.goto('/catalogues');
    await visitor.getByTestId(`portal-catalogue-${catalogue.id}`).click();
    await visitor.getByTestId('portal-catalogue-title').waitFor();
    await visitor.getByTestId('catalogue-changes').getByText('新增企业用工需求，补充纳入目录').waitFor();
    const download = visitor.waitForEvent('download');
    await visitor.getByTestId('portal-catalogue-export').click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
    await screenshot(visitor, 'catalogue-public-zh-CN');
    await visitor.context().close();
  });
});

describe('project life cycle after publication', () => {
  it('staff adjust a published project into a new version, then withdraw it', async () => {
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-staff-city');
    const listed = apiResponse(page, '/api/v1/projects');
    await page.goto('/app/projects?status=published');
    const { items } = await (await listed).json();
    const project = items[0];
    expect(project).toBeDefined();
    await page.getByTestId(`project-link-${project.id}`).click();
    await page.getByTestId('project-adjust').click();
    await page.getByTestId('project-hours-practice').fill(String((project.hoursPractice ?? 0) + 8));
    await page.getByTestId('project-adjust-submit').click();
    await page.getByTestId('reason-input').fill('企业反馈实操训练不足，增加实操学时');
    const adjusted = apiResponse(page, `/api/v1/projects/${project.id}/adjust`, 'POST');
    await page.getByTestId('reason-ok').click();
    const adjustResponse = await adjusted;
    expect(adjustResponse.status()).toBe(200);
    const { project: next } = await adjustResponse.json();
    expect(next).toMatchObject({ status: 'adjusted', version: project.version + 1 });
    await page.getByTestId('project-versions').getByText('企业反馈实操训练不足，增加实操学时').waitFor();
    await page.getByTestId('reason-input').waitFor({ state: 'detached' });
    await screenshot(page, 'project-adjusted-zh-CN');

    const visitor = await newPage(browser, baseUrl);
    await visitor.goto(`/projects/${project.id}`);
    await visitor
      .getByTestId('portal-project-versions')
      .getByText('企业反馈实操训练不足，增加实操学时')
      .waitFor();

    await page.getByTestId('project-withdraw').click();
    await page.getByTestId('reason-input').fill('培训计划调整，本期暂停');
    const withdrawn = apiResponse(page, `/api/v1/projects/${project.id}/withdraw`, 'POST');
    await page.getByTestId('reason-ok').click();
    expect((await withdrawn).status()).toBe(200);
    await page.getByTestId('project-status-withdrawn').waitFor();

    // Withdrawn projects leave the portal.
    await visitor.reload();
    await visitor.getByTestId('query-error').waitFor();
    await visitor.context().close();
    await page.context().close();
  });
});

describe('public jobs', () => {
  it('lists open posts without contact phones and links each to its training', async () => {
    const page = await newPage(browser, baseUrl);
    const listed = apiResponse(page, '/api/v1/public/jobs');
    await page.goto('/jobs');
    const jobs = await (await listed).json();
    expect(jobs.total).toBeGreaterThan(0);
    await page.getByTestId('jobs-table').locator('.ant-table-row').first().waitFor();
    expect(await page.getByTestId('jobs-table').textContent()).not.toMatch(/1\d{2}\*{4}\d{4}/);
    await screenshot(page, 'jobs-zh-CN');
    await page.context().close();
  });
});
