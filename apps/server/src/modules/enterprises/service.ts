import type { Executor } from '@qiancheng/db';
import { enterprises } from '@qiancheng/db';
import { can } from '@qiancheng/domain';
import { assertRecordInScope, isRegionInScope, regionScopeFilter } from '../../platform/access/region-scope';
import { appendAudit } from '../../platform/audit/recorder';
import type { PlatformContext } from '../../platform/context';
import { AppError, fieldProblem, invalidFields, notFound } from '../../platform/http/app-error';
import type { Actor, RequestContext } from '../../platform/http/request-context';
import type { ReferenceService } from '../reference/service';
import type { UsersService } from '../users/service';
import * as repo from './repository';

export interface EnterpriseView {
  id: string;
  creditCode: string;
  name: string;
  regionCode: string;
  regionName: string | null;
  address: string | null;
  createdAt: string;
}

export interface NewEnterprise {
  /** Already validated and normalised. */
  creditCode: string;
  name: string;
  regionCode: string;
  address?: string | null;
}

function present(row: repo.EnterpriseWithRegion): EnterpriseView {
  return {
    id: row.id,
    creditCode: row.creditCode,
    name: row.name,
    regionCode: row.regionCode,
    regionName: row.regionName,
    address: row.address,
    createdAt: row.createdAt.toISOString(),
  };
}

function auditView(row: repo.EnterpriseRow) {
  return { creditCode: row.creditCode, name: row.name, regionCode: row.regionCode, address: row.address };
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e.code === '23505' || e.cause?.code === '23505';
}

/**
 * Employers, keyed by 统一社会信用代码. Staff register them for their region; an enterprise account
 * acts for the one enterprise its user record is linked to.
 */
export class EnterprisesService {
  constructor(
    private readonly platform: PlatformContext,
    private readonly reference: ReferenceService,
    private readonly users: UsersService,
  ) {}

  get(id: string, executor: Executor = this.platform.db): Promise<repo.EnterpriseWithRegion | null> {
    return repo.findEnterpriseById(executor, id);
  }

  findByCreditCode(creditCode: string, executor: Executor = this.platform.db) {
    return repo.findEnterpriseByCreditCode(executor, creditCode);
  }

  findByCreditCodes(executor: Executor, creditCodes: string[]) {
    return repo.findEnterprisesByCreditCodes(executor, creditCodes);
  }

  /** The enterprise an enterprise account acts for; refused when the account is not linked to one. */
  async ownEnterpriseId(actor: Actor): Promise<string> {
    const id = actor.role === 'enterprise' ? await this.users.organizationIdOf(actor.userId) : null;
    if (!id) throw new AppError('enterprises.account_not_linked');
    return id;
  }

  async mine(actor: Actor): Promise<EnterpriseView> {
    const row = await this.get(await this.ownEnterpriseId(actor));
    if (!row) throw new AppError('enterprises.account_not_linked');
    return present(row);
  }

  /**
   * Whether the actor may act on the enterprise's behalf: its own account, or staff whose region
   * holds it. Anything else is reported as not found, so ids reveal nothing.
   */
  async assertAccess(actor: Actor, enterprise: { id: string; regionCode: string }): Promise<void> {
    if (can(actor.role, 'demand.declare')) {
      if ((await this.ownEnterpriseId(actor)) !== enterprise.id) throw notFound();
      return;
    }
    assertRecordInScope(actor, enterprise.regionCode);
  }

  async list(actor: Actor, filter: { q?: string; page: number; pageSize: number }) {
    const page = await repo.listEnterprises(this.platform.db, {
      ...filter,
      scope: regionScopeFilter(actor, enterprises.regionCode),
    });
    return { items: page.items.map(present), total: page.total };
  }

  private taken(existing: repo.EnterpriseRow): AppError {
    return new AppError('enterprises.credit_code_taken', {
      params: { creditCode: existing.creditCode, name: existing.name },
      details: [fieldProblem('creditCode', 'credit_code_taken')],
    });
  }

  /**
   * Registers an enterprise. With an actor (staff) its region must lie in their subtree; without
   * one (seeding) only the record's own rules apply.
   */
  async create(context: RequestContext, input: NewEnterprise, tx?: Executor): Promise<EnterpriseView> {
    const actor = context.actor;
    if (!(await this.reference.regionExists(input.regionCode))) {
      throw invalidFields(fieldProblem('regionCode', 'unknown_region'));
    }
    if (actor && !isRegionInScope(actor, input.regionCode)) {
      throw invalidFields(fieldProblem('regionCode', 'region_outside_scope'));
    }
    const insert = async (executor: Executor) => {
      const existing = await repo.findEnterpriseByCreditCode(executor, input.creditCode);
      if (existing) throw this.taken(existing);
      const [created] = await repo.insertEnterprises(executor, [
        {
          creditCode: input.creditCode,
          name: input.name.trim(),
          regionCode: input.regionCode,
          address: input.address?.trim() || null,
        },
      ]);
      if (!created) {
        const winner = await repo.findEnterpriseByCreditCode(executor, input.creditCode);
        if (winner) throw this.taken(winner);
        throw new Error('insert returned no row');
      }
      await appendAudit(executor, context, [
        {
          action: 'enterprise.create',
          entityType: 'enterprise',
          entityId: created.id,
          after: auditView(created),
        },
      ]);
      return created.id;
    };
    let id: string;
    try {
      id = tx ? await insert(tx) : await this.platform.db.transaction(insert);
    } catch (error) {
      // Inside a caller's transaction the failed statement has aborted it; only the caller can recover.
      if (!isUniqueViolation(error) || tx) throw error;
      const winner = await repo.findEnterpriseByCreditCode(this.platform.db, input.creditCode);
      if (!winner) throw error;
      throw this.taken(winner);
    }
    const row = await this.get(id, tx ?? this.platform.db);
    if (!row) throw notFound();
    return present(row);
  }

  /**
   * Registers the enterprises an import names for the first time, inside the import's transaction.
   * The import writes one audit record for the whole file, which counts these.
   */
  async createForImport(
    tx: Executor,
    values: { creditCode: string; name: string; regionCode: string }[],
  ): Promise<Map<string, repo.EnterpriseRow>> {
    await repo.insertEnterprises(
      tx,
      values.map((v) => ({ ...v, address: null })),
    );
    const rows = await repo.findEnterprisesByCreditCodes(
      tx,
      values.map((v) => v.creditCode),
    );
    return new Map(rows.map((row) => [row.creditCode, row]));
  }

  async view(id: string): Promise<EnterpriseView> {
    const row = await this.get(id);
    if (!row) throw notFound();
    return present(row);
  }
}
