import { idNumberCheckCharacter } from '@qiancheng/domain/identity/id-number';
import type { APIRequestContext, APIResponse } from 'playwright-core';
import { expect } from 'vitest';
import { chinaDate } from './page-helpers';

/*
 * A running class of the demo institution, made through the API on a server of the test's own
 * whose clock is moved between steps (selection needs a notice period to pass). The demo class is
 * long over, so browser tests that need a class with sessions ahead start here; they take the
 * selection steps only where the demo has not taken them.
 */

export const CARE = '4-10-01-05';

async function ok<T>(response: APIResponse, status = 200): Promise<T> {
  expect(response.status(), await response.text()).toBe(status);
  return (await response.json()) as T;
}

/** The selection steps still to take; null when the institution was already selected. */
export type SelectionSteps = {
  roundId: string;
  applicationId: string;
  projectId: string;
} | null;

/**
 * Day 0: the demo institution signs its integrity pledge (unless it has) and, unless it is already
 * selected for the city's published 养老护理员 project, city staff open a selection closing today and
 * the institution applies with its first site. Returns the project and the steps still to take.
 */
export async function openSelection(staff: APIRequestContext, institution: APIRequestContext) {
  const found = await ok<{ items: { id: string }[] }>(
    await staff.get(`/api/v1/projects?status=published&occupation=${CARE}&region=410100`),
  );
  const projectId = found.items[0]!.id;
  const { pledge } = await ok<{ pledge: { version: string; signed: unknown } }>(
    await institution.get('/api/v1/institutions/mine/pledge'),
  );
  if (!pledge.signed) {
    await ok(
      await institution.post('/api/v1/institutions/mine/pledge', {
        data: { signerName: '王建国', version: pledge.version, agree: true },
      }),
      201,
    );
  }
  const applications = await ok<{
    items: { application: { status: string }; round: { projectId: string; status: string } }[];
  }>(await institution.get('/api/v1/selection/applications/mine'));
  const selected = applications.items.some(
    (item) =>
      item.round.projectId === projectId &&
      item.round.status === 'effective' &&
      item.application.status === 'selected',
  );
  if (selected) return { projectId, steps: null as SelectionSteps };
  const round = await ok<{ round: { id: string } }>(
    await staff.post('/api/v1/selection/rounds', {
      data: {
        projectId,
        method: 'scoring',
        conditions: '具备养老护理员培训资质；有满足实操要求的实训场地和设备。',
        criteria: [{ key: 'overall', name: '综合', weight: 100, description: '' }],
        places: 3,
        applicationDeadline: chinaDate(0),
        noticeDays: 5,
      },
    }),
    201,
  );
  const mine = await ok<{ institution: { sites: { id: string }[] } }>(
    await institution.get('/api/v1/institutions/mine'),
  );
  const applied = await ok<{ applications: { id: string }[] }>(
    await institution.post(`/api/v1/selection/rounds/${round.round.id}/applications`, {
      data: {
        siteId: mine.institution.sites[0]!.id,
        priceFen: 120000,
        planSummary: '理论与实操结合，分期开班',
      },
    }),
    201,
  );
  const steps: SelectionSteps = {
    roundId: round.round.id,
    applicationId: applied.applications[0]!.id,
    projectId,
  };
  return { projectId, steps };
}

/** Day 1: applications close, the offer is scored and the result goes on a five-day notice. */
export async function scoreSelection(staff: APIRequestContext, steps: SelectionSteps) {
  if (!steps) return;
  await ok(await staff.post(`/api/v1/selection/rounds/${steps.roundId}/close`, { data: {} }));
  await ok(
    await staff.put(`/api/v1/selection/rounds/${steps.roundId}/applications/${steps.applicationId}/score`, {
      data: { scores: { overall: 90 }, reasons: '条件齐备' },
    }),
  );
  await ok(await staff.post(`/api/v1/selection/rounds/${steps.roundId}/publicize`, { data: {} }));
}

/**
 * Day 6 or later: the notice is over and the selection takes effect (if it was still to take); the
 * institution files a class
 * of the project starting three weeks after `today` (the server's day) with one trainee, and city
 * staff approve it. The project asks 40 theory and 80 practice hours: twelve ten-hour days.
 */
export async function approvedClassAfterSelection(
  staff: APIRequestContext,
  institution: APIRequestContext,
  selection: { projectId: string; steps: SelectionSteps },
  serverDay: number,
) {
  const { steps, projectId } = selection;
  if (steps) await ok(await staff.post(`/api/v1/selection/rounds/${steps.roundId}/confirm`, { data: {} }));
  const mine = await ok<{ institution: { sites: { id: string }[] } }>(
    await institution.get('/api/v1/institutions/mine'),
  );
  const teachers = await ok<{ items: { id: string }[] }>(
    await institution.get(`/api/v1/teachers?occupation=${CARE}`),
  );
  const teacherId = teachers.items[0]!.id;
  const day = (i: number) => chinaDate(serverDay + 21 + i);
  const sessions = Array.from({ length: 12 }, (_, i) => ({
    day: day(i),
    startTime: '08:00',
    endTime: '18:00',
    hours: 10,
    kind: i < 4 ? 'theory' : 'practice',
    teacherId,
    room: i < 4 ? '201 教室' : '养老护理实训室',
  }));
  const created = await ok<{ class: { id: string; code: string; name: string } }>(
    await institution.post('/api/v1/classes', {
      data: {
        projectId,
        siteId: mine.institution.sites[0]!.id,
        name: '养老护理员培训班（第一期）',
        startDate: day(0),
        endDate: day(11),
        plannedTrainees: 30,
        teachingPlan: '理论四天：职业道德、生活照料、基础护理；实操八天：翻身、喂食、移位、应急处置。',
        assessmentPlan: '结业考核：理论笔试 40%，实操考核 60%，60 分合格。',
        feeFen: 180000,
        governmentFen: 150000,
        enterpriseFen: 20000,
        individualFen: 10000,
        teachers: [{ teacherId, role: 'lead' }],
        sessions,
      },
    }),
    201,
  );
  const id = created.class.id;
  const first17 = '41010519900307321';
  await ok(
    await institution.post(`/api/v1/classes/${id}/roster`, {
      data: {
        name: '赵六',
        idNumber: `${first17}${idNumberCheckCharacter(first17)}`,
        targetGroup: 'registered_unemployed',
      },
    }),
  );
  await ok(await institution.post(`/api/v1/classes/${id}/file`, { data: {} }));
  await ok(await staff.post(`/api/v1/classes/${id}/review`, { data: { decision: 'approve' } }));
  return { ...created.class, firstDay: day(0) };
}
