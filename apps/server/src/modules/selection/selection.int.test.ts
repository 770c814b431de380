import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { setClockOffsetDays } from '../../platform/clock';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { futureDay } from '../demand/fixtures/workbooks';
import { auditActions, registeredInstitution } from '../institutions/test-fixtures';
import { publishedProject } from '../projects/test-fixtures';

let t: TestApp;
let cookies: Record<string, string> = {};
const CRITERIA = [
  { key: 'teachers', name: '师资力量', weight: 40, description: '' },
  { key: 'site', name: '场地设备', weight: 30, description: '' },
  { key: 'plan', name: '培训方案', weight: 30, description: '' },
];

beforeAll(async () => {
  t = await startTestApp();
  cookies = await t.loginAll([
    'demo-staff',
    'demo-staff-city',
    'demo-staff-city2',
    'demo-worker',
    'demo-auditor',
  ]);
});

afterEach(() => setClockOffsetDays(0));

afterAll(async () => {
  await t?.close();
});

async function project(): Promise<string> {
  return publishedProject(t, cookies['demo-staff-city']!, {
    regionCode: '410102',
    occupationCode: '4-10-01-05',
  });
}

async function round(projectId: string, changes: Record<string, unknown> = {}) {
  return t.request({
    method: 'POST',
    url: '/api/v1/selection/rounds',
    cookie: cookies['demo-staff-city'],
    body: {
      projectId,
      method: 'scoring',
      conditions: '具有养老护理员培训资质，实训场地不少于 100 平方米',
      criteria: CRITERIA,
      places: 1,
      applicationDeadline: futureDay(3),
      noticeDays: 5,
      ...changes,
    },
  });
}

async function apply(roundId: string, cookie: string) {
  const mine = (await t.request({ url: '/api/v1/institutions/mine', cookie })).json().institution;
  return t.request({
    method: 'POST',
    url: `/api/v1/selection/rounds/${roundId}/applications`,
    cookie,
    body: { siteId: mine.sites[0].id, priceFen: 180000, planSummary: '理论 40 课时，实操 80 课时' },
  });
}

const staffPost = (url: string, body?: unknown) =>
  t.request({
    method: 'POST',
    url,
    cookie: cookies['demo-staff-city'],
    ...(body === undefined ? {} : { body }),
  });

describe('publishing selection conditions', () => {
  it.each([
    [
      'weights that do not add up to 100',
      { criteria: CRITERIA.slice(0, 2) },
      'criteria',
      'criteria_weights_sum',
    ],
    [
      'a repeated criterion',
      { criteria: [...CRITERIA.slice(0, 2), { ...CRITERIA[0]!, weight: 30 }] },
      'criteria.2.key',
      'criterion_key_duplicate',
    ],
    [
      'a deadline in the past',
      { applicationDeadline: '2025-01-01' },
      'applicationDeadline',
      'deadline_in_past',
    ],
    [
      'a procurement without its reference',
      { method: 'procurement' },
      'procurementReference',
      'procurement_reference_required',
    ],
  ])('refuses %s', async (_label, changes, field, reason) => {
    const response = await round(await project(), changes);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.details).toContainEqual(expect.objectContaining({ field, reason }));
  });

  it('refuses a project that is not published, and a second round for one project', async () => {
    const projectId = await project();
    expect((await round(projectId)).statusCode).toBe(201);
    const second = await round(projectId);
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('selection.round_exists');
    const withdrawn = await project();
    await staffPost(`/api/v1/projects/${withdrawn}/withdraw`, { reason: '需求变化' });
    const response = await round(withdrawn);
    expect(response.json().error.code).toBe('selection.project_not_public');
    expect(response.json().error.message).toContain('已撤回');
  });

  it('publishes open calls publicly, and keeps other cities out', async () => {
    const id = (await round(await project())).json().round.id;
    const open = (await t.request({ url: '/api/v1/public/selection/rounds?status=open' })).json();
    expect(open.items.map((r: { id: string }) => r.id)).toContain(id);
    expect(
      (await t.request({ url: `/api/v1/selection/rounds/${id}`, cookie: cookies['demo-staff-city2'] }))
        .statusCode,
    ).toBe(404);
    expect(
      (await t.request({ url: `/api/v1/selection/rounds/${id}`, cookie: cookies['demo-worker'] })).statusCode,
    ).toBe(404);
  });
});

describe('applying', () => {
  it('refuses an institution that is pending, suspended, or applying to a withdrawn project', async () => {
    const projectId = await project();
    const id = (await round(projectId)).json().round.id;
    const pending = await registeredInstitution(t, 31);
    expect((await apply(id, pending.cookie)).json().error.code).toBe('institutions.not_approved');

    const suspended = await registeredInstitution(t, 32, { approver: cookies['demo-staff'] });
    await t.request({
      method: 'POST',
      url: `/api/v1/institutions/${suspended.id}/status`,
      cookie: cookies['demo-staff'],
      body: { status: 'suspended', reason: '虚假培训', effectiveUntil: futureDay(180) },
    });
    const refused = await apply(id, suspended.cookie);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({ code: 'institutions.status_forbids' });
    expect(refused.json().error.message).toContain('暂停');

    const good = await registeredInstitution(t, 33, { approver: cookies['demo-staff'] });
    await staffPost(`/api/v1/projects/${projectId}/withdraw`, { reason: '项目取消' });
    const late = await apply(id, good.cookie);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('selection.project_not_public');
    const cancelled = (
      await t.request({ url: `/api/v1/selection/rounds/${id}`, cookie: cookies['demo-staff-city'] })
    ).json();
    expect(cancelled.round.status).toBe('cancelled');
  });

  it('refuses an occupation the institution is not qualified for, a foreign site, and a second application', async () => {
    const other = await publishedProject(t, cookies['demo-staff-city']!, {
      regionCode: '410102',
      occupationCode: '6-18-01-01',
    });
    const otherRound = (await round(other)).json().round.id;
    const institution = await registeredInstitution(t, 34, { approver: cookies['demo-staff'] });
    const unqualified = await apply(otherRound, institution.cookie);
    expect(unqualified.json().error.details[0]).toMatchObject({
      field: 'projectId',
      reason: 'occupation_not_qualified',
    });

    const id = (await round(await project())).json().round.id;
    const foreign = await t.request({
      method: 'POST',
      url: `/api/v1/selection/rounds/${id}/applications`,
      cookie: institution.cookie,
      body: { siteId: '00000000-0000-4000-8000-000000000000', priceFen: 1, planSummary: 'x' },
    });
    expect(foreign.json().error.details[0]).toMatchObject({ field: 'siteId', reason: 'site_not_found' });
    expect((await apply(id, institution.cookie)).statusCode).toBe(201);
    expect((await apply(id, institution.cookie)).json().error.code).toBe('selection.already_applied');
  });
});

describe('scoring, notice and effect', () => {
  it('runs from application to a selection in effect after the notice period', async () => {
    const projectId = await project();
    const id = (await round(projectId, { places: 1 })).json().round.id;
    const a = await registeredInstitution(t, 35, { approver: cookies['demo-staff'] });
    const b = await registeredInstitution(t, 36, { approver: cookies['demo-staff'] });
    expect((await apply(id, a.cookie)).statusCode).toBe(201);
    expect((await apply(id, b.cookie)).statusCode).toBe(201);
    // An institution sees its own application only.
    expect(
      (await t.request({ url: `/api/v1/selection/rounds/${id}`, cookie: a.cookie })).json().applications,
    ).toHaveLength(1);

    const early = await staffPost(`/api/v1/selection/rounds/${id}/close`);
    expect(early.json().error.code).toBe('selection.deadline_not_passed');
    setClockOffsetDays(4);
    expect(
      (
        await apply(id, (await registeredInstitution(t, 37, { approver: cookies['demo-staff'] })).cookie)
      ).json().error.code,
    ).toBe('selection.deadline_passed');
    const closed = await staffPost(`/api/v1/selection/rounds/${id}/close`);
    expect(closed.json().round.status).toBe('scoring');

    const applications = closed.json().applications as { id: string; institutionId: string }[];
    const appOf = (institutionId: string) => applications.find((x) => x.institutionId === institutionId)!.id;
    const score = (applicationId: string, scores: Record<string, number>) =>
      t.request({
        method: 'PUT',
        url: `/api/v1/selection/rounds/${id}/applications/${applicationId}/score`,
        cookie: cookies['demo-staff-city'],
        body: { scores, reasons: '按评分标准逐项评定' },
      });
    const missing = await score(appOf(a.id), { teachers: 90, site: 80 });
    expect(missing.json().error.details[0]).toMatchObject({ field: 'scores', reason: 'score_missing' });
    const outOfRange = await score(appOf(a.id), { teachers: 190, site: 80, plan: 70 });
    expect(outOfRange.json().error.details[0]).toMatchObject({
      field: 'scores.teachers',
      reason: 'score_range',
    });
    expect((await staffPost(`/api/v1/selection/rounds/${id}/publicize`, {})).json().error.code).toBe(
      'selection.unscored',
    );
    const scored = await score(appOf(a.id), { teachers: 90, site: 80, plan: 85.5 });
    expect(scored.json().applications.find((x: { id: string }) => x.id === appOf(a.id)).totalScore).toBe(
      85.65,
    );
    await score(appOf(b.id), { teachers: 70, site: 90, plan: 80 });

    const publicized = await staffPost(`/api/v1/selection/rounds/${id}/publicize`, {
      note: '经评审，拟确定如下',
    });
    // futureDay counts from the platform clock, now four days ahead.
    expect(publicized.json().round).toMatchObject({
      status: 'publicized',
      noticeStart: futureDay(0),
      noticeEnd: futureDay(4),
    });
    const result = (await t.request({ url: `/api/v1/public/selection/rounds/${id}` })).json();
    expect(result.results[0]).toMatchObject({ institutionId: a.id, selected: true, totalScore: 85.65 });
    expect(result.results[1]).toMatchObject({ institutionId: b.id, selected: false });

    expect((await staffPost(`/api/v1/selection/rounds/${id}/confirm`)).json().error.code).toBe(
      'selection.notice_running',
    );
    const objected = await staffPost(`/api/v1/selection/rounds/${id}/objections`, {
      objector: '某培训学校',
      content: '对场地评分有异议',
      receivedOn: futureDay(1),
    });
    const objectionId = objected.json().objections[0].id;
    setClockOffsetDays(9);
    expect((await staffPost(`/api/v1/selection/rounds/${id}/confirm`)).json().error.code).toBe(
      'selection.objections_open',
    );
    await staffPost(`/api/v1/selection/rounds/${id}/objections/${objectionId}/handle`, {
      outcome: 'dismissed',
      handling: '经复核，场地评分符合标准',
    });
    const effective = await staffPost(`/api/v1/selection/rounds/${id}/confirm`);
    expect(effective.json().round.status).toBe('effective');

    // The selected institution now appears on the portal, with the project it trains for.
    const listed = (await t.request({ url: '/api/v1/public/institutions?region=410100' })).json();
    const entry = listed.items.find((i: { id: string }) => i.id === a.id);
    expect(entry).toMatchObject({ name: '测试职业培训学校35', projects: [{ id: projectId }] });
    expect(entry).not.toHaveProperty('creditCode');
    expect(listed.items.some((i: { id: string }) => i.id === b.id)).toBe(false);
    const byField = async (field: string) =>
      (await t.request({ url: `/api/v1/public/institutions?field=${field}` }))
        .json()
        .items.some((i: { id: string }) => i.id === a.id);
    expect(await byField(entry.projects[0].priorityField)).toBe(true);
    expect(
      await byField(
        entry.projects[0].priorityField === 'new_occupations' ? 'elderly_childcare' : 'new_occupations',
      ),
    ).toBe(false);
    const forProject = (await t.request({ url: `/api/v1/public/projects/${projectId}/institutions` })).json();
    expect(forProject.items.map((i: { institutionId: string }) => i.institutionId)).toEqual([a.id]);
    expect((await t.request({ url: `/api/v1/public/institutions/${b.id}` })).statusCode).toBe(404);

    const mine = (await t.request({ url: '/api/v1/selection/applications/mine', cookie: a.cookie })).json();
    expect(mine.items[0]).toMatchObject({
      application: { status: 'selected' },
      round: { status: 'effective' },
    });
    expect(await auditActions(t, id)).toEqual(
      expect.arrayContaining([
        'selection.round.create',
        'selection.round.scoring',
        'selection.round.publicized',
        'selection.objection.record',
        'selection.objection.dismissed',
        'selection.round.effective',
      ]),
    );
    expect(await auditActions(t, appOf(a.id))).toEqual([
      'selection.application.submit',
      'selection.application.score',
    ]);
  });

  it('sends the result back to scoring when an objection is upheld', async () => {
    const id = (await round(await project(), { applicationDeadline: futureDay(0) })).json().round.id;
    const a = await registeredInstitution(t, 38, { approver: cookies['demo-staff'] });
    await apply(id, a.cookie);
    setClockOffsetDays(1);
    const closed = await staffPost(`/api/v1/selection/rounds/${id}/close`);
    const applicationId = closed.json().applications[0].id;
    await t.request({
      method: 'PUT',
      url: `/api/v1/selection/rounds/${id}/applications/${applicationId}/score`,
      cookie: cookies['demo-staff-city'],
      body: { scores: { teachers: 60, site: 60, plan: 60 }, reasons: '一般' },
    });
    await staffPost(`/api/v1/selection/rounds/${id}/publicize`, {});
    const objected = await staffPost(`/api/v1/selection/rounds/${id}/objections`, {
      objector: '群众',
      content: '该机构实训设备不足',
      receivedOn: futureDay(1),
      applicationId,
    });
    const upheld = await staffPost(
      `/api/v1/selection/rounds/${id}/objections/${objected.json().objections[0].id}/handle`,
      {
        outcome: 'upheld',
        handling: '核实属实，重新评审',
      },
    );
    expect(upheld.json().round).toMatchObject({ status: 'scoring', noticeEnd: null });
    expect(upheld.json().applications[0].status).toBe('scored');
  });

  it('records a government procurement without scores', async () => {
    const id = (
      await round(await project(), {
        method: 'procurement',
        procurementReference: 'ZZCG-2026-118',
        criteria: [],
        applicationDeadline: futureDay(0),
      })
    ).json().round.id;
    const a = await registeredInstitution(t, 39, { approver: cookies['demo-staff'] });
    await apply(id, a.cookie);
    setClockOffsetDays(1);
    const closed = await staffPost(`/api/v1/selection/rounds/${id}/close`);
    const applicationId = closed.json().applications[0].id;
    const noPick = await staffPost(`/api/v1/selection/rounds/${id}/publicize`, {});
    expect(noPick.json().error.details[0]).toMatchObject({
      field: 'selectedApplicationIds',
      reason: 'selection_empty',
    });
    const publicized = await staffPost(`/api/v1/selection/rounds/${id}/publicize`, {
      selectedApplicationIds: [applicationId],
    });
    expect(publicized.json().round).toMatchObject({
      status: 'publicized',
      procurementReference: 'ZZCG-2026-118',
    });
    expect(publicized.json().applications[0]).toMatchObject({ status: 'selected', totalScore: null });
  });
});
