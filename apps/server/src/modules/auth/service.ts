import { appendAudit } from '../../platform/audit/recorder';
import type { PlatformContext } from '../../platform/context';
import { decoyHash, verifyPassword } from '../../platform/crypto/password';
import { AppError } from '../../platform/http/app-error';
import { actorOf, type RequestContext } from '../../platform/http/request-context';
import type { PeopleService } from '../people/service';
import type { UsersService } from '../users/service';
import { LoginLimiter } from './login-limiter';

export class AuthService {
  readonly limiter: LoginLimiter;

  constructor(
    private readonly platform: PlatformContext,
    private readonly users: UsersService,
    private readonly people: PeopleService,
  ) {
    this.limiter = new LoginLimiter(platform.db, platform.config.login);
  }

  /** Verifies the credentials and opens a session; every failure is counted and audited. */
  async login(context: RequestContext, username: string, password: string, userAgent: string | null) {
    const usernameKey = username.trim().toLowerCase();
    const ip = context.ip ?? 'unknown';
    await this.limiter.assertAllowed(usernameKey, ip);
    const user = await this.users.findByUsername(usernameKey);
    const passwordOk = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
    if (!user || !passwordOk) {
      await this.platform.db.transaction(async (tx) => {
        await this.limiter.recordFailure(tx, usernameKey, ip);
        await appendAudit(tx, context, [
          {
            action: 'auth.login_failed',
            entityType: 'user',
            entityId: user?.id ?? null,
            after: { username: usernameKey },
          },
        ]);
      });
      throw new AppError('auth.invalid_credentials');
    }
    if (user.disabledAt) throw new AppError('auth.account_disabled');
    const signedIn: RequestContext = {
      ...context,
      actor: actorOf(user),
    };
    const session = await this.platform.db.transaction(async (tx) => {
      await this.limiter.clear(tx, usernameKey);
      const created = await this.platform.sessions.create(tx, user.id, { ip: context.ip, userAgent });
      await appendAudit(tx, signedIn, [{ action: 'auth.login', entityType: 'user', entityId: user.id }]);
      return created;
    });
    context.audited = true;
    // Housekeeping rides on sign-ins: both deletes are index range scans over expired rows only.
    await Promise.all([this.platform.sessions.purgeExpired(), this.limiter.purgeOld()]);
    return { session, user: await this.users.presentById(user.id) };
  }

  /**
   * A worker registers with their real name: the person is registered with the account, or — for a
   * trainee a class roster recorded first — the account opens as that person (see
   * `PeopleService.forNewAccount`); a person has one worker account. The new account is signed in.
   */
  async registerWorker(
    context: RequestContext,
    input: { username: string; password: string; name: string; idNumber: string; mobile: string },
    userAgent: string | null,
  ) {
    const session = await this.platform.db.transaction(async (tx) => {
      const person = await this.people.forNewAccount(tx, context, {
        name: input.name,
        idNumber: input.idNumber,
        mobile: input.mobile,
      });
      const user = await this.users.create(
        context,
        {
          username: input.username,
          password: input.password,
          displayName: input.name,
          role: 'worker',
          regionCode: person.regionCode,
          mobile: input.mobile,
          personId: person.id,
        },
        tx,
      );
      return {
        user,
        session: await this.platform.sessions.create(tx, user.id, { ip: context.ip, userAgent }),
      };
    });
    return { session: session.session, user: await this.users.presentById(session.user.id) };
  }

  async logout(context: RequestContext, tokenHash: string): Promise<void> {
    await this.platform.db.transaction(async (tx) => {
      await this.platform.sessions.destroy(tx, tokenHash);
      await appendAudit(tx, context, [
        { action: 'auth.logout', entityType: 'user', entityId: context.actor?.userId },
      ]);
    });
  }
}
