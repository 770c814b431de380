import { createHash, randomBytes } from 'node:crypto';
import { type Database, type Executor, people, sessions, users } from '@qiancheng/db';
import { isRole } from '@qiancheng/domain';
import { and, eq, lt, ne } from 'drizzle-orm';
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

  async lookup(token: string): Promise<SessionLookup> {
    const tokenHash = hashSessionToken(token);
    const [row] = await this.db
      .select({ session: sessions, user: users, idNumberMasked: people.idNumberMasked })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .leftJoin(people, eq(people.id, users.personId))
      .where(eq(sessions.tokenHash, tokenHash));
    if (!row) return { status: 'unknown' };
    const now = Date.now();
    const idleLimit = row.session.lastSeenAt.getTime() + this.config.idleMinutes * 60_000;
    const { user } = row;
    const role = user.role;
    if (row.session.expiresAt.getTime() <= now || idleLimit <= now || user.disabledAt || !isRole(role)) {
      await this.db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
      return { status: 'expired' };
    }
    if (now - row.session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.db
        .update(sessions)
        .set({ lastSeenAt: new Date(now) })
        .where(eq(sessions.tokenHash, tokenHash));
    }
    return {
      status: 'valid',
      tokenHash,
      user: { ...user, idNumberMasked: row.idNumberMasked },
      actor: actorOf(user),
    };
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
