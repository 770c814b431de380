import { type Database, type Executor, loginFailures } from '@qiancheng/db';
import { and, count, eq, gt, lt, min } from 'drizzle-orm';
import type { AppConfig } from '../../platform/config';
import { AppError } from '../../platform/http/app-error';

/**
 * Limits failed sign-ins per username and per address within a sliding window. The counts live in
 * the database so the limit holds however many app processes serve the requests.
 */
export class LoginLimiter {
  constructor(
    private readonly db: Database,
    private readonly limits: AppConfig['login'],
  ) {}

  private windowStart(): Date {
    return new Date(Date.now() - this.limits.windowMinutes * 60_000);
  }

  /** Throws auth.too_many_attempts with the wait in seconds when either limit is reached. */
  async assertAllowed(usernameKey: string, ip: string): Promise<void> {
    const since = this.windowStart();
    const [byUser] = await this.db
      .select({ failures: count(), oldest: min(loginFailures.occurredAt) })
      .from(loginFailures)
      .where(and(eq(loginFailures.usernameKey, usernameKey), gt(loginFailures.occurredAt, since)));
    const [byIp] = await this.db
      .select({ failures: count(), oldest: min(loginFailures.occurredAt) })
      .from(loginFailures)
      .where(and(eq(loginFailures.ip, ip), gt(loginFailures.occurredAt, since)));
    const blocking = [
      byUser && byUser.failures >= this.limits.maxFailuresPerUser ? byUser.oldest : null,
      byIp && byIp.failures >= this.limits.maxFailuresPerIp ? byIp.oldest : null,
    ].filter((d): d is Date => d instanceof Date);
    if (blocking.length === 0) return;
    const freeAt = Math.max(...blocking.map((d) => d.getTime())) + this.limits.windowMinutes * 60_000;
    const retryAfterSeconds = Math.max(1, Math.ceil((freeAt - Date.now()) / 1000));
    throw new AppError('auth.too_many_attempts', {
      params: { retryAfterSeconds },
      headers: { 'retry-after': String(retryAfterSeconds) },
    });
  }

  async recordFailure(tx: Executor, usernameKey: string, ip: string): Promise<void> {
    await tx.insert(loginFailures).values({ usernameKey, ip });
  }

  async clear(tx: Executor, usernameKey: string): Promise<void> {
    await tx.delete(loginFailures).where(eq(loginFailures.usernameKey, usernameKey));
  }

  async purgeOld(): Promise<void> {
    await this.db.delete(loginFailures).where(lt(loginFailures.occurredAt, this.windowStart()));
  }
}
