import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test-support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('reference data API', () => {
  it('lists provinces, then cities of a province with their child counts', async () => {
    const provinces = (await t.request({ url: '/api/v1/reference/regions' })).json().items;
    expect(provinces.length).toBeGreaterThanOrEqual(31);
    expect(provinces).toContainEqual(expect.objectContaining({ code: '410000', name: '河南省', level: 1 }));
    const cities = (await t.request({ url: '/api/v1/reference/regions?parent=410000' })).json().items;
    expect(cities).toContainEqual(
      expect.objectContaining({ code: '410100', name: '郑州市', level: 2, parentCode: '410000' }),
    );
    expect(cities.find((c: { code: string }) => c.code === '410100').childCount).toBeGreaterThan(5);
  });

  it('gives a region with its path, and 404 or 400 for unknown or malformed codes', async () => {
    const county = (await t.request({ url: '/api/v1/reference/regions/410102' })).json();
    expect(county.path.map((p: { name: string }) => p.name)).toEqual(['河南省', '郑州市', '中原区']);
    expect((await t.request({ url: '/api/v1/reference/regions/419999' })).statusCode).toBe(404);
    expect((await t.request({ url: '/api/v1/reference/regions/41' })).statusCode).toBe(400);
    const unknownParent = await t.request({ url: '/api/v1/reference/regions?parent=419999' });
    expect(unknownParent.statusCode).toBe(400);
    expect(unknownParent.json().error.code).toBe('reference.unknown_region');
  });

  it('searches occupations by name or code, filters by field and paginates', async () => {
    const byName = (
      await t.request({ url: `/api/v1/reference/occupations?q=${encodeURIComponent('养老')}` })
    ).json();
    expect(byName.items).toContainEqual(expect.objectContaining({ code: '4-10-01-05', name: '养老护理员' }));
    const byCode = (await t.request({ url: '/api/v1/reference/occupations?q=4-10-01-05' })).json();
    expect(byCode.total).toBe(1);
    const field = (
      await t.request({ url: '/api/v1/reference/occupations?field=elderly_childcare&pageSize=200' })
    ).json();
    expect(field.items.every((o: { priorityField: string }) => o.priorityField === 'elderly_childcare')).toBe(
      true,
    );
    const page = (await t.request({ url: '/api/v1/reference/occupations?page=1&pageSize=1' })).json();
    expect(page.items).toHaveLength(1);
    expect(page.total).toBeGreaterThanOrEqual(1);
    const wildcard = (
      await t.request({ url: `/api/v1/reference/occupations?q=${encodeURIComponent('%')}` })
    ).json();
    expect(wildcard.total).toBe(0);
  });

  it.each(['skill-levels', 'certificate-types', 'target-groups', 'institution-types', 'priority-fields'])(
    'serves %s with names in both languages',
    async (list) => {
      const items = (await t.request({ url: `/api/v1/reference/${list}` })).json().items;
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        expect(item.code).toEqual(expect.any(String));
        expect(item.name['zh-CN']).toEqual(expect.any(String));
        expect(item.name['en-US']).toEqual(expect.any(String));
      }
    },
  );
});

describe('platform endpoints', () => {
  it('reports health with the database engine', async () => {
    const health = (await t.request({ url: '/api/health' })).json();
    expect(health).toMatchObject({
      status: 'ok',
      database: process.env.QIANCHENG_TEST_DB === 'postgresql' ? 'postgresql' : 'pglite',
    });
  });

  it('publishes OpenAPI 3 and its documentation page', async () => {
    const spec = (await t.request({ url: '/api/openapi.json' })).json();
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/login', '/api/v1/users', '/api/health']),
    );
    const docs = await t.request({ url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toMatch(/html/);
  });

  it('shows live figures on the public overview', async () => {
    const overview = (await t.request({ url: '/api/v1/public/overview' })).json();
    expect(overview.deployment).toEqual({ regionCode: '410000', regionName: '河南省' });
    expect(overview.figures.workers).toBe(2);
    expect(overview.figures.regions).toBeGreaterThan(10);
  });
});

describe('occupation import', () => {
  it('imports a valid CSV (BOM, CRLF, quoted fields) and updates existing codes', async () => {
    const admin = await t.login('demo-admin');
    const csv =
      '\uFEFFcode,name,priority_field\r\n4-10-01-05,养老护理员,康养托育\r\n"6-99-99-01","示范职业, 测试",advanced_manufacturing\r\n';
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/reference/occupations/import',
      cookie: admin,
      body: { csv },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ rows: 2, created: 1, updated: 1 });
    const found = (await t.request({ url: '/api/v1/reference/occupations?q=6-99-99-01' })).json();
    expect(found.items[0]).toMatchObject({ name: '示范职业, 测试', priorityField: 'advanced_manufacturing' });
  });

  it('reports every bad row and imports nothing', async () => {
    const admin = await t.login('demo-admin');
    const before = (await t.request({ url: '/api/v1/reference/occupations?pageSize=1' })).json().total;
    const csv = 'code,name\n6-99-99-02,新职业甲\n6-99-9-03,格式错误\n6-99-99-02,重复\n6-99-99-04,\n';
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/reference/occupations/import',
      cookie: admin,
      body: { csv },
    });
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe('reference.import_has_errors');
    expect(error.details.map((d: { row: number; field: string }) => [d.row, d.field])).toEqual([
      [3, 'code'],
      [4, 'code'],
      [5, 'name'],
    ]);
    expect((await t.request({ url: '/api/v1/reference/occupations?pageSize=1' })).json().total).toBe(before);
  });

  it('is for administrators only', async () => {
    const staff = await t.login('demo-staff');
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/reference/occupations/import',
      cookie: staff,
      body: { csv: 'code,name\n' },
    });
    expect(response.statusCode).toBe(403);
  });
});
