import { type Executor, users } from '@qiancheng/db';
import { permissionsOf, ROLES_CREATABLE_BY_ADMIN, type Role } from '@qiancheng/domain';
import { and, eq, ne, type SQL } from 'drizzle-orm';
import { assertRecordInScope, isRegionInScope, regionScopeFilter } from '../../platform/access/region-scope';
import { appendAudit } from '../../platform/audit/recorder';
import type { PlatformContext } from '../../platform/context';
import { hashPassword, verifyPassword } from '../../platform/crypto/password';
import { AppError, fieldProblem, invalidFields, notFound } from '../../platform/http/app-error';
import type { Actor, RequestContext } from '../../platform/http/request-context';
import { idNumberRegistered } from '../people/service';
import type { ReferenceService } from '../reference/service';
import * as repo from './repository';

export interface UserView {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  regionCode: string | null;
  regionName: string | null;
  organizationName: string | null;
  mobileMasked: string | null;
  idNumberMasked: string | null;
  permissions: string[];
  disabled: boolean;
  createdAt: string;
}

export interface NewUser {
  username: string;
  password: string;
  displayName: string;
  role: Role;
  regionCode: string | null;
  organizationName?: string | null;
  mobile?: string | null;
  personId?: string | null;
}

/** What an audit record keeps of a user: never the password hash or personal data in the clear. */
function auditView(user: repo.UserRow) {
  return {
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    regionCode: user.regionCode,
    organizationName: user.organizationName,
    personId: user.personId,
    mobileMasked: user.mobileMasked,
    disabled: user.disabledAt !== null,
  };
}

function usernameTaken(username: string): AppError {
  return new AppError('users.username_taken', {
    params: { username },
    details: [{ field: 'username', reason: 'username_taken' }],
  });
}

export class UsersService {
  constructor(
    private readonly platform: PlatformContext,
    private readonly reference: ReferenceService,
  ) {}

  async present(user: repo.UserWithPerson): Promise<UserView> {
    return {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role as Role,
      regionCode: user.regionCode,
      regionName: await this.reference.regionName(user.regionCode),
      organizationName: user.organizationName,
      mobileMasked: user.mobileMasked,
      idNumberMasked: user.idNumberMasked,
      permissions: permissionsOf(user.role as Role),
      disabled: user.disabledAt !== null,
      createdAt: user.createdAt.toISOString(),
    };
  }

  async presentById(id: string): Promise<UserView> {
    const user = await repo.findUserById(this.platform.db, id);
    if (!user) throw notFound();
    return this.present(user);
  }

  findByUsername(username: string) {
    return repo.findUserByUsername(this.platform.db, username);
  }

  /** Display names by user id, for records that show who acted (a ledger entry's recorder). */
  async displayNames(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await repo.displayNamesOf(this.platform.db, [...new Set(ids)]);
    return new Map(rows.map((row) => [row.id, row.displayName]));
  }

  /** Checks that belong to the account itself, whoever creates it. */
  private async validateNewUser(input: NewUser, executor: Executor): Promise<void> {
    const problems = [];
    const regionScoped = ['staff', 'finance', 'auditor', 'admin', 'enterprise', 'institution', 'assessor'];
    if (!input.regionCode && regionScoped.includes(input.role)) {
      problems.push(fieldProblem('regionCode', 'region_required_for_role'));
    } else if (input.regionCode && !(await this.reference.regionExists(input.regionCode))) {
      problems.push(fieldProblem('regionCode', 'unknown_region'));
    }
    if (['enterprise', 'institution', 'assessor'].includes(input.role) && !input.organizationName?.trim()) {
      problems.push(fieldProblem('organizationName', 'organization_required_for_role'));
    }
    if (problems.length) throw invalidFields(...problems);
    if (await repo.findUserByUsername(executor, input.username)) {
      throw usernameTaken(input.username);
    }
  }

  /**
   * Creates an account. With an actor (an administrator) the role must be one they may create and
   * the region inside their subtree; without one (the CLI, seeding) only the account rules apply.
   */
  async create(
    context: RequestContext,
    input: NewUser,
    tx: Executor = this.platform.db,
  ): Promise<repo.UserRow> {
    const actor = context.actor;
    if (actor) {
      if (!ROLES_CREATABLE_BY_ADMIN.includes(input.role)) {
        throw new AppError('users.role_not_creatable', { params: { role: input.role } });
      }
      if (input.regionCode && !isRegionInScope(actor, input.regionCode)) {
        throw invalidFields(fieldProblem('regionCode', 'region_outside_scope'));
      }
    }
    await this.validateNewUser(input, tx);
    const { vault } = this.platform;
    const mobile = input.mobile ?? null;
    const values = {
      username: input.username,
      passwordHash: await hashPassword(input.password),
      displayName: input.displayName,
      role: input.role,
      regionCode: input.regionCode,
      organizationName: input.organizationName?.trim() || null,
      personId: input.personId ?? null,
      mobileCipher: mobile ? vault.encrypt(mobile) : null,
      mobileHash: mobile ? vault.lookupHash('mobile', mobile) : null,
      mobileMasked: mobile ? `${mobile.slice(0, 3)}****${mobile.slice(7)}` : null,
    };
    const insert = async (executor: Executor) => {
      const [created] = await executor.insert(users).values(values).returning();
      if (!created) throw new Error('insert returned no row');
      await appendAudit(executor, context, [
        { action: 'user.create', entityType: 'user', entityId: created.id, after: auditView(created) },
      ]);
      return created;
    };
    try {
      return tx === this.platform.db ? await this.platform.db.transaction(insert) : await insert(tx);
    } catch (error) {
      // A person's second worker account: the unique index refuses it, whatever the timing.
      if (String((error as { cause?: unknown })?.cause ?? error).includes('users_person_worker_uq')) {
        throw idNumberRegistered();
      }
      // Two requests racing for one username: the unique index decides, the loser gets the same answer.
      if (
        (error as { code?: string; cause?: { code?: string } }).cause?.code === '23505' ||
        (error as { code?: string }).code === '23505'
      ) {
        throw usernameTaken(input.username);
      }
      throw error;
    }
  }

  async list(
    actor: Actor,
    filter: { q?: string; role?: string; region?: string; page: number; pageSize: number },
  ) {
    let scope: SQL | undefined = regionScopeFilter(actor, users.regionCode);
    if (filter.region) {
      assertRecordInScope(actor, filter.region);
      scope = regionScopeFilter({ ...actor, regionCode: filter.region }, users.regionCode);
    }
    const page = await repo.listUsers(this.platform.db, { ...filter, scope });
    return { items: await Promise.all(page.items.map((u) => this.present(u))), total: page.total };
  }

  async get(actor: Actor, id: string): Promise<UserView> {
    const user = await repo.findUserById(this.platform.db, id);
    if (!user) throw notFound();
    assertRecordInScope(actor, user.regionCode);
    return this.present(user);
  }

  async update(context: RequestContext, id: string, patch: { disabled?: boolean; displayName?: string }) {
    const actor = context.actor!;
    return this.platform.db.transaction(async (tx) => {
      const user = await repo.findUserById(tx, id);
      if (!user) throw notFound();
      assertRecordInScope(actor, user.regionCode);
      if (patch.disabled && user.id === actor.userId) throw new AppError('users.cannot_disable_self');
      const changes: Partial<repo.UserRow> = { updatedAt: new Date() };
      if (patch.displayName !== undefined) changes.displayName = patch.displayName;
      if (patch.disabled !== undefined)
        changes.disabledAt = patch.disabled ? (user.disabledAt ?? new Date()) : null;
      const [updated] = await tx.update(users).set(changes).where(eq(users.id, id)).returning();
      if (!updated) throw notFound();
      if (patch.disabled) await this.platform.sessions.destroyAllOf(tx, id);
      await appendAudit(tx, context, [
        {
          action:
            patch.disabled === undefined ? 'user.update' : patch.disabled ? 'user.disable' : 'user.enable',
          entityType: 'user',
          entityId: id,
          before: auditView(user),
          after: auditView(updated),
        },
      ]);
      return this.present({ ...updated, idNumberMasked: user.idNumberMasked });
    });
  }

  async changePassword(
    context: RequestContext,
    sessionTokenHash: string | null,
    current: string,
    next: string,
  ) {
    const actor = context.actor!;
    const user = await repo.findUserById(this.platform.db, actor.userId);
    if (!user) throw notFound();
    if (!(await verifyPassword(user.passwordHash, current))) {
      throw new AppError('auth.wrong_current_password', {
        details: [{ field: 'currentPassword', reason: 'wrong_current_password' }],
      });
    }
    const passwordHash = await hashPassword(next);
    await this.platform.db.transaction(async (tx) => {
      const now = new Date();
      await tx
        .update(users)
        .set({ passwordHash, passwordChangedAt: now, updatedAt: now })
        .where(eq(users.id, user.id));
      // Other devices signed in with the old password are signed out.
      await this.platform.sessions.destroyAllOf(tx, user.id, sessionTokenHash ?? undefined);
      await appendAudit(tx, context, [
        { action: 'user.change_password', entityType: 'user', entityId: user.id },
      ]);
    });
  }

  /** The enterprise (or other organisation) an organisation account acts for, if it is linked to one. */
  async organizationIdOf(userId: string): Promise<string | null> {
    const user = await repo.findUserById(this.platform.db, userId);
    return user?.organizationId ?? null;
  }

  /** Links an organisation account to the organisation it acts for, inside the caller's transaction. */
  async linkOrganization(tx: Executor, context: RequestContext, userId: string, organizationId: string) {
    const user = await repo.findUserById(tx, userId);
    if (!user) throw notFound();
    await tx.update(users).set({ organizationId, updatedAt: new Date() }).where(eq(users.id, userId));
    await appendAudit(tx, context, [
      {
        action: 'user.link_organization',
        entityType: 'user',
        entityId: userId,
        before: { organizationId: user.organizationId },
        after: { organizationId },
      },
    ]);
  }

  /**
   * An organisation moved to another region takes its accounts with it, so the staff who now
   * oversee it see its users and its users act in its new place. Inside the caller's transaction.
   */
  async moveOrganizationAccounts(
    tx: Executor,
    context: RequestContext,
    organizationId: string,
    regionCode: string,
  ) {
    const moved = await tx
      .update(users)
      .set({ regionCode, updatedAt: new Date() })
      .where(and(eq(users.organizationId, organizationId), ne(users.regionCode, regionCode)))
      .returning({ id: users.id });
    await appendAudit(
      tx,
      context,
      moved.map(({ id }) => ({
        action: 'user.move_region',
        entityType: 'user',
        entityId: id,
        after: { regionCode, organizationId },
      })),
    );
  }

  async count(scope: SQL | undefined, role?: string): Promise<number> {
    const rows = await this.countByRegion(scope, role);
    return rows.reduce((sum, row) => sum + row.total, 0);
  }

  countByRegion(scope: SQL | undefined, role?: string) {
    return repo.countUsersByRegion(this.platform.db, scope, role);
  }
}
