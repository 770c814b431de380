import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { TestApp } from '../../test-support/test-app';

/** A year no demo budget uses, so tests own every budget of it. */
export const TEST_YEAR = 2031;

/**
 * Finance accounts for 郑州市 and 洛阳市, created by the demo administrator; with the demo
 * province's finance account, their session cookies.
 */
export async function financeCookies(t: TestApp) {
  const admin = await t.login('demo-admin');
  for (const [username, regionCode] of [
    ['zz-finance', '410100'],
    ['ly-finance', '410300'],
  ] as const) {
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/users',
      cookie: admin,
      body: {
        username,
        password: 'abcdef12345',
        displayName: `${username} 财政`,
        role: 'finance',
        regionCode,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
  }
  return {
    province: await t.login('demo-finance'),
    zhengzhou: await t.login('zz-finance', 'abcdef12345'),
    luoyang: await t.login('ly-finance', 'abcdef12345'),
  };
}

/** POSTs a money-moving request with an idempotency key (a fresh one unless given). */
export function postWithKey(
  t: TestApp,
  url: string,
  cookie: string,
  body: unknown,
  key: string = randomUUID(),
) {
  return t.request({ method: 'POST', url, cookie, body, headers: { 'idempotency-key': key } });
}

export interface NewBudget {
  regionCode?: string;
  year?: number;
  source?: string;
  amountFen: number;
  note?: string;
}

/** Creates a budget and returns it; the request must succeed. */
export async function createBudget(t: TestApp, cookie: string, input: NewBudget) {
  const response = await postWithKey(t, '/api/v1/funds/budgets', cookie, {
    year: TEST_YEAR,
    source: 'employment_subsidy',
    ...input,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().budget as { id: string; regionCode: string; availableFen: number };
}
