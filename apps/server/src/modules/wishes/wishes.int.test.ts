import { auditLog, people, trainingWishes } from '@qiancheng/db';
import { idNumberCheckCharacter } from '@qiancheng/domain/identity/id-number';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test-support/test-app';

let t: TestApp;
let cookies: Record<string, string> = {};
const ACCOUNTS = [
  'demo-worker',
  'demo-worker2',
  'demo-staff',
  'demo-staff-city',
  'demo-staff-city2',
  'demo-auditor',
  'demo-finance',
  'demo-enterprise',
];

function idNumber(sequence: string, county = '410105', birth = '19920101'): string {
  const first17 = `${county}${birth}${sequence}`;
  return `${first17}${idNumberCheckCharacter(first17)}`;
}

/** The same number with a check character that does not fit. */
function wrongCheck(id: string): string {
  return `${id.slice(0, 17)}${id.endsWith('0') ? '1' : '0'}`;
}

beforeAll(async () => {
  t = await startTestApp();
  cookies = await t.loginAll(ACCOUNTS);
});
afterAll(() => t.close());

const wish = (overrides: Record<string, unknown> = {}) => ({
  occupationCode: '4-03-02-08',
  skillLevel: 'L5',
  mode: 'offline',
  preferredTime: 'weekend',
  regionCode: '410105',
  targetGroup: 'registered_unemployed',
  ...overrides,
});

async function declare(account: string, body: Record<string, unknown>) {
  return t.request({ method: 'POST', url: '/api/v1/wishes', cookie: cookies[account], body });
}

async function counts() {
  const [w] = await t.platform.db.select({ n: count() }).from(trainingWishes);
  const [p] = await t.platform.db.select({ n: count() }).from(people);
  return { wishes: w?.n, people: p?.n };
}

describe('a worker declaring their own wishes', () => {
  let wishId = '';

  it('records the wish for the signed-in worker, audited', async () => {
    const response = await declare('demo-worker', wish());
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json().wish;
    expect(created).toMatchObject({
      occupationCode: '4-03-02-08',
      occupationName: '咖啡师',
      priorityField: 'modern_services',
      skillLevel: 'L5',
      mode: 'offline',
      preferredTime: 'weekend',
      regionCode: '410105',
      regionName: '金水区',
      targetGroup: 'registered_unemployed',
      source: 'self',
      status: 'active',
      withdrawnAt: null,
      person: null,
    });
    wishId = created.id;
    const [audit] = await t.platform.db.select().from(auditLog).where(eq(auditLog.entityId, wishId));
    expect(audit).toMatchObject({ action: 'wish.create', actorUsername: 'demo-worker' });
  });

  it('refuses the same occupation and level twice while the first is active', async () => {
    const response = await declare('demo-worker', wish({ mode: 'online' }));
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('wishes.duplicate');
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    [
      'a person block',
      { person: { name: '张三', idNumber: idNumber('301') } },
      'person',
      'person_not_allowed',
    ],
    ['an unknown occupation', { occupationCode: '4-99-99-99' }, 'occupationCode', 'unknown_occupation'],
    ['an unknown region', { regionCode: '410199' }, 'regionCode', 'unknown_region'],
    ['an unknown mode', { mode: 'correspondence' }, 'mode', 'invalid_value'],
    ['an unknown target group', { targetGroup: 'astronaut' }, 'targetGroup', 'invalid_value'],
    ['an unknown time', { preferredTime: 'midnight' }, 'preferredTime', 'invalid_value'],
  ])('refuses %s', async (_name, change, field, reason) => {
    const before = await counts();
    const response = await declare('demo-worker', wish({ occupationCode: '4-04-05-05', ...change }));
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.details).toEqual(
      expect.arrayContaining([expect.objectContaining({ field, reason })]),
    );
    expect(await counts()).toEqual(before);
  });

  it('lists only the worker’s own wishes, without person details', async () => {
    const mine = (
      await t.request({ url: '/api/v1/wishes?pageSize=200', cookie: cookies['demo-worker'] })
    ).json();
    expect(mine.items.map((w: { id: string }) => w.id)).toContain(wishId);
    expect(mine.items.every((w: { person: unknown }) => w.person === null)).toBe(true);
    const theirs = (
      await t.request({ url: '/api/v1/wishes?pageSize=200', cookie: cookies['demo-worker2'] })
    ).json();
    expect(theirs.items.map((w: { id: string }) => w.id)).not.toContain(wishId);
  });

  it('lets the worker withdraw it once, and then declare it again', async () => {
    const other = await t.request({
      method: 'POST',
      url: `/api/v1/wishes/${wishId}/withdraw`,
      cookie: cookies['demo-worker2'],
      body: {},
    });
    expect(other.statusCode).toBe(404);
    const response = await t.request({
      method: 'POST',
      url: `/api/v1/wishes/${wishId}/withdraw`,
      cookie: cookies['demo-worker'],
      body: { reason: '已找到工作' },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().wish).toMatchObject({ status: 'withdrawn', withdrawnAt: expect.any(String) });
    const again = await t.request({
      method: 'POST',
      url: `/api/v1/wishes/${wishId}/withdraw`,
      cookie: cookies['demo-worker'],
      body: {},
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('wishes.already_withdrawn');
    const [audit] = (await t.platform.db.select().from(auditLog).where(eq(auditLog.entityId, wishId))).filter(
      (a) => a.action === 'wish.withdraw',
    );
    expect(audit).toMatchObject({ actorUsername: 'demo-worker', reason: '已找到工作' });
    expect((await declare('demo-worker', wish())).statusCode).toBe(201);
  });
});

describe('staff recording wishes of walk-in workers', () => {
  const walkIn = { name: '吴桂兰', idNumber: idNumber('311'), mobile: '13900001111' };

  it('registers a new person and records the wish, showing staff the masked ID', async () => {
    const before = await counts();
    const response = await declare(
      'demo-staff-city',
      wish({ person: walkIn, targetGroup: 'hard_to_employ' }),
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().wish).toMatchObject({
      source: 'staff',
      person: {
        name: '吴桂兰',
        idNumberMasked: `${walkIn.idNumber.slice(0, 4)}**********${walkIn.idNumber.slice(-4)}`,
      },
    });
    expect(response.body).not.toContain(walkIn.idNumber);
    expect(await counts()).toEqual({ wishes: before.wishes! + 1, people: before.people! + 1 });
    const actions = (
      await t.platform.db.select().from(auditLog).where(eq(auditLog.actorUsername, 'demo-staff-city'))
    ).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['person.register', 'wish.create']));
  });

  it('finds a registered person by ID number when the name matches', async () => {
    const before = await counts();
    const response = await declare(
      'demo-staff-city',
      wish({
        person: { name: '吴桂兰', idNumber: walkIn.idNumber },
        occupationCode: '4-10-01-06',
        skillLevel: null,
      }),
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(await counts()).toEqual({ wishes: before.wishes! + 1, people: before.people });
  });

  it.each<[string, string, Record<string, unknown>, string, string]>([
    [
      'a name that differs from the registered one',
      'demo-staff-city',
      { person: { name: '吴桂芳', idNumber: idNumber('311') }, occupationCode: '4-10-01-02' },
      'person.name',
      'person_name_mismatch',
    ],
    ['no person', 'demo-staff-city', {}, 'person', 'person_required'],
    [
      'a region outside the city',
      'demo-staff-city',
      { person: walkIn, regionCode: '410202' },
      'regionCode',
      'region_outside_scope',
    ],
    [
      'a bad ID number',
      'demo-staff-city',
      { person: { name: '郑七', idNumber: wrongCheck(idNumber('331')) } },
      'person.idNumber',
      'checksum',
    ],
    [
      'a bad name',
      'demo-staff-city',
      { person: { name: 'X', idNumber: idNumber('321') } },
      'person.name',
      'too_short',
    ],
  ])('refuses %s', async (_name, account, change, field, reason) => {
    const before = await counts();
    const response = await declare(account, wish({ occupationCode: '4-10-01-02', ...change }));
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.details).toEqual(
      expect.arrayContaining([expect.objectContaining({ field, reason })]),
    );
    expect(await counts()).toEqual(before);
  });

  it.each(['demo-auditor', 'demo-finance', 'demo-enterprise'])(
    'refuses %s recording wishes',
    async (account) => {
      expect((await declare(account, wish({ person: walkIn }))).statusCode).toBe(403);
    },
  );
});

describe('reading wishes by region', () => {
  it('keeps city staff to their city and shows them who the wish is for', async () => {
    const zhengzhou = (
      await t.request({ url: '/api/v1/wishes?pageSize=200', cookie: cookies['demo-staff-city'] })
    ).json();
    expect(zhengzhou.total).toBeGreaterThan(0);
    expect(zhengzhou.items.every((w: { regionCode: string }) => w.regionCode.startsWith('4101'))).toBe(true);
    expect(zhengzhou.items.every((w: { person: { name: string } | null }) => w.person?.name)).toBe(true);
    const kaifeng = (
      await t.request({ url: '/api/v1/wishes?pageSize=200', cookie: cookies['demo-staff-city2'] })
    ).json();
    expect(kaifeng.items.every((w: { regionCode: string }) => w.regionCode.startsWith('4102'))).toBe(true);
    const outside = await t.request({
      url: '/api/v1/wishes?region=410200',
      cookie: cookies['demo-staff-city'],
    });
    expect(outside.statusCode).toBe(403);
    const aZhengzhouWish = zhengzhou.items[0].id;
    const withdraw = await t.request({
      method: 'POST',
      url: `/api/v1/wishes/${aZhengzhouWish}/withdraw`,
      cookie: cookies['demo-staff-city2'],
      body: {},
    });
    expect(withdraw.statusCode).toBe(404);
  });

  it('filters by status, occupation, field and target group', async () => {
    const get = async (query: string) =>
      (
        await t.request({ url: `/api/v1/wishes?pageSize=200&${query}`, cookie: cookies['demo-staff'] })
      ).json() as {
        items: { status: string; occupationCode: string; priorityField: string; targetGroup: string }[];
        total: number;
      };
    const withdrawn = await get('status=withdrawn');
    expect(withdrawn.total).toBeGreaterThan(0);
    expect(withdrawn.items.every((w) => w.status === 'withdrawn')).toBe(true);
    expect((await get('occupation=4-10-01-05')).items.every((w) => w.occupationCode === '4-10-01-05')).toBe(
      true,
    );
    expect(
      (await get('field=elderly_childcare')).items.every((w) => w.priorityField === 'elderly_childcare'),
    ).toBe(true);
    const veterans = await get('targetGroup=veteran');
    expect(veterans.total).toBeGreaterThan(0);
    expect(veterans.items.every((w) => w.targetGroup === 'veteran')).toBe(true);
  });

  it('lets auditors read, and refuses finance and enterprises', async () => {
    expect((await t.request({ url: '/api/v1/wishes', cookie: cookies['demo-auditor'] })).statusCode).toBe(
      200,
    );
    expect((await t.request({ url: '/api/v1/wishes', cookie: cookies['demo-finance'] })).statusCode).toBe(
      403,
    );
    expect((await t.request({ url: '/api/v1/wishes', cookie: cookies['demo-enterprise'] })).statusCode).toBe(
      403,
    );
    expect((await t.request({ url: '/api/v1/wishes' })).statusCode).toBe(401);
    const auditorWish = (await t.request({ url: '/api/v1/wishes', cookie: cookies['demo-auditor'] })).json()
      .items[0].id;
    const withdraw = await t.request({
      method: 'POST',
      url: `/api/v1/wishes/${auditorWish}/withdraw`,
      cookie: cookies['demo-auditor'],
      body: {},
    });
    expect(withdraw.statusCode).toBe(403);
  });
});
