import { latestFilingDate } from '@qiancheng/domain/classes/working-days';
import { creditCodeCheckCharacter } from '@qiancheng/domain/identity/credit-code';
import { idNumberCheckCharacter } from '@qiancheng/domain/identity/id-number';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chooseCascade, chooseOption, fillDate } from './support/antd';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';
import { apiResponse, chinaToday } from './support/page-helpers';

/*
 * 工作日历 and 技能评价: the provincial administrator gives a district a local holiday next year and
 * its own filing lead, and sees the deadline it gives; provincial staff register an assessment body
 * for 养老护理员 and link an assessor account to it (the administrator opens the account; the demo
 * assessor belongs to the demo data's own body). The assessor finds the body on the evaluation page
 * with the completed classes it may evaluate, opening the first one's results when there is one,
 * and an evaluation export whose trainee has no completed class is reported row by row. A worker's
 * 我的培训班 and a project's 开班信息 load. The district is one no other browser test files classes
 * in, so its lead changes nothing elsewhere.
 */
const baseUrl = inject('baseUrl');
let browser: Browser;

const DISTRICT = ['河南省', '郑州市', '惠济区'];
const DISTRICT_CODE = '410108';
const YEAR = Number(chinaToday().slice(0, 4)) + 1;
/** The first Wednesday of March next year, and the Wednesday after it as a class's start. */
const HOLIDAY = (() => {
  const day = new Date(Date.UTC(YEAR, 2, 1));
  while (day.getUTCDay() !== 3) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
})();
const START = new Date(Date.parse(`${HOLIDAY}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
const LEAD = 7;

const BODY = {
  code: '4190',
  name: '郑州市职业技能等级认定中心',
  creditStem: '12410000MB1E2E7P0',
  siteCode: '410001',
};
/** An assessor account of the new body, opened by the administrator (demo-assessor has its own body). */
const ASSESSOR = 'e2e-assessor';

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** An evaluation system's export with one passed trainee who never attended a class here. */
async function evaluationExport(): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const first17 = '41010219900101123';
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('评价结果');
  sheet.addRow(['姓名', '公民身份号码', '职业编码', '评价类别', '技能等级', '成绩', '评价结果', '评价日期']);
  sheet.addRow([
    '周明',
    `${first17}${idNumberCheckCharacter(first17)}`,
    '4-10-01-05',
    '职业技能等级',
    '四级',
    86,
    '合格',
    chinaToday(),
  ]);
  return {
    name: '评价结果导出.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}

describe('the working calendar', () => {
  it('an administrator adds a local holiday and sets the filing lead', async () => {
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-admin');
    await page.getByTestId('side-menu').locator('[data-menu-key="calendar"]').click();
    await page.getByTestId('calendar-months').waitFor();
    await chooseCascade(page, 'calendar-region', DISTRICT);
    await chooseOption(page, 'calendar-year', `${YEAR} 年`);
    await page.getByTestId('calendar-view').getByText('列表').click();
    await page.getByTestId('calendar-entries').waitFor();

    await page.getByTestId('calendar-add-day').click();
    await fillDate(page, 'calendar-day-date', HOLIDAY);
    await page.getByTestId('calendar-day-kind').getByText('放假').click();
    await page.getByTestId('calendar-day-name').fill('地方纪念日');
    const saved = apiResponse(page, `/api/v1/calendar/${DISTRICT_CODE}/days/${HOLIDAY}`, 'PUT');
    await page.getByTestId('calendar-day-submit').click();
    expect((await saved).status()).toBe(200);
    const row = page.locator(`[data-row-key="${HOLIDAY}"]`);
    await row.getByText('地方纪念日').waitFor();
    await row.getByText('本地区').waitFor();

    await page.getByTestId('filing-lead-mode').getByText('本地区规定').click();
    await page.getByTestId('filing-lead-days').fill(String(LEAD));
    const settings = apiResponse(page, `/api/v1/calendar/${DISTRICT_CODE}/settings`, 'PUT');
    await page.getByTestId('filing-lead-save').click();
    expect((await settings).status()).toBe(200);
    await page.getByTestId('filing-lead-effective').getByText(`开班前 ${LEAD} 个工作日备案`).waitFor();

    // The deadline counts working days back from the start, passing over the holiday just set.
    const deadline = latestFilingDate(START, LEAD, { holidays: new Set([HOLIDAY]), workdays: new Set() });
    await fillDate(page, 'filing-trial-start', START);
    await page
      .getByTestId('filing-deadline')
      .getByText(`最迟应于 ${deadline} 备案（开班前 ${LEAD} 个工作日）`)
      .waitFor();
    await screenshot(page, 'calendar-admin-zh-CN');

    await page.getByTestId('calendar-view').getByText('按月查看').click();
    await chooseOption(page, 'calendar-month', `${YEAR}-03`);
    await page.getByTestId(`calendar-cell-${HOLIDAY}`).getByText('地方纪念日').waitFor();
    await page.context().close();
  });
});

describe('assessment bodies and skill evaluation', () => {
  it('staff register an assessment body and link an assessor account', async () => {
    const admin = await newPage(browser, baseUrl);
    await signIn(admin, 'demo-admin');
    const account = await admin.request.post('/api/v1/users', {
      data: {
        username: ASSESSOR,
        password: 'Qiancheng2025',
        displayName: '认定中心经办人',
        role: 'assessor',
        regionCode: '410000',
        organizationName: BODY.name,
      },
    });
    expect(account.status(), await account.text()).toBe(201);
    await admin.context().close();

    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-staff');
    await page.getByTestId('side-menu').locator('[data-menu-key="assessment-bodies"]').click();
    await page.getByTestId('bodies-table').waitFor();
    await page.getByTestId('register-body').click();
    await page.getByTestId('body-code').fill(BODY.code);
    await page.getByTestId('body-name').fill(BODY.name);
    // A wrong check character is caught in the browser, by the same rule the server applies.
    const check = creditCodeCheckCharacter(BODY.creditStem);
    await page.getByTestId('body-credit-code').fill(`${BODY.creditStem}${check === '0' ? '1' : '0'}`);
    await page.getByTestId('body-site-code').fill(BODY.siteCode);
    await page.getByTestId('body-submit').click();
    const explain = page.getByTestId('create-body-modal').locator('.ant-form-item-explain-error');
    await explain.first().waitFor();
    await page.getByTestId('body-credit-code').fill(`${BODY.creditStem}${check}`);
    await chooseCascade(page, 'body-region', ['河南省']);
    await chooseOption(page, 'body-occupations-picker', '养老护理员', '养老护理');
    await page.getByTestId('occupation-tag-4-10-01-05').waitFor();
    const created = apiResponse(page, '/api/v1/assessment-bodies', 'POST');
    await page.getByTestId('body-submit').click();
    const response = await created;
    expect(response.status()).toBe(201);
    const { body } = await response.json();
    expect(body).toMatchObject({ code: BODY.code, regionCode: '410000', occupationCodes: ['4-10-01-05'] });
    const row = page.locator(`[data-row-key="${body.id}"]`);
    await row.getByText(BODY.name).waitFor();

    await page.getByTestId(`link-account-${BODY.code}`).click();
    await page.getByTestId('link-account-username').fill(ASSESSOR);
    const linked = apiResponse(page, `/api/v1/assessment-bodies/${body.id}/accounts`, 'POST');
    await page.getByTestId('link-account-submit').click();
    expect((await linked).status()).toBe(200);
    await page.getByText(`已将账号 ${ASSESSOR} 关联到“${BODY.name}”`).waitFor();
    await screenshot(page, 'assessment-bodies-zh-CN');
    await page.context().close();
  });

  it('the assessor sees its body and has an unmatched export reported row by row', async () => {
    const page = await newPage(browser, baseUrl);
    await signIn(page, ASSESSOR);
    const listed = apiResponse(page, '/api/v1/assessment/classes');
    await page.getByTestId('side-menu').locator('[data-menu-key="evaluation"]').click();
    expect((await listed).status()).toBe(200);
    await page.getByTestId('evaluation-body-name').getByText(BODY.name).waitFor();
    const classes = page.getByTestId('evaluation-classes');
    await classes.waitFor();
    if ((await classes.locator('[data-row-key]').count()) === 0) {
      await classes.getByText('目前没有可评价的已结业培训班').waitFor();
    } else {
      // The results of a completed class, one row a trainee, to be evaluated.
      await classes.locator('[data-testid^="evaluation-class-"]').first().click();
      await page.getByTestId('evaluation-table').waitFor();
      await screenshot(page, 'evaluation-class-zh-CN');
      await page.goBack();
      await page.getByTestId('evaluation-classes').waitFor();
    }

    await page.getByTestId('import-evaluations').click();
    await page
      .locator('[data-testid="import-evaluations-modal"] input[type="file"]')
      .setInputFiles(await evaluationExport());
    const rejected = apiResponse(page, '/api/v1/assessment/import', 'POST');
    await page.getByTestId('import-upload').click();
    expect((await rejected).status()).toBe(400);
    const errors = page.getByTestId('import-errors');
    await errors.getByRole('cell', { name: '公民身份号码', exact: true }).waitFor();
    await errors.getByText('该人员没有已结业的该职业培训班').waitFor();
    await screenshot(page, 'evaluation-import-zh-CN');
    await page.getByTestId('import-cancel').click();
    await page.context().close();
  });
});

describe('classes for workers', () => {
  it('shows a worker’s classes and a project’s classes open for enrolment', async () => {
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-worker');
    await page.getByTestId('side-menu').locator('[data-menu-key="my-classes"]').click();
    await page.getByTestId('my-classes-table').waitFor();
    if ((await page.getByTestId('my-classes-table').locator('[data-row-key]').count()) === 0) {
      await page.getByTestId('my-classes-find').waitFor();
    }

    const found = await page.request.get('/api/v1/public/projects?occupation=4-10-01-05');
    const [project] = (await found.json()).items as { id: string }[];
    expect(project).toBeDefined();
    const openings = apiResponse(page, `/api/v1/public/projects/${project!.id}/classes`);
    await page.goto(`/projects/${project!.id}`);
    expect((await openings).status()).toBe(200);
    await page.getByTestId('project-classes').getByText('开班信息').waitFor();
    await page.context().close();
  });
});
