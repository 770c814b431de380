import {
  certificates,
  insurancePeriods,
  payeeAccounts,
  people,
  subsidyClaims,
  subsidyGrants,
  users,
} from '@qiancheng/db';
import { addCivilDays } from '@qiancheng/domain/calendar/civil-date';
import { and, eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setClockOffsetDays, today } from '../../platform/clock';
import { systemContext } from '../../platform/http/request-context';
import type { SocialSecurityCardChannel } from '../../platform/social-security-card/channel';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { postWithKey } from '../funds/test-fixtures';
import { ReferenceService } from '../reference/service';
import { UsersService } from '../users/service';

/**
 * 技能提升补贴 applied for by a worker: 赵秀英 of the demo class holds a 四级 certificate; insured for
 * twelve months by its date she qualifies for 1,500 元 (B2) from unemployment insurance, paid to
 * her social security card. Her class's claim holds the training subsidy of the same certificate,
 * so once her application is approved that line breaks C2 and the class claim's approval is
 * refused until it is drafted again without her.
 */
const UPGRADE_FEN = 150_000;

/**
 * The platform clock stands on 2026-12-05 for these tests, whatever day they run: the demo
 * certificate (issued in September 2026) is then within the twelve months B2 allows.
 */
const civilDay = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;
let pinned = 0;
const pinClock = (extraDays = 0) => setClockOffsetDays(pinned + extraDays);

let t: TestApp;
let cookies: Record<string, string> = {};
let zhao: { id: string; name: string; regionCode: string };
let certificateId = '';
let applicationId = '';
let classClaimId = '';

const post = (url: string, cookie: string, body: unknown = {}) =>
  t.request({ method: 'POST', url, cookie, body });
const apply = (body: Record<string, unknown> = { certificateId }) =>
  post('/api/v1/claims/skill-upgrade', cookies.zhao!, body);
const claimsOf = async (personId: string) =>
  t.platform.db.select().from(subsidyClaims).where(eq(subsidyClaims.personId, personId));

beforeAll(async () => {
  setClockOffsetDays(0);
  pinned = civilDay('2026-12-05') - civilDay(today());
  pinClock();
  t = await startTestApp();
  cookies = await t.loginAll([
    'demo-institution',
    'demo-staff',
    'demo-staff-city',
    'demo-finance',
    'demo-worker',
  ]);
  const [row] = await t.platform.db.select().from(people).where(eq(people.name, '赵秀英'));
  zhao = { id: row!.id, name: row!.name, regionCode: row!.regionCode };
  const [certificate] = await t.platform.db
    .select()
    .from(certificates)
    .where(and(eq(certificates.personId, zhao.id), eq(certificates.kind, 'skill_level')));
  certificateId = certificate!.id;
  // A trainee registered through a roster gets her worker account as the platform's own are opened.
  await new UsersService(t.platform, new ReferenceService(t.platform.db)).create(systemContext('test'), {
    username: 'zhao-xiuying',
    password: 'Peixun2026zx',
    displayName: '赵秀英',
    role: 'worker',
    regionCode: zhao.regionCode,
    personId: zhao.id,
  });
  cookies.zhao = await t.login('zhao-xiuying', 'Peixun2026zx');

  // Her class's claim, drafted and reviewed before her application is decided.
  const classes = await t.request({
    url: '/api/v1/classes?status=assessed',
    cookie: cookies['demo-institution'],
  });
  const drafted = await post('/api/v1/claims', cookies['demo-institution']!, {
    classId: classes.json().items[0].id,
  });
  expect(drafted.statusCode, drafted.body).toBe(201);
  classClaimId = drafted.json().claim.id;
  await post(`/api/v1/claims/${classClaimId}/submit`, cookies['demo-institution']!);
  await post(`/api/v1/claims/${classClaimId}/review`, cookies['demo-staff-city']!);
});
beforeEach(() => pinClock());
afterAll(() => {
  setClockOffsetDays(0);
  return t?.close();
});

describe('a worker’s skill-upgrade application', () => {
  it('is refused with the unmet rule while she has not been insured twelve months, creating nothing', async () => {
    const refused = await apply();
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().error.code).toBe('claims.upgrade_not_eligible');
    expect(refused.json().error.details).toEqual([
      expect.objectContaining({ field: 'certificateId', reason: 'b1_insured_months_short' }),
    ]);
    expect(refused.json().error.details[0].message).toMatch(/不足 12 个月/);
    expect(await claimsOf(zhao.id)).toHaveLength(0);
  });

  it('is not open for another person’s certificate, nor to staff or institutions', async () => {
    expect(
      (await post('/api/v1/claims/skill-upgrade', cookies['demo-worker']!, { certificateId })).statusCode,
    ).toBe(404);
    expect(
      (await post('/api/v1/claims/skill-upgrade', cookies['demo-staff']!, { certificateId })).statusCode,
    ).toBe(403);
    const unknown = await apply({ certificateId: '7f1c8f34-0d9e-4a55-9d0e-3d1f0b9c2a11' });
    expect(unknown.statusCode).toBe(404);
    const malformed = await apply({ certificateId: 'abc' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.details[0].field).toBe('certificateId');
  });

  it('once insured, becomes one submitted claim of 1,500 元 even when sent twice at once', async () => {
    // Insured from October 2025: the certificate's month is the twelfth.
    await t.platform.db
      .insert(insurancePeriods)
      .values({ personId: zhao.id, insurance: 'unemployment', fromMonth: '2025-10-01', source: 'import' });
    const both = await Promise.all([apply(), apply()]);
    expect(both.map((r) => r.statusCode).sort(), both.map((r) => r.body).join('\n')).toEqual([201, 409]);
    expect(both.find((r) => r.statusCode === 409)!.json().error.code).toBe('claims.certificate_claimed');
    const claim = both.find((r) => r.statusCode === 201)!.json().claim;
    expect(claim).toMatchObject({
      kind: 'skill_upgrade',
      scheme: 'skill_upgrade',
      status: 'submitted',
      personId: zhao.id,
      institutionId: null,
      classId: null,
      fundSource: 'unemployment_insurance',
      totalFen: UPGRADE_FEN,
    });
    expect(claim.lines).toEqual([
      expect.objectContaining({
        certificateId,
        stage: 'skill_upgrade',
        amountFen: UPGRADE_FEN,
        included: true,
      }),
    ]);
    applicationId = claim.id;
    const mine = (await t.request({ url: '/api/v1/subsidies/mine', cookie: cookies.zhao })).json();
    expect(mine.lines).toContainEqual(
      expect.objectContaining({ claimId: applicationId, kind: 'skill_upgrade', status: 'submitted' }),
    );
  });

  it('goes back to her with the reviewer’s note, and she submits it again', async () => {
    const returned = await post(`/api/v1/claims/${applicationId}/return`, cookies['demo-staff-city']!, {
      note: '请核对证书日期',
    });
    expect(returned.json().claim.status).toBe('draft');
    expect((await post(`/api/v1/claims/${applicationId}/submit`, cookies['demo-worker']!)).statusCode).toBe(
      404,
    );
    const again = await post(`/api/v1/claims/${applicationId}/submit`, cookies.zhao!);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().claim.status).toBe('submitted');
  });

  it('is approved by a second staff member, granting the subsidy before it is paid', async () => {
    const reviewed = await post(`/api/v1/claims/${applicationId}/review`, cookies['demo-staff-city']!);
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    const approved = await postWithKey(
      t,
      `/api/v1/claims/${applicationId}/approve`,
      cookies['demo-staff']!,
      {},
    );
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().claim.status).toBe('notice');
    const grants = await t.platform.db
      .select()
      .from(subsidyGrants)
      .where(eq(subsidyGrants.personId, zhao.id));
    expect(grants).toEqual([
      expect.objectContaining({ scheme: 'skill_upgrade', certificateId, paidAt: null }),
    ]);
  });
});

describe('the limits checked again at approval', () => {
  it('refuse the class claim that holds the same certificate’s training subsidy, naming her and C2', async () => {
    const before = await t.request({ url: `/api/v1/claims/${classClaimId}`, cookie: cookies['demo-staff'] });
    const refused = await postWithKey(
      t,
      `/api/v1/claims/${classClaimId}/approve`,
      cookies['demo-staff']!,
      {},
    );
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json().error.code).toBe('claims.limits_exceeded');
    expect(refused.json().error.details).toEqual([
      expect.objectContaining({ field: 'lines', reason: 'c2_same_level' }),
    ]);
    expect(refused.json().error.details[0].message).toContain('赵秀英');
    // Nothing committed, nothing granted.
    const after = await t.request({ url: `/api/v1/claims/${classClaimId}`, cookie: cookies['demo-staff'] });
    expect(after.json().claim).toMatchObject({ status: 'reviewed', budgetId: null });
    expect(after.json().claim.totalFen).toBe(before.json().claim.totalFen);
    const grants = await t.platform.db
      .select()
      .from(subsidyGrants)
      .where(eq(subsidyGrants.scheme, 'training'));
    expect(grants).toHaveLength(0);
  });

  it('pass once the class claim is drafted again, which leaves her out with the reason', async () => {
    await post(`/api/v1/claims/${classClaimId}/return`, cookies['demo-staff-city']!, {
      note: '剔除已享受补贴的学员',
    });
    await post(`/api/v1/claims/${classClaimId}/withdraw`, cookies['demo-institution']!);
    const classes = await t.request({
      url: '/api/v1/classes?status=assessed',
      cookie: cookies['demo-institution'],
    });
    const redrafted = await post('/api/v1/claims', cookies['demo-institution']!, {
      classId: classes.json().items[0].id,
    });
    expect(redrafted.statusCode, redrafted.body).toBe(201);
    const hers = redrafted.json().claim.lines.filter((l: { personId: string }) => l.personId === zhao.id);
    expect(hers).toEqual([expect.objectContaining({ included: false })]);
    expect(hers[0].unmet.map((u: { code: string }) => u.code)).toContain('c2_same_level');
    const id = redrafted.json().claim.id;
    await post(`/api/v1/claims/${id}/submit`, cookies['demo-institution']!);
    await post(`/api/v1/claims/${id}/review`, cookies['demo-staff-city']!);
    const approved = await postWithKey(t, `/api/v1/claims/${id}/approve`, cookies['demo-staff']!, {});
    expect(approved.statusCode, approved.body).toBe(200);
  });
});

describe('paying the application to her social security card', () => {
  it('needs her own card account, in her registered name', async () => {
    pinClock(7);
    const missing = await postWithKey(t, '/api/v1/payments/batches', cookies['demo-finance']!, {
      fundSource: 'unemployment_insurance',
    });
    expect(missing.statusCode, missing.body).toBe(409);
    expect(missing.json().error.code).toBe('payments.payee_account_missing');
    expect(missing.json().error.message).toContain('赵秀英');

    const account = (accountName: string) =>
      t.request({
        method: 'PUT',
        url: '/api/v1/payee-accounts/mine',
        cookie: cookies.zhao,
        body: { accountName, accountNumber: '6217 0000 1234 5678 901', bankName: '中国建设银行郑州分行' },
      });
    const wrongName = await account('张三');
    expect(wrongName.statusCode).toBe(400);
    expect(wrongName.json().error.details).toEqual([
      expect.objectContaining({ field: 'accountName', reason: 'account_name_not_holder' }),
    ]);
    const saved = await account('赵秀英');
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().account.accountNumberMasked).toBe('6217 **** 8901');
  });

  it('is batched with the unemployment-insurance fund, paid by the bank’s result, and marks the grant paid', async () => {
    pinClock(7);
    const created = await postWithKey(t, '/api/v1/payments/batches', cookies['demo-finance']!, {
      fundSource: 'unemployment_insurance',
    });
    expect(created.statusCode, created.body).toBe(201);
    const batch = created.json().batch;
    expect(batch.lines).toEqual([
      expect.objectContaining({
        accountName: '赵秀英',
        amountFen: UPGRADE_FEN,
        accountNumberMasked: '6217 **** 8901',
      }),
    ]);
    const file = await t.request({
      url: `/api/v1/payments/batches/${batch.id}/file?format=csv`,
      cookie: cookies['demo-finance'],
    });
    expect(file.statusCode).toBe(200);
    expect(file.body).toContain('技能提升补贴');
    const result = ['明细号,金额（元）,支付结果,失败原因', `${batch.lines[0].lineNumber},1500.00,成功,`].join(
      '\r\n',
    );
    const imported = await t.app.inject({
      method: 'POST',
      url: `/api/v1/payments/batches/${batch.id}/result?fileName=result.csv`,
      headers: { cookie: cookies['demo-finance']!, 'content-type': 'text/csv' },
      payload: Buffer.from(result),
    });
    expect(imported.statusCode, imported.body).toBe(200);
    const mine = (await t.request({ url: '/api/v1/subsidies/mine', cookie: cookies.zhao })).json();
    expect(mine.lines).toContainEqual(expect.objectContaining({ claimId: applicationId, status: 'paid' }));
    expect(mine.grants).toContainEqual(expect.objectContaining({ scheme: 'skill_upgrade', paid: true }));
  });
});

describe('two applications of one year approved at once', () => {
  it('grant one: the other is refused by B3 under the lock on the person’s grants', async () => {
    // Another trainee of the class, insured for years, with two certificates of other occupations
    // issued yesterday (the same calendar year whatever the day the test runs).
    const [other] = await t.platform.db
      .select()
      .from(certificates)
      .where(and(eq(certificates.kind, 'skill_level'), ne(certificates.personId, zhao.id)));
    const [person] = await t.platform.db.select().from(people).where(eq(people.id, other!.personId));
    await new UsersService(t.platform, new ReferenceService(t.platform.db)).create(systemContext('test'), {
      username: 'second-trainee',
      password: 'Peixun2026st',
      displayName: person!.name,
      role: 'worker',
      regionCode: person!.regionCode,
      personId: person!.id,
    });
    const cookie = await t.login('second-trainee', 'Peixun2026st');
    const yesterday = addCivilDays(today(), -1);
    await t.platform.db.insert(insurancePeriods).values({
      personId: person!.id,
      insurance: 'unemployment',
      fromMonth: `${Number(yesterday.slice(0, 4)) - 3}-01-01`,
      source: 'import',
    });
    const { id: _id, createdAt: _createdAt, ...copy } = other!;
    const applied: string[] = [];
    for (const [occupationCode, suffix] of [
      ['4-10-01-01', 'A'],
      ['6-18-01-01', 'B'],
    ] as const) {
      const [row] = await t.platform.db
        .insert(certificates)
        .values({
          ...copy,
          number: `${other!.number.slice(0, 20)}${suffix}`,
          enrolmentId: null,
          classId: null,
          occupationCode,
          issuedOn: yesterday,
        })
        .returning();
      const response = await post('/api/v1/claims/skill-upgrade', cookie, { certificateId: row!.id });
      expect(response.statusCode, response.body).toBe(201);
      applied.push(response.json().claim.id as string);
      await post(`/api/v1/claims/${response.json().claim.id}/review`, cookies['demo-staff-city']!);
    }
    const both = await Promise.all(
      applied.map((id) => postWithKey(t, `/api/v1/claims/${id}/approve`, cookies['demo-staff']!, {})),
    );
    expect(both.map((r) => r.statusCode).sort(), both.map((r) => r.body).join('\n')).toEqual([200, 409]);
    const refused = both.find((r) => r.statusCode === 409)!.json().error;
    expect(refused.code).toBe('claims.limits_exceeded');
    expect(refused.details[0].reason).toBe('b3_yearly_limit');
    expect(refused.details[0].message).toContain(person!.name);
    const upgrades = await t.platform.db
      .select()
      .from(subsidyGrants)
      .where(and(eq(subsidyGrants.personId, person!.id), eq(subsidyGrants.scheme, 'skill_upgrade')));
    expect(upgrades).toHaveLength(1);
  });
});

describe('a card account read from the electronic social security card channel', () => {
  it('pays a person who recorded none, keeping the card’s account as theirs', async () => {
    const [other] = await t.platform.db.select().from(users).where(eq(users.username, 'second-trainee'));
    const builtIn = t.platform.socialSecurityCard;
    // A province's card platform that knows the financial account bound to this person's card.
    const province: SocialSecurityCardChannel = {
      name: 'province-test',
      deliver: (voucher) => builtIn.deliver(voucher),
      withdraw: (voucher) => builtIn.withdraw(voucher),
      financialAccount: async (holder) =>
        holder.personId === other!.personId
          ? { available: true, bankName: '中国银行郑州分行', accountNumber: '6216600000001234567' }
          : { available: false, reason: 'no_account' },
    };
    t.platform.socialSecurityCard = province;
    try {
      pinClock(7);
      const created = await postWithKey(t, '/api/v1/payments/batches', cookies['demo-finance']!, {
        fundSource: 'unemployment_insurance',
      });
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json().batch.lines).toEqual([
        expect.objectContaining({ accountName: other!.displayName, accountNumberMasked: '6216 **** 4567' }),
      ]);
      const [account] = await t.platform.db
        .select()
        .from(payeeAccounts)
        .where(and(eq(payeeAccounts.payeeType, 'person'), eq(payeeAccounts.payeeId, other!.personId!)));
      expect(account).toMatchObject({ bankName: '中国银行郑州分行', accountNumberMasked: '6216 **** 4567' });
    } finally {
      t.platform.socialSecurityCard = builtIn;
    }
  });
});
