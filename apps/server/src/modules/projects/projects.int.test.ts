import { auditLog, projects } from '@qiancheng/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { insertDemandLines, PUBLISHABLE, publishedProject } from './test-fixtures';

/**
 * Training projects from demand to withdrawal. demo-staff works for the province (410000),
 * demo-staff-city for 郑州市 (410100), demo-staff-city2 for 开封市 (410200).
 */
let t: TestApp;
let province: string;
let zhengzhou: string;
let kaifeng: string;

beforeAll(async () => {
  t = await startTestApp();
  province = await t.login('demo-staff');
  zhengzhou = await t.login('demo-staff-city');
  kaifeng = await t.login('demo-staff-city2');
});
afterAll(() => t.close());

const CARE = '4-10-01-05';
const WELDER = '6-18-02-04';

async function create(cookie: string, body: Record<string, unknown>) {
  return t.request({ method: 'POST', url: '/api/v1/projects', cookie, body });
}

async function action(cookie: string, id: string, name: string, body?: Record<string, unknown>) {
  return t.request({
    method: 'POST',
    url: `/api/v1/projects/${id}/${name}`,
    cookie,
    ...(body ? { body } : {}),
  });
}

async function draft(cookie: string, fields: Record<string, unknown> = {}, region = '410102') {
  const ids = await insertDemandLines(t, [{ regionCode: region, occupationCode: CARE, headcount: 12 }]);
  const response = await create(cookie, { demandLineIds: ids, ...fields });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().project as { id: string; status: string; version: number };
}

describe('creating a draft from demand lines', () => {
  it('prefills occupation, highest level, open posts, requirements, common region and title', async () => {
    const ids = await insertDemandLines(t, [
      {
        regionCode: '410102',
        occupationCode: CARE,
        skillLevel: 'L5',
        headcount: 10,
        filledCount: 3,
        skillRequirements: '会照护失能老人',
      },
      {
        regionCode: '410105',
        occupationCode: CARE,
        skillLevel: 'L3',
        headcount: 8,
        skillRequirements: '持有健康证',
      },
      {
        regionCode: '410105',
        occupationCode: CARE,
        skillLevel: null,
        headcount: 5,
        skillRequirements: '会照护失能老人',
      },
    ]);
    const response = await create(zhengzhou, { demandLineIds: ids });
    expect(response.statusCode, response.body).toBe(201);
    const project = response.json().project;
    expect(project).toMatchObject({
      status: 'draft',
      version: 1,
      occupationCode: CARE,
      occupationName: '养老护理员',
      priorityField: 'elderly_childcare',
      skillLevel: 'L3',
      postsAvailable: 20,
      skillRequirements: '会照护失能老人；持有健康证',
      regionCode: '410100',
      regionName: '郑州市',
      title: '郑州市养老护理员培训项目',
      publishedAt: null,
    });
    const detail = (await t.request({ url: `/api/v1/projects/${project.id}`, cookie: zhengzhou })).json();
    expect(detail.demandLines.map((l: { id: string }) => l.id).sort()).toEqual([...ids].sort());
    expect(detail.demandLines[0]).toMatchObject({ occupationCode: CARE, status: expect.any(String) });
    expect(detail.versions).toEqual([
      expect.objectContaining({ version: 1, status: 'draft', createdByName: '第一市人社局经办人' }),
    ]);
    const audit = await t.platform.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'project.create'), eq(auditLog.entityId, project.id)));
    expect(audit).toHaveLength(1);
  });

  it('takes the title, region and other fields given in the request', async () => {
    const ids = await insertDemandLines(t, [{ regionCode: '410102', occupationCode: CARE }]);
    const response = await create(zhengzhou, {
      demandLineIds: ids,
      title: '中原区养老护理员专项培训',
      regionCode: '410102',
      postsAvailable: 5,
      mode: 'mixed',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().project).toMatchObject({
      title: '中原区养老护理员专项培训',
      regionCode: '410102',
      postsAvailable: 5,
      mode: 'mixed',
    });
  });

  it.each([
    [
      'mixed occupations',
      async () => [
        ...(await insertDemandLines(t, [{ regionCode: '410102', occupationCode: CARE }])),
        ...(await insertDemandLines(t, [{ regionCode: '410102', occupationCode: WELDER }])),
      ],
      'demandLineIds',
      'mixed_occupations',
    ],
    [
      'a filled line',
      async () =>
        insertDemandLines(t, [{ regionCode: '410102', occupationCode: CARE, headcount: 2, filledCount: 2 }]),
      'demandLineIds.0',
      'demand_line_not_recruiting',
    ],
    [
      'an expired line',
      async () =>
        insertDemandLines(t, [{ regionCode: '410102', occupationCode: CARE, deadline: '2020-01-01' }]),
      'demandLineIds.0',
      'demand_line_not_recruiting',
    ],
    [
      'a closed line',
      async () => insertDemandLines(t, [{ regionCode: '410102', occupationCode: CARE, closed: true }]),
      'demandLineIds.0',
      'demand_line_not_recruiting',
    ],
    [
      'a line of another city',
      async () => insertDemandLines(t, [{ regionCode: '410202', occupationCode: CARE }]),
      'demandLineIds.0',
      'demand_line_not_found',
    ],
    [
      'an unknown line',
      async () => ['00000000-0000-4000-8000-000000000000'],
      'demandLineIds.0',
      'demand_line_not_found',
    ],
  ])('refuses %s and creates nothing', async (_name, lines, field, reason) => {
    const before = (await t.platform.db.select({ id: projects.id }).from(projects)).length;
    const response = await create(zhengzhou, { demandLineIds: await lines() });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.details).toContainEqual(expect.objectContaining({ field, reason }));
    expect((await t.platform.db.select({ id: projects.id }).from(projects)).length).toBe(before);
  });

  it.each([
    [{ demandLineIds: [] }, 'demandLineIds', 'too_short'],
    [{}, 'demandLineIds', 'required'],
    [{ demandLineIds: ['not-a-uuid'] }, 'demandLineIds.0', 'invalid_format'],
    [{ demandLineIds: [], occupationCode: CARE }, 'occupationCode', 'unknown_field'],
    [{ demandLineIds: [], mode: 'classroom' }, 'mode', 'invalid_value'],
    [{ demandLineIds: [], targetGroups: ['aliens'] }, 'targetGroups.0', 'invalid_value'],
    [{ demandLineIds: [], hoursTheory: -1 }, 'hoursTheory', 'too_small'],
  ])('validates the body %j', async (body, field, reason) => {
    const response = await create(zhengzhou, body);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toContainEqual(expect.objectContaining({ field, reason }));
  });

  it('refuses a region outside the scope, or one that does not exist', async () => {
    const ids = await insertDemandLines(t, [{ regionCode: '410102', occupationCode: CARE }]);
    for (const [regionCode, reason] of [
      ['410200', 'region_outside_scope'],
      ['419999', 'unknown_region'],
    ] as const) {
      const response = await create(zhengzhou, { demandLineIds: ids, regionCode });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details[0]).toMatchObject({ field: 'regionCode', reason });
    }
  });
});

describe('editing a draft', () => {
  it('changes fields of a draft, recomputes the field of a new occupation, and audits the change', async () => {
    const project = await draft(zhengzhou);
    const response = await t.request({
      method: 'PATCH',
      url: `/api/v1/projects/${project.id}`,
      cookie: zhengzhou,
      body: {
        occupationCode: WELDER,
        hoursTheory: 20,
        contentOutline: '  ',
        targetGroups: ['veteran', 'veteran'],
      },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().project).toMatchObject({
      occupationCode: WELDER,
      occupationName: '焊工',
      priorityField: 'advanced_manufacturing',
      hoursTheory: 20,
      contentOutline: null,
      targetGroups: ['veteran'],
    });
    const audit = await t.platform.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'project.update'), eq(auditLog.entityId, project.id)));
    expect(audit[0]?.after).toMatchObject({ occupationCode: WELDER, hoursTheory: 20 });
  });

  it.each([
    [{ occupationCode: '9-99-99-99' }, 'occupationCode', 'unknown_occupation'],
    [{ occupationCode: '4-10-1-5' }, 'occupationCode', 'invalid_format'],
    [{ regionCode: '410200' }, 'regionCode', 'region_outside_scope'],
    [{ skillLevel: 'L9' }, 'skillLevel', 'invalid_value'],
    [{ status: 'published' }, 'status', 'unknown_field'],
  ])('refuses %j', async (body, field, reason) => {
    const project = await draft(zhengzhou);
    const response = await t.request({
      method: 'PATCH',
      url: `/api/v1/projects/${project.id}`,
      cookie: zhengzhou,
      body,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toContainEqual(expect.objectContaining({ field, reason }));
  });

  it('refuses to edit a published project with 409 naming its status', async () => {
    const id = await publishedProject(t, zhengzhou, { regionCode: '410102', occupationCode: CARE });
    const response = await t.request({
      method: 'PATCH',
      url: `/api/v1/projects/${id}`,
      cookie: zhengzhou,
      body: { title: '改个名字' },
      headers: { 'accept-language': 'en-US' },
    });
    expect(response.statusCode).toBe(409);
    const error = response.json().error;
    expect(error.code).toBe('projects.not_editable');
    expect(error.message).toContain('Published');
    expect(error.details[0]).toMatchObject({ field: 'status', reason: 'published' });
  });
});

describe('publishing', () => {
  it('names every gap, with hours reported on hoursTheory, and publishes nothing', async () => {
    const project = await draft(zhengzhou);
    const response = await action(zhengzhou, project.id, 'publish');
    expect(response.statusCode).toBe(400);
    const error = response.json().error;
    expect(error.code).toBe('projects.incomplete');
    expect(error.details.map((d: { field: string }) => d.field)).toEqual([
      'contentOutline',
      'hoursTheory',
      'mode',
      'evaluationType',
      'targetGroups',
    ]);
    expect(error.details.every((d: { reason: string }) => d.reason === 'missing_for_publication')).toBe(true);
    const detail = (await t.request({ url: `/api/v1/projects/${project.id}`, cookie: zhengzhou })).json();
    expect(detail.project.status).toBe('draft');
    expect(detail.versions).toHaveLength(1);
  });

  it('publishes a complete draft with a snapshot version, and refuses to publish it again', async () => {
    const project = await draft(zhengzhou, PUBLISHABLE);
    const response = await action(zhengzhou, project.id, 'publish');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().project).toMatchObject({
      status: 'published',
      version: 1,
      publishedAt: expect.any(String),
    });
    const detail = (await t.request({ url: `/api/v1/projects/${project.id}`, cookie: zhengzhou })).json();
    expect(detail.versions.map((v: { status: string }) => v.status)).toEqual(['draft', 'published']);
    expect(detail.versions[1].snapshot).toMatchObject({ occupationName: '养老护理员', hoursPractice: 80 });
    const again = await action(zhengzhou, project.id, 'publish');
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'projects.invalid_transition' });
    expect(again.json().error.message).toContain('已发布');
  });

  it('lets exactly one of two simultaneous publications through', async () => {
    const project = await draft(zhengzhou, PUBLISHABLE);
    const responses = await Promise.all([
      action(zhengzhou, project.id, 'publish'),
      action(province, project.id, 'publish'),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const detail = (await t.request({ url: `/api/v1/projects/${project.id}`, cookie: zhengzhou })).json();
    expect(detail.versions.filter((v: { status: string }) => v.status === 'published')).toHaveLength(1);
    const audits = await t.platform.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'project.publish'), eq(auditLog.entityId, project.id)));
    expect(audits).toHaveLength(1);
  });
});

describe('adjusting and withdrawing', () => {
  it('publishes a new version with its reason and keeps the history', async () => {
    const id = await publishedProject(t, zhengzhou, {
      regionCode: '410102',
      occupationCode: CARE,
      headcount: 30,
    });
    const response = await action(zhengzhou, id, 'adjust', {
      reason: '新增合作养老机构，扩大招收',
      postsAvailable: 50,
      hoursPractice: 100,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().project).toMatchObject({ status: 'adjusted', version: 2, postsAvailable: 50 });
    const second = await action(province, id, 'adjust', { reason: '改为线上线下结合', mode: 'mixed' });
    expect(second.json().project).toMatchObject({ status: 'adjusted', version: 3, mode: 'mixed' });
    const detail = (await t.request({ url: `/api/v1/projects/${id}`, cookie: zhengzhou })).json();
    expect(
      detail.versions.map((v: { version: number; status: string; reason: string | null }) => [
        v.version,
        v.status,
        v.reason,
      ]),
    ).toEqual([
      [1, 'draft', null],
      [1, 'published', null],
      [2, 'adjusted', '新增合作养老机构，扩大招收'],
      [3, 'adjusted', '改为线上线下结合'],
    ]);
    expect(detail.versions[1].snapshot.postsAvailable).toBe(30);
    expect(detail.versions[2].snapshot.postsAvailable).toBe(50);
    expect(detail.versions[3].createdByName).toBe('省人社厅经办人');
  });

  it('refuses an adjustment that changes nothing, leaves the project incomplete, or lacks a reason', async () => {
    const id = await publishedProject(t, zhengzhou, {
      regionCode: '410102',
      occupationCode: CARE,
      headcount: 30,
    });
    const same = await action(zhengzhou, id, 'adjust', { reason: '没有变化', postsAvailable: 30 });
    expect(same.statusCode).toBe(400);
    expect(same.json().error.code).toBe('projects.no_changes');
    const incomplete = await action(zhengzhou, id, 'adjust', {
      reason: '清空内容',
      contentOutline: null,
      mode: null,
    });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().error).toMatchObject({
      code: 'projects.incomplete',
      details: [
        expect.objectContaining({ field: 'contentOutline', reason: 'missing_for_publication' }),
        expect.objectContaining({ field: 'mode', reason: 'missing_for_publication' }),
      ],
    });
    const noReason = await action(zhengzhou, id, 'adjust', { postsAvailable: 31 });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details[0]).toMatchObject({ field: 'reason', reason: 'required' });
    const detail = (await t.request({ url: `/api/v1/projects/${id}`, cookie: zhengzhou })).json();
    expect(detail.project).toMatchObject({ status: 'published', version: 1, postsAvailable: 30 });
  });

  it('refuses to adjust a draft and anything after withdrawal, naming from and to', async () => {
    const project = await draft(zhengzhou, PUBLISHABLE);
    const adjustDraft = await action(zhengzhou, project.id, 'adjust', {
      reason: '调整草稿',
      hoursTheory: 10,
    });
    expect(adjustDraft.statusCode).toBe(409);
    expect(adjustDraft.json().error.message).toBe('项目状态不能从“草稿”变为“已调整”');
    const withdrawn = await action(zhengzhou, project.id, 'withdraw', { reason: '需求取消' });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json().project.status).toBe('withdrawn');
    for (const [name, body] of [
      ['publish', undefined],
      ['adjust', { reason: '恢复', hoursTheory: 12 }],
      ['withdraw', { reason: '再次撤回' }],
    ] as const) {
      const response = await action(zhengzhou, project.id, name, body);
      expect(response.statusCode).toBe(409);
      expect(response.json().error.code).toBe('projects.invalid_transition');
      expect(response.json().error.details[0]).toMatchObject({ field: 'status', reason: 'withdrawn' });
    }
  });

  it('takes a withdrawn project out of the public search and page, and keeps why in the history', async () => {
    const id = await publishedProject(
      t,
      zhengzhou,
      { regionCode: '410102', occupationCode: CARE },
      { title: '撤回测试养老护理项目' },
    );
    const found = async () =>
      (await t.request({ url: `/api/v1/public/projects?q=${encodeURIComponent('撤回测试')}` }))
        .json()
        .items.map((item: { id: string }) => item.id);
    expect(await found()).toContain(id);
    const response = await action(zhengzhou, id, 'withdraw', { reason: '合作企业取消用工计划' });
    expect(response.statusCode).toBe(200);
    expect(await found()).not.toContain(id);
    expect((await t.request({ url: `/api/v1/public/projects/${id}` })).statusCode).toBe(404);
    const detail = (await t.request({ url: `/api/v1/projects/${id}`, cookie: zhengzhou })).json();
    expect(detail.versions.at(-1)).toMatchObject({ status: 'withdrawn', reason: '合作企业取消用工计划' });
    const audit = await t.platform.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'project.withdraw'), eq(auditLog.entityId, id)));
    expect(audit[0]).toMatchObject({ reason: '合作企业取消用工计划', before: { status: 'published' } });
  });
});

describe('the staff list', () => {
  it('shows only the region subtree and filters by status, text, region, field and occupation', async () => {
    const zz = await draft(zhengzhou, { title: '列表测试郑州项目' });
    const kf = await draft(kaifeng, { title: '列表测试开封项目' }, '410202');
    const ids = async (cookie: string, query: string) =>
      (await t.request({ url: `/api/v1/projects?pageSize=200&${query}`, cookie }))
        .json()
        .items.map((item: { id: string }) => item.id);
    expect(await ids(zhengzhou, 'q=列表测试')).toEqual([zz.id]);
    expect(await ids(kaifeng, 'q=列表测试')).toEqual([kf.id]);
    expect((await ids(province, 'q=列表测试')).sort()).toEqual([zz.id, kf.id].sort());
    expect(await ids(province, 'q=列表测试&region=410200')).toEqual([kf.id]);
    expect(await ids(province, 'q=列表测试&status=published')).toEqual([]);
    expect(await ids(province, 'q=列表测试&field=advanced_manufacturing')).toEqual([]);
    expect((await ids(province, `q=列表测试&occupation=${CARE}`)).length).toBe(2);
    const list = (await t.request({ url: '/api/v1/projects?pageSize=200', cookie: zhengzhou })).json();
    expect(list.items.every((item: { regionCode: string }) => item.regionCode.startsWith('4101'))).toBe(true);
    expect(list.total).toBe(list.items.length);
  });

  it('pages with a stable total', async () => {
    const first = (await t.request({ url: '/api/v1/projects?pageSize=3&page=1', cookie: province })).json();
    const second = (await t.request({ url: '/api/v1/projects?pageSize=3&page=2', cookie: province })).json();
    expect(first.items).toHaveLength(3);
    expect(second.total).toBe(first.total);
    const overlap = first.items.filter((a: { id: string }) =>
      second.items.some((b: { id: string }) => b.id === a.id),
    );
    expect(overlap).toEqual([]);
  });
});
