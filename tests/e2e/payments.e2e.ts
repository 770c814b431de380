import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseOption } from './support/antd';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';
import { apiResponse } from './support/page-helpers';
import { rehearsalServer } from './support/server';

/*
 * A class's subsidy from claim to money and back, on a server of its own whose clock moves past the
 * notice: the demo institution claims 6 248 元 for its completed 养老护理员 class and submits it;
 * city staff review it, province staff approve it (committed against 郑州市's 就业补助资金). Six days
 * on, finance batches it, exports the bank file, has a result with a wrong amount refused row by
 * row, then imports a failure (账户已销户); corrects the institution's account, batches the claim
 * again and imports the bank's success in the returned workbook. Province staff recover 1 408 元
 * for one trainee and finance records the money's arrival. After every step the budget's row on
 * the funds page shows committed, paid and recovered as they must be, and its available balance
 * is the allocation less committed and paid.
 */
const CLASS_CODE = '410102-2026-0001';
const CLAIM_FEN = 624_800;
const TRAINEE_FEN = 140_800;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const server = rehearsalServer('payments');
let browser: Browser;
let claimId = '';
let budgetId = '';
let allocatedFen = 0;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server.close();
});

const grouped = (fen: number) =>
  `${Math.trunc(fen / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${String(fen % 100).padStart(2, '0')}`;
const fenOf = (text: string | null) => Math.round(Number((text ?? '').replace(/,/g, '')) * 100);

/** The budget's row on the funds page: committed, paid and recovered as given, and balancing. */
async function expectBudget(page: Page, expected: { committed: number; paid: number; recovered: number }) {
  await page.goto('/app/funds');
  const row = page.locator(`[data-testid="budgets-table"] tr[data-row-key="${budgetId}"]`);
  await row.waitFor();
  const cells = row.locator('td');
  const allocated = fenOf(await cells.nth(3).textContent());
  if (allocatedFen === 0) allocatedFen = allocated;
  expect(allocated).toBe(allocatedFen);
  expect(fenOf(await cells.nth(4).textContent())).toBe(expected.committed);
  expect(fenOf(await cells.nth(5).textContent())).toBe(expected.paid);
  expect(fenOf(await cells.nth(6).textContent())).toBe(expected.recovered);
  expect(fenOf(await cells.nth(7).textContent())).toBe(allocated - expected.committed - expected.paid);
  const reconciliation = await page.request.get(`/api/v1/funds/budgets/${budgetId}/reconciliation`);
  expect((await reconciliation.json()).consistent).toBe(true);
}

/** Exports the batch's .xlsx from its page and returns the saved workbook. */
async function exportWorkbook(page: Page): Promise<Buffer> {
  const download = page.waitForEvent('download');
  await page.getByTestId('batch-export-xlsx').click();
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(/^支付文件-ZF\d+\.xlsx$/);
  await page.getByTestId('batch-status-sent').first().waitFor();
  return readFileSync((await saved.path())!);
}

/** The exported workbook as the bank returns it: 支付结果 (and 失败原因) filled in, an amount changed if asked. */
async function bankResult(file: Buffer, result: string, reason = '', amount?: number): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(file as unknown as ExcelJS.Buffer);
  const row = book.worksheets[0]!.getRow(2);
  row.getCell(9).value = result;
  if (reason) row.getCell(10).value = reason;
  if (amount !== undefined) row.getCell(6).value = amount;
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function uploadResult(page: Page, file: Buffer, name: string) {
  await page.getByTestId('batch-import-result').click();
  const modal = page.getByTestId('bank-result-modal');
  await modal.locator('input[type="file"]').setInputFiles({ name, mimeType: XLSX, buffer: file });
  const imported = apiResponse(
    page,
    `/api/v1/payments/batches/${page.url().split('/').pop()}/result`,
    'POST',
  );
  await modal.getByTestId('bank-result-upload').click();
  return imported;
}

/** Makes a batch of the one payable claim from the payments page and lands on it. */
async function makeBatch(page: Page): Promise<string> {
  await page.goto('/app/payments');
  await page.getByTestId('batch-create').click();
  const modal = page.getByTestId('batch-create-modal');
  await modal.getByTestId('batch-claims').locator('tbody tr.ant-table-row').first().waitFor();
  await modal.getByText(`已选 1 笔，合计 ${grouped(CLAIM_FEN)} 元`).waitFor();
  const made = apiResponse(page, '/api/v1/payments/batches', 'POST');
  await page.getByTestId('batch-create-ok').click();
  const response = await made;
  expect(response.status(), await response.text()).toBe(201);
  expect(response.request().headers()['idempotency-key']).toBeTruthy();
  const { batch } = await response.json();
  await page.waitForURL(`**/app/payments/${batch.id}`);
  await page.getByTestId('batch-status-open').first().waitFor();
  expect(await page.getByTestId('batch-total').textContent()).toBe(grouped(CLAIM_FEN));
  return batch.id;
}

describe('a class claim paid through a batch', () => {
  it('is claimed by the institution, reviewed by city staff and approved by province staff', async () => {
    const baseUrl = await server.runAt(0);
    const institution = await newPage(browser, baseUrl);
    await signIn(institution, 'demo-institution');
    await institution.goto('/app/claims');
    await institution.getByTestId('payee-account').getByText('6222 **** 3445').waitFor();
    await institution.getByTestId('claim-create').click();
    await chooseOption(institution, 'claim-create-class', CLASS_CODE);
    const drafted = apiResponse(institution, '/api/v1/claims', 'POST');
    await institution.getByTestId('claim-create-ok').click();
    const { claim } = await (await drafted).json();
    expect(claim.totalFen).toBe(CLAIM_FEN);
    claimId = claim.id;
    await institution.waitForURL(`**/app/claims/${claimId}`);
    await institution.getByTestId('claim-submit').click();
    await institution.getByTestId('claim-submit-ok').click();
    await institution.getByTestId('claim-status-submitted').first().waitFor();
    await institution.context().close();

    const city = await newPage(browser, baseUrl);
    await signIn(city, 'demo-staff-city');
    await city.goto(`/app/claims/${claimId}`);
    await city.getByTestId('claim-review').click();
    await city.getByTestId('claim-review-ok').click();
    await city.getByTestId('claim-status-reviewed').first().waitFor();
    await city.context().close();

    const province = await newPage(browser, baseUrl);
    await signIn(province, 'demo-staff');
    await province.goto(`/app/claims/${claimId}`);
    await province.getByTestId('claim-approve').click();
    const approved = apiResponse(province, `/api/v1/claims/${claimId}/approve`, 'POST');
    await province.getByTestId('claim-approve-ok').click();
    const response = await approved;
    expect(response.status(), await response.text()).toBe(200);
    budgetId = (await response.json()).claim.budgetId;
    await province.getByTestId('claim-status-notice').first().waitFor();
    await province.context().close();

    const finance = await newPage(browser, baseUrl);
    await signIn(finance, 'demo-finance');
    await expectBudget(finance, { committed: CLAIM_FEN, paid: 0, recovered: 0 });
    // Under notice nothing is payable yet.
    await finance.goto('/app/payments');
    await finance.getByTestId('batch-create').click();
    await finance.getByTestId('batch-create-modal').getByText('没有可支付的申领').waitFor();
    await finance.context().close();
  });

  it('is batched after the notice, refused a wrong result, and failed by the bank', async () => {
    const baseUrl = await server.runAt(6);
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-finance');
    await page.getByTestId('side-menu').locator('[data-menu-key="payments"]').click();
    await page.waitForURL('**/app/payments');
    await makeBatch(page);
    const line = page.getByTestId('batch-lines').locator('tbody tr.ant-table-row').first();
    await line.getByText('6222 **** 3445').waitFor();
    await line.getByTestId('line-status-pending').waitFor();
    expect(await page.getByTestId('batch-import-result').isDisabled()).toBe(true);
    const exported = await exportWorkbook(page);

    const wrong = await uploadResult(
      page,
      await bankResult(exported, '成功', '', 6248.01),
      '回盘-金额不符.xlsx',
    );
    expect(wrong.status()).toBe(400);
    const errors = page.getByTestId('bank-result-modal').getByTestId('import-errors');
    await errors.getByText('与支付文件金额 6248.00 元不符').waitFor();
    expect(await errors.locator('tbody tr.ant-table-row td').first().textContent()).toBe('2');
    await page
      .getByTestId('bank-result-modal')
      .getByRole('button', { name: /取\s*消/ })
      .click();

    const failed = await uploadResult(page, await bankResult(exported, '失败', '账户已销户'), '回盘.xlsx');
    expect(failed.status(), await failed.text()).toBe(200);
    await page.getByTestId('batch-status-settled').first().waitFor();
    await line.getByTestId('line-status-failed').waitFor();
    await line.getByText('失败原因：账户已销户').waitFor();
    expect(await page.getByTestId('batch-failed').textContent()).toBe(grouped(CLAIM_FEN));
    await screenshot(page, 'payment-batch-failed-zh-CN');
    await expectBudget(page, { committed: CLAIM_FEN, paid: 0, recovered: 0 });
    await page.context().close();
  });

  it('is corrected, batched again and paid', async () => {
    const page = await newPage(browser, server.baseUrl);
    await signIn(page, 'demo-finance');
    await page.goto('/app/payments?status=settled');
    await page.getByTestId('batches-table').locator('tbody tr.ant-table-row').first().locator('a').click();
    await page.getByTestId('line-correct-1').click();
    await page.getByTestId('correct-account-number').fill('6217 0000 1111 2222 333');
    await page.getByTestId('correct-bank').fill('中国建设银行郑州分行');
    await page.getByTestId('correct-reason').fill('原账户已销户，机构来函提供新账户');
    await page.getByTestId('line-correct-ok').click();
    await page.getByTestId('line-status-resubmitted').waitFor();
    await page.getByText('更正原因：原账户已销户，机构来函提供新账户').waitFor();

    await makeBatch(page);
    const line = page.getByTestId('batch-lines').locator('tbody tr.ant-table-row').first();
    await line.getByText('6217 **** 2333').waitFor();
    const exported = await exportWorkbook(page);
    const paid = await uploadResult(page, await bankResult(exported, '成功'), '回盘-重发.xlsx');
    expect(paid.status(), await paid.text()).toBe(200);
    await line.getByTestId('line-status-paid').waitFor();
    expect(await page.getByTestId('batch-paid').textContent()).toBe(grouped(CLAIM_FEN));
    await expectBudget(page, { committed: 0, paid: CLAIM_FEN, recovered: 0 });
    await page.goto(`/app/claims/${claimId}`);
    await page.getByTestId('claim-status-paid').first().waitFor();
    await page.context().close();
  });

  it('has one trainee’s subsidy recovered by province staff, and the money’s arrival recorded by finance', async () => {
    const staff = await newPage(browser, server.baseUrl);
    await signIn(staff, 'demo-staff');
    await staff.goto('/app/payments');
    await staff.getByTestId('payments-read-only').waitFor();
    await staff.goto('/app/payments?status=settled');
    const rows = staff.getByTestId('batches-table').locator('tbody tr.ant-table-row');
    await rows.first().waitFor();
    // The newest batch, which paid.
    await rows.first().locator('a').click();
    await staff.getByTestId('line-recover-1').click();
    await chooseOption(staff, 'recover-trainee', '赵秀英');
    // Choosing the trainee offers their amount.
    const amount = staff.getByTestId('recover-amount');
    const amountInput = (await amount.locator('input').count()) > 0 ? amount.locator('input') : amount;
    expect(await amountInput.inputValue()).toMatch(/^1,408(\.00)?$/);
    await staff.getByTestId('recover-reason').fill('经核查该学员冒名顶替参训，追回补贴');
    await staff.getByTestId('recover-ok').click();
    const recoveries = staff.getByTestId('batch-recoveries');
    await recoveries.getByText('待缴回').waitFor();
    await recoveries.getByText(/追回 1,408\.00 元：经核查该学员冒名顶替参训，追回补贴/).waitFor();
    await staff.context().close();

    const finance = await newPage(browser, server.baseUrl);
    await signIn(finance, 'demo-finance');
    await expectBudget(finance, { committed: 0, paid: CLAIM_FEN - TRAINEE_FEN, recovered: TRAINEE_FEN });
    await finance.goto('/app/payments?status=settled');
    await finance.getByTestId('batches-table').locator('tbody tr.ant-table-row').first().locator('a').click();
    await finance.getByTestId('recovery-collect').click();
    await finance.getByTestId('reason-input').fill('已缴回国库');
    await finance.getByTestId('reason-ok').click();
    await finance.getByTestId('batch-recoveries').getByText('已到账').waitFor();
    await screenshot(finance, 'payment-batch-recovered-zh-CN');
    await expectBudget(finance, { committed: 0, paid: CLAIM_FEN - TRAINEE_FEN, recovered: TRAINEE_FEN });
    await finance.context().close();
  });
});
