import { auditLog, demandLines, enterprises } from '@qiancheng/db';
import { DEMAND_STATUSES, type DemandStatus, demandStatus } from '@qiancheng/domain/demand/demand-line';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { futureDay } from './fixtures/workbooks';
import { chinaToday } from './service';

/**
 * The demo province is 河南 (410000): 郑州 (410100) is demo-staff-city's, 开封 (410200)
 * demo-staff-city2's. The demo seed gives demo-enterprise its own enterprise in 郑州 and other
 * enterprises in 郑州, 开封 and 洛阳, with open lines in each.
 */
let t: TestApp;
let cookies: Record<string, string> = {};
let ownEnterpriseId = '';
let kaifengEnterpriseId = '';
let zhengzhouOtherEnterpriseId = '';

interface Line {
  id: string;
  enterprise: { id: string; name: string; creditCode: string };
  regionCode: string;
  status: DemandStatus;
  filledCount: number;
  headcount: number;
  deadline: string;
  contactPhoneMasked: string;
  source: string;
}

const ACCOUNTS = [
  'demo-enterprise',
  'demo-staff',
  'demo-staff-city',
  'demo-staff-city2',
  'demo-auditor',
  'demo-admin',
  'demo-finance',
  'demo-worker',
  'demo-institution',
];

beforeAll(async () => {
  t = await startTestApp();
  cookies = await t.loginAll(ACCOUNTS);
  ownEnterpriseId = (
    await t.request({ url: '/api/v1/enterprises/mine', cookie: cookies['demo-enterprise'] })
  ).json().enterprise.id;
  const all = await t.platform.db.select().from(enterprises);
  kaifengEnterpriseId = all.find((e) => e.regionCode.startsWith('4102'))!.id;
  zhengzhouOtherEnterpriseId = all.find(
    (e) => e.regionCode.startsWith('4101') && e.id !== ownEnterpriseId,
  )!.id;
});
afterAll(() => t.close());

function newLine(overrides: Record<string, unknown> = {}) {
  return {
    regionCode: '410102',
    occupationCode: '4-10-01-05',
    skillLevel: 'L4',
    headcount: 10,
    skillRequirements: '能为失能老年人提供生活照料',
    wageMin: 4000,
    wageMax: 6000,
    deadline: futureDay(40),
    contactName: '张经理',
    contactPhone: '138 1234 5678',
    ...overrides,
  };
}

async function create(account: string, body: Record<string, unknown>) {
  return t.request({ method: 'POST', url: '/api/v1/demand', cookie: cookies[account], body });
}

async function lineCount(): Promise<number> {
  const [row] = await t.platform.db.select({ n: count() }).from(demandLines);
  return row?.n ?? 0;
}

async function list(account: string, query = ''): Promise<{ items: Line[]; total: number }> {
  const response = await t.request({ url: `/api/v1/demand?pageSize=200${query}`, cookie: cookies[account] });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

// Ids resolved when the case runs, after beforeAll has found them.
const kaifengId = '<kaifeng>';
const zzId = '<zhengzhou-other>';
function resolveIds(change: Record<string, unknown>) {
  const ids: Record<string, string> = {
    [kaifengId]: kaifengEnterpriseId,
    [zzId]: zhengzhouOtherEnterpriseId,
  };
  return Object.fromEntries(
    Object.entries(change).map(([key, value]) => [
      key,
      typeof value === 'string' ? (ids[value] ?? value) : value,
    ]),
  );
}

describe('declaring demand', () => {
  it('lets an enterprise declare a line for its own enterprise', async () => {
    const response = await create('demo-enterprise', newLine());
    expect(response.statusCode, response.body).toBe(201);
    const line = response.json().demandLine;
    expect(line).toMatchObject({
      enterprise: { id: ownEnterpriseId },
      regionCode: '410102',
      regionName: '中原区',
      occupationCode: '4-10-01-05',
      occupationName: '养老护理员',
      priorityField: 'elderly_childcare',
      skillLevel: 'L4',
      headcount: 10,
      filledCount: 0,
      wageMin: 4000,
      wageMax: 6000,
      contactName: '张经理',
      contactPhoneMasked: '138****5678',
      status: 'open',
      source: 'enterprise',
      closedAt: null,
    });
    expect(Object.keys(line).sort()).toEqual(
      [
        'id',
        'enterprise',
        'regionCode',
        'regionName',
        'occupationCode',
        'occupationName',
        'priorityField',
        'skillLevel',
        'headcount',
        'filledCount',
        'skillRequirements',
        'wageMin',
        'wageMax',
        'deadline',
        'contactName',
        'contactPhoneMasked',
        'status',
        'source',
        'createdAt',
        'closedAt',
      ].sort(),
    );
    expect(response.body).not.toContain('13812345678');
    const [stored] = await t.platform.db.select().from(demandLines).where(eq(demandLines.id, line.id));
    expect(stored?.contactPhoneCipher).toMatch(/^v1:/);
    expect(t.platform.vault.decrypt(stored!.contactPhoneCipher)).toBe('13812345678');
    const [audit] = await t.platform.db.select().from(auditLog).where(eq(auditLog.entityId, line.id));
    expect(audit).toMatchObject({ action: 'demand.create', actorUsername: 'demo-enterprise' });
    expect(JSON.stringify(audit?.after)).not.toContain('13812345678');
  });

  it('lets staff declare a line for an enterprise of their region', async () => {
    const response = await create('demo-staff-city', newLine({ enterpriseId: zhengzhouOtherEnterpriseId }));
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().demandLine).toMatchObject({
      enterprise: { id: zhengzhouOtherEnterpriseId },
      source: 'staff',
    });
  });

  it.each<[string, string, Record<string, unknown>, string, string]>([
    [
      'an enterprise naming another enterprise',
      'demo-enterprise',
      { enterpriseId: kaifengId },
      'enterpriseId',
      'own_enterprise_only',
    ],
    ['staff without an enterprise', 'demo-staff-city', {}, 'enterpriseId', 'required'],
    [
      'staff naming an enterprise outside their region',
      'demo-staff-city',
      { enterpriseId: kaifengId },
      'enterpriseId',
      'unknown_enterprise',
    ],
    [
      'staff naming a work place outside their region',
      'demo-staff-city',
      { enterpriseId: zzId, regionCode: '410202' },
      'regionCode',
      'region_outside_scope',
    ],
    ['an unknown region', 'demo-enterprise', { regionCode: '419999' }, 'regionCode', 'unknown_region'],
    [
      'an unknown occupation',
      'demo-enterprise',
      { occupationCode: '4-99-99-99' },
      'occupationCode',
      'unknown_occupation',
    ],
    ['an inverted wage range', 'demo-enterprise', { wageMin: 7000 }, 'wageMax', 'wage_range_inverted'],
    ['a past deadline', 'demo-enterprise', { deadline: '2020-01-01' }, 'deadline', 'date_in_past'],
    ['a day that does not exist', 'demo-enterprise', { deadline: '2030-02-30' }, 'deadline', 'invalid_date'],
    ['a zero headcount', 'demo-enterprise', { headcount: 0 }, 'headcount', 'too_small'],
    ['a fractional wage', 'demo-enterprise', { wageMin: 4000.5 }, 'wageMin', 'invalid_type'],
    ['a landline', 'demo-enterprise', { contactPhone: '0371-65881234' }, 'contactPhone', 'length'],
    ['an unknown skill level', 'demo-enterprise', { skillLevel: 'L9' }, 'skillLevel', 'invalid_value'],
    ['an unknown field', 'demo-enterprise', { extra: 1 }, 'extra', 'unknown_field'],
  ])(
    'refuses %s with the field and reason, changing nothing',
    async (_name, account, change, field, reason) => {
      const body = newLine(resolveIds(change));
      const before = await lineCount();
      const response = await create(account, body);
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().error.details).toEqual(
        expect.arrayContaining([expect.objectContaining({ field, reason, message: expect.any(String) })]),
      );
      expect(await lineCount()).toBe(before);
    },
  );

  it('answers in English when asked', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/demand',
      cookie: cookies['demo-enterprise'],
      body: newLine({ wageMin: 9000 }),
      headers: { 'accept-language': 'en-US' },
    });
    expect(response.json().error.details).toEqual([
      {
        field: 'wageMax',
        reason: 'wage_range_inverted',
        message: 'must not be below the minimum wage (9000 yuan)',
      },
    ]);
  });

  it.each([
    ['demo-worker', 403],
    ['demo-finance', 403],
    ['demo-auditor', 403],
    ['demo-institution', 403],
  ])('refuses %s declaring demand', async (account, status) => {
    expect((await create(account, newLine({ enterpriseId: ownEnterpriseId }))).statusCode).toBe(status);
  });
});

describe('who sees which lines', () => {
  it('shows an enterprise only its own lines', async () => {
    const page = await list('demo-enterprise');
    expect(page.total).toBeGreaterThan(0);
    expect(page.items.every((line) => line.enterprise.id === ownEnterpriseId)).toBe(true);
    const other = (await list('demo-staff', `&enterpriseId=${kaifengEnterpriseId}`)).items[0]!;
    const response = await t.request({
      url: `/api/v1/demand/${other.id}`,
      cookie: cookies['demo-enterprise'],
    });
    expect(response.statusCode).toBe(404);
    // Asking for another enterprise's lines by filter finds nothing rather than them.
    expect((await list('demo-enterprise', `&enterpriseId=${kaifengEnterpriseId}`)).total).toBe(0);
  });

  it('keeps city staff to their city: a 开封 line is not found for 郑州', async () => {
    const kaifengLine = (await list('demo-staff', '&region=410200')).items[0]!;
    expect(kaifengLine.regionCode.startsWith('4102')).toBe(true);
    const zhengzhou = await t.request({
      url: `/api/v1/demand/${kaifengLine.id}`,
      cookie: cookies['demo-staff-city'],
    });
    expect(zhengzhou.statusCode).toBe(404);
    const kaifeng = await t.request({
      url: `/api/v1/demand/${kaifengLine.id}`,
      cookie: cookies['demo-staff-city2'],
    });
    expect(kaifeng.statusCode).toBe(200);
    const cityList = await list('demo-staff-city');
    expect(cityList.items.every((line) => line.regionCode.startsWith('4101'))).toBe(true);
    const outside = await t.request({
      url: '/api/v1/demand?region=410200',
      cookie: cookies['demo-staff-city'],
    });
    expect(outside.statusCode).toBe(403);
  });

  it('lets auditors and administrators read their region, and refuses workers and finance', async () => {
    expect((await list('demo-auditor')).total).toBeGreaterThan(0);
    expect((await list('demo-admin')).total).toBeGreaterThan(0);
    for (const account of ['demo-worker', 'demo-finance', 'demo-institution']) {
      const response = await t.request({ url: '/api/v1/demand', cookie: cookies[account] });
      expect(response.statusCode, account).toBe(403);
    }
    expect((await t.request({ url: '/api/v1/demand' })).statusCode).toBe(401);
  });

  it('filters by status, region, occupation, field, enterprise and text', async () => {
    const all = await list('demo-staff');
    const welders = await list('demo-staff', '&occupation=6-18-02-04');
    expect(welders.total).toBeGreaterThan(0);
    expect(
      welders.items.every(
        (line) => (line as unknown as { occupationCode: string }).occupationCode === '6-18-02-04',
      ),
    ).toBe(true);
    const care = await list('demo-staff', '&field=elderly_childcare');
    expect(
      care.items.every(
        (line) => (line as unknown as { priorityField: string }).priorityField === 'elderly_childcare',
      ),
    ).toBe(true);
    const text = await list('demo-staff', `&q=${encodeURIComponent('焊')}`);
    expect(text.items.map((l) => l.id)).toEqual(expect.arrayContaining(welders.items.map((l) => l.id)));
    const wildcard = await list('demo-staff', `&q=${encodeURIComponent('%')}`);
    expect(wildcard.total).toBe(0);
    const county = await list('demo-staff', '&region=410102');
    expect(county.items.every((line) => line.regionCode === '410102')).toBe(true);
    const paged = await t.request({ url: '/api/v1/demand?pageSize=2&page=2', cookie: cookies['demo-staff'] });
    expect(paged.json().items).toHaveLength(2);
    expect(paged.json().total).toBe(all.total);
    const unknown = await t.request({ url: '/api/v1/demand?region=419999', cookie: cookies['demo-staff'] });
    expect(unknown.json().error.details[0]).toMatchObject({ field: 'region', reason: 'unknown_region' });
  });
});

describe('changing and closing lines', () => {
  let lineId = '';
  beforeAll(async () => {
    lineId = (await create('demo-enterprise', newLine({ headcount: 5 }))).json().demandLine.id;
  });

  async function patch(account: string, body: Record<string, unknown>, id = lineId) {
    return t.request({ method: 'PATCH', url: `/api/v1/demand/${id}`, cookie: cookies[account], body });
  }

  it('records hires: the status follows the filled count', async () => {
    const response = await patch('demo-enterprise', { filledCount: 2 });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().demandLine).toMatchObject({ filledCount: 2, status: 'partly_filled' });
    const filled = await patch('demo-staff-city', { filledCount: 5 });
    expect(filled.json().demandLine.status).toBe('filled');
    await patch('demo-staff-city', { filledCount: 2 });
    const audit = await t.platform.db.select().from(auditLog).where(eq(auditLog.entityId, lineId));
    expect(audit.filter((a) => a.action === 'demand.update')).toHaveLength(3);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['more hires than posts', { filledCount: 6 }, 'filledCount', 'filled_exceeds_headcount'],
    ['fewer posts than hires', { headcount: 1 }, 'headcount', 'too_small'],
    ['a negative filled count', { filledCount: -1 }, 'filledCount', 'too_small'],
    ['a past deadline', { deadline: '2020-01-01' }, 'deadline', 'date_in_past'],
    ['a minimum above the stored maximum', { wageMin: 6500 }, 'wageMax', 'wage_range_inverted'],
    ['a bad phone', { contactPhone: '12345' }, 'contactPhone', 'length'],
  ])('refuses %s', async (_name, body, field, reason) => {
    const response = await patch('demo-enterprise', body);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.details).toEqual([expect.objectContaining({ field, reason })]);
  });

  it('changes the contact phone, stored encrypted and shown masked', async () => {
    const response = await patch('demo-enterprise', { contactPhone: '13911112222', contactName: '李主管' });
    expect(response.json().demandLine).toMatchObject({
      contactPhoneMasked: '139****2222',
      contactName: '李主管',
    });
  });

  it('lets only the owner or staff of the region change a line', async () => {
    expect((await patch('demo-staff-city2', { filledCount: 1 })).statusCode).toBe(404);
    expect((await patch('demo-auditor', { filledCount: 1 })).statusCode).toBe(403);
    expect((await patch('demo-worker', { filledCount: 1 })).statusCode).toBe(403);
    const other = (await list('demo-staff', `&enterpriseId=${zhengzhouOtherEnterpriseId}`)).items[0]!;
    expect((await patch('demo-enterprise', { filledCount: 1 }, other.id)).statusCode).toBe(404);
  });

  it('closes a line with a reason, once', async () => {
    const close = (account: string) =>
      t.request({
        method: 'POST',
        url: `/api/v1/demand/${lineId}/close`,
        cookie: cookies[account],
        body: { reason: '岗位已招满' },
      });
    expect((await close('demo-staff-city2')).statusCode).toBe(404);
    const closed = await close('demo-enterprise');
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().demandLine).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
    const again = await close('demo-staff-city');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('demand.already_closed');
    expect((await patch('demo-enterprise', { filledCount: 1 })).statusCode).toBe(409);
    const [audit] = await t.platform.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'demand.close'))
      .then((rows) => rows.filter((r) => r.entityId === lineId));
    expect(audit).toMatchObject({ actorUsername: 'demo-enterprise', reason: '岗位已招满' });
  });
});

describe('status filter in SQL', () => {
  it('agrees with demandStatus for every status, including boundary days', async () => {
    const today = chinaToday();
    const yesterday = new Date(`${today}T00:00:00Z`);
    yesterday.setUTCDate(yesterday.getUTCDate() - 1);
    const past = yesterday.toISOString().slice(0, 10);
    const cases = [
      { headcount: 5, filledCount: 0, deadline: today, closed: false },
      { headcount: 5, filledCount: 0, deadline: past, closed: false },
      { headcount: 5, filledCount: 2, deadline: today, closed: false },
      { headcount: 5, filledCount: 2, deadline: past, closed: false },
      { headcount: 5, filledCount: 5, deadline: past, closed: false },
      { headcount: 5, filledCount: 7, deadline: futureDay(3), closed: false },
      { headcount: 5, filledCount: 0, deadline: futureDay(3), closed: true },
      { headcount: 5, filledCount: 5, deadline: past, closed: true },
    ];
    // Past deadlines cannot be entered through the API, so these lines are written directly.
    const inserted = await t.platform.db
      .insert(demandLines)
      .values(
        cases.map((c) => ({
          enterpriseId: zhengzhouOtherEnterpriseId,
          regionCode: '410105',
          occupationCode: '4-10-01-06',
          headcount: c.headcount,
          filledCount: c.filledCount,
          skillRequirements: '状态测试',
          wageMin: 3000,
          wageMax: 4000,
          deadline: c.deadline,
          contactName: '测试',
          contactPhoneCipher: t.platform.vault.encrypt('13800000000'),
          contactPhoneMasked: '138****0000',
          source: 'staff',
          closedAt: c.closed ? new Date() : null,
        })),
      )
      .returning({ id: demandLines.id });
    const expected = new Map(inserted.map((row, i) => [row.id, demandStatus(cases[i]!, today)]));
    expect(new Set(expected.values()).size).toBe(DEMAND_STATUSES.length);

    let seen = 0;
    for (const status of DEMAND_STATUSES) {
      const page = await list('demo-staff', `&status=${status}&region=410105&occupation=4-10-01-06`);
      expect(page.items.every((line) => line.status === status)).toBe(true);
      const ids = page.items.map((line) => line.id).filter((id) => expected.has(id));
      expect(ids.sort()).toEqual(
        [...expected]
          .filter(([, s]) => s === status)
          .map(([id]) => id)
          .sort(),
      );
      seen += page.total;
    }
    expect(seen).toBe((await list('demo-staff', '&region=410105&occupation=4-10-01-06')).total);
  });
});

describe('public job list', () => {
  it('lists recruiting lines only, newest first, without contact details, to anyone', async () => {
    const response = await t.request({ url: '/api/v1/public/jobs?pageSize=200' });
    expect(response.statusCode, response.body).toBe(200);
    const { items, total } = response.json() as { items: Record<string, unknown>[]; total: number };
    expect(total).toBeGreaterThan(0);
    const recruiting = await list('demo-staff', '&status=open');
    const partly = await list('demo-staff', '&status=partly_filled');
    expect(total).toBe(recruiting.total + partly.total);
    expect(Object.keys(items[0]!).sort()).toEqual(
      [
        'id',
        'enterpriseName',
        'regionCode',
        'regionName',
        'occupationCode',
        'occupationName',
        'skillLevel',
        'postsOpen',
        'wageMin',
        'wageMax',
        'deadline',
        'skillRequirements',
      ].sort(),
    );
    expect(response.body).not.toMatch(/contact|138\*{4}|phone/i);
    expect(items.every((item) => (item.postsOpen as number) > 0)).toBe(true);
  });

  it('finds jobs by occupation, enterprise and requirement text, and by region and field', async () => {
    const search = async (query: string) =>
      (await t.request({ url: `/api/v1/public/jobs?pageSize=200&${query}` })).json() as {
        items: { occupationName: string; regionCode: string; enterpriseName: string }[];
        total: number;
      };
    const care = await search(`q=${encodeURIComponent('养老护理')}`);
    expect(care.total).toBeGreaterThan(0);
    expect(care.items.some((item) => item.occupationName === '养老护理员')).toBe(true);
    const byEnterprise = await search(`q=${encodeURIComponent('古城餐饮')}`);
    expect(byEnterprise.items.every((item) => item.enterpriseName.includes('古城餐饮'))).toBe(true);
    const kaifeng = await search('region=410200');
    expect(kaifeng.total).toBeGreaterThan(0);
    expect(kaifeng.items.every((item) => item.regionCode.startsWith('4102'))).toBe(true);
    expect((await search('field=new_occupations')).total).toBeGreaterThan(0);
    expect((await search(`q=${encodeURIComponent('_')}`)).total).toBe(0);
  });
});
