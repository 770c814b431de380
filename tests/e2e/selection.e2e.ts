import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chooseOption, fillDate } from './support/antd';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';
import { apiResponse, chinaToday } from './support/page-helpers';

/*
 * 机构遴选 from the call to the application: 郑州's staff publish a selection for their published
 * 养老护理员 project, closing for applications today; the demo institution (approved and qualified
 * for 4-10-01-05) finds the call under 项目申报 and applies with a site, a price and a plan; staff
 * then see its offer on the round. Closing and scoring wait for the deadline to pass, so they are
 * covered by the server's integration tests rather than here.
 */
const baseUrl = inject('baseUrl');
let browser: Browser;

const OCCUPATION = '4-10-01-05';
const PLAN = '理论与实操结合，分三期开班，每期40人；配备持证养老护理教师4名，训后推荐到合作养老机构就业。';

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('an institution selection', () => {
  let roundId = '';
  let projectTitle = '';

  it('is published by city staff for a published project', async () => {
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-staff-city');
    const found = await page.request.get(
      `/api/v1/projects?status=published&occupation=${OCCUPATION}&region=410100`,
    );
    expect(found.status()).toBe(200);
    const [project] = (await found.json()).items as { id: string; title: string }[];
    expect(project).toBeDefined();
    projectTitle = project!.title;

    await page.getByTestId('side-menu').locator('[data-menu-key="selection"]').click();
    await page.getByTestId('rounds-table').waitFor();
    await page.getByTestId('publish-round').click();
    const modal = page.getByTestId('create-round-modal');
    await chooseOption(page, 'round-project', projectTitle, '养老护理');
    await page
      .getByTestId('round-conditions')
      .fill('具备养老护理员培训资质；有满足实操要求的实训场地和设备；近三年无不良信用记录。');
    // The default criteria add up to 100; changing one weight shows the sum is off until fixed.
    await modal.getByTestId('criteria-sum').getByText('权重合计 100').waitFor();
    await page.getByTestId('criterion-weight-3').fill('20');
    await modal.getByTestId('criteria-sum').getByText('权重合计 105，须为 100').waitFor();
    await page.getByTestId('criterion-weight-3').fill('15');
    await modal.getByTestId('criteria-sum').getByText('权重合计 100').waitFor();
    await page.getByTestId('round-places').fill('2');
    await fillDate(page, 'round-deadline', chinaToday());
    await screenshot(page, 'selection-publish-zh-CN');

    const created = apiResponse(page, '/api/v1/selection/rounds', 'POST');
    await page.getByTestId('create-round-submit').click();
    const response = await created;
    expect(response.status()).toBe(201);
    const { round } = await response.json();
    expect(round).toMatchObject({
      method: 'scoring',
      status: 'open',
      places: 2,
      applicationDeadline: chinaToday(),
      noticeDays: 5,
    });
    expect(round.criteria.map((c: { weight: number }) => c.weight)).toEqual([30, 25, 30, 15]);
    roundId = round.id;
    await page.waitForURL(`**/app/selection/${roundId}`);
    await page.getByTestId('round-heading').getByText(projectTitle).waitFor();
    await page.getByTestId('round-status-open').first().waitFor();
    await page.context().close();
  });

  it('is applied for by the demo institution from its applications page', async () => {
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-institution');
    const mine = await page.request.get('/api/v1/institutions/mine');
    const site = ((await mine.json()).institution.sites as { name: string; retired: boolean }[]).find(
      (s) => !s.retired,
    );
    expect(site).toBeDefined();

    await page.getByTestId('side-menu').locator('[data-menu-key="my-applications"]').click();
    await page.getByTestId(`apply-${roundId}`).click();
    await page.getByTestId('apply-modal').getByTestId('apply-plan').waitFor();
    await chooseOption(page, 'apply-site', site!.name);
    await page.getByTestId('apply-price').fill('1850.5');
    await page.getByTestId('apply-plan').fill(PLAN);
    await screenshot(page, 'selection-apply-zh-CN');

    const applied = apiResponse(page, `/api/v1/selection/rounds/${roundId}/applications`, 'POST');
    await page.getByTestId('apply-submit').click();
    const response = await applied;
    expect(response.status()).toBe(201);
    const detail = await response.json();
    expect(detail.applications).toHaveLength(1);
    expect(detail.applications[0]).toMatchObject({
      priceFen: 185050,
      status: 'submitted',
      planSummary: PLAN,
    });
    // Other browser tests may have the demo institution apply for a project of the same title, so
    // the row is the one of this round.
    const row = page
      .getByTestId('my-applications')
      .locator('tbody tr.ant-table-row', { has: page.getByTestId(`withdraw-${roundId}`) });
    await row.getByText(projectTitle).waitFor();
    await row.getByText('1850.50').waitFor();
    await row.getByTestId(`withdraw-${roundId}`).waitFor();
    await page.getByTestId('open-calls').getByText('已申报').waitFor();
    await page.context().close();
  });

  it('shows the application to staff on the round', async () => {
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-staff-city');
    await page.goto('/app/selection');
    await page.getByTestId(`round-link-${roundId}`).click();
    const applications = page.getByTestId('round-applications');
    await applications.getByText('前程示范职业培训学校').waitFor();
    await applications.getByText('1850.50').waitFor();
    await applications.getByTestId('application-status-submitted').waitFor();
    // Before the deadline has passed there is nothing to score yet: only closing and cancelling.
    await page.getByTestId('round-close').waitFor();
    expect(await applications.getByRole('button', { name: '评分' }).count()).toBe(0);
    await screenshot(page, 'selection-round-zh-CN');
    await page.context().close();
  });

  it('is listed as an open call on the public selection page', async () => {
    const page = await newPage(browser, baseUrl);
    await page.goto('/');
    await page.getByTestId('public-menu').locator('[data-menu-key="portal-selection"]').click();
    await page.getByTestId(`public-round-${roundId}`).click();
    await page.getByTestId('public-round-heading').getByText(projectTitle).waitFor();
    await page.getByTestId('round-criteria').getByText('培训方案').waitFor();
    await page.getByText('结果尚未公示').waitFor();
    await page.context().close();
  });
});
