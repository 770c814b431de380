import { createHash, randomBytes } from 'node:crypto';
import { type Database, type Executor, people, sessions, users } from '@qiancheng/db';
import { isRole } from '@qiancheng/domain';
import { and, eq, lt, ne, sql } from 'drizzle-orm';
import { Batcher, type Settled } from '../batching/batcher';
import type { AppConfig } from '../config';
import { type Actor, actorOf } from '../http/request-context';

export const SESSION_COOKIE = 'qc_session';

/** last_seen_at is written at most this often, so reading pages does not write on every request. */
const TOUCH_INTERVAL_MS = 60_000;

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The signed-in user's row as the session lookup read it, so a request need not read it again. */
export type SessionUser = typeof users.$inferSelect & { idNumberMasked: string | null };

export type SessionLookup =
  | { status: 'valid'; actor: Actor; user: SessionUser; tokenHash: string }
  | { status: 'expired' | 'unknown' };

type LookupRow = {
  session: typeof sessions.$inferSelect;
  user: typeof users.$inferSelect;
  idNumberMasked: string | null;
};

export class SessionStore {
  constructor(
    private readonly db: Database,
    private readonly config: AppConfig['session'],
  ) {}

  async create(
    tx: Executor,
    userId: string,
    meta: { ip: string | null; userAgent: string | null },
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.absoluteHours * 3_600_000);
    await tx.insert(sessions).values({ tokenHash: hashSessionToken(token), userId, expiresAt, ...meta });
    return { token, expiresAt };
  }

  /**
   * Every signed-in request reads its session. Under load the reads of requests arriving together
   * are made as one query (see Batcher), prepared once: built once per process, planned once per
   * connection.
   */
  readonly #lookups = new Batcher<string, LookupRow | undefined>((hashes) => this.readSessions(hashes), {
    maxBatch: 200,
    maxInFlight: 2,
  });
  #lookupQuery: ReturnType<SessionStore['prepareLookup']> | null = null;

  private prepareLookup() {
    return this.db
      .select({ session: sessions, user: users, idNumberMasked: people.idNumberMasked })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .leftJoin(people, eq(people.id, users.personId))
      .where(sql`${sessions.tokenHash} = any(${sql.placeholder('tokenHashes')}::text[])`)
      .prepare('session_lookup');
  }

  private async readSessions(tokenHashes: string[]): Promise<Settled<LookupRow | undefined>[]> {
    this.#lookupQuery ??= this.prepareLookup();
    const rows = await this.#lookupQuery.execute({ tokenHashes: [...new Set(tokenHashes)] });
    const byHash = new Map(rows.map((row) => [row.session.tokenHash, row]));
    return tokenHashes.map((hash) => ({ ok: true, value: byHash.get(hash) }));
  }

  async lookup(token: string): Promise<SessionLookup> {
    const tokenHash = hashSessionToken(token);
    const row = await this.#lookups.submit(tokenHash);
    if (!row) return { status: 'unknown' };
    const now = Date.now();
    const idleLimit = row.session.lastSeenAt.getTime() + this.config.idleMinutes * 60_000;
    const { user } = row;
    const role = user.role;
    if (row.session.expiresAt.getTime() <= now || idleLimit <= now || user.disabledAt || !isRole(role)) {
      await this.db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
      return { status: 'expired' };
    }
    if (now - row.session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) this.touch(tokenHash, new Date(now));
    return {
      status: 'valid',
      tokenHash,
      user: { ...user, idNumberMasked: row.idNumberMasked },
      actor: actorOf(user),
    };
  }

  /** Sessions whose last use waits to be written, by token hash. */
  readonly #touches = new Map<string, Date>();
  #touching = false;

  /**
   * Records a session's use after the request has moved on: the touches of requests arriving
   * together go out in one statement, and no request waits for one. A touch lost in a crash only
   * lets the session idle out a little earlier.
   */
  private touch(tokenHash: string, at: Date): void {
    this.#touches.set(tokenHash, at);
    if (this.#touching) return;
    this.#touching = true;
    setImmediate(() => void this.flushTouches());
  }

  private async flushTouches(): Promise<void> {
    try {
      while (this.#touches.size > 0) {
        const batch = [...this.#touches];
        this.#touches.clear();
        await this.db
          .execute(
            sql`update ${sessions} set last_seen_at = v.at
              from unnest(${sql.param(batch.map(([hash]) => hash))}::text[],
                          ${sql.param(batch.map(([, at]) => at.toISOString()))}::timestamptz[]) as v(token_hash, at)
              where ${sessions.tokenHash} = v.token_hash`,
          )
          // The database may be closing or gone; the next use of the session touches it again.
          .catch(() => {});
      }
    } finally {
      this.#touching = false;
    }
  }

  async destroy(tx: Executor, tokenHash: string): Promise<void> {
    await tx.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
  }

  /** Ends every session of a user but one (after a password change, keep the one that made it). */
  async destroyAllOf(tx: Executor, userId: string, except?: string): Promise<void> {
    await tx
      .delete(sessions)
      .where(and(eq(sessions.userId, userId), except ? ne(sessions.tokenHash, except) : undefined));
  }

  /** Removes sessions past their absolute expiry. */
  async purgeExpired(): Promise<void> {
    await this.db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
  }
}
