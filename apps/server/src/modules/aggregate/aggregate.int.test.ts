import { demandLines, enterprises } from '@qiancheng/db';
import { idNumberCheckCharacter } from '@qiancheng/domain/identity/id-number';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { futureDay } from '../demand/fixtures/workbooks';

let t: TestApp;
let cookies: Record<string, string> = {};
/** An occupation no demo data uses, so the rows it appears in come from this test alone. */
const OCCUPATION = '4-04-02-01';

interface Row {
  regionCode: string;
  regionName: string;
  occupationCode: string;
  priorityField: string;
  demandLines: number;
  postsOpen: number;
  wishes: number;
  wishesByGroup: Record<string, number>;
}
interface Aggregate {
  region: { code: string; name: string; level: number };
  rows: Row[];
  totals: { demandLines: number; postsOpen: number; wishes: number };
}

async function aggregate(account: string, query = ''): Promise<Aggregate> {
  const response = await t.request({ url: `/api/v1/aggregate${query}`, cookie: cookies[account] });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

beforeAll(async () => {
  t = await startTestApp();
  cookies = await t.loginAll([
    'demo-staff',
    'demo-staff-city',
    'demo-finance',
    'demo-auditor',
    'demo-admin',
    'demo-worker',
    'demo-enterprise',
  ]);
  const [enterprise] = (await t.platform.db.select().from(enterprises)).filter((e) =>
    e.regionCode.startsWith('4101'),
  );
  const line = async (regionCode: string, headcount: number) => {
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/demand',
      cookie: cookies['demo-staff'],
      body: {
        enterpriseId: enterprise!.id,
        regionCode,
        occupationCode: OCCUPATION,
        skillLevel: null,
        headcount,
        skillRequirements: '汇总测试',
        wageMin: 4000,
        wageMax: 5000,
        deadline: futureDay(20),
        contactName: '测试',
        contactPhone: '13800009999',
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response;
  };
  // Two recruiting lines in 中原区 (one partly filled), one in 金水区, one in 开封市 itself.
  const partly = (await line('410102', 7)).json().demandLine.id;
  await t.request({
    method: 'PATCH',
    url: `/api/v1/demand/${partly}`,
    cookie: cookies['demo-staff'],
    body: { filledCount: 2 },
  });
  await line('410102', 3);
  await line('410105', 4);
  await line('410200', 6);
  // Lines that no longer recruit do not count: closed, filled, past their deadline.
  const closed = (await line('410102', 9)).json().demandLine.id;
  await t.request({
    method: 'POST',
    url: `/api/v1/demand/${closed}/close`,
    cookie: cookies['demo-staff'],
    body: { reason: '测试关闭' },
  });
  const filled = (await line('410102', 2)).json().demandLine.id;
  await t.request({
    method: 'PATCH',
    url: `/api/v1/demand/${filled}`,
    cookie: cookies['demo-staff'],
    body: { filledCount: 2 },
  });
  await t.platform.db.insert(demandLines).values({
    enterpriseId: enterprise!.id,
    regionCode: '410102',
    occupationCode: OCCUPATION,
    headcount: 50,
    skillRequirements: '已过期',
    wageMin: 1,
    wageMax: 2,
    deadline: '2020-01-01',
    contactName: '测试',
    contactPhoneCipher: t.platform.vault.encrypt('13800009999'),
    contactPhoneMasked: '138****9999',
    source: 'staff',
  });
  // Wishes: two in 中原区 (a veteran and an unemployed person), one withdrawn.
  const wish = async (targetGroup: string, sequence: string, name: string) => {
    const first17 = `41010219900101${sequence}`;
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/wishes',
      cookie: cookies['demo-staff'],
      body: {
        occupationCode: OCCUPATION,
        skillLevel: null,
        mode: 'offline',
        preferredTime: 'any',
        regionCode: '410102',
        targetGroup,
        person: { name, idNumber: `${first17}${idNumberCheckCharacter(first17)}` },
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().wish.id as string;
  };
  await wish('veteran', '401', '汇总甲');
  await wish('registered_unemployed', '402', '汇总乙');
  const withdrawn = await wish('veteran', '403', '汇总丙');
  await t.request({
    method: 'POST',
    url: `/api/v1/wishes/${withdrawn}/withdraw`,
    cookie: cookies['demo-staff'],
    body: {},
  });
});
afterAll(() => t.close());

const ours = (result: Aggregate) => result.rows.filter((row) => row.occupationCode === OCCUPATION);

describe('aggregation by region × occupation', () => {
  it('rolls every line and wish up into the child of the province it lies under', async () => {
    const province = await aggregate('demo-staff');
    expect(province.region).toEqual({ code: '410000', name: '河南省', level: 1 });
    expect(ours(province)).toEqual([
      {
        regionCode: '410100',
        regionName: '郑州市',
        occupationCode: OCCUPATION,
        occupationName: '信息通信网络机务员',
        priorityField: 'modern_services',
        demandLines: 3,
        postsOpen: 5 + 3 + 4,
        wishes: 2,
        wishesByGroup: { veteran: 1, registered_unemployed: 1 },
      },
      expect.objectContaining({
        regionCode: '410200',
        regionName: '开封市',
        demandLines: 1,
        postsOpen: 6,
        wishes: 0,
      }),
    ]);
    expect(province.rows.every((row) => /^41\d{2}00$/.test(row.regionCode))).toBe(true);
  });

  it('splits the same data by county one level down, and keeps a county whole', async () => {
    const city = await aggregate('demo-staff', '?region=410100');
    expect(city.region).toMatchObject({ code: '410100', level: 2 });
    expect(
      ours(city).map((row) => [row.regionCode, row.regionName, row.demandLines, row.postsOpen, row.wishes]),
    ).toEqual([
      ['410102', '中原区', 2, 8, 2],
      ['410105', '金水区', 1, 4, 0],
    ]);
    const county = await aggregate('demo-staff', '?region=410102');
    expect(ours(county).map((row) => [row.regionCode, row.demandLines, row.postsOpen, row.wishes])).toEqual([
      ['410102', 2, 8, 2],
    ]);
  });

  it('totals the rows, and the totals agree with the recruiting lines of the demand list', async () => {
    const province = await aggregate('demo-staff');
    const sum = (key: 'demandLines' | 'postsOpen' | 'wishes') =>
      province.rows.reduce((s, r) => s + r[key], 0);
    expect(province.totals).toEqual({
      demandLines: sum('demandLines'),
      postsOpen: sum('postsOpen'),
      wishes: sum('wishes'),
    });
    const count = async (status: string) =>
      (
        await t.request({ url: `/api/v1/demand?status=${status}&pageSize=1`, cookie: cookies['demo-staff'] })
      ).json().total as number;
    expect(province.totals.demandLines).toBe((await count('open')) + (await count('partly_filled')));
    const activeWishes = (
      await t.request({ url: '/api/v1/wishes?status=active&pageSize=1', cookie: cookies['demo-staff'] })
    ).json().total;
    expect(province.totals.wishes).toBe(activeWishes);
    // The public home page shows the same posts still to fill, without a login.
    const overview = (await t.request({ url: '/api/v1/public/overview' })).json();
    expect(overview.figures.openPosts).toBe(province.totals.postsOpen);
    expect(overview.figures.openPosts).toBeGreaterThan(0);
  });

  it('filters by field, occupation and target group (groups narrow the wishes only)', async () => {
    const care = await aggregate('demo-staff', '?field=elderly_childcare');
    expect(care.rows.length).toBeGreaterThan(0);
    expect(care.rows.every((row) => row.priorityField === 'elderly_childcare')).toBe(true);
    const one = await aggregate('demo-staff', `?occupation=${OCCUPATION}`);
    expect(one.rows.every((row) => row.occupationCode === OCCUPATION)).toBe(true);
    expect(one.totals).toEqual({ demandLines: 4, postsOpen: 18, wishes: 2 });
    const veterans = await aggregate('demo-staff', `?occupation=${OCCUPATION}&group=veteran`);
    expect(veterans.totals).toEqual({ demandLines: 4, postsOpen: 18, wishes: 1 });
    expect(ours(veterans)[0]?.wishesByGroup).toEqual({ veteran: 1 });
  });

  it('keeps city staff to their city: their own by default, 403 for another', async () => {
    const own = await aggregate('demo-staff-city');
    expect(own.region.code).toBe('410100');
    expect(own.rows.every((row) => row.regionCode.startsWith('4101'))).toBe(true);
    const other = await t.request({
      url: '/api/v1/aggregate?region=410200',
      cookie: cookies['demo-staff-city'],
    });
    expect(other.statusCode).toBe(403);
    expect(other.json().error.code).toBe('common.out_of_region');
    const province = await t.request({
      url: '/api/v1/aggregate?region=410000',
      cookie: cookies['demo-staff-city'],
    });
    expect(province.statusCode).toBe(403);
  });

  it('is open to finance, auditors and administrators, not to workers or enterprises', async () => {
    for (const account of ['demo-finance', 'demo-auditor', 'demo-admin']) {
      expect((await aggregate(account)).totals.demandLines).toBeGreaterThan(0);
    }
    for (const account of ['demo-worker', 'demo-enterprise']) {
      expect((await t.request({ url: '/api/v1/aggregate', cookie: cookies[account] })).statusCode).toBe(403);
    }
    expect((await t.request({ url: '/api/v1/aggregate' })).statusCode).toBe(401);
  });

  it('refuses an unknown region', async () => {
    const response = await t.request({
      url: '/api/v1/aggregate?region=410199',
      cookie: cookies['demo-staff'],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      expect.objectContaining({ field: 'region', reason: 'unknown_region' }),
    ]);
  });
});

describe('aggregate export', () => {
  it('writes the same rows with zh-CN headers and a totals row', async () => {
    const result = await aggregate('demo-staff', '?region=410100');
    const response = await t.app.inject({
      url: '/api/v1/aggregate/export?region=410100',
      headers: { cookie: cookies['demo-staff']! },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('demand-aggregate-410100');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ExcelJS.Buffer);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(2).values as unknown[]).slice(1, 9);
    expect(header).toEqual([
      '区域代码',
      '区域',
      '职业编码',
      '职业',
      '重点领域',
      '招聘中需求（条）',
      '空缺岗位（个）',
      '培训意愿（人次）',
    ]);
    expect(sheet.rowCount).toBe(2 + result.rows.length + 1);
    const totals = (sheet.getRow(sheet.rowCount).values as unknown[]).slice(1, 9);
    expect(totals).toEqual([
      '合计',
      '',
      '',
      '',
      '',
      result.totals.demandLines,
      result.totals.postsOpen,
      result.totals.wishes,
    ]);
    const first = (sheet.getRow(3).values as unknown[]).slice(1, 4);
    expect(first).toEqual([
      result.rows[0]!.regionCode,
      result.rows[0]!.regionName,
      result.rows[0]!.occupationCode,
    ]);
    const outside = await t.app.inject({
      url: '/api/v1/aggregate/export?region=410200',
      headers: { cookie: cookies['demo-staff-city']! },
    });
    expect(outside.statusCode).toBe(403);
  });
});
