import { auditLog, institutions, users } from '@qiancheng/db';
import { and, eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test-support/test-app';

/**
 * 培训品牌 end to end on the demo province: 河南 staff (410000), 郑州 staff (410100), 开封 staff
 * (410200), the demo institution (registered and approved by the demo seed), an auditor and a worker.
 * The demo seed has already published 河南省第1批培训品牌 with 郑州养老护理员培训 and 开封家政服务员培训.
 */
let t: TestApp;
let province: string;
let zhengzhou: string;
let kaifeng: string;
let institution: string;
let auditor: string;
let worker: string;

const CARE = '4-10-01-05'; // 养老护理员
const NURSERY = '4-10-01-02'; // 育婴员
const DESCRIPTION = '依托本地养老机构共建实训基地，开展养老护理员培训并推荐就业。';

beforeAll(async () => {
  t = await startTestApp();
  province = await t.login('demo-staff');
  zhengzhou = await t.login('demo-staff-city');
  kaifeng = await t.login('demo-staff-city2');
  institution = await t.login('demo-institution');
  auditor = await t.login('demo-auditor');
  worker = await t.login('demo-worker');
});
afterAll(() => t.close());

function post(url: string, cookie: string, body?: unknown, headers?: Record<string, string>) {
  return t.request({ method: 'POST', url, cookie, body: body ?? {}, ...(headers ? { headers } : {}) });
}

function apply(body: Record<string, unknown>, cookie = zhengzhou) {
  return post('/api/v1/brands', cookie, {
    regionCode: '410105',
    occupationCode: CARE,
    description: DESCRIPTION,
    ...body,
  });
}

async function applied(body: Record<string, unknown>, cookie = zhengzhou): Promise<string> {
  const response = await apply(body, cookie);
  expect(response.statusCode, response.body).toBe(201);
  return response.json().brand.id;
}

async function audited(action: string, entityId: string) {
  return t.platform.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));
}

async function publicNames(query: string): Promise<string[]> {
  const response = await t.request({ url: `/api/v1/public/brands?pageSize=200${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items.map((brand: { name: string }) => brand.name);
}

describe('the demo batch', () => {
  it('is public with its two brands', async () => {
    const batches = (await t.request({ url: '/api/v1/public/brand-batches' })).json();
    expect(batches.items).toContainEqual(
      expect.objectContaining({
        regionCode: '410000',
        number: 1,
        title: '河南省第1批培训品牌',
        brandCount: 2,
      }),
    );
    const names = await publicNames('');
    expect(names).toEqual(expect.arrayContaining(['郑州养老护理员培训', '开封家政服务员培训']));
  });
});

describe('checking an application', () => {
  it.each([
    [{ name: '金水养老护理员' }, 'name', 'brand_suffix', '应以“培训”结尾'],
    [{ name: '金水焊工培训' }, 'name', 'brand_occupation', '“养老护理员”'],
    [{ name: '开封养老护理员培训' }, 'name', 'brand_place', '如 金水、郑州、河南'],
    [{ name: '养老护理员培训' }, 'name', 'brand_place', '所在地名'],
    [{ name: '郑州养老护理员培训' }, 'name', 'brand_name_taken', '“郑州养老护理员培训”已有申报'],
    [
      { name: '金水养老护理培训', occupationCode: '9-99-99-99' },
      'occupationCode',
      'unknown_occupation',
      '职业编码不存在',
    ],
    [{ name: '开封养老护理培训', regionCode: '410200' }, 'regionCode', 'region_outside_scope', '管辖区域'],
    [
      { name: '金水养老护理培训', regionCode: '419999' },
      'regionCode',
      'unknown_region',
      '行政区划代码不存在',
    ],
    [{ name: '金水养老护理培训', description: '太短' }, 'description', 'too_short', '10'],
  ])('refuses %j', async (change, field, reason, message) => {
    const response = await apply(change);
    expect(response.statusCode, response.body).toBe(400);
    const detail = response.json().error.details.find((d: { field: string }) => d.field === field);
    expect(detail).toMatchObject({ reason });
    expect(detail.message).toContain(message);
  });

  it('explains the naming rule in English too', async () => {
    const response = await post(
      '/api/v1/brands',
      zhengzhou,
      { name: '开封养老护理员培训', regionCode: '410105', occupationCode: CARE, description: DESCRIPTION },
      { 'accept-language': 'en-US' },
    );
    expect(response.json().error.details[0].message).toBe(
      'must begin with the place name (e.g. 金水、郑州、河南) or the applying enterprise’s name',
    );
  });

  it('records nothing for a refused application', async () => {
    const mine = (await t.request({ url: '/api/v1/brands', cookie: zhengzhou })).json();
    expect(mine.items.map((b: { name: string }) => b.name)).not.toContain('开封养老护理员培训');
  });
});

describe('an application from submission to the portal', () => {
  let id = '';

  it('is submitted by city staff for a district of their city', async () => {
    const response = await apply({ name: '金水养老护理员培训' });
    expect(response.statusCode, response.body).toBe(201);
    const { brand } = response.json();
    id = brand.id;
    expect(brand).toMatchObject({
      name: '金水养老护理员培训',
      applicantKind: 'region',
      institutionId: null,
      regionName: '金水区',
      occupationName: '养老护理员',
      status: 'submitted',
      batch: null,
    });
    expect(await audited('brand.apply', id)).toHaveLength(1);
  });

  it('is hidden from other cities, refused to workers, readable by the auditor', async () => {
    expect((await t.request({ url: `/api/v1/brands/${id}`, cookie: kaifeng })).statusCode).toBe(404);
    expect((await post(`/api/v1/brands/${id}/approve`, kaifeng)).statusCode).toBe(404);
    const kaifengList = (await t.request({ url: '/api/v1/brands?pageSize=200', cookie: kaifeng })).json();
    expect(kaifengList.items.map((b: { id: string }) => b.id)).not.toContain(id);
    expect((await t.request({ url: '/api/v1/brands?region=410100', cookie: kaifeng })).statusCode).toBe(403);
    expect((await t.request({ url: '/api/v1/brands', cookie: worker })).statusCode).toBe(403);
    expect((await apply({ name: '金水养老护理培训' }, worker)).statusCode).toBe(403);
    expect((await t.request({ url: `/api/v1/brands/${id}`, cookie: auditor })).statusCode).toBe(200);
    expect((await post(`/api/v1/brands/${id}/approve`, auditor)).statusCode).toBe(403);
    expect((await t.request({ url: `/api/v1/brands/${id}` })).statusCode).toBe(401);
  });

  it('is returned by the province with a reason', async () => {
    expect((await post(`/api/v1/brands/${id}/return`, province, {})).statusCode).toBe(400);
    const reason = '品牌简介请补充合作养老机构和实训基地情况';
    const response = await post(`/api/v1/brands/${id}/return`, province, { reason });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().brand).toMatchObject({
      status: 'returned',
      reviewNote: reason,
      reviewedByName: '省人社厅经办人',
    });
    const [record] = await audited('brand.return', id);
    expect(record).toMatchObject({ reason, after: expect.objectContaining({ status: 'returned' }) });
  });

  it('cannot be approved while returned', async () => {
    const response = await post(`/api/v1/brands/${id}/approve`, province);
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({
      code: 'brands.invalid_transition',
      message: '该品牌申报当前为“已退回修改”，不能审核通过',
    });
  });

  it('is edited and resubmitted by its applicant, not by another city', async () => {
    const body = {
      name: '河南金水养老护理培训',
      regionCode: '410105',
      occupationCode: CARE,
      description: `${DESCRIPTION}合作机构：金水区社会福利中心。`,
    };
    expect((await post(`/api/v1/brands/${id}/resubmit`, kaifeng, body)).statusCode).toBe(404);
    const wrong = await post(`/api/v1/brands/${id}/resubmit`, zhengzhou, { ...body, name: '金水育婴员培训' });
    expect(wrong.json().error.details[0]).toMatchObject({ field: 'name', reason: 'brand_occupation' });
    const response = await post(`/api/v1/brands/${id}/resubmit`, zhengzhou, body);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().brand).toMatchObject({ name: '河南金水养老护理培训', status: 'submitted' });
    const [record] = await audited('brand.resubmit', id);
    expect(record?.before).toMatchObject({ name: '金水养老护理员培训', status: 'returned' });
    expect(record?.after).toMatchObject({ name: '河南金水养老护理培训', status: 'submitted' });
    const again = await post(`/api/v1/brands/${id}/resubmit`, zhengzhou, body);
    expect(again.json().error.code).toBe('brands.invalid_transition');
  });

  it('is approved by the city and listed for publication', async () => {
    const response = await post(`/api/v1/brands/${id}/approve`, zhengzhou);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().brand.status).toBe('approved');
    expect(await audited('brand.approve', id)).toHaveLength(1);
    const preview = (await t.request({ url: '/api/v1/brand-batches/preview', cookie: zhengzhou })).json();
    expect(preview).toMatchObject({ regionCode: '410100', number: 1, title: '郑州市第1批培训品牌' });
    expect(preview.brands.map((b: { id: string }) => b.id)).toEqual([id]);
    expect(await publicNames('')).not.toContain('河南金水养老护理培训');
  });

  it('is published in 郑州市第1批 and appears on the portal', async () => {
    const response = await post('/api/v1/brand-batches', zhengzhou, {});
    expect(response.statusCode, response.body).toBe(201);
    const { batch } = response.json();
    expect(batch).toMatchObject({
      regionCode: '410100',
      regionName: '郑州市',
      number: 1,
      title: '郑州市第1批培训品牌',
      brandCount: 1,
    });
    expect((await t.request({ url: `/api/v1/brands/${id}`, cookie: zhengzhou })).json().brand).toMatchObject({
      status: 'published',
      batch: { id: batch.id, number: 1 },
    });
    expect(await publicNames(`&batch=${batch.id}`)).toEqual(['河南金水养老护理培训']);
    expect(await publicNames('&region=410105')).toEqual(['河南金水养老护理培训']);
    expect(await publicNames('&region=410200')).toEqual(['开封家政服务员培训']);
    expect(await publicNames(`&occupation=${CARE}`)).toEqual(
      expect.arrayContaining(['河南金水养老护理培训', '郑州养老护理员培训']),
    );
    const publicBrand = (await t.request({ url: `/api/v1/public/brands?batch=${batch.id}` })).json().items[0];
    expect(publicBrand).not.toHaveProperty('reviewNote');
    expect(publicBrand.batch).toMatchObject({ number: 1, title: '郑州市第1批培训品牌' });

    const [batchRecord] = await audited('brand_batch.publish', batch.id);
    expect(batchRecord?.after).toMatchObject({ regionCode: '410100', number: 1, brandIds: [id] });
    expect(await audited('brand.publish', id)).toHaveLength(1);
  });

  it('exports the batch as a spreadsheet', async () => {
    const batches = (await t.request({ url: '/api/v1/public/brand-batches?region=410100' })).json();
    const batch = batches.items.find((b: { title: string }) => b.title === '郑州市第1批培训品牌');
    const response = await t.request({ url: `/api/v1/public/brand-batches/${batch.id}/export` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain(encodeURIComponent('郑州市第1批培训品牌.xlsx'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('培训品牌')!;
    expect(String(sheet.getRow(1).getCell(1).value)).toContain('郑州市第1批培训品牌');
    expect(sheet.getRow(3).values).toEqual(
      expect.arrayContaining([1, '河南金水养老护理培训', '金水区', '养老护理员', CARE, '地区申报']),
    );
    expect(sheet.rowCount).toBe(3);
  });
});

describe('batch numbering', () => {
  it('refuses a batch with nothing approved', async () => {
    const response = await post('/api/v1/brand-batches', zhengzhou, {});
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toMatchObject({
      code: 'brands.batch_empty',
      message: '郑州市及下辖地区没有审核通过、待发布的培训品牌，不能发布批次',
    });
  });

  it('numbers the next batch 2, and publications at the same moment get distinct numbers', async () => {
    const second = await applied({ name: '金水育婴员培训', occupationCode: NURSERY });
    expect((await post(`/api/v1/brands/${second}/approve`, zhengzhou)).statusCode).toBe(200);
    const response = await post('/api/v1/brand-batches', zhengzhou, { title: '郑州市2026年第二批培训品牌' });
    expect(response.json().batch).toMatchObject({ number: 2, title: '郑州市2026年第二批培训品牌' });

    const ids = [
      await applied({ name: '二七养老护理员培训', regionCode: '410103' }),
      await applied({ name: '中原养老护理员培训', regionCode: '410102' }),
    ];
    for (const brandId of ids) await post(`/api/v1/brands/${brandId}/approve`, zhengzhou);
    const [a, b] = await Promise.all(
      ids.map((brandId) => post('/api/v1/brand-batches', zhengzhou, { brandIds: [brandId] })),
    );
    expect(a?.statusCode, a?.body).toBe(201);
    expect(b?.statusCode, b?.body).toBe(201);
    expect([a?.json().batch.number, b?.json().batch.number].sort()).toEqual([3, 4]);
  });

  it('refuses to publish a brand that is not approved in the region', async () => {
    const pending = await applied({ name: '惠济养老护理员培训', regionCode: '410108' });
    const response = await post('/api/v1/brand-batches', zhengzhou, { brandIds: [pending] });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0]).toMatchObject({
      field: 'brandIds.0',
      reason: 'brand_not_publishable',
    });
    expect((await post('/api/v1/brand-batches', kaifeng, { regionCode: '410100' })).statusCode).toBe(403);
  });

  it('numbers each region on its own', async () => {
    const id = await applied(
      { name: '开封育婴员培训', regionCode: '410200', occupationCode: NURSERY },
      kaifeng,
    );
    await post(`/api/v1/brands/${id}/approve`, province);
    const response = await post('/api/v1/brand-batches', kaifeng, {});
    expect(response.json().batch).toMatchObject({ regionCode: '410200', number: 1 });
  });
});

describe('rejection', () => {
  it('frees the name for a new application', async () => {
    const id = await applied({ name: '上街养老护理员培训', regionCode: '410106' });
    expect(
      (await post(`/api/v1/brands/${id}/reject`, zhengzhou, { reason: '与已有品牌重复' })).json().brand,
    ).toMatchObject({ status: 'rejected', reviewNote: '与已有品牌重复' });
    expect(await audited('brand.reject', id)).toHaveLength(1);
    expect((await post(`/api/v1/brands/${id}/approve`, zhengzhou)).statusCode).toBe(409);
    await applied({ name: '上街养老护理员培训', regionCode: '410106' });
  });
});

describe('an institution’s own brand', () => {
  let regionCode = '';
  let institutionName = '';

  beforeAll(async () => {
    const [row] = await t.platform.db
      .select({ regionCode: institutions.regionCode, name: institutions.name })
      .from(users)
      .innerJoin(institutions, eq(institutions.id, users.organizationId))
      .where(eq(users.username, 'demo-institution'));
    regionCode = row!.regionCode;
    institutionName = row!.name;
  });

  it('is offered its registered region and name to apply with', async () => {
    const response = await t.request({ url: '/api/v1/brands/applicant', cookie: institution });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      applicantKind: 'institution',
      regionCode,
      organizationName: institutionName,
    });
    const staff = (await t.request({ url: '/api/v1/brands/applicant', cookie: zhengzhou })).json();
    expect(staff).toEqual({
      applicantKind: 'region',
      regionCode: '410100',
      regionName: '郑州市',
      organizationName: null,
    });
    expect((await t.request({ url: '/api/v1/brands/applicant', cookie: auditor })).statusCode).toBe(403);
  });

  it('may be named after the institution, inside its own region only', async () => {
    const outside = await apply({ name: '前程示范养老护理培训', regionCode: '410200' }, institution);
    expect(outside.json().error.details[0]).toMatchObject({
      field: 'regionCode',
      reason: 'brand_region_outside_institution',
    });
    const response = await apply({ name: '前程示范养老护理培训', regionCode }, institution);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().brand).toMatchObject({
      applicantKind: 'institution',
      institutionName,
      status: 'submitted',
    });
    // Staff applying for a region cannot use an institution’s name.
    const staff = await apply({ name: '前程示范育婴员培训', regionCode, occupationCode: NURSERY }, zhengzhou);
    expect(staff.json().error.details[0]).toMatchObject({ field: 'name', reason: 'brand_place' });
  });

  it('sees only its own applications and is resubmitted by it alone', async () => {
    const own = (await t.request({ url: '/api/v1/brands?pageSize=200', cookie: institution })).json();
    expect(own.items.length).toBeGreaterThan(0);
    expect(own.items.every((b: { applicantKind: string }) => b.applicantKind === 'institution')).toBe(true);
    const staffBrand = (await t.request({ url: '/api/v1/brands?pageSize=200', cookie: zhengzhou }))
      .json()
      .items.find((b: { applicantKind: string }) => b.applicantKind === 'region');
    expect(
      (await t.request({ url: `/api/v1/brands/${staffBrand.id}`, cookie: institution })).statusCode,
    ).toBe(404);

    const mine = own.items.find((b: { name: string }) => b.name === '前程示范养老护理培训');
    await post(`/api/v1/brands/${mine.id}/return`, zhengzhou, { reason: '请说明实训场地' });
    const body = { name: '前程示范养老护理培训', regionCode, occupationCode: CARE, description: DESCRIPTION };
    const byStaff = await post(`/api/v1/brands/${mine.id}/resubmit`, zhengzhou, body);
    expect(byStaff.statusCode).toBe(403);
    expect(byStaff.json().error.code).toBe('brands.not_applicant');
    const byInstitution = await post(`/api/v1/brands/${mine.id}/resubmit`, institution, body);
    expect(byInstitution.statusCode, byInstitution.body).toBe(200);
    expect((await post(`/api/v1/brands/${mine.id}/approve`, institution)).statusCode).toBe(403);
  });

  it('shows every audit record of its life', async () => {
    const brand = (await t.request({ url: '/api/v1/brands?status=submitted', cookie: institution }))
      .json()
      .items.find((b: { name: string }) => b.name === '前程示范养老护理培训');
    const actions = await t.platform.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, brand.id), inArray(auditLog.entityType, ['training_brand'])));
    expect(actions.map((a) => a.action)).toEqual(
      expect.arrayContaining(['brand.apply', 'brand.return', 'brand.resubmit']),
    );
  });
});
