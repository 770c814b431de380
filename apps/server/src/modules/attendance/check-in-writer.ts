import type { Database, Executor } from '@qiancheng/db';
import type { RequestContext } from '../../platform/http/request-context';
import { type CheckInInsert, insertCheckIns } from './repository';

/** A check-in ready to store, with what its first record changes beyond the record itself. */
export interface PendingCheckIn extends Omit<CheckInInsert, 'later'> {
  /** The class is approved and this may be its first attendance: start it if its day has come. */
  startsClass: boolean;
  /** The trainee's enrolment, still `enrolled`, becomes `attending`. */
  enrolmentToMark: string | null;
  context: RequestContext;
}

export interface WriterHooks {
  startIfDue(tx: Executor, context: RequestContext, classId: string): Promise<void>;
  markAttending(tx: Executor, enrolmentIds: readonly string[]): Promise<void>;
}

interface Waiting {
  item: PendingCheckIn;
  resolve(direction: 'in' | 'out'): void;
  reject(error: unknown): void;
}

/** At most this many check-ins go into one statement. */
const MAX_BATCH = 500;
/** Flushes in flight at once: enough to overlap one commit's wait with the next batch's work. */
const MAX_IN_FLIGHT = 2;

/**
 * Group commit for check-ins. When a whole class scans at once, each request would otherwise wait
 * for its own commit; here the check-ins that arrive while earlier ones are being written are
 * collected and written together in one statement (and one transaction when a class starts or a
 * trainee's enrolment moves on), and every request is answered only after its batch has
 * committed. Nothing waits on a timer: with no write in flight a check-in is written at once, so a
 * quiet system pays no delay and a busy one writes in batches as large as the load makes them.
 * The queue lives in one process; several processes each batch their own requests.
 */
export class CheckInWriter {
  readonly #queue: Waiting[] = [];
  #inFlight = 0;
  /**
   * Batches that start classes run one after another: each takes class locks and then the audit
   * head, and two of them taking several classes each could otherwise wait on one another.
   */
  #starting: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Database,
    private readonly hooks: WriterHooks,
  ) {}

  /** Stores the check-in and resolves to its direction once it is durable. */
  write(item: PendingCheckIn): Promise<'in' | 'out'> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ item, resolve, reject });
      this.#pump();
    });
  }

  #pump(): void {
    while (this.#inFlight < MAX_IN_FLIGHT && this.#queue.length > 0) {
      const batch = this.#queue.splice(0, MAX_BATCH);
      this.#inFlight += 1;
      void this.#flush(batch).finally(() => {
        this.#inFlight -= 1;
        this.#pump();
      });
    }
  }

  async #flush(batch: Waiting[]): Promise<void> {
    try {
      const directions = await this.#store(batch.map((w) => w.item));
      for (const [index, waiting] of batch.entries()) waiting.resolve(directions[index]!);
    } catch (error) {
      if (batch.length === 1) {
        batch[0]!.reject(error);
        return;
      }
      // One bad check-in must not fail its neighbours: each is tried again on its own.
      for (const waiting of batch) await this.#flush([waiting]);
    }
  }

  /** Writes a batch and returns each check-in's direction, in order. */
  async #store(items: PendingCheckIn[]): Promise<('in' | 'out')[]> {
    const seen = new Set<string>();
    const rows = items.map((item): CheckInInsert => {
      const key = `${item.sessionId}|${item.personId}`;
      const later = seen.has(key);
      seen.add(key);
      const { startsClass: _starts, enrolmentToMark: _mark, context: _context, ...row } = item;
      return { ...row, later };
    });
    const starting = new Map(items.filter((i) => i.startsClass).map((i) => [i.classId, i.context]));
    const enrolments = [...new Set(items.flatMap((i) => (i.enrolmentToMark ? [i.enrolmentToMark] : [])))];
    const inTransaction = () =>
      this.db.transaction(async (tx) => {
        for (const classId of [...starting.keys()].sort()) {
          await this.hooks.startIfDue(tx, starting.get(classId)!, classId);
        }
        await this.hooks.markAttending(tx, enrolments);
        return insertCheckIns(tx, rows);
      });
    let stored: Awaited<ReturnType<typeof insertCheckIns>>;
    if (starting.size > 0) {
      const run = this.#starting.then(inTransaction);
      this.#starting = run.catch(() => {});
      stored = await run;
    } else {
      stored = enrolments.length > 0 ? await inTransaction() : await insertCheckIns(this.db, rows);
    }
    if (stored.length !== rows.length) throw new Error(`stored ${stored.length} of ${rows.length} check-ins`);
    // Within a batch only the first row of a person and session can check in; the rest check out.
    const checkedIn = new Set(
      stored.filter((s) => s.direction === 'in').map((s) => `${s.sessionId}|${s.personId}`),
    );
    return rows.map((row) =>
      !row.later && checkedIn.has(`${row.sessionId}|${row.personId}`) ? 'in' : 'out',
    );
  }
}
