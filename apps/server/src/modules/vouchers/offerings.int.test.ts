import { auditLog, trainingVouchers } from '@qiancheng/db';
import { addCivilDays } from '@qiancheng/domain/calendar/civil-date';
import { idNumberCheckCharacter } from '@qiancheng/domain/identity/id-number';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setClockOffsetDays, today } from '../../platform/clock';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { postWithKey } from '../funds/test-fixtures';

/**
 * 领券活动: 郑州 staff set up an offering of 800 元 vouchers for 郑州's registered unemployed aged
 * 18–50; 张晓梅 (demo-worker, 郑州, born 1990) sees it and claims one by declaring her group; a
 * worker of 开封 cannot. An offering of two vouchers claimed by five workers at once issues two.
 */
let t: TestApp;
let cookies: Record<string, string> = {};
const DAY = today();

beforeAll(async () => {
  t = await startTestApp();
  cookies = await t.loginAll([
    'demo-staff-city',
    'demo-staff-city2',
    'demo-worker',
    'demo-worker2',
    'demo-finance',
  ]);
});
afterEach(() => setClockOffsetDays(0));
afterAll(() => t?.close());

const offeringBody = (change: Record<string, unknown> = {}) => ({
  name: '郑州市登记失业人员培训券',
  kind: 'face_value',
  faceValueFen: 80_000,
  quantity: 100,
  claimFrom: DAY,
  claimTo: addCivilDays(DAY, 30),
  minAge: 18,
  maxAge: 50,
  targetGroups: ['registered_unemployed', 'hard_to_employ'],
  ...change,
});
const create = (change: Record<string, unknown> = {}, cookie = cookies['demo-staff-city']!) =>
  t.request({ method: 'POST', url: '/api/v1/vouchers/offerings', cookie, body: offeringBody(change) });
const act = (id: string, to: 'open' | 'close', cookie = cookies['demo-staff-city']!) =>
  t.request({ method: 'POST', url: `/api/v1/vouchers/offerings/${id}/${to}`, cookie, body: {} });
const claim = (id: string, body: Record<string, unknown>, cookie = cookies['demo-worker']!, key?: string) =>
  postWithKey(t, `/api/v1/vouchers/offerings/${id}/claim`, cookie, body, key);
const available = (cookie = cookies['demo-worker']!, locale = 'zh-CN') =>
  t.request({ url: '/api/v1/vouchers/offerings/available', cookie, headers: { 'accept-language': locale } });
const details = (response: { json(): { error: { details: { field: string; reason: string }[] } } }) =>
  response.json().error.details.map((d) => [d.field, d.reason]);

let offeringId = '';

describe('setting up an offering', () => {
  it('refuses bad terms, windows, ages, another city and other roles, each by field', async () => {
    const bad = await create({
      faceValueFen: 99,
      claimTo: addCivilDays(DAY, -1),
      minAge: 40,
      maxAge: 30,
    });
    expect(bad.statusCode).toBe(400);
    expect(details(bad)).toEqual([
      ['faceValueFen', 'too_small'],
      ['claimTo', 'offering_window_inverted'],
      ['maxAge', 'offering_age_inverted'],
    ]);
    const young = await create({ minAge: 15, quantity: 0 });
    expect(details(young).sort()).toEqual([
      ['minAge', 'too_small'],
      ['quantity', 'too_small'],
    ]);
    const elsewhere = await create({ regionCode: '410100' }, cookies['demo-staff-city2']!);
    expect(details(elsewhere)).toEqual([['regionCode', 'region_outside_scope']]);
    const project = await create({ projectId: '00000000-0000-4000-8000-000000000000' });
    expect(details(project)).toEqual([['projectId', 'voucher_project_unknown']]);
    expect(project.json().error.details[0].message).toBe('培训项目不存在');
    expect((await create({}, cookies['demo-worker']!)).statusCode).toBe(403);
  });

  it('is a draft until staff open it, and opens once', async () => {
    const created = await create();
    expect(created.statusCode, created.body).toBe(201);
    const { offering } = created.json();
    offeringId = offering.id;
    expect(offering).toMatchObject({
      status: 'draft',
      regionCode: '410100',
      regionName: '郑州市',
      claimedCount: 0,
    });
    expect((await available()).json().items).toEqual([]);
    const refused = await claim(offeringId, { targetGroup: 'registered_unemployed' });
    expect(refused.json().error.code).toBe('vouchers.offering_not_open');

    expect((await act(offeringId, 'open', cookies['demo-staff-city2']!)).statusCode).toBe(404);
    const opened = await act(offeringId, 'open');
    expect(opened.json().offering.status).toBe('open');
    const again = await act(offeringId, 'open');
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: 'vouchers.offering_cannot_open',
      message: '该领券活动已在开放中',
    });

    const listed = await t.request({ url: '/api/v1/vouchers/offerings', cookie: cookies['demo-staff-city'] });
    expect(listed.json()).toMatchObject({ total: 1, items: [{ id: offeringId, status: 'open' }] });
    const other = await t.request({ url: '/api/v1/vouchers/offerings', cookie: cookies['demo-staff-city2'] });
    expect(other.json()).toEqual({ items: [], total: 0 });
  });
});

describe('claiming a voucher of an offering', () => {
  it('shows the worker the offerings open for their region, and why they may not claim', async () => {
    const mine = (await available()).json().items;
    expect(mine).toEqual([expect.objectContaining({ id: offeringId, eligible: true, reasons: [] })]);
    expect((await available(cookies['demo-worker2']!)).json().items).toEqual([]);

    // An offering for people over 50: 张晓梅 (36) is told why, in her language.
    const older = (
      await create({ name: '大龄劳动者培训券', minAge: 50, maxAge: null, targetGroups: [] })
    ).json().offering;
    await act(older.id, 'open');
    const zh = (await available()).json().items.find((o: { id: string }) => o.id === older.id);
    expect(zh).toMatchObject({
      eligible: false,
      reasons: [{ code: 'vouchers.offering_too_young', message: '该领券活动要求领取时年满 50 周岁' }],
    });
    const en = (await available(cookies['demo-worker']!, 'en-US'))
      .json()
      .items.find((o: { id: string }) => o.id === older.id);
    expect(en.reasons[0].message).toBe('Claimants must be at least 50 years old');
    const refused = await claim(older.id, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('vouchers.offering_too_young');
    await act(older.id, 'close');
  });

  it('asks for the group the offering names, and refuses one it does not', async () => {
    expect(
      (
        await postWithKey(
          t,
          `/api/v1/vouchers/offerings/${offeringId}/claim`,
          cookies['demo-worker']!,
          {},
          'short',
        )
      ).statusCode,
    ).toBe(400);
    const noKey = await t.request({
      method: 'POST',
      url: `/api/v1/vouchers/offerings/${offeringId}/claim`,
      cookie: cookies['demo-worker'],
      body: {},
    });
    expect(noKey.json().error.code).toBe('idempotency.key_required');
    const undeclared = await claim(offeringId, {});
    expect(undeclared.statusCode).toBe(400);
    expect(undeclared.json().error).toMatchObject({
      code: 'vouchers.offering_group_required',
      message: '请选择你所属的人员类别：登记失业人员、就业困难人员',
    });
    expect(details(undeclared)).toEqual([['targetGroup', 'required']]);
    const other = await claim(offeringId, { targetGroup: 'veteran' });
    expect(other.statusCode).toBe(409);
    expect(other.json().error.message).toBe('该领券活动只面向登记失业人员、就业困难人员');
    const outside = await claim(
      offeringId,
      { targetGroup: 'registered_unemployed' },
      cookies['demo-worker2']!,
    );
    expect(outside.json().error).toMatchObject({
      code: 'vouchers.offering_other_region',
      message: '该领券活动面向郑州市的劳动者，你的户籍所在地不在其中',
    });
    expect((await claim(offeringId, {}, cookies['demo-staff-city']!)).statusCode).toBe(403);
  });

  it('issues the voucher as staff issue one: committed, one unused per person, counted, audited', async () => {
    const claimed = await claim(
      offeringId,
      { targetGroup: 'registered_unemployed' },
      undefined,
      'claim-zxm-1',
    );
    expect(claimed.statusCode, claimed.body).toBe(201);
    const { voucher } = claimed.json();
    expect(voucher).toMatchObject({
      holderName: '张晓梅',
      status: 'issued',
      faceValueFen: 80_000,
      committedFen: 80_000,
      offeringId,
      targetGroup: 'registered_unemployed',
      note: '郑州市登记失业人员培训券',
    });
    const replay = await claim(
      offeringId,
      { targetGroup: 'registered_unemployed' },
      undefined,
      'claim-zxm-1',
    );
    expect(replay.headers['idempotency-replayed']).toBe('true');
    expect(replay.json().voucher.id).toBe(voucher.id);

    const twice = await claim(offeringId, { targetGroup: 'registered_unemployed' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error).toMatchObject({
      code: 'vouchers.offering_holds_voucher',
      message: `你已有一张未使用的培训券（${voucher.code}），使用或过期后才能再领取`,
    });
    const listed = (await available()).json().items[0];
    expect(listed.reasons.map((r: { code: string }) => r.code)).toEqual(['vouchers.offering_holds_voucher']);

    const offerings = await t.request({
      url: '/api/v1/vouchers/offerings',
      cookie: cookies['demo-staff-city'],
    });
    expect(offerings.json().items.find((o: { id: string }) => o.id === offeringId).claimedCount).toBe(1);
    const [row] = await t.platform.db
      .select()
      .from(trainingVouchers)
      .where(eq(trainingVouchers.id, voucher.id));
    const ledger = await t.request({
      url: `/api/v1/funds/budgets/${row!.budgetId}/ledger?pageSize=200`,
      cookie: cookies['demo-finance'],
    });
    expect(
      ledger
        .json()
        .items.filter((e: { refId: string }) => e.refId === voucher.id)
        .map((e: { kind: string; amountFen: number }) => [e.kind, e.amountFen]),
    ).toEqual([['commitment', 80_000]]);

    // Delivered to her electronic social security card once the claim committed.
    const mine = (await t.request({ url: '/api/v1/vouchers/mine', cookie: cookies['demo-worker'] })).json();
    expect(mine.items[0]).toMatchObject({ id: voucher.id, cardState: 'delivered', cardError: null });
    expect(row!.cardRef).toBe(`platform:${voucher.id}`);
  });

  it('is refused once the offering is closed or its window has passed', async () => {
    const closed = await act(offeringId, 'close');
    expect(closed.json().offering.status).toBe('closed');
    expect((await act(offeringId, 'close')).json().error.code).toBe('vouchers.offering_cannot_close');
    expect((await available(cookies['demo-worker']!)).json().items).toEqual([]);
    await act(offeringId, 'open');
    setClockOffsetDays(31);
    const late = await claim(offeringId, { targetGroup: 'registered_unemployed' }, cookies['demo-worker2']!);
    expect(late.json().error.code).toBe('vouchers.offering_ended');
    expect((await available()).json().items).toEqual([]);
    setClockOffsetDays(32);
    await act(offeringId, 'close');
    const reopen = await act(offeringId, 'open');
    expect(reopen.json().error).toMatchObject({ code: 'vouchers.offering_ended' });
  });

  it('keeps every step in the audit trail', async () => {
    const audit = await t.platform.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, offeringId))
      .orderBy(asc(auditLog.id));
    expect(audit.map((a) => a.action)).toEqual([
      'voucher_offering.create',
      'voucher_offering.open',
      'voucher_offering.claim',
      'voucher_offering.close',
      'voucher_offering.open',
      'voucher_offering.close',
    ]);
  });
});

describe('an offering claimed by many at once', () => {
  it('never issues more vouchers than its quantity', async () => {
    const workers: string[] = [];
    for (let i = 0; i < 5; i++) {
      const first17 = `41010219950101${String(301 + i * 2).padStart(3, '0')}`;
      const registered = await t.request({
        method: 'POST',
        url: '/api/v1/auth/register',
        body: {
          username: `claimant${i}`,
          password: 'Qiancheng2025x',
          name: `领券人${'甲乙丙丁戊'[i]}`,
          idNumber: `${first17}${idNumberCheckCharacter(first17)}`,
          mobile: `1380000000${i}`,
        },
      });
      expect(registered.statusCode, registered.body).toBe(201);
      workers.push(await t.login(`claimant${i}`, 'Qiancheng2025x'));
    }
    const { offering } = (await create({ name: '限量两张', quantity: 2, targetGroups: [] })).json();
    await act(offering.id, 'open');
    const claims = await Promise.all(workers.map((cookie) => claim(offering.id, {}, cookie)));
    const statuses = claims.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([201, 201, 409, 409, 409]);
    for (const refused of claims.filter((r) => r.statusCode === 409)) {
      expect(refused.json().error).toMatchObject({
        code: 'vouchers.offering_sold_out',
        message: '该领券活动的 2 张培训券已领完',
      });
    }
    const issued = await t.platform.db
      .select()
      .from(trainingVouchers)
      .where(and(eq(trainingVouchers.offeringId, offering.id), inArray(trainingVouchers.status, ['issued'])));
    expect(issued).toHaveLength(2);
    const listed = await t.request({
      url: '/api/v1/vouchers/offerings?status=open',
      cookie: cookies['demo-staff-city'],
    });
    expect(listed.json().items.find((o: { id: string }) => o.id === offering.id).claimedCount).toBe(2);
  });
});

describe('issuing an offering in bulk', () => {
  const issueAll = (id: string, cookie = cookies['demo-staff-city']!, key?: string) =>
    postWithKey(t, `/api/v1/vouchers/offerings/${id}/issue-all`, cookie, {}, key);

  it('issues to the region’s registered people who qualify, skipping holders, up to the quantity', async () => {
    expect((await issueAll(offeringId)).json().error.code).toBe('vouchers.offering_bulk_needs_no_groups');
    const { offering } = (await create({ name: '郑州市普惠培训券', quantity: 3, targetGroups: [] })).json();
    expect((await issueAll(offering.id)).json().error.code).toBe('vouchers.offering_not_open');
    await act(offering.id, 'open');
    expect((await issueAll(offering.id, cookies['demo-worker']!)).statusCode).toBe(403);
    expect((await issueAll(offering.id, cookies['demo-staff-city2']!)).statusCode).toBe(404);

    const issued = await issueAll(offering.id, undefined, 'bulk-issue-1');
    expect(issued.statusCode, issued.body).toBe(200);
    expect(issued.json()).toMatchObject({ issued: 3, offering: { claimedCount: 3 } });
    const replay = await issueAll(offering.id, undefined, 'bulk-issue-1');
    expect(replay.headers['idempotency-replayed']).toBe('true');
    const rows = await t.platform.db
      .select()
      .from(trainingVouchers)
      .where(inArray(trainingVouchers.id, issued.json().voucherIds));
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row).toMatchObject({ offeringId: offering.id, status: 'issued', cardState: 'delivered' });
      expect(row.regionCode.startsWith('4101')).toBe(true);
      // Nobody holds two unused vouchers: those who held one were passed over.
      const held = await t.platform.db
        .select()
        .from(trainingVouchers)
        .where(and(eq(trainingVouchers.personId, row.personId), eq(trainingVouchers.status, 'issued')));
      expect(held).toHaveLength(1);
    }
    const sold = await issueAll(offering.id);
    expect(sold.json().error).toMatchObject({ code: 'vouchers.offering_sold_out' });
  });
});
