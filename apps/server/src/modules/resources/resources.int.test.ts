import { teachingResources } from '@qiancheng/db';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorOf } from '../../platform/http/request-context';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { PDF_BYTES, registeredInstitution } from '../institutions/test-fixtures';
import { createServices } from '../register';
import { auditRecords, CARE, HOUSEKEEPING, NURSERY, upload } from '../teachers/test-fixtures';

let t: TestApp;
let cookies: Record<string, string> = {};
const ACCOUNTS = [
  'demo-institution',
  'demo-staff',
  'demo-staff-city',
  'demo-staff-city2',
  'demo-auditor',
  'demo-worker',
];
let demoInstitution: { id: string; regionCode: string; name: string };
let zhengzhou2: { id: string; cookie: string };
let kaifeng: { id: string; cookie: string };

/** The start of an MP4 file, a box header `ftyp`, which is what the upload check reads. */
const MP4_BYTES = Buffer.concat([
  Buffer.from([0x00, 0x00, 0x00, 0x18]),
  Buffer.from('ftypmp42'),
  Buffer.alloc(12),
]);

beforeAll(async () => {
  t = await startTestApp();
  cookies = await t.loginAll(ACCOUNTS);
  const mine = await t.request({ url: '/api/v1/institutions/mine', cookie: cookies['demo-institution'] });
  expect(mine.statusCode, mine.body).toBe(200);
  demoInstitution = mine.json().institution;
  zhengzhou2 = await registeredInstitution(t, 7201, {
    county: '410105',
    approver: cookies['demo-staff-city'],
  });
  kaifeng = await registeredInstitution(t, 7202, { county: '410202', approver: cookies['demo-staff-city2'] });
});
afterAll(() => t.close());

type Resource = {
  id: string;
  kind: string;
  title: string;
  occupationCode: string;
  skillLevel: string | null;
  regionCode: string;
  documentId: string | null;
  url: string | null;
  institutionId: string | null;
  institutionName: string | null;
  status: string;
  withdrawable: boolean;
};

const resource = (overrides: Record<string, unknown> = {}) => ({
  kind: 'curriculum',
  title: '养老护理员（四级）课程标准',
  occupationCode: CARE,
  skillLevel: 'L4',
  description: '依据国家职业技能标准编写，含理论与实操课时安排。',
  url: 'https://www.example.gov.cn/kcbz/ylhly-4.html',
  ...overrides,
});

function add(cookie: string, body: Record<string, unknown>) {
  return t.request({ method: 'POST', url: '/api/v1/resources', cookie, body });
}

async function uploaded(cookie: string, purpose: string, fileName: string, content: Buffer): Promise<string> {
  const response = await upload(t, cookie, purpose, fileName, content);
  expect(response.statusCode, response.body).toBe(201);
  return response.json().document.id;
}

async function visibleIds(cookie: string, query = ''): Promise<string[]> {
  const response = await t.request({ url: `/api/v1/resources?pageSize=200&${query}`, cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items.map((r: Resource) => r.id);
}

async function resourceCount() {
  const [row] = await t.platform.db.select({ n: count() }).from(teachingResources);
  return row?.n;
}

describe('adding resources', () => {
  it('lets staff share a link with their region, audited', async () => {
    const response = await add(cookies['demo-staff-city']!, resource());
    expect(response.statusCode, response.body).toBe(201);
    const created: Resource = response.json().resource;
    expect(created).toMatchObject({
      regionCode: '410100',
      occupationName: '养老护理员',
      institutionId: null,
      institutionName: null,
      documentId: null,
      url: 'https://www.example.gov.cn/kcbz/ylhly-4.html',
      status: 'active',
      withdrawable: true,
    });
    const audit = await auditRecords(t, created.id);
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'resource.create',
        actorUsername: 'demo-staff-city',
        after: expect.objectContaining({ url: created.url, regionCode: '410100' }),
      }),
    ]);
  });

  it('lets an institution share a file it uploaded with the region it is located in', async () => {
    const documentId = await uploaded(
      cookies['demo-institution']!,
      'resource',
      '家政服务课件.pdf',
      PDF_BYTES,
    );
    const response = await add(
      cookies['demo-institution']!,
      resource({
        kind: 'courseware',
        title: '家政服务员实操课件',
        occupationCode: HOUSEKEEPING,
        url: null,
        documentId,
      }),
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().resource).toMatchObject({
      regionCode: demoInstitution.regionCode,
      institutionId: demoInstitution.id,
      institutionName: demoInstitution.name,
      documentId,
      document: { id: documentId, fileName: '家政服务课件.pdf', mediaType: 'application/pdf' },
      url: null,
    });
  });

  it('files an MP4 as a video', async () => {
    const documentId = await uploaded(cookies['demo-staff-city']!, 'resource', '翻身训练.mp4', MP4_BYTES);
    const response = await add(
      cookies['demo-staff-city']!,
      resource({ kind: 'video', title: '卧床老人翻身示范', url: null, documentId }),
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().resource.document.mediaType).toBe('video/mp4');
  });

  it.each<[string, string, () => Promise<Record<string, unknown>>, string, string]>([
    [
      'both a file and a link',
      'demo-institution',
      async () => ({
        documentId: await uploaded(cookies['demo-institution']!, 'resource', 'a.pdf', PDF_BYTES),
      }),
      'url',
      'resource_source_both',
    ],
    [
      'neither a file nor a link',
      'demo-institution',
      async () => ({ url: null }),
      'documentId',
      'resource_source_missing',
    ],
    [
      'a link that is not http(s)',
      'demo-institution',
      async () => ({ url: 'ftp://example.cn/a.pdf' }),
      'url',
      'resource_url_invalid',
    ],
    [
      'an unknown occupation',
      'demo-institution',
      async () => ({ occupationCode: '4-99-99-99' }),
      'occupationCode',
      'unknown_occupation',
    ],
    ['an unknown kind', 'demo-institution', async () => ({ kind: 'poster' }), 'kind', 'invalid_value'],
    ['a title too short', 'demo-institution', async () => ({ title: '课' }), 'title', 'too_short'],
    [
      'a video that is a PDF',
      'demo-staff-city',
      async () => ({
        kind: 'video',
        url: null,
        documentId: await uploaded(cookies['demo-staff-city']!, 'resource', 'v.pdf', PDF_BYTES),
      }),
      'documentId',
      'resource_video_file',
    ],
    [
      'a file uploaded as a certificate',
      'demo-institution',
      async () => ({
        url: null,
        documentId: await uploaded(cookies['demo-institution']!, 'teacher_certificate', 'c.pdf', PDF_BYTES),
      }),
      'documentId',
      'document_wrong_purpose',
    ],
    [
      'a file of another institution',
      'demo-institution',
      async () => ({ url: null, documentId: await uploaded(kaifeng.cookie, 'resource', 'k.pdf', PDF_BYTES) }),
      'documentId',
      'document_not_found',
    ],
    [
      'a region named by an institution',
      'demo-institution',
      async () => ({ regionCode: '410100' }),
      'regionCode',
      'resource_region_not_allowed',
    ],
    [
      'a region outside the staff’s city',
      'demo-staff-city',
      async () => ({ regionCode: '410200' }),
      'regionCode',
      'region_outside_scope',
    ],
    [
      'a region that does not exist',
      'demo-staff-city',
      async () => ({ regionCode: '410199' }),
      'regionCode',
      'unknown_region',
    ],
  ])('refuses %s, writing nothing', async (_name, account, change, field, reason) => {
    const body = resource(await change());
    const before = await resourceCount();
    const response = await add(cookies[account]!, body);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.details).toEqual(
      expect.arrayContaining([expect.objectContaining({ field, reason, message: expect.any(String) })]),
    );
    expect(await resourceCount()).toBe(before);
  });
});

describe('sharing by region', () => {
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const create = async (
      key: string,
      account: string | { cookie: string },
      body: Record<string, unknown>,
    ) => {
      const cookie = typeof account === 'string' ? cookies[account]! : account.cookie;
      const response = await add(cookie, resource({ title: `共享测试：${key}`, ...body }));
      expect(response.statusCode, response.body).toBe(201);
      ids[key] = response.json().resource.id;
    };
    await create('province', 'demo-staff', { occupationCode: NURSERY, skillLevel: 'L5', kind: 'textbook' });
    await create('kaifengByProvince', 'demo-staff', { regionCode: '410200' });
    await create('zhengzhou', 'demo-staff-city', {});
    await create('demoInstitution', 'demo-institution', { skillLevel: null });
    await create('zhengzhou2', zhengzhou2, { kind: 'courseware' });
  });

  it('shows an institution what its region and those above share, and nothing of other regions', async () => {
    const seen = await visibleIds(cookies['demo-institution']!);
    const titles = (
      await t.request({ url: '/api/v1/resources?pageSize=200', cookie: cookies['demo-institution'] })
    )
      .json()
      .items.map((r: Resource) => r.title);
    // The demo data: the province's, the city's and the institution's own.
    expect(titles).toEqual(
      expect.arrayContaining([
        '养老护理员国家职业技能标准',
        '养老护理员（五级）培训教材',
        '车工安全操作规程课件',
      ]),
    );
    expect(seen).toEqual(expect.arrayContaining([ids.province, ids.zhengzhou, ids.demoInstitution]));
    expect(seen).not.toContain(ids.kaifengByProvince);
    // The other 郑州 institution is in another county, so it does not see the demo institution's.
    expect(seen).not.toContain(ids.zhengzhou2);
    const inKaifeng = await visibleIds(kaifeng.cookie);
    expect(inKaifeng).toEqual(expect.arrayContaining([ids.province, ids.kaifengByProvince]));
    expect(inKaifeng).not.toContain(ids.zhengzhou);
    expect(
      (await t.request({ url: `/api/v1/resources/${ids.zhengzhou}`, cookie: kaifeng.cookie })).statusCode,
    ).toBe(404);
  });

  it('shows staff what their scope covers; other regions get 404', async () => {
    const city = await visibleIds(cookies['demo-staff-city']!);
    expect(city).toEqual(expect.arrayContaining([ids.zhengzhou, ids.demoInstitution, ids.zhengzhou2]));
    expect(city).not.toContain(ids.province);
    expect(city).not.toContain(ids.kaifengByProvince);
    expect(await visibleIds(cookies['demo-staff']!)).toEqual(expect.arrayContaining(Object.values(ids)));
    expect(await visibleIds(cookies['demo-staff-city2']!)).toEqual(
      expect.arrayContaining([ids.kaifengByProvince]),
    );
    for (const id of [ids.zhengzhou, ids.demoInstitution]) {
      expect(
        (await t.request({ url: `/api/v1/resources/${id}`, cookie: cookies['demo-staff-city2'] })).statusCode,
      ).toBe(404);
    }
  });

  it('filters by occupation, level, kind and text', async () => {
    const staff = cookies['demo-staff']!;
    const get = async (query: string) =>
      (await t.request({ url: `/api/v1/resources?pageSize=200&${query}`, cookie: staff })).json()
        .items as Resource[];
    const nursery = await get(`occupation=${NURSERY}`);
    expect(nursery.map((r) => r.id)).toContain(ids.province);
    expect(nursery.every((r) => r.occupationCode === NURSERY)).toBe(true);
    expect((await get('level=L5')).every((r) => r.skillLevel === 'L5')).toBe(true);
    const textbooks = await get('kind=textbook');
    expect(textbooks.map((r) => r.id)).toContain(ids.province);
    expect(textbooks.every((r) => r.kind === 'textbook')).toBe(true);
    expect((await get(`q=${encodeURIComponent('共享测试')}`)).map((r) => r.id).sort()).toEqual(
      Object.values(ids).sort(),
    );
    const bad = await t.request({ url: '/api/v1/resources?level=L9', cookie: staff });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0]).toMatchObject({ field: 'level', reason: 'invalid_value' });
  });

  it('serves a shared file to institutions of the region only', async () => {
    const documentId = await uploaded(cookies['demo-staff-city']!, 'resource', '护理教材.pdf', PDF_BYTES);
    const created = await add(
      cookies['demo-staff-city']!,
      resource({ kind: 'textbook', url: null, documentId }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const content = `/api/v1/documents/${documentId}/content`;
    const download = await t.request({ url: content, cookie: cookies['demo-institution'] });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF_BYTES)).toBe(true);
    expect((await t.request({ url: content, cookie: kaifeng.cookie })).statusCode).toBe(404);
  });

  it('lets the contributor or staff of the region withdraw, with the reason in the audit trail', async () => {
    const withdraw = (id: string, cookie: string, reason?: string) =>
      t.request({
        method: 'POST',
        url: `/api/v1/resources/${id}/withdraw`,
        cookie,
        body: reason ? { reason } : {},
      });
    expect((await withdraw(ids.zhengzhou!, cookies['demo-institution']!)).statusCode).toBe(403);
    expect((await withdraw(ids.demoInstitution!, kaifeng.cookie)).statusCode).toBe(404);
    expect((await withdraw(ids.demoInstitution!, cookies['demo-staff-city2']!)).statusCode).toBe(404);
    expect((await withdraw(ids.demoInstitution!, cookies['demo-auditor']!)).statusCode).toBe(403);

    const own = await withdraw(ids.demoInstitution!, cookies['demo-institution']!, '内容已过时');
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json().resource).toMatchObject({ status: 'withdrawn', withdrawable: false });
    expect(
      (await auditRecords(t, ids.demoInstitution!)).find((a) => a.action === 'resource.withdraw'),
    ).toMatchObject({
      actorUsername: 'demo-institution',
      reason: '内容已过时',
    });
    const again = await withdraw(ids.demoInstitution!, cookies['demo-institution']!);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('resources.already_withdrawn');
    expect(await visibleIds(cookies['demo-institution']!)).not.toContain(ids.demoInstitution);
    expect(await visibleIds(cookies['demo-institution']!, 'status=withdrawn')).toEqual([ids.demoInstitution]);

    const byStaff = await withdraw(ids.zhengzhou2!, cookies['demo-staff-city']!, '重复资源');
    expect(byStaff.statusCode, byStaff.body).toBe(200);
    expect(await visibleIds(zhengzhou2.cookie)).not.toContain(ids.zhengzhou2);
    expect(await visibleIds(cookies['demo-staff-city']!, 'status=withdrawn')).toEqual(
      expect.arrayContaining([ids.demoInstitution, ids.zhengzhou2]),
    );
  });

  it('accepts usable resources in a filing and names each one that is not', async () => {
    const services = createServices(t.platform);
    const user = await services.users.findByUsername('demo-institution');
    const actor = actorOf(user!);
    const check = (resourceIds: string[]) =>
      t.platform.db.transaction((tx) => services.resources.assertUsable(tx, actor, resourceIds));
    const titles = await check([ids.province!, ids.zhengzhou!]);
    expect([...titles.keys()].sort()).toEqual([ids.province!, ids.zhengzhou!].sort());
    await expect(
      check([ids.zhengzhou!, ids.kaifengByProvince!, ids.demoInstitution!, 'x']),
    ).rejects.toMatchObject({
      code: 'common.validation_failed',
      details: [
        expect.objectContaining({ field: 'resourceIds.1', reason: 'resource_not_usable' }),
        expect.objectContaining({ field: 'resourceIds.2', reason: 'resource_not_usable' }),
        expect.objectContaining({ field: 'resourceIds.3', reason: 'resource_not_usable' }),
      ],
    });
  });
});

describe('access', () => {
  it('lets auditors read, and refuses workers and anonymous callers', async () => {
    const read = await t.request({ url: '/api/v1/resources', cookie: cookies['demo-auditor'] });
    expect(read.statusCode).toBe(200);
    expect(read.json().items.every((r: Resource) => !r.withdrawable)).toBe(true);
    expect((await add(cookies['demo-auditor']!, resource())).statusCode).toBe(403);
    expect((await t.request({ url: '/api/v1/resources', cookie: cookies['demo-worker'] })).statusCode).toBe(
      403,
    );
    expect((await add(cookies['demo-worker']!, resource())).statusCode).toBe(403);
    expect((await t.request({ url: '/api/v1/resources' })).statusCode).toBe(401);
  });
});
