import { enrolments, people, trainingClasses } from '@qiancheng/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { postWithKey } from '../funds/test-fixtures';

/**
 * A voucher redeemed at 赵秀英's enrolment in the demo class is settled with the class's claim: when
 * the claim is approved its commitment (the trainee's training subsidy among the rest) takes over,
 * the voucher's own commitment is released, and the budget holds the money once.
 */
let t: TestApp;
let cookies: Record<string, string> = {};
let zhao = { idNumber: '', enrolmentId: '' };
let classId = '';

const post = (url: string, cookie: string, body: unknown = {}) =>
  t.request({ method: 'POST', url, cookie, body });

async function reconciled(id: string) {
  const response = await t.request({
    url: `/api/v1/funds/budgets/${id}/reconciliation`,
    cookie: cookies['demo-finance'],
  });
  expect(response.json().consistent).toBe(true);
}

beforeAll(async () => {
  t = await startTestApp();
  cookies = await t.loginAll(['demo-staff', 'demo-staff-city', 'demo-institution', 'demo-finance']);
  const [demoClass] = await t.platform.db
    .select()
    .from(trainingClasses)
    .where(eq(trainingClasses.code, '410102-2026-0001'));
  classId = demoClass!.id;
  const [person] = await t.platform.db.select().from(people).where(eq(people.name, '赵秀英'));
  const [enrolment] = await t.platform.db
    .select()
    .from(enrolments)
    .where(and(eq(enrolments.personId, person!.id), eq(enrolments.classId, classId)));
  zhao = { idNumber: t.platform.vault.decrypt(person!.idNumberCipher), enrolmentId: enrolment!.id };
});
afterAll(() => t?.close());

describe('a redeemed voucher', () => {
  it('is settled when the class claim holding the trainee’s subsidy is approved, and released once', async () => {
    const issued = await postWithKey(t, '/api/v1/vouchers', cookies['demo-staff-city']!, {
      idNumber: zhao.idNumber,
      kind: 'face_value',
      faceValueFen: 100_000,
    });
    expect(issued.statusCode, issued.body).toBe(201);
    const voucher = issued.json().voucher;
    const redeemed = await postWithKey(t, '/api/v1/vouchers/redeem', cookies['demo-institution']!, {
      code: voucher.code,
      enrolmentId: zhao.enrolmentId,
    });
    expect(redeemed.statusCode, redeemed.body).toBe(200);
    expect(redeemed.json().voucher).toMatchObject({ status: 'redeemed', committedFen: 100_000 });

    const drafted = await post('/api/v1/claims', cookies['demo-institution']!, { classId });
    expect(drafted.statusCode, drafted.body).toBe(201);
    const claim = drafted.json().claim;
    await post(`/api/v1/claims/${claim.id}/submit`, cookies['demo-institution']!);
    await post(`/api/v1/claims/${claim.id}/review`, cookies['demo-staff-city']!);
    const approved = await postWithKey(t, `/api/v1/claims/${claim.id}/approve`, cookies['demo-staff']!, {});
    expect(approved.statusCode, approved.body).toBe(200);
    const budgetId = approved.json().claim.budgetId;

    const settled = await t.request({
      url: `/api/v1/vouchers?status=settled`,
      cookie: cookies['demo-staff-city'],
    });
    expect(settled.json().items).toEqual([
      expect.objectContaining({
        id: voucher.id,
        status: 'settled',
        committedFen: 0,
        settledClaimId: claim.id,
      }),
    ]);
    // The claim's commitment replaces the voucher's, in the same budget, which still reconciles.
    await reconciled(budgetId);
    const ledger = await t.request({
      url: `/api/v1/funds/budgets/${budgetId}/ledger?pageSize=200`,
      cookie: cookies['demo-finance'],
    });
    const entries = (ref: string) =>
      ledger
        .json()
        .items.filter((e: { refId: string }) => e.refId === ref)
        .map((e: { kind: string; amountFen: number }) => [e.kind, e.amountFen])
        .sort();
    expect(entries(voucher.id)).toEqual([
      ['commitment', 100_000],
      ['release', -100_000],
    ]);
    expect(entries(claim.id)).toEqual([['commitment', claim.totalFen]]);
  });
});
