import type { Database, Executor } from '@qiancheng/db';
import type { Attendee } from '@qiancheng/domain/attendance/names';
import { Batcher, type Settled } from '../../platform/batching/batcher';
import { today } from '../../platform/clock';
import type { RequestContext } from '../../platform/http/request-context';
import type { AttendeeFacts } from '../classes/repository';
import { judgeCheckIn } from './check-in-judge';
import { type CheckInInsert, insertCheckIns } from './repository';
import { sessionBounds } from './views';

/** A check-in whose code was genuine, waiting to be looked up, judged and stored. */
export interface CheckInRequest {
  sessionId: string;
  personId: string;
  at: Date;
  device: string | null;
  latitude: number | null;
  longitude: number | null;
  accuracy: number | null;
  context: RequestContext;
}

export interface StoredCheckIn {
  facts: AttendeeFacts;
  attendee: Attendee;
  direction: 'in' | 'out';
}

/** What the pipeline needs from the classes module. */
export interface PipelineDeps {
  attendeeFacts(pairs: readonly { sessionId: string; personId: string }[]): Promise<(AttendeeFacts | null)[]>;
  teacherPeople(classId: string): Promise<Map<string, string>>;
  startIfDue(tx: Executor, context: RequestContext, classId: string): Promise<void>;
  markAttending(tx: Executor, enrolmentIds: readonly string[]): Promise<void>;
}

/** A check-in that passed its checks, ready to write. */
interface Accepted {
  request: CheckInRequest;
  facts: AttendeeFacts;
  attendee: Attendee;
  row: Omit<CheckInInsert, 'later'>;
}

/** Started classes remembered; past this the memory starts over (a forgotten class costs one lock). */
const MAX_REMEMBERED = 10_000;

/**
 * Check-ins that arrive together are handled together (see Batcher): their sessions, classes and
 * enrolments are read in one query, each is judged on its own (a refusal goes back to its request
 * alone), and the accepted ones are written in one statement. Every request is answered only
 * after its batch has committed.
 */
export class CheckInPipeline {
  readonly #batcher = new Batcher<CheckInRequest, StoredCheckIn>((items) => this.#handle(items), {
    maxBatch: 500,
    // Enough to overlap one batch's commit with the next one's reads.
    maxInFlight: 2,
  });
  /** Classes this process has seen started, so later batches skip the class lock. */
  readonly #started = new Set<string>();

  constructor(
    private readonly db: Database,
    private readonly deps: PipelineDeps,
  ) {}

  /** Judges and stores the check-in; resolves once it is durable, or rejects with its refusal. */
  submit(request: CheckInRequest): Promise<StoredCheckIn> {
    return this.#batcher.submit(request);
  }

  async #handle(requests: CheckInRequest[]): Promise<Settled<StoredCheckIn>[]> {
    const results: Settled<StoredCheckIn>[] = new Array(requests.length);
    const accepted: { index: number; check: Accepted }[] = [];
    const judged = await this.#judge(requests);
    for (const [index, outcome] of judged.entries()) {
      if (outcome.ok) accepted.push({ index, check: outcome.value });
      else results[index] = outcome;
    }
    const written = await this.#write(accepted.map((a) => a.check));
    for (const [k, { index }] of accepted.entries()) results[index] = written[k]!;
    return results;
  }

  /** Reads the facts of the whole batch at once and judges each check-in on its own. */
  async #judge(requests: CheckInRequest[]): Promise<Settled<Accepted>[]> {
    const facts = await this.deps.attendeeFacts(
      requests.map((r) => ({ sessionId: r.sessionId, personId: r.personId })),
    );
    // People not enrolled may be teachers of the class: those classes' teachers are read once.
    const teachers = new Map<string, Set<string>>();
    for (const classId of new Set(facts.flatMap((f) => (f && !f.enrolment ? [f.class.id] : [])))) {
      teachers.set(classId, new Set((await this.deps.teacherPeople(classId)).values()));
    }
    return requests.map((request, index): Settled<Accepted> => {
      const fact = facts[index] ?? null;
      try {
        const attendee = judgeCheckIn(fact, request.at.getTime(), (classId) =>
          Boolean(teachers.get(classId)?.has(request.personId)),
        );
        const { session } = fact!;
        const bounds = sessionBounds(session);
        const row = {
          occurredAt: request.at,
          classId: session.classId,
          sessionId: session.id,
          personId: request.personId,
          attendee,
          device: request.device,
          latitude: request.latitude,
          longitude: request.longitude,
          accuracy: request.accuracy,
          recordedBy: request.context.actor!.userId,
          opens: bounds.from,
          closes: bounds.to,
        };
        return { ok: true, value: { request, facts: fact!, attendee, row } };
      } catch (error) {
        return { ok: false, error };
      }
    });
  }

  /** Writes accepted check-ins; if the batch fails, each is tried on its own so one cannot sink the rest. */
  async #write(checks: Accepted[]): Promise<Settled<StoredCheckIn>[]> {
    if (checks.length === 0) return [];
    try {
      const directions = await this.#store(checks);
      return checks.map((check, index) => ({
        ok: true,
        value: { facts: check.facts, attendee: check.attendee, direction: directions[index]! },
      }));
    } catch (error) {
      if (checks.length === 1) return [{ ok: false, error }];
      const one: Settled<StoredCheckIn>[] = [];
      for (const check of checks) one.push(...(await this.#write([check])));
      return one;
    }
  }

  /**
   * Writes the accepted check-ins and returns each one's direction, in order. The records go in one
   * statement; a class whose first attendance this is starts beside it, in a short transaction of
   * its own (one class lock, then the audit head, so no two of them can wait on each other).
   * Trainees move to attending after that, so no trainee is attending without a record; if the
   * move fails, the trainee is still enrolled and their next check-in moves them.
   */
  async #store(checks: Accepted[]): Promise<('in' | 'out')[]> {
    const seen = new Set<string>();
    const rows = checks.map((check): CheckInInsert => {
      const key = `${check.row.sessionId}|${check.row.personId}`;
      const later = seen.has(key);
      seen.add(key);
      return { ...check.row, later };
    });
    const starting = new Map(
      checks
        .filter((c) => c.facts.class.status === 'approved' && !this.#started.has(c.row.classId))
        .map((c) => [c.row.classId, c]),
    );
    const [stored] = await Promise.all([
      insertCheckIns(this.db, rows),
      ...[...starting].map(async ([classId, check]) => {
        await this.db.transaction((tx) => this.deps.startIfDue(tx, check.request.context, classId));
        this.#rememberStarted(check);
      }),
    ]);
    if (stored.length !== rows.length) throw new Error(`stored ${stored.length} of ${rows.length} check-ins`);
    const enrolments = [
      ...new Set(
        checks.flatMap((c) => (c.facts.enrolment?.status === 'enrolled' ? [c.facts.enrolment.id] : [])),
      ),
    ];
    // The records are durable; a failed move is made good by the trainee's next check-in.
    if (enrolments.length > 0) await this.deps.markAttending(this.db, enrolments).catch(() => {});
    // Within a batch only the first row of a person and session can check in; the rest check out.
    const checkedIn = new Set(
      stored.filter((s) => s.direction === 'in').map((s) => `${s.sessionId}|${s.personId}`),
    );
    return rows.map((row) =>
      !row.later && checkedIn.has(`${row.sessionId}|${row.personId}`) ? 'in' : 'out',
    );
  }

  /** A class starts on its first day only; before that, later batches must try again. */
  #rememberStarted(check: Accepted): void {
    if (this.#started.size > MAX_REMEMBERED) this.#started.clear();
    if (check.facts.class.startDate <= today()) this.#started.add(check.row.classId);
  }
}
