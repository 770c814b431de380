import { randomUUID } from 'node:crypto';
import { fundLedgerEntries, idempotencyKeys } from '@qiancheng/db';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBudget, financeCookies, postWithKey, TEST_YEAR } from '../../modules/funds/test-fixtures';
import { startTestApp, type TestApp } from '../../test-support/test-app';

/**
 * Idempotency keys, through the budget routes that use them. The parallel case runs for real on
 * PostgreSQL; PGlite runs the requests one after another, and the same assertions hold.
 */
let t: TestApp;
let finance: Awaited<ReturnType<typeof financeCookies>>;
let budgetId = '';

beforeAll(async () => {
  t = await startTestApp();
  finance = await financeCookies(t);
  budgetId = (await createBudget(t, finance.zhengzhou, { amountFen: 1_000_000 })).id;
});
afterAll(async () => {
  await t?.close();
});

const adjustUrl = () => `/api/v1/funds/budgets/${budgetId}/adjustments`;
const raise = (amountFen: number) => ({ direction: 'increase', amountFen, reason: '追加' });

async function entries(): Promise<number> {
  const [row] = await t.platform.db
    .select({ n: count() })
    .from(fundLedgerEntries)
    .where(eq(fundLedgerEntries.budgetId, budgetId));
  return row!.n;
}

async function allocated(): Promise<number> {
  const response = await t.request({ url: `/api/v1/funds/budgets/${budgetId}`, cookie: finance.zhengzhou });
  return response.json().budget.allocatedFen;
}

describe('an idempotency key', () => {
  it('makes a repeated request one effect, answered with the first response', async () => {
    const key = randomUUID();
    const before = { entries: await entries(), allocated: await allocated() };
    const first = await postWithKey(t, adjustUrl(), finance.zhengzhou, raise(100), key);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers['idempotency-replayed']).toBeUndefined();
    // The same body with its keys in another order is the same request.
    const again = await postWithKey(
      t,
      adjustUrl(),
      finance.zhengzhou,
      { reason: '追加', amountFen: 100, direction: 'increase' },
      key,
    );
    expect(again.statusCode).toBe(200);
    expect(again.headers['idempotency-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(await entries()).toBe(before.entries + 1);
    expect(await allocated()).toBe(before.allocated + 100);
  });

  it('refuses the same key with another body, and with another route, changing nothing', async () => {
    const key = randomUUID();
    await postWithKey(t, adjustUrl(), finance.zhengzhou, raise(200), key);
    const before = { entries: await entries(), allocated: await allocated() };
    const other = await postWithKey(t, adjustUrl(), finance.zhengzhou, raise(201), key);
    expect(other.statusCode).toBe(422);
    expect(other.json().error).toMatchObject({
      code: 'idempotency.key_reused',
      message: '该 Idempotency-Key 已用于另一次内容不同的提交，请为新的提交生成新的值',
    });
    const elsewhere = await postWithKey(
      t,
      '/api/v1/funds/budgets',
      finance.zhengzhou,
      { year: TEST_YEAR, source: 'local_finance', amountFen: 1 },
      key,
    );
    expect(elsewhere.statusCode).toBe(422);
    expect({ entries: await entries(), allocated: await allocated() }).toEqual(before);
  });

  it('belongs to its user: another user’s key of the same value is theirs', async () => {
    const key = randomUUID();
    await postWithKey(t, adjustUrl(), finance.zhengzhou, raise(300), key);
    const province = await postWithKey(t, adjustUrl(), finance.province, raise(300), key);
    expect(province.headers['idempotency-replayed']).toBeUndefined();
    expect(province.statusCode).toBe(200);
  });

  it('is required, and must look like a key, on money-moving routes', async () => {
    const before = await entries();
    const missing = await t.request({
      method: 'POST',
      url: adjustUrl(),
      cookie: finance.zhengzhou,
      body: raise(1),
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.code).toBe('idempotency.key_required');
    const english = await t.request({
      method: 'POST',
      url: adjustUrl(),
      cookie: finance.zhengzhou,
      body: raise(1),
      headers: { 'accept-language': 'en-US' },
    });
    expect(english.json().error.message).toMatch(/needs an Idempotency-Key header/);
    const malformed = await postWithKey(t, adjustUrl(), finance.zhengzhou, raise(1), 'x y');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('idempotency.key_invalid');
    expect(await entries()).toBe(before);
  });

  it('is left unused by a refused request, which may then be retried with it', async () => {
    const key = randomUUID();
    const lower = { direction: 'decrease', amountFen: 10_000_000_000, reason: '压减' };
    const refused = await postWithKey(t, adjustUrl(), finance.zhengzhou, lower, key);
    expect(refused.statusCode).toBe(409);
    const stored = await t.platform.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key));
    expect(stored).toEqual([]);
    const retried = await postWithKey(t, adjustUrl(), finance.zhengzhou, lower, key);
    expect(retried.json().error.code).toBe('funds.below_used');
  });

  it('lets ten identical requests sent at once make one effect', async () => {
    const key = randomUUID();
    const before = { entries: await entries(), allocated: await allocated() };
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => postWithKey(t, adjustUrl(), finance.zhengzhou, raise(777), key)),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(10).fill(200));
    expect(responses.filter((r) => r.headers['idempotency-replayed'] === 'true')).toHaveLength(9);
    expect(new Set(responses.map((r) => r.body)).size).toBe(1);
    expect(await entries()).toBe(before.entries + 1);
    expect(await allocated()).toBe(before.allocated + 777);
  });

  it('lets a budget be created once by ten identical requests sent at once', async () => {
    const key = randomUUID();
    const body = { year: TEST_YEAR, source: 'social_capital', amountFen: 5_000 };
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => postWithKey(t, '/api/v1/funds/budgets', finance.zhengzhou, body, key)),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(10).fill(201));
    expect(new Set(responses.map((r) => r.json().budget.id)).size).toBe(1);
  });
});
