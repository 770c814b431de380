import type { Executor } from '@qiancheng/db';
import type {
  AssessmentBodyInput as BodyInput,
  AssessmentBodyView as BodyView,
} from '@qiancheng/domain/assessment/assessment-views';
import { assertRegionInScope } from '../../platform/access/region-scope';
import { appendAudit } from '../../platform/audit/recorder';
import type { PlatformContext } from '../../platform/context';
import { AppError, fieldProblem, invalidFields, notFound } from '../../platform/http/app-error';
import type { Actor, RequestContext } from '../../platform/http/request-context';
import type { ReferenceService } from '../reference/service';
import type { UsersService } from '../users/service';
import * as repo from './repository';

/**
 * 评价机构: bodies recognised to evaluate skill levels, with the codes that open their certificate
 * numbers and the occupations they may evaluate. Staff or administrators register them and link
 * assessor accounts to them.
 */
export class AssessmentBodiesService {
  constructor(
    private readonly platform: PlatformContext,
    private readonly reference: ReferenceService,
    private readonly users: UsersService,
  ) {}

  private async present(rows: repo.BodyRow[], db: Executor = this.platform.db): Promise<BodyView[]> {
    const occupations = await repo.occupationsOf(
      db,
      rows.map((r) => r.id),
    );
    return Promise.all(
      rows.map(async (row) => ({
        id: row.id,
        code: row.code,
        name: row.name,
        creditCode: row.creditCode,
        regionCode: row.regionCode,
        regionName: await this.reference.regionName(row.regionCode),
        siteCode: row.siteCode,
        occupationCodes: occupations.get(row.id) ?? [],
      })),
    );
  }

  async list(): Promise<BodyView[]> {
    return this.present(await repo.listBodies(this.platform.db));
  }

  async create(context: RequestContext, input: BodyInput): Promise<BodyView> {
    assertRegionInScope(context.actor!, input.regionCode);
    const known = await this.reference.occupationsByCode(input.occupationCodes);
    const unknown = input.occupationCodes.flatMap((code, index) =>
      known.has(code) ? [] : [fieldProblem(`occupationCodes.${index}`, 'unknown_occupation')],
    );
    if (unknown.length) throw invalidFields(...unknown);
    const row = await this.platform.db.transaction(async (tx) => {
      if (await repo.findBodyByCode(tx, input.code)) {
        throw new AppError('assessment.body_code_taken', { params: { code: input.code } });
      }
      if (await repo.findBodyByCreditCode(tx, input.creditCode)) {
        throw invalidFields(fieldProblem('creditCode', 'credit_code_taken'));
      }
      const created = await repo.insertBody(tx, { ...input, createdBy: context.actor!.userId }, [
        ...new Set(input.occupationCodes),
      ]);
      await appendAudit(tx, context, [
        {
          action: 'assessment.body.create',
          entityType: 'assessment_body',
          entityId: created.id,
          after: input,
        },
      ]);
      return created;
    });
    return (await this.present([row]))[0]!;
  }

  /** Links an assessor account, by its username, to act for the body. */
  async linkAccount(context: RequestContext, bodyId: string, username: string): Promise<BodyView> {
    const row = await repo.findBody(this.platform.db, bodyId);
    if (!row) throw notFound();
    assertRegionInScope(context.actor!, row.regionCode);
    const account = await this.users.findByUsername(username);
    if (account?.role !== 'assessor' || (account.organizationId && account.organizationId !== bodyId)) {
      throw invalidFields(fieldProblem('username', 'account_not_assessor'));
    }
    await this.platform.db.transaction((tx) => this.users.linkOrganization(tx, context, account.id, bodyId));
    return (await this.present([row]))[0]!;
  }

  /** The body an assessor account acts for, with its occupations. */
  async bodyOf(
    actor: Actor,
    db: Executor = this.platform.db,
  ): Promise<repo.BodyRow & { occupationCodes: string[] }> {
    if (actor.role !== 'assessor' || !actor.organizationId) throw new AppError('assessment.no_account_body');
    const row = await repo.findBody(db, actor.organizationId);
    if (!row) throw new AppError('assessment.no_account_body');
    return { ...row, occupationCodes: (await repo.occupationsOf(db, [row.id])).get(row.id) ?? [] };
  }
}
