import { type Executor, trainingWishes } from '@qiancheng/db';
import { can } from '@qiancheng/domain';
import type { PreferredTime, TrainingMode, WishStatus } from '@qiancheng/domain/demand/training-wish';
import type { SkillLevelCode } from '@qiancheng/domain/reference/skill-levels';
import type { TargetGroupCode } from '@qiancheng/domain/reference/target-groups';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import {
  assertRecordInScope,
  assertRegionInScope,
  isRegionInScope,
  regionScopeFilter,
} from '../../platform/access/region-scope';
import { appendAudit } from '../../platform/audit/recorder';
import type { PlatformContext } from '../../platform/context';
import {
  AppError,
  type FieldProblem,
  fieldProblem,
  invalidFields,
  notFound,
} from '../../platform/http/app-error';
import type { Actor, RequestContext } from '../../platform/http/request-context';
import type { NewPerson, PeopleService } from '../people/service';
import type { ReferenceService } from '../reference/service';
import * as repo from './repository';

export interface WishView {
  id: string;
  occupationCode: string;
  occupationName: string;
  priorityField: string;
  skillLevel: string | null;
  mode: string;
  preferredTime: string;
  regionCode: string;
  regionName: string;
  targetGroup: string;
  source: string;
  status: WishStatus;
  withdrawnAt: string | null;
  createdAt: string;
  /** Who the wish is for: shown to staff, auditors and administrators, never to other workers. */
  person: { id: string; name: string; idNumberMasked: string } | null;
}

export interface NewWish {
  occupationCode: string;
  skillLevel: SkillLevelCode | null;
  mode: TrainingMode;
  preferredTime: PreferredTime;
  regionCode: string;
  targetGroup: TargetGroupCode;
  /** A walk-in worker recorded by staff; validated and normalised. */
  person?: NewPerson;
}

function auditView(wish: repo.WishRow) {
  return {
    personId: wish.personId,
    occupationCode: wish.occupationCode,
    skillLevel: wish.skillLevel,
    mode: wish.mode,
    preferredTime: wish.preferredTime,
    regionCode: wish.regionCode,
    targetGroup: wish.targetGroup,
    source: wish.source,
    withdrawnAt: wish.withdrawnAt,
  };
}

/** Field problems of the person block carry its path, so the form can mark the right input. */
function underPerson(error: unknown): unknown {
  if (!(error instanceof AppError) || error.details.length === 0) return error;
  return new AppError(error.code, {
    params: error.params,
    details: error.details.map((d) => ({ ...d, field: `person.${d.field}` })),
  });
}

/**
 * 培训意愿. A worker declares their own; staff record them for walk-in workers of their region, who
 * are registered on the way if new. Staff, auditors and administrators read their region's.
 */
export class WishesService {
  constructor(
    private readonly platform: PlatformContext,
    private readonly reference: ReferenceService,
    private readonly people: PeopleService,
  ) {}

  private async readScope(actor: Actor): Promise<SQL> {
    if (can(actor.role, 'wishes.declare')) {
      if (!actor.personId) throw new AppError('wishes.no_person');
      return eq(trainingWishes.personId, actor.personId);
    }
    if (can(actor.role, 'wishes.read'))
      return regionScopeFilter(actor, trainingWishes.regionCode) ?? sql`false`;
    throw new AppError('common.forbidden');
  }

  private async present(executor: Executor, records: repo.WishRecord[], actor: Actor | null) {
    const showPerson = actor !== null && can(actor.role, 'wishes.read');
    const people = showPerson
      ? await this.people.summaries(
          executor,
          records.map((r) => r.wish.personId),
        )
      : new Map();
    return records.map(
      ({ wish, occupationName, priorityField, regionName }): WishView => ({
        id: wish.id,
        occupationCode: wish.occupationCode,
        occupationName,
        priorityField,
        skillLevel: wish.skillLevel,
        mode: wish.mode,
        preferredTime: wish.preferredTime,
        regionCode: wish.regionCode,
        regionName,
        targetGroup: wish.targetGroup,
        source: wish.source,
        status: wish.withdrawnAt ? 'withdrawn' : 'active',
        withdrawnAt: wish.withdrawnAt?.toISOString() ?? null,
        createdAt: wish.createdAt.toISOString(),
        person: people.get(wish.personId) ?? null,
      }),
    );
  }

  private async view(executor: Executor, id: string, actor: Actor | null): Promise<WishView> {
    const record = await repo.findWishRecord(executor, id);
    if (!record) throw notFound();
    const [view] = await this.present(executor, [record], actor);
    return view!;
  }

  async list(
    actor: Actor,
    filter: repo.WishFilter & { page: number; pageSize: number },
  ): Promise<{ items: WishView[]; total: number }> {
    const scope = await this.readScope(actor);
    if (filter.region) {
      if (!(await this.reference.regionExists(filter.region))) {
        throw invalidFields(fieldProblem('region', 'unknown_region'));
      }
      if (can(actor.role, 'wishes.read')) assertRegionInScope(actor, filter.region);
    }
    const where = and(scope, ...repo.filterConditions(filter));
    const page = await repo.listWishes(this.platform.db, where, filter);
    return { items: await this.present(this.platform.db, page.items, actor), total: page.total };
  }

  /**
   * Records a wish. A worker declares for themselves; staff name the person and a region of their
   * own. Without an actor (seeding) the caller names the person through `options.personId`.
   */
  async create(
    context: RequestContext,
    input: NewWish,
    options: { personId?: string } = {},
  ): Promise<WishView> {
    const actor = context.actor;
    const problems: FieldProblem[] = [];
    let personId: string | null = null;
    let source: 'self' | 'staff';
    if (actor && can(actor.role, 'wishes.declare')) {
      if (!actor.personId) throw new AppError('wishes.no_person');
      if (input.person) problems.push(fieldProblem('person', 'person_not_allowed'));
      personId = actor.personId;
      source = 'self';
    } else if (!actor || can(actor.role, 'wishes.manage')) {
      personId = actor ? null : (options.personId ?? null);
      if (!input.person && !personId) problems.push(fieldProblem('person', 'person_required'));
      source = actor ? 'staff' : 'self';
    } else {
      throw new AppError('common.forbidden');
    }
    if (!(await this.reference.regionExists(input.regionCode))) {
      problems.push(fieldProblem('regionCode', 'unknown_region'));
    } else if (actor && source === 'staff' && !isRegionInScope(actor, input.regionCode)) {
      problems.push(fieldProblem('regionCode', 'region_outside_scope'));
    }
    if (!(await repo.occupationExists(this.platform.db, input.occupationCode))) {
      problems.push(fieldProblem('occupationCode', 'unknown_occupation'));
    }
    if (problems.length > 0) throw invalidFields(...problems);

    return this.platform.db.transaction(async (tx) => {
      if (!personId && input.person) {
        try {
          personId = (await this.people.findOrRegister(tx, context, input.person)).id;
        } catch (error) {
          throw underPerson(error);
        }
      }
      if (!personId) throw invalidFields(fieldProblem('person', 'person_required'));
      const duplicate = await repo.findActiveDuplicate(tx, {
        personId,
        occupationCode: input.occupationCode,
        skillLevel: input.skillLevel,
      });
      if (duplicate) throw new AppError('wishes.duplicate');
      const created = await repo.insertWish(tx, {
        personId,
        occupationCode: input.occupationCode,
        skillLevel: input.skillLevel,
        mode: input.mode,
        preferredTime: input.preferredTime,
        regionCode: input.regionCode,
        targetGroup: input.targetGroup,
        source,
        createdBy: actor?.userId ?? null,
      });
      await appendAudit(tx, context, [
        {
          action: 'wish.create',
          entityType: 'training_wish',
          entityId: created.id,
          after: auditView(created),
        },
      ]);
      return this.view(tx, created.id, actor);
    });
  }

  async withdraw(context: RequestContext, id: string, reason: string | null): Promise<WishView> {
    const actor = context.actor!;
    return this.platform.db.transaction(async (tx) => {
      const wish = await repo.lockWish(tx, id);
      if (!wish) throw notFound();
      if (can(actor.role, 'wishes.declare')) {
        if (!actor.personId || wish.personId !== actor.personId) throw notFound();
      } else if (can(actor.role, 'wishes.manage')) {
        assertRecordInScope(actor, wish.regionCode);
      } else if (can(actor.role, 'wishes.read')) {
        assertRecordInScope(actor, wish.regionCode);
        throw new AppError('common.forbidden');
      } else {
        throw new AppError('common.forbidden');
      }
      if (wish.withdrawnAt) throw new AppError('wishes.already_withdrawn');
      const updated = await repo.markWithdrawn(tx, id, new Date());
      if (!updated) throw notFound();
      await appendAudit(tx, context, [
        {
          action: 'wish.withdraw',
          entityType: 'training_wish',
          entityId: id,
          before: auditView(wish),
          after: auditView(updated),
          reason,
        },
      ]);
      return this.view(tx, id, actor);
    });
  }
}
