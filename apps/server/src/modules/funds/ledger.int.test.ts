import { fundLedgerEntries } from '@qiancheng/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../platform/http/app-error';
import { renderError } from '../../platform/http/error-response';
import { actorOf, type RequestContext, systemContext } from '../../platform/http/request-context';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { createServices, type Services } from '../register';
import { createBudget, financeCookies, TEST_YEAR } from './test-fixtures';

/**
 * The service API other modules move money through, each movement in the caller's transaction.
 * The concurrent cases run for real on PostgreSQL; PGlite has one connection and runs the same
 * transactions one after another, so there the same assertions check the sequential outcome.
 */
let t: TestApp;
let services: Services;
let context: RequestContext;
let cookie = '';

beforeAll(async () => {
  t = await startTestApp();
  cookie = (await financeCookies(t)).zhengzhou;
  services = createServices(t.platform);
  // Warm the region names, which the service reads inside its transactions.
  await services.reference.regionCodes();
  context = {
    ...systemContext('claims-test'),
    actor: actorOf((await services.users.findByUsername('zz-finance'))!),
  };
});
afterAll(async () => {
  await t?.close();
});

const claim = (id: string) => ({ type: 'claim', id });
type Movement = 'commit' | 'release' | 'pay' | 'reversePayment' | 'recordRecovery';

function move(kind: Movement, budgetId: string, amountFen: number, ref = claim('c')) {
  return t.platform.db.transaction((tx) =>
    services.funds[kind](tx, context, { budget: { budgetId }, amountFen, ref }),
  );
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const totals = async (id: string) => await services.funds.get(context.actor!, id);

describe('moving money', () => {
  it('commits, releases, pays, takes back a returned payment and records a recovery', async () => {
    const { id } = await createBudget(t, cookie, { source: 'employment_subsidy', amountFen: 100_000 });
    const entry = await move('commit', id, 60_000, claim('c-1'));
    expect(entry).toMatchObject({ kind: 'commitment', amountFen: 60_000, refType: 'claim', refId: 'c-1' });
    await move('release', id, 10_000);
    await move('pay', id, 50_000);
    await move('reversePayment', id, 20_000);
    await move('pay', id, 20_000);
    await move('recordRecovery', id, 5_000);
    expect(await totals(id)).toMatchObject({
      allocatedFen: 100_000,
      committedFen: 0,
      paidFen: 45_000,
      recoveredFen: 5_000,
      availableFen: 55_000,
    });
    const kinds = await t.platform.db
      .select({ kind: fundLedgerEntries.kind, amountFen: fundLedgerEntries.amountFen })
      .from(fundLedgerEntries)
      .where(eq(fundLedgerEntries.budgetId, id))
      .orderBy(fundLedgerEntries.id);
    expect(kinds.map((k) => `${k.kind} ${k.amountFen}`)).toEqual([
      'budget 100000',
      'commitment 60000',
      'release -10000',
      'payment 50000',
      'payment_reversal -20000',
      'payment 20000',
      'recovery 5000',
    ]);
    expect((await services.funds.reconcile(id)).consistent).toBe(true);
  });

  it('commits exactly the available amount, and refuses one fen more naming budget and amounts', async () => {
    const { id } = await createBudget(t, cookie, { source: 'local_finance', amountFen: 123_456 });
    const over = await refusal(move('commit', id, 123_457));
    expect(over.code).toBe('funds.budget_overdrawn');
    expect(renderError(over, 'zh-CN', 'r').error.message).toBe(
      '郑州市2031年地方财政可用余额 1,234.56 元，不足以占用 1,234.57 元',
    );
    expect(renderError(over, 'en-US', 'r').error.message).toBe(
      '郑州市 2031 local public finance has 1,234.56 yuan available, less than the 1,234.57 yuan requested',
    );
    await move('commit', id, 123_456);
    expect(await totals(id)).toMatchObject({ committedFen: 123_456, availableFen: 0 });
    expect((await refusal(move('commit', id, 1))).code).toBe('funds.budget_overdrawn');
  });

  it('refuses to release, pay, return or recover more than there is, changing nothing', async () => {
    const { id } = await createBudget(t, cookie, { source: 'social_capital', amountFen: 10_000 });
    await move('commit', id, 3_000);
    await move('pay', id, 1_000);
    const before = await totals(id);
    expect((await refusal(move('release', id, 2_001))).code).toBe('funds.release_exceeds_committed');
    expect((await refusal(move('pay', id, 2_001))).code).toBe('funds.payment_exceeds_committed');
    expect((await refusal(move('reversePayment', id, 1_001))).code).toBe('funds.reversal_exceeds_paid');
    expect((await refusal(move('recordRecovery', id, 1_001))).code).toBe('funds.recovery_exceeds_paid');
    for (const bad of [0, -5, 1.5, Number.MAX_SAFE_INTEGER + 2]) {
      const error = await refusal(move('commit', id, bad));
      expect(error.details).toMatchObject([{ field: 'amountFen', reason: 'fund_amount_invalid' }]);
    }
    expect(await totals(id)).toEqual(before);
    expect((await services.funds.reconcile(id)).entries).toBe(3);
  });

  it('names a budget that was never created', async () => {
    const error = await refusal(
      t.platform.db.transaction((tx) =>
        services.funds.commit(tx, context, {
          budget: { regionCode: '410100', year: TEST_YEAR + 1, source: 'employment_subsidy' },
          amountFen: 1,
          ref: claim('c-9'),
        }),
      ),
    );
    expect(error.code).toBe('funds.budget_missing');
    expect(renderError(error, 'zh-CN', 'r').error.message).toBe(
      '郑州市2032年就业补助资金尚未下达预算，请财政部门先建立该预算',
    );
  });

  it('rolls a movement back with the caller’s transaction', async () => {
    const { id } = await createBudget(t, cookie, { source: 'unemployment_insurance', amountFen: 5_000 });
    await refusal(
      t.platform.db.transaction(async (tx) => {
        await services.funds.commit(tx, context, {
          budget: { budgetId: id },
          amountFen: 5_000,
          ref: claim('c-2'),
        });
        throw new AppError('common.internal');
      }),
    );
    expect(await totals(id)).toMatchObject({ committedFen: 0, availableFen: 5_000 });
    expect((await services.funds.reconcile(id)).entries).toBe(1);
  });

  it('keeps the ledger append-only', async () => {
    for (const statement of [
      sql`update fund_ledger_entries set amount_fen = 0`,
      sql`delete from fund_ledger_entries`,
    ]) {
      const error = await t.platform.db.execute(statement).then(
        () => null,
        (e: unknown) => e as Error & { cause?: Error },
      );
      expect(error?.cause?.message).toMatch(/append-only/);
    }
  });
});

describe('concurrent commitments', () => {
  it('let exactly as many through as the budget holds, and the totals reconcile', async () => {
    const { id } = await createBudget(t, cookie, { regionCode: '410102', amountFen: 7 * 1_000 });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => move('commit', id, 1_000, claim(`c-${i}`))),
    );
    const accepted = outcomes.filter((o) => o.status === 'fulfilled');
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(accepted).toHaveLength(7);
    expect(refused).toHaveLength(13);
    expect(
      refused.every((o) => o.reason instanceof AppError && o.reason.code === 'funds.budget_overdrawn'),
    ).toBe(true);
    expect(await totals(id)).toMatchObject({ committedFen: 7_000, availableFen: 0 });
    const reconciliation = await services.funds.reconcile(id);
    expect(reconciliation).toMatchObject({ consistent: true, entries: 8 });
  });
});
