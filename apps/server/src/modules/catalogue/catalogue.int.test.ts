import { auditLog, catalogueChanges } from '@qiancheng/db';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { insertDemandLines, publishedProject } from '../projects/test-fixtures';

/**
 * 职业技能培训需求指导目录 of 郑州市, made by its city staff. p1–p3 are public projects of 郑州,
 * kaifengProject is 开封's, draftProject is an unpublished 郑州 draft.
 */
let t: TestApp;
let zhengzhou: string;
let kaifeng: string;
let p1 = '';
let p2 = '';
let p3 = '';
let kaifengProject = '';
let draftProject = '';

beforeAll(async () => {
  t = await startTestApp();
  zhengzhou = await t.login('demo-staff-city');
  kaifeng = await t.login('demo-staff-city2');
  p1 = await publishedProject(t, zhengzhou, {
    regionCode: '410102',
    occupationCode: '4-10-01-05',
    headcount: 30,
  });
  p2 = await publishedProject(t, zhengzhou, {
    regionCode: '410105',
    occupationCode: '6-18-02-04',
    headcount: 12,
  });
  p3 = await publishedProject(t, zhengzhou, { regionCode: '410105', occupationCode: '4-03-02-01' });
  kaifengProject = await publishedProject(t, kaifeng, { regionCode: '410202', occupationCode: '4-10-01-06' });
  const lines = await insertDemandLines(t, [{ regionCode: '410102', occupationCode: '4-10-01-02' }]);
  draftProject = (
    await t.request({
      method: 'POST',
      url: '/api/v1/projects',
      cookie: zhengzhou,
      body: { demandLineIds: lines },
    })
  ).json().project.id;
});
afterAll(() => t.close());

const base = {
  regionCode: '410100',
  title: '郑州市2026年度职业技能培训需求指导目录',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
};

async function createCatalogue(body: Record<string, unknown>, cookie = zhengzhou) {
  return t.request({ method: 'POST', url: '/api/v1/catalogues', cookie, body });
}

async function post(url: string, body?: Record<string, unknown>, cookie = zhengzhou) {
  return t.request({ method: 'POST', url, cookie, ...(body ? { body } : {}) });
}

describe('creating a catalogue', () => {
  it.each([
    [{ regionCode: '410200' }, 'regionCode', 'region_outside_scope'],
    [{ regionCode: '419999' }, 'regionCode', 'unknown_region'],
    [{ periodEnd: '2025-12-31' }, 'periodEnd', 'period_inverted'],
    [{ periodStart: '2026-02-30' }, 'periodStart', 'invalid_date'],
    [{ periodStart: '2026/01/01' }, 'periodStart', 'invalid_format'],
    [{ projectIds: ['00000000-0000-4000-8000-000000000000'] }, 'projectIds.0', 'project_not_found'],
    [{ projectIds: [() => p1, () => draftProject] }, 'projectIds.1', 'project_not_public'],
    [{ projectIds: [() => kaifengProject] }, 'projectIds.0', 'project_outside_region'],
    [{ title: 'x' }, 'title', 'too_short'],
  ])('refuses %j', async (change, field, reason) => {
    const body: Record<string, unknown> = { ...base, ...change };
    if (Array.isArray(body.projectIds)) {
      body.projectIds = body.projectIds.map((id: unknown) => (typeof id === 'function' ? id() : id));
    }
    const response = await createCatalogue(body);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.details).toContainEqual(expect.objectContaining({ field, reason }));
    const list = (await t.request({ url: '/api/v1/catalogues', cookie: zhengzhou })).json();
    expect(list.total).toBe(0);
  });
});

describe('a catalogue from draft to published', () => {
  let id = '';

  it('creates a draft with its projects and audits it', async () => {
    const response = await createCatalogue({ ...base, projectIds: [p1, p2, p1] });
    expect(response.statusCode, response.body).toBe(201);
    const detail = response.json();
    id = detail.catalogue.id;
    expect(detail.catalogue).toMatchObject({
      ...base,
      regionName: '郑州市',
      status: 'draft',
      publishedAt: null,
    });
    expect(detail.entries.map((e: { id: string }) => e.id).sort()).toEqual([p1, p2].sort());
    expect(detail.changes).toEqual([]);
    const audit = await t.platform.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'catalogue.create'), eq(auditLog.entityId, id)));
    expect(audit).toHaveLength(1);
  });

  it('changes a draft freely without a change log', async () => {
    expect((await post(`/api/v1/catalogues/${id}/entries`, { projectId: p3 })).statusCode).toBe(200);
    const removed = await post(`/api/v1/catalogues/${id}/entries/${p3}/remove`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().changes).toEqual([]);
    expect(removed.json().entries).toHaveLength(2);
  });

  it('is not public while a draft', async () => {
    expect((await t.request({ url: `/api/v1/public/catalogues/${id}` })).statusCode).toBe(404);
    const list = (await t.request({ url: '/api/v1/public/catalogues?region=410100' })).json();
    expect(list.items.map((c: { id: string }) => c.id)).not.toContain(id);
  });

  it('publishes once', async () => {
    const response = await post(`/api/v1/catalogues/${id}/publish`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().catalogue).toMatchObject({ status: 'published', publishedAt: expect.any(String) });
    const again = await post(`/api/v1/catalogues/${id}/publish`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('catalogue.already_published');
  });

  it('logs every addition and removal after publication, with its reason', async () => {
    const noReason = await post(`/api/v1/catalogues/${id}/entries`, { projectId: p3 });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details[0]).toMatchObject({ field: 'reason', reason: 'reason_required' });
    const added = await post(`/api/v1/catalogues/${id}/entries`, {
      projectId: p3,
      reason: '新增中式烹调师用工需求',
    });
    expect(added.statusCode, added.body).toBe(200);
    const duplicate = await post(`/api/v1/catalogues/${id}/entries`, { projectId: p3, reason: '重复添加' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.code).toBe('catalogue.entry_exists');
    const notPublic = await post(`/api/v1/catalogues/${id}/entries`, {
      projectId: draftProject,
      reason: '草稿项目',
    });
    expect(notPublic.statusCode).toBe(400);
    expect(notPublic.json().error.details[0]).toMatchObject({
      field: 'projectId',
      reason: 'project_not_public',
    });
    const removed = await post(`/api/v1/catalogues/${id}/entries/${p2}/remove`, {
      reason: '焊工岗位需求已满足',
    });
    expect(removed.statusCode, removed.body).toBe(200);
    const absent = await post(`/api/v1/catalogues/${id}/entries/${p2}/remove`, { reason: '再次移出' });
    expect(absent.statusCode).toBe(404);
    expect(absent.json().error.code).toBe('catalogue.entry_not_found');
    const detail = (await t.request({ url: `/api/v1/catalogues/${id}`, cookie: zhengzhou })).json();
    expect(detail.entries.map((e: { id: string }) => e.id).sort()).toEqual([p1, p3].sort());
    expect(
      detail.changes.map(
        (c: { projectId: string; action: string; reason: string; changedByName: string }) => [
          c.projectId,
          c.action,
          c.reason,
          c.changedByName,
        ],
      ),
    ).toEqual([
      [p3, 'added', '新增中式烹调师用工需求', '第一市人社局经办人'],
      [p2, 'removed', '焊工岗位需求已满足', '第一市人社局经办人'],
    ]);
  });

  it('lets only one of two simultaneous additions of a project through', async () => {
    const responses = await Promise.all([
      post(`/api/v1/catalogues/${id}/entries`, { projectId: p2, reason: '重新列入' }),
      post(`/api/v1/catalogues/${id}/entries`, { projectId: p2, reason: '重新列入' }),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const changes = await t.platform.db
      .select()
      .from(catalogueChanges)
      .where(eq(catalogueChanges.catalogueId, id));
    expect(changes.filter((c) => c.projectId === p2 && c.action === 'added')).toHaveLength(1);
  });

  it('shows the public the notice fields and the change log without staff names', async () => {
    const response = await t.request({ url: `/api/v1/public/catalogues/${id}` });
    expect(response.statusCode).toBe(200);
    const detail = response.json();
    const entry = detail.entries.find((e: { id: string }) => e.id === p1);
    expect(entry).toMatchObject({
      postsAvailable: 30,
      skillRequirements: expect.any(String),
      contentOutline: expect.any(String),
      hoursTheory: 40,
      hoursPractice: 80,
      totalHours: 120,
      mode: 'offline',
    });
    expect(detail.changes).toHaveLength(3);
    expect(detail.changes.every((c: { changedByName: string | null }) => c.changedByName === null)).toBe(
      true,
    );
    const page = (await t.request({ url: `/api/v1/public/projects/${p1}` })).json();
    expect(page.catalogues.map((c: { id: string }) => c.id)).toContain(id);
  });

  it('exports a workbook with a title row, headers, one row per entry and the change log', async () => {
    const response = await t.request({ url: `/api/v1/public/catalogues/${id}/export` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent(base.title)}`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['培训项目', '调整记录']);
    const sheet = workbook.getWorksheet('培训项目')!;
    expect(String(sheet.getCell('A1').value)).toContain(base.title);
    const headers = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(headers).toEqual(
      expect.arrayContaining([
        '项目名称',
        '岗位用工数量',
        '技能要求',
        '培训内容',
        '培训时长（课时）',
        '培训方式',
      ]),
    );
    const detail = (await t.request({ url: `/api/v1/public/catalogues/${id}` })).json();
    expect(sheet.rowCount).toBe(2 + detail.entries.length);
    const titles = [];
    for (let row = 3; row <= sheet.rowCount; row += 1) titles.push(sheet.getRow(row).getCell(2).value);
    expect(titles).toEqual(detail.entries.map((e: { title: string }) => e.title));
    const p1Row = 3 + detail.entries.findIndex((e: { id: string }) => e.id === p1);
    const column = (name: string) => headers.indexOf(name) + 1;
    expect(sheet.getRow(p1Row).getCell(column('岗位用工数量')).value).toBe(30);
    expect(sheet.getRow(p1Row).getCell(column('培训时长（课时）')).value).toBe(120);
    expect(sheet.getRow(p1Row).getCell(column('培训方式')).value).toBe('线下');
    const log = workbook.getWorksheet('调整记录')!;
    expect(log.rowCount).toBe(2 + 3);
    expect(log.getRow(3).getCell(3).value).toBe('新增');
    expect(log.getRow(3).getCell(6).value).toBe('新增中式烹调师用工需求');
    expect(log.getRow(4).getCell(3).value).toBe('移出');
  });

  it('takes a withdrawn project out of the catalogue with a logged reason', async () => {
    const withdrawn = await post(`/api/v1/projects/${p3}/withdraw`, { reason: '企业取消招聘计划' });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const detail = (await t.request({ url: `/api/v1/public/catalogues/${id}` })).json();
    expect(detail.entries.map((e: { id: string }) => e.id)).not.toContain(p3);
    expect(detail.changes.at(-1)).toMatchObject({
      projectId: p3,
      action: 'removed',
      reason: '项目撤回：企业取消招聘计划',
    });
  });
});

describe('a withdrawal racing an addition', () => {
  it('never leaves a withdrawn project listed, whichever comes first', async () => {
    const created = await createCatalogue({ ...base, title: '并发测试目录', projectIds: [p1] });
    const id = created.json().catalogue.id;
    expect((await post(`/api/v1/catalogues/${id}/publish`)).statusCode).toBe(200);
    for (let round = 0; round < 3; round += 1) {
      const project = await publishedProject(t, zhengzhou, {
        regionCode: '410102',
        occupationCode: '4-10-01-05',
      });
      const [added, withdrawn] = await Promise.all([
        post(`/api/v1/catalogues/${id}/entries`, { projectId: project, reason: '补充列入' }),
        post(`/api/v1/projects/${project}/withdraw`, { reason: '需求取消' }),
      ]);
      expect(withdrawn.statusCode, withdrawn.body).toBe(200);
      expect([200, 400]).toContain(added.statusCode);
      const detail = (await t.request({ url: `/api/v1/catalogues/${id}`, cookie: zhengzhou })).json();
      expect(detail.entries.map((e: { id: string }) => e.id)).not.toContain(project);
      const changes = detail.changes.filter((c: { projectId: string }) => c.projectId === project);
      expect(changes.map((c: { action: string }) => c.action)).toEqual(
        added.statusCode === 200 ? ['added', 'removed'] : [],
      );
    }
  });
});

describe('catalogue rules and lists', () => {
  it('refuses to publish an empty catalogue', async () => {
    const created = await createCatalogue({ ...base, title: '空目录' });
    const response = await post(`/api/v1/catalogues/${created.json().catalogue.id}/publish`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('catalogue.empty');
  });

  it('lists published catalogues that apply to a region: its own, above and below', async () => {
    const codes = async (query: string) =>
      (await t.request({ url: `/api/v1/public/catalogues?${query}` }))
        .json()
        .items.map((c: { regionCode: string }) => c.regionCode);
    expect(await codes('region=410102')).toEqual(expect.arrayContaining(['410000', '410100']));
    expect(await codes('region=410200')).toEqual(['410000']);
    expect(await codes('region=410000')).toEqual(expect.arrayContaining(['410000', '410100']));
    const bad = await t.request({ url: '/api/v1/public/catalogues?region=419999' });
    expect(bad.statusCode).toBe(400);
  });

  it('lists catalogues of the staff region only, and 404s another city', async () => {
    const own = (await t.request({ url: '/api/v1/catalogues', cookie: zhengzhou })).json();
    expect(own.items.every((c: { regionCode: string }) => c.regionCode === '410100')).toBe(true);
    expect(own.items[0]).toMatchObject({ entryCount: expect.any(Number) });
    const other = (await t.request({ url: '/api/v1/catalogues', cookie: kaifeng })).json();
    expect(other.total).toBe(0);
    expect(
      (await t.request({ url: `/api/v1/catalogues/${own.items[0].id}`, cookie: kaifeng })).statusCode,
    ).toBe(404);
    expect((await t.request({ url: '/api/v1/catalogues?region=410100', cookie: kaifeng })).statusCode).toBe(
      403,
    );
    const publish = await post(`/api/v1/catalogues/${own.items[0].id}/publish`, undefined, kaifeng);
    expect(publish.statusCode).toBe(404);
  });
});
