import {
  attendanceEvents,
  classSessions,
  employmentEvidence,
  enrolments,
  insurancePeriods,
  subsidyGrants,
  trainingClasses,
} from '@qiancheng/db';
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../../platform/clock';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { createServices, type Services } from '../register';
import { ClaimBatchEvaluator, type EvaluatedLine } from './batch-evaluation';
import type { ClaimSelection } from './batch-inputs';

/**
 * The batch evaluation of claim lines reads its records set-based and in pages; every line must be
 * exactly the quote `QuoteService.enrolmentTraining` gives for the same enrolment through the
 * modules' services. The demo class is varied first with what its sign-in sheets lack: QR records
 * (a double check-out, a lone check-in, a record of a cancelled session, one a microsecond off the
 * millisecond), insurance periods with a public-institution pension, employment evidence and a
 * subsidy already granted.
 */
let t: TestApp;
let services: Services;
let batch: ClaimBatchEvaluator;
let classIds: string[] = [];

beforeAll(async () => {
  t = await startTestApp();
  services = createServices(t.platform);
  batch = new ClaimBatchEvaluator(t.platform, {
    policies: services.subsidyPolicies,
    calendar: services.calendar,
    reference: services.reference,
  });
  const db = t.platform.db;
  classIds = (await db.select({ id: trainingClasses.id }).from(trainingClasses)).map((row) => row.id);
  const [assessed] = await db
    .select()
    .from(trainingClasses)
    .where(eq(trainingClasses.status, 'assessed'))
    .limit(1);
  if (!assessed) throw new Error('the demo has no assessed class');
  const roster = await db
    .select()
    .from(enrolments)
    .where(eq(enrolments.classId, assessed.id))
    .orderBy(asc(enrolments.createdAt));
  const sessions = await db
    .select()
    .from(classSessions)
    .where(eq(classSessions.classId, assessed.id))
    .orderBy(asc(classSessions.startsAt));
  const [first, second, third] = roster;
  const [s1, s2, s3] = sessions;
  if (!first || !second || !third || !s1 || !s2 || !s3)
    throw new Error('the demo class is smaller than expected');
  const at = (session: typeof s1, minutes: number) => new Date(session.startsAt.getTime() + minutes * 60_000);
  const mark = (
    personId: string,
    session: typeof s1,
    minutes: number,
    direction: 'in' | 'out',
    source: 'qr' | 'terminal' | 'manual' = 'qr',
  ) => ({
    occurredAt: at(session, minutes),
    classId: assessed.id,
    sessionId: session.id,
    personId,
    attendee: 'trainee' as const,
    direction,
    source,
    ...(source === 'manual' ? { manualReason: '补录' } : {}),
  });
  await db.insert(attendanceEvents).values([
    // Checks out twice: the stay runs to the later one.
    mark(first.personId, s1, 10, 'in'),
    mark(first.personId, s1, 40, 'out'),
    mark(first.personId, s1, 70, 'out'),
    // A lone check-in earns nothing; a terminal pair does.
    mark(second.personId, s2, 5, 'in'),
    mark(second.personId, s3, 0, 'in', 'terminal'),
    mark(second.personId, s3, 33, 'out', 'terminal'),
    // A teacher's record is not the trainee's.
    { ...mark(third.personId, s1, 0, 'in'), attendee: 'teacher' as const },
  ]);
  // A record a microsecond past a millisecond, as PostgreSQL may hold it.
  await t.platform.db.execute(
    sql.raw(`insert into attendance_events (occurred_at, class_id, session_id, person_id, attendee, direction, source)
     values ('${at(s2, 47).toISOString().replace('Z', '123+00:00')}'::timestamptz, '${assessed.id}', '${s2.id}',
       '${third.personId}', 'trainee', 'out', 'qr')`),
  );
  // The third session is cancelled: its records and hours no longer count.
  await db.update(classSessions).set({ cancelledAt: new Date() }).where(eq(classSessions.id, s3.id));
  await db.insert(insurancePeriods).values([
    {
      personId: first.personId,
      insurance: 'pension',
      scheme: 'enterprise',
      fromMonth: '2020-01-01',
      toMonth: null,
      source: 'manual',
    },
    {
      personId: first.personId,
      insurance: 'pension',
      scheme: 'public_institution',
      fromMonth: '2026-06-01',
      toMonth: null,
      source: 'manual',
    },
    {
      personId: second.personId,
      insurance: 'unemployment',
      scheme: null,
      fromMonth: '2024-01-01',
      toMonth: '2025-12-01',
      source: 'manual',
    },
  ]);
  await db.insert(employmentEvidence).values([
    {
      personId: second.personId,
      kind: 'contract',
      startDate: '2026-10-01',
      months: 12,
      employerName: '郑州颐养家园',
    },
    {
      personId: third.personId,
      kind: 'contributions',
      startDate: '2026-10-01',
      throughDate: '2027-03-01',
      months: 6,
      employerName: '郑州颐养家园',
    },
  ]);
  await db.insert(subsidyGrants).values({
    personId: third.personId,
    scheme: 'training',
    occupationCode: assessed.occupationCode,
    skillLevel: assessed.skillLevel,
    certificateDate: '2025-06-30',
    regionCode: assessed.regionCode,
    amountFen: 100000,
    refType: 'test',
    refId: 'batch-evaluation-prior',
  });
});
afterAll(() => t?.close());

async function evaluateAll(selection: ClaimSelection, chunkSize: number): Promise<EvaluatedLine[]> {
  const lines: EvaluatedLine[] = [];
  const summary = await batch.evaluate(selection, {
    chunkSize,
    onPage: (page) => {
      lines.push(...page);
    },
  });
  expect(summary.lines).toBe(lines.length);
  return lines;
}

async function expectSameAsQuotes(lines: readonly EvaluatedLine[]) {
  const asOf = today();
  for (const line of lines) {
    const single = await services.quotes.enrolmentTraining(line.enrolmentId, asOf);
    expect(line.quote, line.enrolmentId).toEqual(single.quote);
    expect(line.policy.version).toBe(single.policy.version);
    expect(line.certificateId).toBe(single.certificateId);
    expect(line.classId).toBe(single.class.id);
    expect(line.personId).toBe(single.person.id);
  }
}

describe('batch evaluation of claim lines', () => {
  it('gives every trainee of every class exactly the quote of the single-enrolment path, chunk by chunk', async () => {
    const notDropped = await t.platform.db
      .select({ id: enrolments.id })
      .from(enrolments)
      .where(and(ne(enrolments.status, 'dropped')));
    // Chunks of three cut classes apart; the answer does not depend on where.
    for (const chunkSize of [3, 1000]) {
      const lines = await evaluateAll({ classIds }, chunkSize);
      expect(lines.map((l) => l.enrolmentId).sort()).toEqual(notDropped.map((r) => r.id).sort());
      await expectSameAsQuotes(lines);
    }
  });

  it('covers the demo class: paid lines, the refused trainee, the varied records', async () => {
    const lines = await evaluateAll({ classIds }, 4);
    expect(lines.some((l) => l.quote.eligible && l.quote.amountFen > 0)).toBe(true);
    expect(lines.some((l) => l.quote.unmet.some((u) => u.code === 'a3_attendance_low'))).toBe(true);
  });

  it('selects the classes of a region starting in a period', async () => {
    const [demo] = await t.platform.db
      .select()
      .from(trainingClasses)
      .where(eq(trainingClasses.status, 'assessed'))
      .limit(1);
    const lines = await evaluateAll(
      {
        regionCode: demo!.regionCode.slice(0, 2).padEnd(6, '0'),
        startFrom: demo!.startDate,
        startTo: demo!.startDate,
      },
      2,
    );
    expect(lines.length).toBeGreaterThan(0);
    expect(new Set(lines.map((l) => l.classId))).toContain(demo!.id);
    await expectSameAsQuotes(lines);
    const none = await evaluateAll(
      { regionCode: '110000', startFrom: '2000-01-01', startTo: '2100-01-01' },
      10,
    );
    expect(none).toEqual([]);
  });
});
