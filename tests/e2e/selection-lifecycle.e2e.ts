import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseOption } from './support/antd';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';
import {
  approveRegistration,
  type RegisteredInstitution,
  registerInstitution,
} from './support/institution-registration';
import { apiResponse, chinaToday } from './support/page-helpers';
import { rehearsalServer } from './support/server';

/*
 * 机构遴选 to the end, on a server of its own whose clock is moved the way a rehearsal deployment
 * moves it: on day 0 city staff publish a selection closing that day, a new institution registers
 * in the browser, province staff approve it and it applies from its applications page; on day 1 staff close applications, score the offer with reasons, and put the result on
 * a 5-day public notice, during which an objection is recorded and dismissed; on day 6, the notice
 * over, staff confirm the result and the institution is selected — on the round, on its own
 * applications page, and on the public selection page.
 */
const OCCUPATION = '4-10-01-05';
const NOTICE_DAYS = 5;
let browser: Browser;
const server = rehearsalServer('selection');
const runAt = (offsetDays: number) => server.runAt(offsetDays);

async function confirmPopup(page: Page): Promise<void> {
  await page.locator('.ant-popconfirm').filter({ visible: true }).locator('.ant-btn-primary').click();
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server.close();
});

describe('an institution selection from call to effect', () => {
  let roundId = '';
  let applicationId = '';
  let projectTitle = '';
  let projectId = '';
  let registered: RegisteredInstitution | null = null;

  it('day 0: staff publish a call closing today; a new institution registers, is approved and applies', async () => {
    const baseUrl = await runAt(0);
    const staff = await newPage(browser, baseUrl);
    await signIn(staff, 'demo-staff-city');
    const found = await staff.request.get(
      `/api/v1/projects?status=published&occupation=${OCCUPATION}&region=410100`,
    );
    const [project] = (await found.json()).items as { id: string; title: string }[];
    expect(project).toBeDefined();
    projectTitle = project!.title;
    projectId = project!.id;
    const created = await staff.request.post('/api/v1/selection/rounds', {
      data: {
        projectId: project!.id,
        method: 'scoring',
        conditions: '具备养老护理员培训资质；有满足实操要求的实训场地和设备。',
        criteria: [
          { key: 'teachers', name: '师资力量', weight: 30 },
          { key: 'facilities', name: '场地设备', weight: 25 },
          { key: 'plan', name: '培训方案', weight: 30 },
          { key: 'record', name: '以往业绩', weight: 15 },
        ],
        places: 1,
        applicationDeadline: chinaToday(),
        noticeDays: NOTICE_DAYS,
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    roundId = (await created.json()).round.id;
    await staff.context().close();

    // A new institution registers in the browser and province staff approve it.
    const page = await newPage(browser, baseUrl);
    registered = await registerInstitution(page);
    const staffReview = await newPage(browser, baseUrl);
    await signIn(staffReview, 'demo-staff');
    await approveRegistration(staffReview, registered);
    await staffReview.context().close();

    // It finds the call under 项目申报 and applies with its site, a price and a plan.
    await page.reload();
    await page.getByTestId('review-status-approved').waitFor();
    await page.getByTestId('side-menu').locator('[data-menu-key="my-applications"]').click();
    await page.getByTestId(`apply-${roundId}`).click();
    await page.getByTestId('apply-modal').getByTestId('apply-plan').waitFor();
    await chooseOption(page, 'apply-site', '文化路校区');
    await page.getByTestId('apply-price').fill('1800');
    await page.getByTestId('apply-plan').fill('理论与实操结合，分三期开班，每期40人。');
    const applied = apiResponse(page, `/api/v1/selection/rounds/${roundId}/applications`, 'POST');
    await page.getByTestId('apply-submit').click();
    const response = await applied;
    expect(response.status(), await response.text()).toBe(201);
    applicationId = (await response.json()).applications[0].id;
    await page
      .getByTestId('my-applications')
      .locator('tbody tr.ant-table-row', { hasText: projectTitle })
      .getByTestId('application-status-submitted')
      .waitFor();
    await page.context().close();
  });

  it('day 1: staff close applications, score the offer and put the result on notice', async () => {
    const baseUrl = await runAt(1);
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-staff-city');
    await page.goto(`/app/selection/${roundId}`);
    await page.getByTestId('round-heading').getByText(projectTitle).waitFor();

    const closed = apiResponse(page, `/api/v1/selection/rounds/${roundId}/close`, 'POST');
    await page.getByTestId('round-close').click();
    await confirmPopup(page);
    expect((await closed).status()).toBe(200);
    await page.getByTestId('round-status-scoring').first().waitFor();

    await page.getByTestId(`score-${applicationId}`).click();
    const modal = page.getByTestId('score-modal');
    await modal.getByTestId('score-teachers').fill('90');
    await modal.getByTestId('score-facilities').fill('80');
    await modal.getByTestId('score-plan').fill('85');
    await modal.getByTestId('score-record').fill('70');
    // 90×0.30 + 80×0.25 + 85×0.30 + 70×0.15 = 83.00, worked out while typing.
    await modal.getByTestId('score-total').getByText('83.00').waitFor();
    await modal
      .getByTestId('score-reasons')
      .fill('师资持证齐全，实训室设备满足要求；方案分期合理；以往培训业绩一般。');
    const scored = apiResponse(
      page,
      `/api/v1/selection/rounds/${roundId}/applications/${applicationId}/score`,
      'PUT',
    );
    await page.getByTestId('score-submit').click();
    expect((await scored).status()).toBe(200);
    await page.getByTestId('round-applications').getByTestId('application-status-scored').waitFor();
    await page.getByTestId('round-applications').getByText('83.00').waitFor();

    await page.getByTestId('round-publicize').click();
    await page
      .getByTestId('publicize-modal')
      .getByTestId('publicize-note')
      .fill('公示期内如有异议，请向市人社局反映。');
    const publicized = apiResponse(page, `/api/v1/selection/rounds/${roundId}/publicize`, 'POST');
    await page.getByTestId('publicize-submit').click();
    const result = await (await publicized).json();
    expect(result.round).toMatchObject({ status: 'publicized' });
    await page.getByTestId('round-status-publicized').first().waitFor();
    // Confirming before the notice is over is refused with the day it ends.
    const early = await page.request.post(`/api/v1/selection/rounds/${roundId}/confirm`);
    expect(early.status()).toBe(409);
    await screenshot(page, 'selection-publicized-zh-CN');
    await page.context().close();
  });

  it('day 1: an objection received during the notice is recorded and dismissed', async () => {
    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'demo-staff-city');
    await page.goto(`/app/selection/${roundId}`);
    await page.getByTestId('record-objection').click();
    const modal = page.getByTestId('objection-modal');
    await modal.getByTestId('objection-objector').fill('某培训学校');
    await modal.getByTestId('objection-content').fill('对培训方案评分有异议，认为实训设备不足。');
    const recorded = apiResponse(page, `/api/v1/selection/rounds/${roundId}/objections`, 'POST');
    await page.getByTestId('objection-submit').click();
    expect((await recorded).status()).toBe(200);
    const objections = page.getByTestId('round-objections');
    await objections.getByText('某培训学校').waitFor();

    await objections.locator('[data-testid^="handle-"]').first().click();
    const handle = page.getByTestId('handle-modal');
    await handle.getByTestId('handle-outcome').getByText('异议不成立').click();
    await handle.getByTestId('handle-text').fill('经现场核查，实训设备满足要求，异议不成立。');
    await page.getByTestId('handle-submit').click();
    await objections.getByText('经现场核查，实训设备满足要求，异议不成立。').waitFor();
    await page.getByTestId('round-status-publicized').first().waitFor();
    await page.context().close();
  });

  it(`day ${NOTICE_DAYS + 1}: the notice is over, staff confirm and the institution is selected`, async () => {
    const baseUrl = await runAt(NOTICE_DAYS + 1);
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-staff-city');
    await page.goto(`/app/selection/${roundId}`);
    const confirmed = apiResponse(page, `/api/v1/selection/rounds/${roundId}/confirm`, 'POST');
    await page.getByTestId('round-confirm').click();
    await confirmPopup(page);
    expect((await confirmed).status()).toBe(200);
    await page.getByTestId('round-status-effective').first().waitFor();
    await page.getByTestId('round-applications').getByTestId('application-status-selected').waitFor();
    await screenshot(page, 'selection-effective-zh-CN');
    await page.context().close();

    const institution = await newPage(browser, baseUrl);
    await signIn(institution, registered!.username, registered!.password);
    await institution.goto('/app/my-applications');
    const row = institution
      .getByTestId('my-applications')
      .locator('tbody tr.ant-table-row', { hasText: projectTitle });
    await row.getByTestId('application-status-selected').waitFor();
    await institution.context().close();

    const visitor = await newPage(browser, baseUrl);
    await visitor.goto(`/selection/${roundId}`);
    const results = visitor.getByTestId('public-round-results');
    await results.getByText(registered!.name).waitFor();
    await results.getByText('入选').first().waitFor();

    // The portal now lists it as a 承训机构: on the project page, the navigation map and its own page.
    await visitor.goto(`/projects/${projectId}`);
    await visitor.getByTestId('portal-project-institutions').getByText(registered!.name).click();
    await visitor.getByTestId('portal-institution-name').getByText(registered!.name).waitFor();
    await visitor.getByTestId('portal-institution-projects').getByText(projectTitle).waitFor();
    await screenshot(visitor, 'portal-institution-zh-CN');

    await visitor.goto(`/navigation?region=410100&occupation=${OCCUPATION}`);
    await visitor.getByTestId('nav-institutions').getByText(registered!.name).waitFor();
    await visitor.getByTestId('nav-institutions-all').click();
    await visitor.waitForURL(/\/institutions\?/);
    await visitor.getByTestId(`portal-institution-${registered!.institutionId}`).waitFor();
    await visitor.context().close();
  });
});
