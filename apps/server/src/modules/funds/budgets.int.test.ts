import { auditLog, fundBudgets, fundLedgerEntries } from '@qiancheng/db';
import { count, desc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemContext } from '../../platform/http/request-context';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { auditActions } from '../institutions/test-fixtures';
import { createServices } from '../register';
import { createBudget, financeCookies, postWithKey, TEST_YEAR } from './test-fixtures';

let t: TestApp;
let finance: Awaited<ReturnType<typeof financeCookies>>;
let cookies: Record<string, string> = {};
let zhengzhouBudget = '';

beforeAll(async () => {
  t = await startTestApp();
  finance = await financeCookies(t);
  cookies = await t.loginAll([
    'demo-staff-city',
    'demo-auditor',
    'demo-admin',
    'demo-institution',
    'demo-worker',
  ]);
  zhengzhouBudget = (
    await createBudget(t, finance.zhengzhou, { amountFen: 100_000_000, note: '2031年第一批' })
  ).id;
});
afterAll(async () => {
  await t?.close();
});

const get = (url: string, cookie: string) => t.request({ url, cookie });
const budgetPath = (id: string) => `/api/v1/funds/budgets/${id}`;
const adjust = (id: string, cookie: string, body: unknown) =>
  postWithKey(t, `${budgetPath(id)}/adjustments`, cookie, body);

/** How many budgets and ledger entries exist: a refused request must leave both as they were. */
async function footprint() {
  const [budgets] = await t.platform.db.select({ n: count() }).from(fundBudgets);
  const [entries] = await t.platform.db.select({ n: count() }).from(fundLedgerEntries);
  return { budgets: budgets!.n, entries: entries!.n };
}

describe('budgets', () => {
  it('are created with their initial ledger entry, balances and an audit record', async () => {
    const response = await get(budgetPath(zhengzhouBudget), finance.zhengzhou);
    expect(response.json().budget).toMatchObject({
      regionCode: '410100',
      regionName: '郑州市',
      year: TEST_YEAR,
      source: 'employment_subsidy',
      allocatedFen: 100_000_000,
      committedFen: 0,
      paidFen: 0,
      recoveredFen: 0,
      availableFen: 100_000_000,
      note: '2031年第一批',
    });
    const ledger = await get(`${budgetPath(zhengzhouBudget)}/ledger`, finance.zhengzhou);
    expect(ledger.json()).toMatchObject({
      total: 1,
      items: [{ kind: 'budget', amountFen: 100_000_000, recordedByName: 'zz-finance 财政' }],
    });
    expect(await auditActions(t, zhengzhouBudget)).toEqual(['funds.budget']);
  });

  it('are raised and lowered with a reason, each a ledger entry, newest first', async () => {
    const budget = await createBudget(t, finance.zhengzhou, { source: 'local_finance', amountFen: 500_000 });
    const up = await adjust(budget.id, finance.zhengzhou, {
      direction: 'increase',
      amountFen: 250_000,
      reason: '追加下达',
    });
    expect(up.statusCode, up.body).toBe(200);
    expect(up.json().budget).toMatchObject({ allocatedFen: 750_000, availableFen: 750_000 });
    const down = await adjust(budget.id, finance.zhengzhou, {
      direction: 'decrease',
      amountFen: 50_000,
      reason: '调剂至开封',
    });
    expect(down.json().budget).toMatchObject({ allocatedFen: 700_000, availableFen: 700_000 });
    const ledger = (await get(`${budgetPath(budget.id)}/ledger`, finance.zhengzhou)).json();
    expect(
      ledger.items.map((e: { kind: string; amountFen: number; note: string }) => [
        e.kind,
        e.amountFen,
        e.note,
      ]),
    ).toEqual([
      ['adjustment', -50_000, '调剂至开封'],
      ['adjustment', 250_000, '追加下达'],
      ['budget', 500_000, null],
    ]);
    const audit = await t.platform.db.select().from(auditLog).where(eq(auditLog.entityId, budget.id));
    expect(audit.map((r) => [r.action, r.reason])).toEqual([
      ['funds.budget', null],
      ['funds.adjustment', '追加下达'],
      ['funds.adjustment', '调剂至开封'],
    ]);
  });

  it('are listed by year, source and region with balances, a page at a time', async () => {
    await createBudget(t, finance.zhengzhou, {
      regionCode: '410102',
      source: 'social_capital',
      amountFen: 1,
    });
    const all = (await get(`/api/v1/funds/budgets?year=${TEST_YEAR}&pageSize=200`, finance.zhengzhou)).json();
    expect(all.total).toBeGreaterThanOrEqual(3);
    const bySource = (
      await get(`/api/v1/funds/budgets?year=${TEST_YEAR}&source=social_capital`, finance.zhengzhou)
    ).json();
    expect(bySource.items.map((b: { regionCode: string }) => b.regionCode)).toEqual(['410102']);
    const byRegion = (
      await get(`/api/v1/funds/budgets?year=${TEST_YEAR}&region=410102`, finance.zhengzhou)
    ).json();
    expect(byRegion.total).toBe(1);
    const paged = (
      await get(`/api/v1/funds/budgets?year=${TEST_YEAR}&pageSize=1&page=2`, finance.zhengzhou)
    ).json();
    expect(paged.items).toHaveLength(1);
    expect(paged.total).toBe(all.total);
  });
});

describe('region scope', () => {
  it('keeps 洛阳 from seeing, reading or adjusting 郑州’s budgets', async () => {
    await createBudget(t, finance.luoyang, { amountFen: 10_000 });
    const list = (await get(`/api/v1/funds/budgets?year=${TEST_YEAR}&pageSize=200`, finance.luoyang)).json();
    expect(list.items.every((b: { regionCode: string }) => b.regionCode.startsWith('4103'))).toBe(true);
    expect(list.total).toBe(1);
    expect((await get(budgetPath(zhengzhouBudget), finance.luoyang)).statusCode).toBe(404);
    expect((await get(`${budgetPath(zhengzhouBudget)}/ledger`, finance.luoyang)).statusCode).toBe(404);
    expect((await get(`${budgetPath(zhengzhouBudget)}/reconciliation`, finance.luoyang)).statusCode).toBe(
      404,
    );
    expect((await get('/api/v1/funds/budgets?region=410100', finance.luoyang)).statusCode).toBe(403);
    expect((await get('/api/v1/funds/reconciliation?region=410100', finance.luoyang)).statusCode).toBe(403);
    const before = await footprint();
    const refused = await adjust(zhengzhouBudget, finance.luoyang, {
      direction: 'increase',
      amountFen: 1,
      reason: '越权',
    });
    expect(refused.statusCode).toBe(404);
    const outside = await postWithKey(t, '/api/v1/funds/budgets', finance.luoyang, {
      regionCode: '410100',
      year: TEST_YEAR,
      source: 'unemployment_insurance',
      amountFen: 1,
    });
    expect(outside.statusCode).toBe(403);
    expect(await footprint()).toEqual(before);
  });

  it('lets the province see every city’s budgets', async () => {
    const list = (await get(`/api/v1/funds/budgets?year=${TEST_YEAR}&pageSize=200`, finance.province)).json();
    const regions = new Set(list.items.map((b: { regionCode: string }) => b.regionCode.slice(0, 4)));
    expect(regions).toEqual(new Set(['4101', '4103']));
  });
});

describe('permissions', () => {
  const readers = ['demo-staff-city', 'demo-auditor', 'demo-admin'];
  const outsiders = ['demo-institution', 'demo-worker'];

  it.each(readers)('%s reads budgets and ledgers but changes nothing', async (account) => {
    const cookie = cookies[account]!;
    expect((await get('/api/v1/funds/budgets', cookie)).statusCode).toBe(200);
    expect((await get(`${budgetPath(zhengzhouBudget)}/ledger`, cookie)).statusCode).toBe(200);
    expect((await get('/api/v1/funds/budgets/export', cookie)).statusCode).toBe(200);
    const create = await postWithKey(t, '/api/v1/funds/budgets', cookie, {
      year: TEST_YEAR,
      source: 'local_finance',
      amountFen: 1,
    });
    expect(create.statusCode).toBe(403);
    const change = await adjust(zhengzhouBudget, cookie, {
      direction: 'increase',
      amountFen: 1,
      reason: '无权',
    });
    expect(change.statusCode).toBe(403);
  });

  it.each(outsiders)('%s is refused everything', async (account) => {
    const cookie = cookies[account]!;
    for (const url of [
      '/api/v1/funds/budgets',
      budgetPath(zhengzhouBudget),
      `${budgetPath(zhengzhouBudget)}/ledger`,
      '/api/v1/funds/budgets/export',
      '/api/v1/funds/reconciliation',
    ]) {
      expect((await get(url, cookie)).statusCode, url).toBe(403);
    }
    const create = await postWithKey(t, '/api/v1/funds/budgets', cookie, {
      year: TEST_YEAR,
      source: 'local_finance',
      amountFen: 1,
    });
    expect(create.statusCode).toBe(403);
  });

  it('refuses anyone not signed in', async () => {
    expect((await t.request({ url: '/api/v1/funds/budgets' })).statusCode).toBe(401);
  });
});

describe('bad input', () => {
  const create = (body: Record<string, unknown>) =>
    postWithKey(t, '/api/v1/funds/budgets', finance.zhengzhou, {
      year: TEST_YEAR,
      source: 'unemployment_insurance',
      amountFen: 100,
      ...body,
    });

  it.each([
    ['a negative amount', { amountFen: -1 }, 'amountFen', 'too_small'],
    ['a fraction of a fen', { amountFen: 12.5 }, 'amountFen', 'invalid_type'],
    ['an amount beyond exact integers', { amountFen: 2 ** 53 }, 'amountFen', 'too_big'],
    ['an amount as text', { amountFen: '100' }, 'amountFen', 'invalid_type'],
    ['an unknown fund source', { source: 'lottery' }, 'source', 'invalid_value'],
    ['a year out of range', { year: 1999 }, 'year', 'too_small'],
    ['a region that does not exist', { regionCode: '410199' }, 'regionCode', 'unknown_region'],
    ['an unknown field', { currency: 'CNY' }, 'currency', 'unknown_field'],
  ])('refuses %s by field and changes nothing', async (_, body, field, reason) => {
    const before = await footprint();
    const response = await create(body);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.code).toBe('common.validation_failed');
    expect(response.json().error.details).toContainEqual(expect.objectContaining({ field, reason }));
    expect(await footprint()).toEqual(before);
  });

  it('refuses a second budget for the same region, year and source', async () => {
    const before = await footprint();
    const response = await postWithKey(t, '/api/v1/funds/budgets', finance.zhengzhou, {
      year: TEST_YEAR,
      source: 'employment_subsidy',
      amountFen: 1,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({
      code: 'funds.budget_exists',
      message: '郑州市2031年就业补助资金的预算已经建立，如需增减请做预算调整',
    });
    expect(await footprint()).toEqual(before);
  });

  it('refuses a decrease below what is committed and paid, naming the amounts', async () => {
    const budget = await createBudget(t, finance.zhengzhou, {
      source: 'unemployment_insurance',
      amountFen: 1_000_000,
    });
    const { funds } = createServices(t.platform);
    await t.platform.db.transaction((tx) =>
      funds.commit(tx, systemContext(), {
        budget: { budgetId: budget.id },
        amountFen: 600_000,
        ref: { type: 'claim', id: 'c-1' },
      }),
    );
    const before = await footprint();
    const response = await adjust(budget.id, finance.zhengzhou, {
      direction: 'decrease',
      amountFen: 400_001,
      reason: '压减',
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({
      code: 'funds.below_used',
      message:
        '郑州市2031年失业保险基金已占用和已支付共 6,000.00 元，调减 4,000.01 元后预算将低于此数，最多可调减 4,000.00 元',
    });
    expect(await footprint()).toEqual(before);
    const exact = await adjust(budget.id, finance.zhengzhou, {
      direction: 'decrease',
      amountFen: 400_000,
      reason: '压减',
    });
    expect(exact.json().budget).toMatchObject({ allocatedFen: 600_000, availableFen: 0 });
  });

  it('refuses an adjustment without a reason or with nothing to adjust', async () => {
    const before = await footprint();
    const noReason = await adjust(zhengzhouBudget, finance.zhengzhou, {
      direction: 'increase',
      amountFen: 1,
      reason: ' ',
    });
    expect(noReason.json().error.details).toContainEqual(expect.objectContaining({ field: 'reason' }));
    const zero = await adjust(zhengzhouBudget, finance.zhengzhou, {
      direction: 'increase',
      amountFen: 0,
      reason: '零',
    });
    expect(zero.json().error.details).toContainEqual(
      expect.objectContaining({ field: 'amountFen', reason: 'too_small' }),
    );
    expect(await footprint()).toEqual(before);
  });
});

describe('export', () => {
  it('writes the filtered budgets with balances in 元 and a total row, and audits it', async () => {
    const response = await get(
      `/api/v1/funds/budgets/export?year=${TEST_YEAR}&source=employment_subsidy`,
      finance.zhengzhou,
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('fund-budgets.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('资金预算')!;
    expect(sheet.getRow(2).getCell(5).value).toBe('预算（元）');
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      '郑州市',
      '410100',
      TEST_YEAR,
      '就业补助资金',
      1_000_000,
      0,
      0,
      0,
      1_000_000,
      '2031年第一批',
    ]);
    expect(sheet.getRow(4).getCell(1).value).toBe('合计');
    expect(sheet.getColumn(5).numFmt).toBe('#,##0.00');
    const [record] = await t.platform.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'funds.budgets.export'))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(record).toMatchObject({ actorUsername: 'zz-finance', after: { rows: 1 } });
  });
});

describe('reconciliation', () => {
  it('finds totals that differ from the ledger, per budget and for a region', async () => {
    const consistent = (await get(`${budgetPath(zhengzhouBudget)}/reconciliation`, finance.zhengzhou)).json();
    expect(consistent).toMatchObject({ consistent: true, entries: 1, differences: [] });
    // Totals changed behind the ledger's back, as a faulty hand-made fix would.
    await t.platform.db
      .update(fundBudgets)
      .set({ committedFen: 5 })
      .where(eq(fundBudgets.id, zhengzhouBudget));
    const broken = (
      await get(`${budgetPath(zhengzhouBudget)}/reconciliation`, cookies['demo-auditor']!)
    ).json();
    expect(broken).toMatchObject({
      consistent: false,
      differences: [{ total: 'committedFen', storedFen: 5, ledgerFen: 0 }],
    });
    const region = (await get('/api/v1/funds/reconciliation', finance.zhengzhou)).json();
    expect(region.regionCode).toBe('410100');
    expect(region.inconsistent).toBe(1);
    expect(region.results.find((r: { consistent: boolean }) => !r.consistent).budgetId).toBe(zhengzhouBudget);
    const cli = await createServices(t.platform).funds.reconcileRegion('410000');
    expect(cli.inconsistent).toBe(1);
    expect(cli.budgets).toBeGreaterThan(region.budgets);
    await t.platform.db
      .update(fundBudgets)
      .set({ committedFen: 0 })
      .where(eq(fundBudgets.id, zhengzhouBudget));
    expect((await get('/api/v1/funds/reconciliation', finance.zhengzhou)).json().inconsistent).toBe(0);
  });
});
