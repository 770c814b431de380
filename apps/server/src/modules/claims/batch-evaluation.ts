import type { Executor } from '@qiancheng/db';
import { type RatedSession, traineeAttendance } from '@qiancheng/domain/attendance/attendance-rate';
import type { AttendanceMark, MarkSource } from '@qiancheng/domain/attendance/presence';
import { addCivilDays } from '@qiancheng/domain/calendar/civil-date';
import type { WorkingCalendar } from '@qiancheng/domain/classes/working-days';
import type { SubsidyQuote } from '@qiancheng/domain/subsidy/quote-types';
import { quoteTrainingSubsidy } from '@qiancheng/domain/subsidy/training-subsidy';
import { sql } from 'drizzle-orm';
import { now, today } from '../../platform/clock';
import type { PlatformContext } from '../../platform/context';
import type { CalendarService } from '../calendar/service';
import type { ReferenceService } from '../reference/service';
import type { EffectivePolicy, SubsidyPoliciesService } from '../subsidies/policy-service';
import {
  approvedOnOf,
  type ClassFacts,
  employmentEvidence,
  filingLeadOf,
  priorSubsidy,
  trainingSubsidyInput,
} from '../subsidies/training-input';
import {
  type ClaimSelection,
  type ClassInputs,
  claimInputsQuery,
  type EnrolmentInputsRow,
} from './batch-inputs';

/** One trainee's training subsidy in one class: what a claim line is built from. */
export interface EvaluatedLine {
  enrolmentId: string;
  classId: string;
  personId: string;
  quote: SubsidyQuote;
  policy: EffectivePolicy;
  certificateId: string | null;
}

export interface BatchEvaluationOptions {
  /** Today for the rules; the clock's day by default. */
  asOf?: string;
  /** Enrolments fetched from the cursor at a time. */
  chunkSize?: number;
  /** Receives every chunk's lines in turn; the batch keeps none of them. */
  onPage(lines: EvaluatedLine[]): void | Promise<void>;
}

export interface BatchEvaluationSummary {
  lines: number;
  chunks: number;
}

export const DEFAULT_BATCH_CHUNK_SIZE = 20_000;
/** Lines evaluated between two turns of the event loop, so a batch never holds a process up long. */
const LINES_PER_TURN = 2_000;

const SOURCES: Record<string, MarkSource> = { q: 'qr', t: 'terminal', m: 'manual' };

interface PreparedClass {
  facts: ClassFacts;
  consumables: string | null;
  filingLeadWorkingDays: number;
  approvedOn: string | null;
  /** Sessions not cancelled, named by their ordinal. */
  live: RatedSession[];
  startsAt: Map<number, number>;
  policy: EffectivePolicy;
}

type Mark = AttendanceMark & { source: MarkSource };

const yieldTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * 批量测算: the training subsidy of every trainee (not dropped) of many classes — the lines a
 * claim is built from — with the rules and input builder the quote page uses for one enrolment
 * (`quoteTrainingSubsidy`, `trainingSubsidyInput`, `traineeAttendance`), but with the records read
 * set-based: one statement (`claimInputsQuery`) read through a cursor in chunks, so memory stays
 * bounded however many lines; the rules in force for every (region, first day) of a chunk's classes
 * in one read; each region's calendar once. The next chunk is fetched while the current one is
 * evaluated (PostgreSQL works on it meanwhile), and the whole batch reads one snapshot.
 */
export class ClaimBatchEvaluator {
  constructor(
    private readonly platform: PlatformContext,
    private readonly deps: {
      policies: SubsidyPoliciesService;
      calendar: CalendarService;
      reference: ReferenceService;
    },
  ) {}

  async evaluate(
    selection: ClaimSelection,
    options: BatchEvaluationOptions,
  ): Promise<BatchEvaluationSummary> {
    // Region lineages come from the reference service's memory, filled on its own connection: fill
    // it before the transaction (PGlite's one connection would wait for the transaction forever).
    await this.deps.reference.regionCodes();
    return this.platform.db.transaction((tx) => this.run(tx, selection, options), {
      isolationLevel: 'repeatable read',
      accessMode: 'read only',
    });
  }

  private async run(
    tx: Executor,
    selection: ClaimSelection,
    options: BatchEvaluationOptions,
  ): Promise<BatchEvaluationSummary> {
    const asOf = options.asOf ?? today();
    const size = options.chunkSize ?? DEFAULT_BATCH_CHUNK_SIZE;
    const policies = new Map<string, EffectivePolicy>();
    const calendars = new Map<string, { from: string; to: string; calendar: WorkingCalendar }>();
    const classes = new Map<string, PreparedClass>();
    /** Rows whose class has not arrived yet (its facts travel on one of its rows). */
    const waiting = new Map<string, EnrolmentInputsRow[]>();
    // The cursor is read to its end: plan it for all its rows, not for the first ones.
    await tx.execute(sql`set local cursor_tuple_fraction = 1`);
    await tx.execute(sql`declare claim_inputs no scroll cursor for ${claimInputsQuery(selection)}`);
    const fetch = () =>
      tx
        .execute(sql`fetch forward ${sql.raw(String(size))} from claim_inputs`)
        .then((result) => (result as unknown as { rows: EnrolmentInputsRow[] }).rows);

    const summary: BatchEvaluationSummary = { lines: 0, chunks: 0 };
    let pending: Promise<EnrolmentInputsRow[]> | null = fetch();
    while (pending) {
      const rows: EnrolmentInputsRow[] = await pending;
      pending = null;
      const arrived = await this.prepareClasses(tx, rows, policies, calendars);
      if (rows.length === size) {
        // The next chunk is read while this one is evaluated.
        pending = fetch();
        pending.catch(() => {});
        await yieldTurn();
      }
      const ready: EnrolmentInputsRow[] = [];
      for (const [classId, prepared] of arrived) {
        classes.set(classId, prepared);
        ready.push(...(waiting.get(classId) ?? []));
        waiting.delete(classId);
      }
      for (const row of rows) {
        if (classes.has(row.class_id)) ready.push(row);
        else waiting.set(row.class_id, [...(waiting.get(row.class_id) ?? []), row]);
      }
      const lines: EvaluatedLine[] = [];
      const nowMs = now().getTime();
      for (let index = 0; index < ready.length; index += 1) {
        if (index > 0 && index % LINES_PER_TURN === 0) await yieldTurn();
        const row = ready[index]!;
        lines.push(evaluateRow(row, classes.get(row.class_id)!, asOf, nowMs));
      }
      summary.lines += lines.length;
      summary.chunks += 1;
      if (lines.length > 0) await options.onPage(lines);
    }
    await tx.execute(sql`close claim_inputs`);
    if (waiting.size > 0) throw new Error('claim inputs: rows of a class without its facts');
    return summary;
  }

  /** The classes whose facts a chunk carries, with the rules in force on their first day and their filing lead. */
  private async prepareClasses(
    tx: Executor,
    rows: readonly EnrolmentInputsRow[],
    policies: Map<string, EffectivePolicy>,
    calendars: Map<string, { from: string; to: string; calendar: WorkingCalendar }>,
  ): Promise<Map<string, PreparedClass>> {
    const inputs = new Map<string, ClassInputs>();
    for (const row of rows) if (row.class) inputs.set(row.class_id, row.class);

    const policyKey = (c: ClassInputs) => `${c.regionCode} ${c.startDate}`;
    const missing = new Map<string, { regionCode: string; day: string }>();
    for (const c of inputs.values()) {
      if (!policies.has(policyKey(c)))
        missing.set(policyKey(c), { regionCode: c.regionCode, day: c.startDate });
    }
    if (missing.size > 0) {
      const pairs = [...missing.values()];
      const found = await this.deps.policies.effectiveMany(pairs, tx);
      pairs.forEach((pair, index) => {
        policies.set(`${pair.regionCode} ${pair.day}`, found[index]!);
      });
    }

    // A region's calendar is read once for a span of days, and again only for a class outside it.
    const spans = new Map<string, { from: string; to: string }>();
    for (const c of inputs.values()) {
      if (!c.filedOn) continue;
      const held = calendars.get(c.regionCode);
      if (held && held.from <= c.filedOn && c.startDate <= held.to) continue;
      const span = spans.get(c.regionCode) ?? held ?? { from: c.filedOn, to: c.startDate };
      spans.set(c.regionCode, {
        from: [c.filedOn, span.from].sort()[0]!,
        to: [c.startDate, span.to].sort()[1]!,
      });
    }
    for (const [regionCode, span] of spans) {
      // A little wider than asked, so that later pages rarely need another read.
      const from = addCivilDays(span.from, -366);
      const to = addCivilDays(span.to, 366);
      calendars.set(regionCode, {
        from,
        to,
        calendar: await this.deps.calendar.calendarOf(regionCode, from, to, tx),
      });
    }

    const prepared = new Map<string, PreparedClass>();
    for (const [classId, c] of inputs) {
      const facts: ClassFacts = {
        startDate: c.startDate,
        endDate: c.endDate,
        filedOn: c.filedOn,
        approvedAt: c.approvedAtMs === null ? null : new Date(c.approvedAtMs),
        occupationCode: c.occupationCode,
        skillLevel: c.skillLevel,
        feeFen: c.feeFen,
      };
      const sessions = c.sessions ?? [];
      prepared.set(classId, {
        facts,
        consumables: c.consumables,
        filingLeadWorkingDays: c.filedOn ? filingLeadOf(facts, calendars.get(c.regionCode)!.calendar) : 0,
        approvedOn: approvedOnOf(facts),
        live: sessions
          .filter(([, , , , live]) => live)
          .map(([ordinal, startsAt, endsAt, hoursTenths]) => ({
            id: String(ordinal),
            startsAt,
            endsAt,
            hoursTenths,
          })),
        startsAt: new Map(sessions.map(([ordinal, startsAt]) => [ordinal, startsAt])),
        policy: policies.get(policyKey(c))!,
      });
    }
    return prepared;
  }
}

/** A trainee's attendance records, per session, from the page's compact text. */
function marksBySession(text: string | null, startsAt: ReadonlyMap<number, number>): Map<string, Mark[]> {
  const bySession = new Map<string, Mark[]>();
  if (!text) return bySession;
  // Read in place rather than split: a million trainees' records are tens of millions of items.
  for (let start = 0; start < text.length; ) {
    const found = text.indexOf(';', start);
    const end = found === -1 ? text.length : found;
    const first = text.indexOf(' ', start);
    const second = text.indexOf(' ', first + 1);
    const ordinal = text.slice(start, first);
    const mark: Mark = {
      at: startsAt.get(Number(ordinal))! + Number(text.slice(first + 1, second)),
      direction: text[second + 1] === 'i' ? 'in' : 'out',
      source: SOURCES[text[second + 2]!]!,
    };
    const list = bySession.get(ordinal);
    if (list) list.push(mark);
    else bySession.set(ordinal, [mark]);
    start = end + 1;
  }
  return bySession;
}

function evaluateRow(
  row: EnrolmentInputsRow,
  cls: PreparedClass,
  asOf: string,
  nowMs: number,
): EvaluatedLine {
  const hours = traineeAttendance(cls.live, marksBySession(row.marks, cls.startsAt), nowMs);
  const input = trainingSubsidyInput(
    {
      class: cls.facts,
      filingLeadWorkingDays: cls.filingLeadWorkingDays,
      approvedOn: cls.approvedOn,
      consumables: cls.consumables,
      enrolment: {
        status: row.status,
        targetGroup: row.target_group,
        governmentFen: row.government_fen,
        enterpriseFen: row.enterprise_fen,
        individualFen: row.individual_fen,
      },
      birthDate: row.birth_date,
      hours,
      completionPassed: row.completion_passed,
      certificate:
        row.certificate_id && row.certificate_kind && row.certificate_on
          ? {
              id: row.certificate_id,
              kind: row.certificate_kind,
              skillLevel: row.certificate_level,
              issuedOn: row.certificate_on,
            }
          : null,
      insurance: row.insurance ?? [],
      employment: row.evidence ? employmentEvidence(row.evidence) : [],
      grants: row.grants ? row.grants.map(priorSubsidy) : [],
    },
    asOf,
  );
  return {
    enrolmentId: row.id,
    classId: row.class_id,
    personId: row.person_id,
    quote: quoteTrainingSubsidy(input, cls.policy.policy, cls.policy.version),
    policy: cls.policy,
    certificateId: input.result?.certificateId ?? null,
  };
}
