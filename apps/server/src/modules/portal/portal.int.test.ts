import { projects } from '@qiancheng/db';
import { PUBLIC_RESULT_WINDOW } from '@qiancheng/domain/projects/index';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { insertDemandLines, PUBLISHABLE, publishedProject } from '../projects/test-fixtures';

/**
 * The public training column. Its own projects are in 安阳市 (410500), where the demo data has none,
 * so counts and orders are exact: A 养老护理员 in 文峰区, B 育婴员 in 北关区, C 焊工 in 安阳县,
 * D 养老护理员 at city level, F 家政服务员 at city level whose content mentions 养老护理, and a draft.
 */
let t: TestApp;
let staff: string;
const ids: Record<'A' | 'B' | 'C' | 'D' | 'F' | 'draft', string> = {
  A: '',
  B: '',
  C: '',
  D: '',
  F: '',
  draft: '',
};

beforeAll(async () => {
  t = await startTestApp();
  staff = await t.login('demo-staff');
  ids.A = await publishedProject(
    t,
    staff,
    { regionCode: '410502', occupationCode: '4-10-01-05', skillLevel: 'L4' },
    {
      regionCode: '410502',
      hoursTheory: 40,
      hoursPractice: 80,
      targetGroups: ['rural_migrant_worker'],
    },
  );
  ids.B = await publishedProject(
    t,
    staff,
    { regionCode: '410503', occupationCode: '4-10-01-02', skillLevel: 'L5' },
    {
      regionCode: '410503',
      hoursTheory: 20,
      hoursPractice: 20,
      mode: 'mixed',
      targetGroups: ['unemployed_graduate'],
      contentOutline: '婴幼儿生活照料；早期发展',
    },
  );
  ids.C = await publishedProject(
    t,
    staff,
    { regionCode: '410522', occupationCode: '6-18-02-04', skillLevel: 'L3' },
    {
      regionCode: '410522',
      hoursTheory: 60,
      hoursPractice: 120,
      targetGroups: ['veteran'],
      contentOutline: '焊接安全；平焊；立焊',
    },
  );
  ids.D = await publishedProject(
    t,
    staff,
    { regionCode: '410502', occupationCode: '4-10-01-05', skillLevel: 'L5' },
    {
      regionCode: '410500',
      hoursTheory: 10,
      hoursPractice: 10,
      mode: 'online',
    },
  );
  ids.F = await publishedProject(
    t,
    staff,
    { regionCode: '410500', occupationCode: '4-10-01-06' },
    {
      regionCode: '410500',
      hoursTheory: 30,
      hoursPractice: 30,
      contentOutline: '家居保洁；含养老护理基础模块',
      targetGroups: ['rural_migrant_worker', 'veteran'],
    },
  );
  const lines = await insertDemandLines(t, [{ regionCode: '410502', occupationCode: '4-10-01-05' }]);
  const draft = await t.request({
    method: 'POST',
    url: '/api/v1/projects',
    cookie: staff,
    body: { demandLineIds: lines, ...PUBLISHABLE, regionCode: '410502' },
  });
  ids.draft = draft.json().project.id;
});
afterAll(() => t.close());

async function search(query: string) {
  const response = await t.request({ url: `/api/v1/public/projects?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: { id: string }[]; total: number };
}

const found = async (query: string) => (await search(`pageSize=200&${query}`)).items.map((item) => item.id);
const q = (text: string) => `q=${encodeURIComponent(text)}`;

describe('public search', () => {
  it('finds 养老护理员 by 养老护理 and by 护理, but not by 育婴', async () => {
    expect(await found(`${q('养老护理')}&region=410500`)).toEqual(expect.arrayContaining([ids.A, ids.D]));
    expect(await found(`${q('护理')}&region=410500`)).toEqual(expect.arrayContaining([ids.A, ids.D]));
    expect(await found(`${q('育婴')}&region=410500`)).toEqual([ids.B]);
    expect(await found(q('育婴'))).not.toContain(ids.A);
  });

  it('shows only published and adjusted projects', async () => {
    expect(await found('region=410500')).not.toContain(ids.draft);
    expect((await t.request({ url: `/api/v1/public/projects/${ids.draft}` })).statusCode).toBe(404);
  });

  it('returns the item shape of the issue', async () => {
    const { items } = await search(`${q('焊工')}&region=410500`);
    expect(items).toEqual([
      {
        id: ids.C,
        title: '安阳县焊工培训项目',
        occupationCode: '6-18-02-04',
        occupationName: '焊工',
        priorityField: 'advanced_manufacturing',
        skillLevel: 'L3',
        postsAvailable: 10,
        hoursTheory: 60,
        hoursPractice: 120,
        mode: 'offline',
        regionCode: '410522',
        regionName: '安阳县',
        targetGroups: ['veteran'],
        evaluationType: 'skill_level',
        publishedAt: expect.any(String),
        version: 1,
      },
    ]);
  });

  it.each([
    ['region=410500', ['A', 'B', 'C', 'D', 'F']],
    ['region=410502', ['A']],
    ['region=410500&field=advanced_manufacturing', ['C']],
    ['region=410500&field=elderly_childcare', ['A', 'B', 'D', 'F']],
    ['region=410500&occupation=4-10-01-05', ['A', 'D']],
    ['region=410500&level=L5', ['B', 'D']],
    ['region=410500&mode=online', ['D']],
    ['region=410500&group=veteran', ['C', 'F']],
    ['region=410500&group=rural_migrant_worker&occupation=4-10-01-05', ['A', 'D']],
    [`region=410500&${q('焊接安全')}`, ['C']],
    [`region=410500&${q('安阳县')}`, ['C']],
    [`region=410500&${q('6-18-02-04')}`, ['C']],
  ] as const)('filters %s', async (query, expected) => {
    const result = await search(`pageSize=200&${query}`);
    expect(result.items.map((item) => item.id).sort()).toEqual(expected.map((key) => ids[key]).sort());
    expect(result.total).toBe(expected.length);
  });

  it('treats a query without searchable characters as no query', async () => {
    const all = await search('region=410500');
    expect((await search(`region=410500&${q('！？')}`)).total).toBe(all.total);
  });

  it('sorts by relevance (title or occupation holding the words first), newest and hours', async () => {
    const relevance = await found(`region=410500&${q('养老护理')}`);
    expect(relevance).toEqual([ids.D, ids.A, ids.F]);
    expect(await found(`region=410500&${q('养老护理')}&sort=newest`)).toEqual([ids.F, ids.D, ids.A]);
    expect(await found('region=410500&sort=hours')).toEqual([ids.C, ids.A, ids.F, ids.B, ids.D]);
    expect(await found('region=410500')).toEqual([ids.F, ids.D, ids.C, ids.B, ids.A]);
  });

  it('pages with a stable total', async () => {
    const first = await search('region=410500&pageSize=2&page=1');
    const third = await search('region=410500&pageSize=2&page=3');
    const beyond = await search('region=410500&pageSize=2&page=4');
    expect(first).toMatchObject({ total: 5 });
    expect(first.items.map((i) => i.id)).toEqual([ids.F, ids.D]);
    expect(third.items.map((i) => i.id)).toEqual([ids.A]);
    expect(beyond).toEqual({ items: [], total: 5 });
  });

  it.each([
    ['region=41', 'region', 'invalid_format'],
    ['region=419999', 'region', 'unknown_region'],
    ['occupation=abc', 'occupation', 'invalid_format'],
    ['field=cooking', 'field', 'invalid_value'],
    ['mode=classroom', 'mode', 'invalid_value'],
    ['level=L9', 'level', 'invalid_value'],
    ['group=everyone', 'group', 'invalid_value'],
    ['sort=cheapest', 'sort', 'invalid_value'],
    ['pageSize=500', 'pageSize', 'too_big'],
    ['page=6&pageSize=200', 'page', 'result_window_exceeded'],
    ['color=red', 'color', 'unknown_field'],
  ])('refuses %s naming the parameter', async (query, field, reason) => {
    const response = await t.request({ url: `/api/v1/public/projects?${query}` });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toContainEqual(expect.objectContaining({ field, reason }));
  });
});

describe('a broad search', () => {
  it('counts no further than the result window, while the navigation counts everything', async () => {
    const many = PUBLIC_RESULT_WINDOW + 5;
    await t.platform.db.insert(projects).values(
      Array.from({ length: many }, (_, i) => ({
        status: 'published',
        title: `驻马店市焊工培训项目${i}`,
        occupationCode: '6-18-02-04',
        priorityField: 'advanced_manufacturing',
        regionCode: '411700',
        searchTerms: ['焊工', '钳工', '驻马店'],
        publishedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
      })),
    );
    // Three older projects titled 钳工: a rare first tier of relevance for 钳工 among many matches.
    const fitters = await t.platform.db
      .insert(projects)
      .values(
        [0, 1, 2].map((i) => ({
          status: 'published',
          title: `驻马店市钳工培训项目${i}`,
          occupationCode: '6-20-01-01',
          priorityField: 'advanced_manufacturing',
          regionCode: '411700',
          searchTerms: ['钳工', '驻马店'],
          publishedAt: new Date(Date.UTC(2025, 0, 1, 0, 0, i)),
        })),
      )
      .returning({ id: projects.id });
    const first = await search('region=411700&pageSize=20');
    expect(first.total).toBe(PUBLIC_RESULT_WINDOW);
    const last = await search(`region=411700&pageSize=20&page=${PUBLIC_RESULT_WINDOW / 20}`);
    expect(last.items).toHaveLength(20);
    expect(last.total).toBe(PUBLIC_RESULT_WINDOW);
    const narrowed = await search(`region=411700&${q('焊工')}&pageSize=200&page=5`);
    expect(narrowed.items).toHaveLength(200);
    const nav = (await t.request({ url: '/api/v1/public/navigation?region=411700' })).json();
    expect(nav.total).toBe(many + 3);
    const relevant = await search(`region=411700&${q('钳工')}&pageSize=20`);
    expect(relevant.total).toBe(PUBLIC_RESULT_WINDOW);
    expect(relevant.items.slice(0, 3).map((item) => item.id)).toEqual(fitters.map((f) => f.id).reverse());
    expect(relevant.items[3]!.id).toBe(first.items[0]!.id);
    const newest = await search(`region=411700&${q('钳工')}&sort=newest&pageSize=20`);
    expect(newest.items.map((item) => item.id)).toEqual(first.items.map((item) => item.id));
    const secondPage = await search(`region=411700&${q('钳工')}&page=2&pageSize=20`);
    expect(secondPage.items[0]!.id).toBe(first.items[17]!.id);
  });
});

describe('a public project page', () => {
  it('shows the published fields, published versions only, catalogues and empty placeholders', async () => {
    const adjusted = await t.request({
      method: 'POST',
      url: `/api/v1/projects/${ids.A}/adjust`,
      cookie: staff,
      body: { reason: '增加实操课时', hoursPractice: 100 },
    });
    expect(adjusted.statusCode).toBe(200);
    const response = await t.request({ url: `/api/v1/public/projects/${ids.A}` });
    expect(response.statusCode).toBe(200);
    const page = response.json();
    expect(page.project).toMatchObject({
      id: ids.A,
      version: 2,
      hoursPractice: 100,
      totalHours: 140,
      skillRequirements: expect.any(String),
      contentOutline: PUBLISHABLE.contentOutline,
    });
    expect(page.versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [1, 'published'],
      [2, 'adjusted'],
    ]);
    expect(page.versions.every((v: { createdByName: string | null }) => v.createdByName === null)).toBe(true);
    expect(page.versions[0].snapshot.hoursPractice).toBe(80);
    expect(page).toMatchObject({ catalogues: [] });
  });

  it('is 404 for unknown ids and 400 for malformed ones', async () => {
    expect(
      (await t.request({ url: '/api/v1/public/projects/00000000-0000-4000-8000-000000000000' })).statusCode,
    ).toBe(404);
    expect((await t.request({ url: '/api/v1/public/projects/abc' })).statusCode).toBe(400);
  });
});

describe('the navigation map', () => {
  type Count = { code: string; name: string; projects: number };
  type Navigation = {
    region: { code: string; name: string; level: number };
    path: { code: string }[];
    regions: Count[];
    fields: Count[];
    occupations: Count[];
    total: number;
  };
  const navigation = async (query: string) => {
    const response = await t.request({ url: `/api/v1/public/navigation?${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as Navigation;
  };
  /** The search total for a filter: the navigation's count, as far as the search counts. */
  const total = async (query: string) => (await search(`pageSize=1&${query}`)).total;
  const capped = (count: number) => Math.min(count, PUBLIC_RESULT_WINDOW);

  it('counts 安阳市 by county, field and occupation', async () => {
    const nav = await navigation('region=410500');
    expect(nav.region).toEqual({ code: '410500', name: '安阳市', level: 2 });
    expect(nav.path.map((p) => p.code)).toEqual(['410000', '410500']);
    expect(nav.total).toBe(5);
    const counts = Object.fromEntries(nav.regions.map((r) => [r.code, r.projects]));
    expect(counts).toMatchObject({ '410502': 1, '410503': 1, '410522': 1, '410505': 0 });
    expect(nav.fields.find((f) => f.code === 'elderly_childcare')).toMatchObject({
      name: '康养托育',
      projects: 4,
    });
    expect(nav.occupations[0]).toEqual({ code: '4-10-01-05', name: '养老护理员', projects: 2 });
  });

  it.each([
    [''],
    ['region=411700'],
    ['region=410500'],
    ['region=410000&field=elderly_childcare'],
    ['region=410500&occupation=4-10-01-05'],
    ['field=advanced_manufacturing'],
    ['region=410502'],
  ])('has counts equal to search totals for the same filters (%s)', async (query) => {
    const params = new URLSearchParams(query);
    const nav = await navigation(query);
    const base = new URLSearchParams(params);
    base.set('region', nav.region.code);
    expect(capped(nav.total)).toBe(await total(base.toString()));
    for (const region of nav.regions) {
      const child = new URLSearchParams(base);
      child.set('region', region.code);
      expect(capped(region.projects), region.code).toBe(await total(child.toString()));
    }
    for (const field of nav.fields) {
      const withField = new URLSearchParams(base);
      withField.set('field', field.code);
      expect(capped(field.projects), field.code).toBe(await total(withField.toString()));
    }
    for (const occupation of nav.occupations) {
      const withOccupation = new URLSearchParams(base);
      withOccupation.set('occupation', occupation.code);
      expect(capped(occupation.projects), occupation.code).toBe(await total(withOccupation.toString()));
    }
    const rolledUp = nav.regions.reduce((sum, r) => sum + r.projects, 0);
    expect(rolledUp).toBeLessThanOrEqual(nav.total);
  });

  it('defaults to the deployment province and speaks the requested language', async () => {
    const response = await t.request({
      url: '/api/v1/public/navigation',
      headers: { 'accept-language': 'en-US' },
    });
    const nav = response.json() as Navigation;
    expect(nav.region.code).toBe('410000');
    expect(nav.regions.map((r) => r.code)).toContain('410100');
    expect(nav.fields.map((f) => f.name)).toContain('Elderly care and childcare');
  });

  it.each([
    ['region=4105', 'region'],
    ['region=419999', 'region'],
    ['field=x', 'field'],
    ['occupation=1', 'occupation'],
  ])('refuses %s', async (query, field) => {
    const response = await t.request({ url: `/api/v1/public/navigation?${query}` });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].field).toBe(field);
  });
});
