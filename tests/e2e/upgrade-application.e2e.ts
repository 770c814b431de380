import { idNumberCheckCharacter } from '@qiancheng/domain/identity/id-number';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseOption } from './support/antd';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';
import { insuranceFile } from './support/insurance';
import { apiResponse, chinaToday } from './support/page-helpers';
import { rehearsalServer } from './support/server';

/*
 * 技能提升补贴 from the worker's side, on a server of its own whose clock stands on 2026-12-07 (so the
 * demo certificate, issued in September 2026, is inside the twelve months whatever day this runs)
 * and later moves past the notice. Staff import 赵秀英's unemployment insurance; she — a trainee the
 * demo class's roster registered — opens her own account, quotes her 四级 certificate on 我的补贴
 * (1 500 元), applies and records her social security card account. City staff review, province
 * staff approve; after the notice finance pays it from 失业保险基金 to her card, and she sees it paid.
 */
const CERTIFICATE = 'S000141410100264000001';
const UPGRADE_FEN = 150_000;
const ZHAO_FIRST17 = '41010219780406128';
const ZHAO_ID = `${ZHAO_FIRST17}${idNumberCheckCharacter(ZHAO_FIRST17)}`;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;
const PIN = dayNumber('2026-12-07') - dayNumber(chinaToday());

const server = rehearsalServer('upgrade');
let browser: Browser;
let claimId = '';

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server.close();
});

async function signInAsZhao(page: Page) {
  await signIn(page, 'zhao-xiuying', 'Peixun2026zx');
}

describe('a worker’s skill-upgrade application', () => {
  it('is quoted and sent by the worker once staff have her insurance on record', async () => {
    const baseUrl = await server.runAt(PIN);
    const staff = await newPage(browser, baseUrl);
    await signIn(staff, 'demo-staff');
    await staff.goto('/app/subsidy-quote');
    await staff.getByTestId('import-insurance').click();
    const modal = staff.getByTestId('import-insurance-modal');
    await modal
      .locator('input[type="file"]')
      .setInputFiles(await insuranceFile([['赵秀英', ZHAO_ID, '失业保险', '', '2025-01', '']]));
    const imported = apiResponse(staff, '/api/v1/subsidies/insurance-records/import', 'POST');
    await staff.getByTestId('import-upload').click();
    expect((await imported).status()).toBe(200);
    await staff.context().close();

    // She opens her own account: the roster registered her, so the account takes that person.
    const page = await newPage(browser, baseUrl);
    await page.goto('/register');
    await page.getByTestId('register-name').fill('赵秀英');
    await page.getByTestId('register-id-number').fill(ZHAO_ID);
    await page.getByTestId('register-mobile').fill('13900001234');
    await page.getByTestId('register-username').fill('zhao-xiuying');
    await page.getByTestId('register-password').fill('Peixun2026zx');
    await page.getByTestId('register-confirm-password').fill('Peixun2026zx');
    await page.getByTestId('register-consent').check();
    const registered = apiResponse(page, '/api/v1/auth/register', 'POST');
    await page.getByTestId('register-submit').click();
    expect((await registered).status(), await (await registered).text()).toBe(201);
    await page.waitForURL('**/app**');

    await page.getByTestId('side-menu').locator('[data-menu-key="my-subsidies"]').click();
    await page.waitForURL('**/app/my-subsidies');
    await page.getByTestId(`upgrade-apply-${CERTIFICATE}`).click();
    await page.getByTestId('quote-status').getByText('符合补贴条件').waitFor();
    expect(await page.getByTestId('quote-amount').textContent()).toBe('1,500.00 元');
    const applied = apiResponse(page, '/api/v1/claims/skill-upgrade', 'POST');
    await page.getByTestId('upgrade-apply-submit').click();
    const response = await applied;
    expect(response.status(), await response.text()).toBe(201);
    const { claim } = await response.json();
    expect(claim).toMatchObject({ kind: 'skill_upgrade', totalFen: UPGRADE_FEN, status: 'submitted' });
    claimId = claim.id;
    await page.getByTestId(`upgrade-applied-${CERTIFICATE}`).getByTestId('claim-status-submitted').waitFor();
    await page.getByTestId('my-claim-lines').getByTestId('claim-status-submitted').waitFor();

    // Her social security card account: refused in another name, kept in her own.
    await page.getByTestId('payee-edit').click();
    await page.getByTestId('payee-name').fill('张三');
    await page.getByTestId('payee-account-number').fill('6217 0000 1234 5678 901');
    await page.getByTestId('payee-bank').fill('中国建设银行郑州分行');
    await page.getByTestId('payee-save').click();
    await page.getByText('户名应与实名登记的姓名一致').first().waitFor();
    await page.getByTestId('payee-name').fill('赵秀英');
    await page.getByTestId('payee-save').click();
    await page.getByTestId('payee-number').getByText('6217 **** 8901').waitFor();
    await screenshot(page, 'my-subsidies-upgrade-applied-zh-CN');
    await page.context().close();
  });

  it('is reviewed by city staff and approved by province staff', async () => {
    const city = await newPage(browser, server.baseUrl);
    await signIn(city, 'demo-staff-city');
    await city.goto('/app/claims?kind=skill_upgrade');
    await city.getByTestId(`claim-link-${claimId}`).click();
    await city
      .getByTestId('claim-applicant')
      .getByText(/赵秀英/)
      .waitFor();
    await city.getByTestId('claim-review').click();
    await city.getByTestId('claim-review-ok').click();
    await city.getByTestId('claim-status-reviewed').first().waitFor();
    await city.context().close();

    const province = await newPage(browser, server.baseUrl);
    await signIn(province, 'demo-staff');
    await province.goto(`/app/claims/${claimId}`);
    await province.getByTestId('claim-approve').click();
    const approved = apiResponse(province, `/api/v1/claims/${claimId}/approve`, 'POST');
    await province.getByTestId('claim-approve-ok').click();
    expect((await approved).status()).toBe(200);
    await province.getByTestId('claim-status-notice').first().waitFor();
    await province.context().close();
  });

  it('is paid to her card from 失业保险基金 after the notice, and shows as paid on 我的补贴', async () => {
    const baseUrl = await server.runAt(PIN + 6);
    const finance = await newPage(browser, baseUrl);
    await signIn(finance, 'demo-finance');
    await finance.goto('/app/payments');
    await finance.getByTestId('batch-create').click();
    await chooseOption(finance, 'batch-fund', '失业保险基金');
    const modal = finance.getByTestId('batch-create-modal');
    await modal.getByText('已选 1 笔，合计 1,500.00 元').waitFor();
    const made = apiResponse(finance, '/api/v1/payments/batches', 'POST');
    await finance.getByTestId('batch-create-ok').click();
    const { batch } = await (await made).json();
    await finance.waitForURL(`**/app/payments/${batch.id}`);
    const line = finance.getByTestId('batch-lines').locator('tbody tr.ant-table-row').first();
    await line.getByText('6217 **** 8901').waitFor();
    await line.getByText('赵秀英').first().waitFor();

    const download = finance.waitForEvent('download');
    await finance.getByTestId('batch-export-xlsx').click();
    const saved = await download;
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await saved.path())!);
    book.worksheets[0]!.getRow(2).getCell(9).value = '成功';
    const returned = Buffer.from(await book.xlsx.writeBuffer());
    await finance.getByTestId('batch-import-result').click();
    const upload = finance.getByTestId('bank-result-modal');
    await upload
      .locator('input[type="file"]')
      .setInputFiles({ name: '回盘.xlsx', mimeType: XLSX, buffer: returned });
    const result = apiResponse(finance, `/api/v1/payments/batches/${batch.id}/result`, 'POST');
    await upload.getByTestId('bank-result-upload').click();
    expect((await result).status(), await (await result).text()).toBe(200);
    await line.getByTestId('line-status-paid').waitFor();
    await finance.context().close();

    const page = await newPage(browser, baseUrl);
    await signInAsZhao(page);
    await page.goto('/app/my-subsidies');
    await page.getByTestId('my-claim-lines').getByTestId('claim-status-paid').waitFor();
    await page.getByTestId('my-grants').getByText('技能提升补贴').waitFor();
    expect(await page.getByTestId('my-grants').getByText('已核定，待拨付').count()).toBe(0);
    await screenshot(page, 'my-subsidies-upgrade-paid-zh-CN');
    await page.context().close();
  });
});
