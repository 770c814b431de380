import { idNumberCheckCharacter } from '@qiancheng/domain/identity/id-number';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chooseOption, fillDate, fillNumber } from './support/antd';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';
import { insuranceFile } from './support/insurance';
import { apiResponse } from './support/page-helpers';

/*
 * 补贴测算 on the demo data under the national default rules. Staff of the province quote the demo
 * class's trainee 赵秀英: 四级 pays 1 600 元, ×110% for the project's 中等 consumables, so 1 760 元,
 * 80% (1 408 元) payable on her certificate and 352 元 pending evidence of employment; her 四级
 * certificate is quoted from its number for the skill-upgrade subsidy. The demo worker quotes the
 * 养老护理员 project before enrolling, and sees attendance too low refused under rule A3.
 */
const baseUrl = inject('baseUrl');
let browser: Browser;

const CLASS_CODE = '410102-2026-0001';
const CERTIFICATE = 'S000141410100264000001';
const PROJECT = '郑州市养老护理员培训项目';
/** The demo class's county, which 赵秀英's ID number begins with. */
const ZHAO_COUNTY = CLASS_CODE.slice(0, 6);

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openQuotePage(page: Page, user: string): Promise<void> {
  await signIn(page, user);
  await page.getByTestId('side-menu').locator('[data-menu-key="subsidy-quote"]').click();
  await page.waitForURL('**/app/subsidy-quote');
  await page.getByTestId('quote-result').getByText('选择要测算的内容').waitFor();
}

/** Presses 测算 and returns the quote the server answered with. */
async function submitQuote(page: Page) {
  const answered = apiResponse(page, '/api/v1/subsidies/quote', 'POST');
  await page.getByTestId('quote-submit').click();
  const response = await answered;
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()).quote;
}

/** A Select by its test id, which antd puts on the control or inside it. */
function select(page: Page, testId: string) {
  return page
    .locator(`.ant-select:has([data-testid="${testId}"]), .ant-select[data-testid="${testId}"]`)
    .first();
}

/** The text of each row of a result table, cell by cell. */
async function rows(page: Page, testId: string): Promise<string[][]> {
  return page
    .getByTestId(testId)
    .locator('tbody tr.ant-table-row')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())),
    );
}

describe('staff quote a trainee of their region', () => {
  it('shows 赵秀英’s training subsidy: 1 760 元 in two stages', async () => {
    const page = await newPage(browser, baseUrl);
    await openQuotePage(page, 'demo-staff');
    await page.getByTestId('quote-tab-enrolment').getByText('培训班学员').waitFor();
    await chooseOption(page, 'quote-class', CLASS_CODE, CLASS_CODE);
    await chooseOption(page, 'quote-trainee', '赵秀英');
    const quote = await submitQuote(page);
    expect(quote).toMatchObject({ eligible: true, amountFen: 176000, person: { name: '赵秀英' } });

    const result = page.getByTestId('quote-result');
    await result.getByTestId('quote-status').getByText('符合补贴条件').waitFor();
    expect(await result.getByTestId('quote-amount').textContent()).toBe('1,760.00 元');
    const facts = result.getByTestId('quote-facts');
    await facts.getByText('职业培训补贴', { exact: true }).waitFor();
    await facts.getByText('就业补助资金', { exact: true }).waitFor();
    await facts.getByText('培训机构', { exact: true }).waitFor();
    await facts.getByText('national-default（全国默认标准）').waitFor();

    const stages = await rows(page, 'quote-stages');
    expect(stages).toHaveLength(2);
    expect(stages[0]?.slice(0, 4)).toEqual(['取得培训成果', '1,408.00', '可拨付', '—']);
    expect(stages[1]?.slice(0, 4)).toEqual(['就业后', '352.00', '待拨付', quote.stages[1].dueBy]);
    const lines = await rows(page, 'quote-lines');
    expect(lines.map((line) => line[0])).toEqual(['A4 补贴标准', 'A5 浮动补贴', 'A8 补贴发放对象']);
    expect(lines[0]?.slice(1)).toEqual(['取得职业技能等级证书（四级）', '1,600.00']);
    expect(await page.getByTestId('quote-unmet').count()).toBe(0);
    await screenshot(page, 'subsidy-quote-enrolment-zh-CN');
    await page.context().close();
  });

  it('opens a trainee’s quote from the class roster', async () => {
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-staff-city');
    const listed = await page.request.get(`/api/v1/classes?q=${CLASS_CODE}`);
    const [demoClass] = (await listed.json()).items as { id: string }[];
    await page.goto(`/app/classes/${demoClass!.id}`);
    await page.getByTestId('class-tabs').getByText('学员名册').click();
    await page.getByTestId('roster-table').getByText('赵秀英').waitFor();
    await page.locator('[data-row-key]', { hasText: '赵秀英' }).getByText('补贴测算').click();
    await page.waitForURL('**/app/subsidy-quote?**');
    await select(page, 'quote-trainee').getByText('赵秀英').waitFor();
    expect((await submitQuote(page)).amountFen).toBe(176000);
    expect(await page.getByTestId('quote-amount').textContent()).toBe('1,760.00 元');
    await page.context().close();
  });

  it('opens a certificate’s skill-upgrade quote from the certificate list', async () => {
    // The 四级 certificate was issued by the province's assessment body, so province staff list it.
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-staff');
    await page.goto(`/app/certificates?number=${CERTIFICATE}`);
    await page.getByTestId('certificates-table').getByText(CERTIFICATE).waitFor();
    await page.locator('[data-row-key]', { hasText: CERTIFICATE }).getByText('补贴测算').click();
    await page.waitForURL('**/app/subsidy-quote?**');
    expect(await page.getByTestId('quote-certificate-number').inputValue()).toBe(CERTIFICATE);
    const quote = await submitQuote(page);
    expect(quote).toMatchObject({
      scheme: 'skill_upgrade',
      fund: 'unemployment_insurance',
      payee: 'individual',
    });
    const facts = page.getByTestId('quote-facts');
    await facts.getByText('技能提升补贴', { exact: true }).waitFor();
    await facts.getByText('失业保险基金', { exact: true }).waitFor();
    await facts.getByText('劳动者本人', { exact: true }).waitFor();
    // Whether she qualifies depends on her unemployment insurance on record; either way it is said why.
    await page
      .getByTestId('quote-status')
      .getByText(quote.eligible ? '符合补贴条件' : '不符合补贴条件')
      .waitFor();
    for (const unmet of quote.unmet as { code: string; text: { 'zh-CN': string } }[]) {
      await page.getByTestId(`quote-unmet-${unmet.code}`).getByText(unmet.text['zh-CN']).waitFor();
    }
    await page.context().close();
  });

  it('imports the insurance agency’s records, after which her certificate qualifies: 1 500 元', async () => {
    const page = await newPage(browser, baseUrl);
    await openQuotePage(page, 'demo-staff');
    await page.getByTestId('import-insurance').click();
    const modal = page.getByTestId('import-insurance-modal');
    // Insured since January 2025: well over 12 months by the certificate's September 2026.
    const first17 = `${ZHAO_COUNTY}19780406128`;
    await modal
      .locator('input[type="file"]')
      .setInputFiles(
        await insuranceFile([
          ['赵秀英', `${first17}${idNumberCheckCharacter(first17)}`, '失业保险', '', '2025-01', ''],
        ]),
      );
    const imported = apiResponse(page, '/api/v1/subsidies/insurance-records/import', 'POST');
    await page.getByTestId('import-upload').click();
    const response = await imported;
    expect(response.status(), await response.text()).toBe(200);
    await modal.getByTestId('import-result').getByText('已导入 1 行').waitFor();
    await page.getByTestId('import-finish').click();

    await page.goto(`/app/subsidy-quote?kind=certificate&number=${CERTIFICATE}`);
    expect(await page.getByTestId('quote-certificate-number').inputValue()).toBe(CERTIFICATE);
    const quote = await submitQuote(page);
    expect(quote).toMatchObject({ scheme: 'skill_upgrade', eligible: true, amountFen: 150000, unmet: [] });
    await page.getByTestId('quote-status').getByText('符合补贴条件').waitFor();
    expect(await page.getByTestId('quote-amount').textContent()).toBe('1,500.00 元');
    await page.context().close();
  });

  it('checks an ID number before asking, and shows the server’s answer for an unknown person', async () => {
    const page = await newPage(browser, baseUrl);
    await openQuotePage(page, 'demo-staff');
    await page.getByTestId('quote-tab-upgrade_plan').click();
    let asked = false;
    page.on('request', (request) => {
      if (request.url().endsWith('/api/v1/subsidies/quote')) asked = true;
    });
    await page.getByTestId('quote-id-number').fill('110105194912310021');
    await chooseOption(page, 'quote-occupation', '养老护理员', '养老护理');
    await chooseOption(page, 'quote-level', '四级');
    await fillDate(page, 'quote-certificate-date', '2026-09-28');
    await page.getByTestId('quote-submit').click();
    await page.getByText('公民身份号码校验位不正确').waitFor();
    expect(asked).toBe(false);

    await page.getByTestId('quote-id-number').fill('11010519491231002X');
    const answered = apiResponse(page, '/api/v1/subsidies/quote', 'POST');
    await page.getByTestId('quote-submit').click();
    expect((await answered).status()).toBe(404);
    await page.getByTestId('quote-error').getByText('没有找到该人员').waitFor();
    await page.context().close();
  });
});

describe('a worker quotes a training before enrolling', () => {
  it('shows what 四级 from the 养老护理员 project would bring, and refuses low attendance under A3', async () => {
    const page = await newPage(browser, baseUrl);
    await openQuotePage(page, 'demo-worker');
    await page.getByTestId('quote-tab-training_plan').click();
    await chooseOption(page, 'quote-project', PROJECT, PROJECT);
    // The project trains for 四级, so the level is chosen with it.
    await select(page, 'quote-level').getByText('四级').waitFor();
    await chooseOption(page, 'quote-target-group', '农村转移就业劳动者');
    await fillNumber(page, 'quote-fee', 1800);
    const quote = await submitQuote(page);
    expect(quote).toMatchObject({ eligible: true, amountFen: 176000, payee: 'institution' });
    await page.getByTestId('quote-status').getByText('符合补贴条件').waitFor();
    expect(await page.getByTestId('quote-amount').textContent()).toBe('1,760.00 元');
    const lines = await rows(page, 'quote-lines');
    expect(lines).toEqual([
      ['A4 补贴标准', '取得职业技能等级证书（四级）', '1,600.00'],
      ['A5 浮动补贴', '耗材中等，按 110% 计', '160.00'],
      ['A8 补贴发放对象', '补贴发放给培训机构', ''],
    ]);
    const share = page.getByTestId('quote-cost-share');
    await share.getByText('1,800.00', { exact: true }).waitFor();
    await share.getByText('40.00', { exact: true }).waitFor();
    await screenshot(page, 'subsidy-quote-training-plan-zh-CN');

    await fillNumber(page, 'quote-attended-hours', 60);
    const low = await submitQuote(page);
    expect(low).toMatchObject({ eligible: false, amountFen: 0 });
    await page.getByTestId('quote-status').getByText('不符合补贴条件').waitFor();
    expect(await page.getByTestId('quote-amount').textContent()).toBe('0.00 元');
    const unmet = page.getByTestId('quote-unmet-a3_attendance_low');
    await unmet.getByText('A3 培训过程').waitFor();
    await unmet.getByText('出勤率 50%，低于要求的 80%').waitFor();
    expect(await page.getByTestId('quote-lines').count()).toBe(0);
    expect(await page.getByTestId('quote-stages').count()).toBe(0);

    await page.getByTestId('locale-switch').click();
    await page.getByTestId('quote-status').getByText('Not eligible').waitFor();
    await unmet.getByText('Attendance 50%, below the required 80%').waitFor();
    await screenshot(page, 'subsidy-quote-unmet-en-US');
    await page.context().close();
  });

  it('offers the worker’s own classes and certificates, or says there are none', async () => {
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-worker');
    // Other walks may have enrolled the demo worker by now; the tab offers whatever is on record.
    const classes = apiResponse(page, '/api/v1/classes/mine');
    await page.getByTestId('side-menu').locator('[data-menu-key="subsidy-quote"]').click();
    const enrolled = (await (await classes).json()).items as { class: { code: string } }[];
    if (enrolled.length === 0) {
      await page.getByTestId('quote-no-enrolments').getByText('您还没有报名培训班').waitFor();
    } else {
      await chooseOption(page, 'quote-enrolment', enrolled[0]!.class.code);
    }
    const certificates = apiResponse(page, '/api/v1/certificates/mine');
    await page.getByTestId('quote-tab-certificate').click();
    const held = (await (await certificates).json()).items as { number: string }[];
    if (held.length === 0) {
      await page.getByTestId('quote-no-certificates').getByText('您还没有证书').waitFor();
    } else {
      await page.getByTestId('quote-certificate').click();
      await page.locator('.ant-select-dropdown').getByText(held[0]!.number).waitFor();
    }
    await page.context().close();
  });
});
