import { subsidyGrants } from '@qiancheng/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { postWithKey } from '../funds/test-fixtures';

/**
 * The institution's claim for the demo 养老护理员 class, by the national default rules worked out
 * by hand: four trainees with 四级 certificates claim 80% of 1 760 元 (1 408 元) each; the one who
 * failed 四级 holds a 培训合格证 only — 120 attended hours × 10 元 capped at 700 元, ×110% for
 * consumables, 770 元 — and claims 80% of it (616 元); 郑海波 is on the claim with his reasons and
 * nothing claimed. Total 4 × 1 408 + 616 = 6 248 元.
 */
const EXPECTED_TOTAL_FEN = 4 * 140800 + 61600;

let t: TestApp;
let cookies: Record<string, string> = {};
let classId = '';

beforeAll(async () => {
  t = await startTestApp();
  cookies = await t.loginAll([
    'demo-institution',
    'demo-staff',
    'demo-staff-city',
    'demo-staff-city2',
    'demo-finance',
    'demo-worker',
    'demo-admin',
  ]);
  // A second province staff member, so two approvers who did not review can race.
  const created = await t.request({
    method: 'POST',
    url: '/api/v1/users',
    cookie: cookies['demo-admin'],
    body: {
      username: 'claims-approver',
      password: 'Shenhe2026xy',
      displayName: '复审经办人',
      role: 'staff',
      regionCode: '410000',
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  cookies.approver = await t.login('claims-approver', 'Shenhe2026xy');
  const classes = await t.request({
    url: '/api/v1/classes?status=assessed',
    cookie: cookies['demo-institution'],
  });
  expect(classes.statusCode, classes.body).toBe(200);
  classId = classes.json().items[0].id;
});
afterAll(() => t?.close());

const post = (url: string, cookie: string, body: unknown = {}) =>
  t.request({ method: 'POST', url, cookie, body });

const draft = () => post('/api/v1/claims', cookies['demo-institution']!, { classId, note: '第一期结业申领' });

let claimId = '';

describe('a class claim, drafted from the records', () => {
  it('has a line per payable trainee stage and one for the trainee the rules refuse', async () => {
    const created = await draft();
    expect(created.statusCode, created.body).toBe(201);
    const claim = created.json().claim;
    expect(claim).toMatchObject({
      status: 'draft',
      kind: 'class_training',
      fundSource: 'employment_subsidy',
      regionCode: '410102',
      totalFen: EXPECTED_TOTAL_FEN,
    });
    expect(claim.number).toMatch(/^BT410102\d{4}000001$/);
    const included = claim.lines.filter((l: { included: boolean }) => l.included);
    expect(included.map((l: { amountFen: number }) => l.amountFen).sort()).toEqual(
      [140800, 140800, 140800, 140800, 61600].sort(),
    );
    expect(included.every((l: { stage: string; policyVersion: string }) => l.stage === 'certification')).toBe(
      true,
    );
    expect(included.every((l: { policyVersion: string }) => l.policyVersion === 'national-default')).toBe(
      true,
    );
    const refused = claim.lines.find((l: { name: string }) => l.name === '郑海波');
    expect(refused).toMatchObject({ included: false, amountFen: 0, stage: null });
    expect(refused.reasons).toContain('a3_attendance_low');
    // The reason comes with the attendance and the rate required, for its text to name them.
    expect(refused.unmet).toContainEqual({
      ruleId: 'A3',
      code: 'a3_attendance_low',
      params: { attendedBasisPoints: expect.any(Number), requiredBasisPoints: 8000 },
    });
    expect(claim.lines[0].idNumberMasked).toMatch(/\*/);
  });

  it('cannot be drafted twice for the same trainees; a withdrawn draft frees them', async () => {
    const again = await draft();
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('claims.nothing_to_claim');
    const [first] = (await t.request({ url: '/api/v1/claims', cookie: cookies['demo-institution'] })).json()
      .items;
    const withdrawn = await post(`/api/v1/claims/${first.id}/withdraw`, cookies['demo-institution']!);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json().claim.status).toBe('withdrawn');
    // Two drafts at once: the trainees' stages go to one of them.
    const both = await Promise.all([draft(), draft()]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const redrafted = both.find((r) => r.statusCode === 201)!;
    expect(redrafted.json().claim.number).toMatch(/000002$/);
    claimId = redrafted.json().claim.id;
  });

  it('is refused for a class that has not completed, and hidden from other institutions’ regions', async () => {
    const elsewhere = await t.request({
      url: `/api/v1/claims/${claimId}`,
      cookie: cookies['demo-staff-city2'],
    });
    expect(elsewhere.statusCode).toBe(404);
    expect((await post('/api/v1/claims', cookies['demo-staff']!, { classId })).statusCode).toBe(403);
    expect((await t.request({ url: '/api/v1/claims', cookie: cookies['demo-worker'] })).statusCode).toBe(403);
  });
});

describe('review and approval', () => {
  it('is reviewed by one staff member and approved by another, committing the total once', async () => {
    const early = await post(`/api/v1/claims/${claimId}/review`, cookies['demo-staff-city']!);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('claims.state');
    // Submitted twice at once (a double click, two tabs): one submission, one refusal.
    const submissions = await Promise.all([
      post(`/api/v1/claims/${claimId}/submit`, cookies['demo-institution']!),
      post(`/api/v1/claims/${claimId}/submit`, cookies['demo-institution']!),
    ]);
    expect(submissions.map((r) => r.statusCode).sort()).toEqual([200, 409]);

    const returned = await post(`/api/v1/claims/${claimId}/return`, cookies['demo-staff-city']!, {
      note: '请补充结业考核记录',
    });
    expect(returned.json().claim).toMatchObject({ status: 'draft', decisionNote: '请补充结业考核记录' });
    expect((await post(`/api/v1/claims/${claimId}/submit`, cookies['demo-institution']!)).statusCode).toBe(
      200,
    );
    const reviewed = await post(`/api/v1/claims/${claimId}/review`, cookies['demo-staff-city']!, {
      note: '材料齐全',
    });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    expect(reviewed.json().claim.status).toBe('reviewed');

    const sameReviewer = await postWithKey(
      t,
      `/api/v1/claims/${claimId}/approve`,
      cookies['demo-staff-city']!,
      {},
    );
    expect(sameReviewer.statusCode).toBe(403);
    expect(sameReviewer.json().error.code).toBe('claims.same_reviewer');
    const keyless = await post(`/api/v1/claims/${claimId}/approve`, cookies['demo-staff']!);
    expect(keyless.statusCode).toBe(400);
    expect(keyless.json().error.code).toBe('idempotency.key_required');

    // Two approvers at once, each with their own key: one approval, one refusal, one commitment.
    const [first, other] = await Promise.all([
      postWithKey(t, `/api/v1/claims/${claimId}/approve`, cookies['demo-staff']!, {}, 'approve-1'),
      postWithKey(t, `/api/v1/claims/${claimId}/approve`, cookies.approver!, {}, 'approve-2'),
    ]);
    expect([first.statusCode, other.statusCode].sort()).toEqual([200, 409]);
    const approved = first.statusCode === 200 ? first : other;
    const approver = first.statusCode === 200 ? cookies['demo-staff']! : cookies.approver!;
    const key = first.statusCode === 200 ? 'approve-1' : 'approve-2';
    const claim = approved.json().claim;
    expect(claim.status).toBe('notice');
    expect(claim.noticeUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Approval grants each certification line's subsidy, not yet paid; the limits count them now.
    const granted = await t.platform.db.select().from(subsidyGrants);
    const certified = claim.lines.filter(
      (l: { included: boolean; stage: string }) => l.included && l.stage === 'certification',
    );
    expect(granted.map((g) => g.refId).sort()).toEqual(certified.map((l: { id: string }) => l.id).sort());
    expect(granted.every((g) => g.paidAt === null && g.scheme === 'training')).toBe(true);
    const replay = await postWithKey(t, `/api/v1/claims/${claimId}/approve`, approver, {}, key);
    expect(replay.statusCode).toBe(200);
    expect(replay.headers['idempotency-replayed']).toBe('true');
    expect(replay.json().claim.id).toBe(claimId);
    const second = await postWithKey(t, `/api/v1/claims/${claimId}/approve`, approver, {});
    expect(second.statusCode).toBe(409);

    const budget = await t.request({
      url: `/api/v1/funds/budgets/${claim.budgetId}`,
      cookie: cookies['demo-finance'],
    });
    expect(budget.statusCode, budget.body).toBe(200);
    expect(budget.json().budget).toMatchObject({ regionCode: '410100', source: 'employment_subsidy' });
    const ledger = await t.request({
      url: `/api/v1/funds/budgets/${claim.budgetId}/ledger`,
      cookie: cookies['demo-finance'],
    });
    const commitments = ledger
      .json()
      .items.filter((e: { kind: string; refId: string }) => e.kind === 'commitment' && e.refId === claimId);
    expect(commitments.map((e: { amountFen: number }) => e.amountFen)).toEqual([EXPECTED_TOTAL_FEN]);
    const reconciled = await t.request({
      url: `/api/v1/funds/budgets/${claim.budgetId}/reconciliation`,
      cookie: cookies['demo-finance'],
    });
    expect(reconciled.json().consistent).toBe(true);
  });

  it('is published for the notice period with masked names, to anyone', async () => {
    const notices = await t.request({ url: '/api/v1/public/claim-notices?region=410100' });
    expect(notices.statusCode, notices.body).toBe(200);
    const [notice] = notices.json().items;
    expect(notice).toMatchObject({
      regionCode: '410102',
      totalFen: EXPECTED_TOTAL_FEN,
      institutionName: '前程示范职业培训学校',
    });
    expect(notice.classCode).toBe('410102-2026-0001');
    expect(notice.lines).toHaveLength(5);
    expect(notice.lines.map((l: { name: string }) => l.name)).toContain('赵**');
    expect(JSON.stringify(notice)).not.toMatch(/赵秀英|郑海波|\d{6}\*+/);
    const elsewhere = await t.request({ url: '/api/v1/public/claim-notices?region=410200' });
    expect(elsewhere.json().total).toBe(0);
  });

  it('takes objections during the notice; an upheld one strikes the line and releases its amount', async () => {
    const before = (
      await t.request({ url: `/api/v1/claims/${claimId}`, cookie: cookies['demo-staff'] })
    ).json().claim;
    const line = before.lines.find((l: { name: string }) => l.name === '赵秀英');
    const excluded = before.lines.find((l: { included: boolean }) => !l.included);
    const badLine = await post(`/api/v1/claims/${claimId}/objections`, cookies['demo-staff-city']!, {
      lineId: excluded.id,
      content: '该学员未参加培训',
    });
    expect(badLine.statusCode).toBe(400);
    expect(badLine.json().error.details[0]).toMatchObject({ field: 'lineId', reason: 'claim_line_unknown' });

    const recorded = await post(`/api/v1/claims/${claimId}/objections`, cookies['demo-staff-city']!, {
      lineId: line.id,
      content: '来电反映：该学员九月在外地务工，未参加培训',
      raisedBy: '匿名来电',
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const objection = recorded.json().objection;
    const dismissedToo = await post(`/api/v1/claims/${claimId}/objections`, cookies['demo-staff-city']!, {
      lineId: line.id,
      content: '重复反映同一事项',
    });
    const decide = (id: string, body: unknown, key?: string) =>
      postWithKey(
        t,
        `/api/v1/claims/${claimId}/objections/${id}/decision`,
        cookies['demo-staff']!,
        body,
        key,
      );
    const dismissed = await decide(dismissedToo.json().objection.id, {
      decision: 'dismiss',
      note: '与前一异议重复',
    });
    expect(dismissed.json().objection.status).toBe('dismissed');

    const upheld = await decide(
      objection.id,
      { decision: 'uphold', note: '经核查考勤记录与实际不符' },
      'uphold-1',
    );
    expect(upheld.statusCode, upheld.body).toBe(200);
    expect(upheld.json().objection.status).toBe('upheld');
    const replay = await decide(
      objection.id,
      { decision: 'uphold', note: '经核查考勤记录与实际不符' },
      'uphold-1',
    );
    expect(replay.headers['idempotency-replayed']).toBe('true');
    const again = await decide(objection.id, { decision: 'dismiss', note: '改判' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('claims.objection_decided');

    const after = (
      await t.request({ url: `/api/v1/claims/${claimId}`, cookie: cookies['demo-staff'] })
    ).json().claim;
    expect(after.totalFen).toBe(EXPECTED_TOTAL_FEN - line.amountFen);
    expect(after.lines.find((l: { id: string }) => l.id === line.id)).toMatchObject({
      included: false,
      reasons: ['objection_upheld'],
    });
    expect(after.objections.map((o: { status: string }) => o.status)).toEqual(['upheld', 'dismissed']);
    // The struck trainee's subsidy, granted at approval, no longer counts as enjoyed.
    const struck = await t.platform.db.select().from(subsidyGrants).where(eq(subsidyGrants.refId, line.id));
    expect(struck).toEqual([]);
    const ledger = await t.request({
      url: `/api/v1/funds/budgets/${after.budgetId}/ledger`,
      cookie: cookies['demo-finance'],
    });
    const releases = ledger
      .json()
      .items.filter((e: { kind: string; refId: string }) => e.kind === 'release' && e.refId === claimId);
    expect(releases.map((e: { amountFen: number }) => e.amountFen)).toEqual([-line.amountFen]);
    const reconciled = await t.request({
      url: `/api/v1/funds/budgets/${after.budgetId}/reconciliation`,
      cookie: cookies['demo-finance'],
    });
    expect(reconciled.json().consistent).toBe(true);
    // The struck trainee is not claimed again by a new draft.
    const redraft = await draft();
    expect(redraft.statusCode).toBe(409);
    expect(redraft.json().error.code).toBe('claims.nothing_to_claim');
  });

  it('keeps the whole history in the audit trail', async () => {
    const audit = await t.platform.db.query.auditLog.findMany({
      where: (a, { eq }) => eq(a.entityId, claimId),
      orderBy: (a, { asc }) => [asc(a.id)],
    });
    expect(audit.map((a) => a.action)).toEqual([
      'claim.draft',
      'claim.submit',
      'claim.return',
      'claim.submit',
      'claim.review',
      'claim.approve',
      'claim.objection',
      'claim.objection',
      'claim.objection_dismiss',
      'claim.objection_uphold',
    ]);
  });
});
