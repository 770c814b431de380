import { enrolments, people, trainingClasses } from '@qiancheng/db';
import { idNumberCheckCharacter } from '@qiancheng/domain/identity/id-number';
import { and, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setClockOffsetDays } from '../../platform/clock';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { postWithKey } from '../funds/test-fixtures';

/**
 * 职业培训券 on the demo class (fee 1 800 元 a trainee): city staff issue 赵秀英 a 2 000 元 voucher,
 * committed whole; the institution redeems it at her enrolment, which covers the 1 800 元 fee and
 * releases 200 元; other vouchers are refused, cancelled and expired, each returning its money.
 */
let t: TestApp;
let cookies: Record<string, string> = {};
const trainees: Record<string, { id: string; idNumber: string; enrolmentId: string }> = {};

beforeAll(async () => {
  t = await startTestApp();
  cookies = await t.loginAll([
    'demo-staff-city',
    'demo-staff-city2',
    'demo-institution',
    'demo-worker',
    'demo-finance',
  ]);
  const [demoClass] = await t.platform.db
    .select()
    .from(trainingClasses)
    .where(eq(trainingClasses.code, '410102-2026-0001'));
  for (const name of ['赵秀英', '钱建华', '孙丽娟']) {
    const [person] = await t.platform.db.select().from(people).where(eq(people.name, name));
    const [enrolment] = await t.platform.db
      .select()
      .from(enrolments)
      .where(and(eq(enrolments.personId, person!.id), eq(enrolments.classId, demoClass!.id)));
    trainees[name] = {
      id: person!.id,
      idNumber: t.platform.vault.decrypt(person!.idNumberCipher),
      enrolmentId: enrolment!.id,
    };
  }
});
afterEach(() => setClockOffsetDays(0));
afterAll(() => t?.close());

const issue = (
  name: string,
  body: Record<string, unknown> = {},
  cookie = cookies['demo-staff-city']!,
  key?: string,
) =>
  postWithKey(
    t,
    '/api/v1/vouchers',
    cookie,
    { idNumber: trainees[name]?.idNumber ?? name, kind: 'face_value', faceValueFen: 200_000, ...body },
    key,
  );
const redeem = (code: string, name: string, key?: string) =>
  postWithKey(
    t,
    '/api/v1/vouchers/redeem',
    cookies['demo-institution']!,
    { code, enrolmentId: trainees[name]!.enrolmentId },
    key,
  );

async function ledgerOf(budgetId: string, voucherId: string) {
  const ledger = await t.request({
    url: `/api/v1/funds/budgets/${budgetId}/ledger?pageSize=200`,
    cookie: cookies['demo-finance'],
  });
  const reconciled = await t.request({
    url: `/api/v1/funds/budgets/${budgetId}/reconciliation`,
    cookie: cookies['demo-finance'],
  });
  expect(reconciled.json().consistent).toBe(true);
  return ledger
    .json()
    .items.filter((e: { refId: string }) => e.refId === voucherId)
    .map((e: { kind: string; amountFen: number }) => [e.kind, e.amountFen])
    .reverse();
}

let voucher: { id: string; code: string; budgetId?: string };
let budgetId = '';

describe('issuing a voucher', () => {
  it('commits its face value and holds the person to one unused voucher', async () => {
    const issued = await issue('赵秀英', { note: '登记失业人员培训券' });
    expect(issued.statusCode, issued.body).toBe(201);
    voucher = issued.json().voucher;
    expect(issued.json().voucher).toMatchObject({
      holderName: '赵秀英',
      status: 'issued',
      committedFen: 200_000,
      faceValueFen: 200_000,
    });
    expect(voucher.code).toMatch(/^PX\d{11}$/);
    const [row] = await t.platform.db.query.trainingVouchers.findMany({
      where: (v, { eq: is }) => is(v.id, voucher.id),
    });
    budgetId = row!.budgetId;
    expect(await ledgerOf(budgetId, voucher.id)).toEqual([['commitment', 200_000]]);

    const again = await issue('赵秀英');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('vouchers.person_holds_voucher');
    expect(again.json().error.message).toContain(voucher.code);
  });

  it('refuses an unknown person, bad terms, another city and other roles', async () => {
    const unknown = await issue(`11010519491231002${idNumberCheckCharacter('11010519491231002')}`);
    expect(unknown.json().error.details).toEqual([
      expect.objectContaining({ field: 'idNumber', reason: 'voucher_person_unknown' }),
    ]);
    const small = await issue('钱建华', { faceValueFen: 99 });
    expect(small.json().error.details).toEqual([
      expect.objectContaining({ field: 'faceValueFen', reason: 'too_small' }),
    ]);
    const share = await issue('钱建华', {
      kind: 'percentage',
      faceValueFen: null,
      percentBasisPoints: 12_000,
      capFen: null,
    });
    expect(
      share.json().error.details.map((d: { field: string; reason: string }) => [d.field, d.reason]),
    ).toEqual([
      ['percentBasisPoints', 'too_big'],
      ['capFen', 'required'],
    ]);
    const elsewhere = await issue('钱建华', {}, cookies['demo-staff-city2']!);
    expect(elsewhere.json().error.details).toEqual([
      expect.objectContaining({ field: 'idNumber', reason: 'region_outside_scope' }),
    ]);
    expect((await issue('钱建华', {}, cookies['demo-worker']!)).statusCode).toBe(403);
    const mine = await t.request({ url: '/api/v1/vouchers/mine', cookie: cookies['demo-worker'] });
    expect(mine.json()).toEqual({ items: [], total: 0 });
  });

  it('is issued once when two staff issue to the same person at once', async () => {
    const both = await Promise.all([issue('钱建华'), issue('钱建华', { faceValueFen: 150_000 })]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
  });
});

describe('redeeming a voucher', () => {
  it('refuses a mistyped code, an unknown one and someone else’s', async () => {
    const typo = await redeem(
      `${voucher.code.slice(0, -1)}${(Number(voucher.code.at(-1)) + 1) % 10}`,
      '赵秀英',
    );
    expect(typo.json().error.details).toEqual([
      expect.objectContaining({ field: 'code', reason: 'voucher_code_invalid' }),
    ]);
    const unknown = await redeem('PX79927398713', '赵秀英');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('vouchers.not_found');
    const other = await redeem(voucher.code, '孙丽娟');
    expect(other.statusCode).toBe(409);
    expect(other.json().error.code).toBe('vouchers.voucher_other_person');
    const byStaff = await postWithKey(t, '/api/v1/vouchers/redeem', cookies['demo-staff-city']!, {
      code: voucher.code,
      enrolmentId: trainees['赵秀英']!.enrolmentId,
    });
    expect(byStaff.statusCode).toBe(403);
  });

  it('covers the fee at the holder’s enrolment, releases the rest and is used once', async () => {
    const redeemed = await redeem(voucher.code, '赵秀英', 'redeem-1');
    expect(redeemed.statusCode, redeemed.body).toBe(200);
    expect(redeemed.json().voucher).toMatchObject({
      status: 'redeemed',
      valueFen: 180_000,
      committedFen: 180_000,
      enrolmentId: trainees['赵秀英']!.enrolmentId,
    });
    const replay = await redeem(voucher.code, '赵秀英', 'redeem-1');
    expect(replay.headers['idempotency-replayed']).toBe('true');
    const again = await redeem(voucher.code, '赵秀英');
    expect(again.json().error.code).toBe('vouchers.voucher_used');
    expect(await ledgerOf(budgetId, voucher.id)).toEqual([
      ['commitment', 200_000],
      ['release', -20_000],
    ]);
  });
});

describe('vouchers not used', () => {
  it('return their money when cancelled or expired', async () => {
    const list = await t.request({
      url: '/api/v1/vouchers?status=issued',
      cookie: cookies['demo-staff-city'],
    });
    const qian = list.json().items.find((v: { holderName: string }) => v.holderName === '钱建华');
    const cancelled = await postWithKey(
      t,
      `/api/v1/vouchers/${qian.id}/cancel`,
      cookies['demo-staff-city']!,
      {
        reason: '本人申请放弃',
      },
    );
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json().voucher).toMatchObject({
      status: 'cancelled',
      committedFen: 0,
      closedReason: '本人申请放弃',
    });
    expect((await ledgerOf(budgetId, qian.id)).at(-1)?.[0]).toBe('release');

    const sun = (
      await issue('孙丽娟', {
        kind: 'percentage',
        faceValueFen: null,
        percentBasisPoints: 8_000,
        capFen: 120_000,
      })
    ).json().voucher;
    expect(sun.committedFen).toBe(120_000);
    setClockOffsetDays(120);
    const late = await redeem(sun.code, '孙丽娟');
    expect(late.json().error.code).toBe('vouchers.voucher_expired');
    const listed = await t.request({
      url: '/api/v1/vouchers?status=expired',
      cookie: cookies['demo-staff-city'],
    });
    expect(listed.json().items.map((v: { id: string }) => v.id)).toContain(sun.id);
    const swept = await t.request({
      method: 'POST',
      url: '/api/v1/vouchers/expire-due',
      cookie: cookies['demo-staff-city'],
      body: {},
    });
    expect(swept.json()).toEqual({ expired: 1, releasedFen: 120_000 });
    const twice = await t.request({
      method: 'POST',
      url: '/api/v1/vouchers/expire-due',
      cookie: cookies['demo-staff-city'],
      body: {},
    });
    expect(twice.json()).toEqual({ expired: 0, releasedFen: 0 });
    expect(await ledgerOf(budgetId, sun.id)).toEqual([
      ['commitment', 120_000],
      ['release', -120_000],
    ]);
    // Expired, she may be issued a new one (this year's budget again).
    setClockOffsetDays(0);
    expect((await issue('孙丽娟')).statusCode).toBe(201);
  });

  it('keeps every step in the audit trail', async () => {
    const audit = await t.platform.db.query.auditLog.findMany({
      where: (a, { eq: is }) => is(a.entityId, voucher.id),
      orderBy: (a, { asc }) => [asc(a.id)],
    });
    expect(audit.map((a) => a.action)).toEqual(['voucher.issue', 'voucher.redeem']);
  });
});
