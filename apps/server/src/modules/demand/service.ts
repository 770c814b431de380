import { demandLines, type Executor } from '@qiancheng/db';
import { can } from '@qiancheng/domain';
import {
  checkDemand,
  type DemandProblem,
  type DemandStatus,
  demandStatus,
} from '@qiancheng/domain/demand/demand-line';
import type { DEMAND_SOURCES } from '@qiancheng/domain/demand/training-wish';
import { maskMobile } from '@qiancheng/domain/identity/mobile';
import type { SkillLevelCode } from '@qiancheng/domain/reference/skill-levels';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import {
  assertRecordInScope,
  assertRegionInScope,
  isRegionInScope,
  regionScopeFilter,
} from '../../platform/access/region-scope';
import { appendAudit } from '../../platform/audit/recorder';
import { today } from '../../platform/clock';
import type { PlatformContext } from '../../platform/context';
import {
  AppError,
  type FieldProblem,
  fieldProblem,
  invalidFields,
  notFound,
} from '../../platform/http/app-error';
import type { Actor, RequestContext } from '../../platform/http/request-context';
import type { EnterprisesService } from '../enterprises/service';
import type { ReferenceService } from '../reference/service';
import * as repo from './repository';

export type DemandSource = (typeof DEMAND_SOURCES)[number];

export interface DemandLineView {
  id: string;
  enterprise: { id: string; name: string; creditCode: string };
  regionCode: string;
  regionName: string;
  occupationCode: string;
  occupationName: string;
  priorityField: string;
  skillLevel: string | null;
  headcount: number;
  filledCount: number;
  skillRequirements: string;
  wageMin: number;
  wageMax: number;
  deadline: string;
  contactName: string;
  contactPhoneMasked: string;
  status: DemandStatus;
  source: string;
  createdAt: string;
  closedAt: string | null;
}

export interface PublicJobView {
  id: string;
  enterpriseName: string;
  regionCode: string;
  regionName: string;
  occupationCode: string;
  occupationName: string;
  skillLevel: string | null;
  postsOpen: number;
  wageMin: number;
  wageMax: number;
  deadline: string;
  skillRequirements: string;
}

export interface NewDemandLine {
  /** Staff name the enterprise; an enterprise account always declares for its own. */
  enterpriseId?: string;
  regionCode: string;
  occupationCode: string;
  skillLevel: SkillLevelCode | null;
  headcount: number;
  skillRequirements: string;
  wageMin: number;
  wageMax: number;
  deadline: string;
  contactName: string;
  /** Already validated and normalised. */
  contactPhone: string;
}

export interface DemandChange {
  filledCount?: number;
  headcount?: number;
  deadline?: string;
  skillRequirements?: string;
  wageMin?: number;
  wageMax?: number;
  contactName?: string;
  contactPhone?: string;
}

export interface Page {
  page: number;
  pageSize: number;
}

/** Today as the action counts days: the civil date in China. */
export function chinaToday(): string {
  return today();
}

export function statusOf(line: repo.DemandLineRow, today: string): DemandStatus {
  return demandStatus(
    {
      headcount: line.headcount,
      filledCount: line.filledCount,
      deadline: line.deadline,
      closed: line.closedAt !== null,
    },
    today,
  );
}

export function presentLine(record: repo.DemandLineRecord, today: string): DemandLineView {
  const { line } = record;
  return {
    id: line.id,
    enterprise: {
      id: line.enterpriseId,
      name: record.enterpriseName,
      creditCode: record.enterpriseCreditCode,
    },
    regionCode: line.regionCode,
    regionName: record.regionName,
    occupationCode: line.occupationCode,
    occupationName: record.occupationName,
    priorityField: record.priorityField,
    skillLevel: line.skillLevel,
    headcount: line.headcount,
    filledCount: line.filledCount,
    skillRequirements: line.skillRequirements,
    wageMin: line.wageMin,
    wageMax: line.wageMax,
    deadline: line.deadline,
    contactName: line.contactName,
    contactPhoneMasked: line.contactPhoneMasked,
    status: statusOf(line, today),
    source: line.source,
    createdAt: line.createdAt.toISOString(),
    closedAt: line.closedAt?.toISOString() ?? null,
  };
}

/** What the audit trail keeps of a line: never the phone number in the clear. */
export function auditView(line: repo.DemandLineRow) {
  return {
    enterpriseId: line.enterpriseId,
    regionCode: line.regionCode,
    occupationCode: line.occupationCode,
    skillLevel: line.skillLevel,
    headcount: line.headcount,
    filledCount: line.filledCount,
    skillRequirements: line.skillRequirements,
    wageMin: line.wageMin,
    wageMax: line.wageMax,
    deadline: line.deadline,
    contactName: line.contactName,
    contactPhoneMasked: line.contactPhoneMasked,
    source: line.source,
    closedAt: line.closedAt,
  };
}

function ruleProblems(problems: DemandProblem[]): FieldProblem[] {
  return problems.map((p) => fieldProblem(p.field, p.reason, p.params));
}

/**
 * 用工需求: lines declared by enterprises or registered by staff. An enterprise account sees and
 * edits its own enterprise's lines; staff edit their region's; auditors and administrators read
 * their region's. Status is never stored: it follows from the counts, the deadline and closure.
 */
export class DemandService {
  constructor(
    private readonly platform: PlatformContext,
    private readonly reference: ReferenceService,
    private readonly enterprises: EnterprisesService,
  ) {}

  /** Which lines the actor may read, as one condition; roles without a demand view are refused. */
  async readScope(actor: Actor): Promise<SQL> {
    if (can(actor.role, 'demand.declare')) {
      return eq(demandLines.enterpriseId, await this.enterprises.ownEnterpriseId(actor));
    }
    if (can(actor.role, 'demand.read')) return regionScopeFilter(actor, demandLines.regionCode) ?? sql`false`;
    throw new AppError('common.forbidden');
  }

  /**
   * Who is about to change a line, resolved before any transaction opens: the enterprise lookup
   * reads the users table, and inside a transaction every query must go through it.
   */
  private async writerOf(actor: Actor): Promise<{ enterpriseId: string | null }> {
    if (can(actor.role, 'demand.declare'))
      return { enterpriseId: await this.enterprises.ownEnterpriseId(actor) };
    if (!can(actor.role, 'demand.manage') && !can(actor.role, 'demand.read'))
      throw new AppError('common.forbidden');
    return { enterpriseId: null };
  }

  /** Whether the actor may change a line: its own enterprise, or staff whose region holds it. */
  private assertCanWrite(
    actor: Actor,
    writer: { enterpriseId: string | null },
    line: repo.DemandLineRow,
  ): void {
    if (writer.enterpriseId !== null) {
      if (writer.enterpriseId !== line.enterpriseId) throw notFound();
      return;
    }
    assertRecordInScope(actor, line.regionCode);
    // A reader may learn that a line of their region exists (they can read it), not change it.
    if (!can(actor.role, 'demand.manage')) throw new AppError('common.forbidden');
  }

  /** Region filters named by the caller: known codes only, and for staff inside their scope (else 403). */
  private async checkRegionFilter(actor: Actor | null, region: string | undefined): Promise<void> {
    if (!region) return;
    if (!(await this.reference.regionExists(region))) {
      throw invalidFields(fieldProblem('region', 'unknown_region'));
    }
    if (actor && can(actor.role, 'demand.read')) assertRegionInScope(actor, region);
  }

  /** The lines an actor asked for, within what they may read, as one condition. */
  async scopedWhere(actor: Actor, filter: repo.DemandFilter, today: string): Promise<SQL | undefined> {
    const scope = await this.readScope(actor);
    await this.checkRegionFilter(actor, filter.region);
    return and(scope, ...repo.filterConditions(filter, today));
  }

  async list(actor: Actor, filter: repo.DemandFilter & Page) {
    const today = chinaToday();
    const where = await this.scopedWhere(actor, filter, today);
    const page = await repo.listDemandLines(this.platform.db, where, filter);
    return { items: page.items.map((r) => presentLine(r, today)), total: page.total };
  }

  async get(actor: Actor, id: string): Promise<DemandLineView> {
    const record = await repo.findDemandRecord(this.platform.db, id);
    if (!record) throw notFound();
    await this.assertCanRead(actor, record.line);
    return presentLine(record, chinaToday());
  }

  private async assertCanRead(actor: Actor, line: repo.DemandLineRow): Promise<void> {
    if (can(actor.role, 'demand.declare')) {
      if ((await this.enterprises.ownEnterpriseId(actor)) !== line.enterpriseId) throw notFound();
      return;
    }
    if (!can(actor.role, 'demand.read')) throw new AppError('common.forbidden');
    assertRecordInScope(actor, line.regionCode);
  }

  /**
   * Lines the actor may read among `ids`, for modules that build on demand (training projects
   * link the lines they were made from). Lines the actor may not see are simply absent.
   */
  async findVisible(actor: Actor, ids: string[]): Promise<DemandLineView[]> {
    const scope = await this.readScope(actor);
    const today = chinaToday();
    const records = await repo.findDemandRecords(this.platform.db, ids, scope);
    return records.map((record) => presentLine(record, today));
  }

  /**
   * The projects module's view of the lines a project is built from (its DemandSource): the lines
   * among `ids` the actor may read, with their status today.
   */
  async linesForProject(ids: readonly string[], actor: Actor) {
    return (await this.findVisible(actor, [...ids])).map((line) => ({
      id: line.id,
      enterpriseName: line.enterprise.name,
      regionCode: line.regionCode,
      occupationCode: line.occupationCode,
      skillLevel: line.skillLevel,
      headcount: line.headcount,
      filledCount: line.filledCount,
      skillRequirements: line.skillRequirements,
      deadline: line.deadline,
      status: line.status,
    }));
  }

  private async view(executor: Executor, id: string): Promise<DemandLineView> {
    const record = await repo.findDemandRecord(executor, id);
    if (!record) throw notFound();
    return presentLine(record, chinaToday());
  }

  /**
   * Declares a line. An enterprise account declares for its own enterprise; staff name an
   * enterprise and a work location in their region. Without an actor (seeding) the caller names
   * the enterprise and the source.
   */
  async create(
    context: RequestContext,
    input: NewDemandLine,
    options: { source?: DemandSource } = {},
  ): Promise<DemandLineView> {
    const actor = context.actor;
    const today = chinaToday();
    const problems: FieldProblem[] = [];
    let enterpriseId: string | null = null;
    let source: DemandSource;

    if (actor && can(actor.role, 'demand.declare')) {
      enterpriseId = await this.enterprises.ownEnterpriseId(actor);
      if (input.enterpriseId && input.enterpriseId !== enterpriseId) {
        problems.push(fieldProblem('enterpriseId', 'own_enterprise_only'));
      }
      source = 'enterprise';
    } else {
      if (actor && !can(actor.role, 'demand.manage')) throw new AppError('common.forbidden');
      source = actor ? 'staff' : (options.source ?? 'staff');
      if (!input.enterpriseId) problems.push(fieldProblem('enterpriseId', 'required'));
      else {
        const enterprise = await this.enterprises.get(input.enterpriseId);
        const visible = enterprise && (!actor || isRegionInScope(actor, enterprise.regionCode));
        if (visible) enterpriseId = enterprise.id;
        else problems.push(fieldProblem('enterpriseId', 'unknown_enterprise'));
      }
    }

    if (!(await this.reference.regionExists(input.regionCode))) {
      problems.push(fieldProblem('regionCode', 'unknown_region'));
    } else if (actor && !can(actor.role, 'demand.declare') && !isRegionInScope(actor, input.regionCode)) {
      problems.push(fieldProblem('regionCode', 'region_outside_scope'));
    }
    const occupation = (await repo.findOccupations(this.platform.db, [input.occupationCode])).get(
      input.occupationCode,
    );
    if (!occupation) problems.push(fieldProblem('occupationCode', 'unknown_occupation'));
    problems.push(...ruleProblems(checkDemand(input, today)));
    if (problems.length > 0 || !enterpriseId) throw invalidFields(...problems);

    const { vault } = this.platform;
    const values: repo.NewDemandLineRow = {
      enterpriseId,
      regionCode: input.regionCode,
      occupationCode: input.occupationCode,
      skillLevel: input.skillLevel,
      headcount: input.headcount,
      skillRequirements: input.skillRequirements,
      wageMin: input.wageMin,
      wageMax: input.wageMax,
      deadline: input.deadline,
      contactName: input.contactName,
      contactPhoneCipher: vault.encrypt(input.contactPhone),
      contactPhoneMasked: maskMobile(input.contactPhone),
      source,
      createdBy: actor?.userId ?? null,
    };
    return this.platform.db.transaction(async (tx) => {
      const [created] = await repo.insertDemandLines(tx, [values]);
      if (!created) throw new Error('insert returned no row');
      await appendAudit(tx, context, [
        {
          action: 'demand.create',
          entityType: 'demand_line',
          entityId: created.id,
          after: auditView(created),
        },
      ]);
      return this.view(tx, created.id);
    });
  }

  async update(context: RequestContext, id: string, change: DemandChange): Promise<DemandLineView> {
    const actor = context.actor!;
    const today = chinaToday();
    const writer = await this.writerOf(actor);
    return this.platform.db.transaction(async (tx) => {
      const line = await repo.lockDemandLine(tx, id);
      if (!line) throw notFound();
      this.assertCanWrite(actor, writer, line);
      if (line.closedAt) throw new AppError('demand.already_closed');

      const merged = {
        headcount: change.headcount ?? line.headcount,
        filledCount: change.filledCount ?? line.filledCount,
        wageMin: change.wageMin ?? line.wageMin,
        wageMax: change.wageMax ?? line.wageMax,
        deadline: change.deadline ?? line.deadline,
      };
      // A line past its deadline may still record hires; only a deadline being set must lie ahead.
      const problems = ruleProblems(
        checkDemand(merged, today).filter(
          (p) => p.reason !== 'date_in_past' || change.deadline !== undefined,
        ),
      );
      if (merged.filledCount > merged.headcount) {
        problems.push(
          change.filledCount !== undefined
            ? fieldProblem('filledCount', 'filled_exceeds_headcount', { headcount: merged.headcount })
            : fieldProblem('headcount', 'too_small', { minimum: merged.filledCount }),
        );
      }
      if (problems.length > 0) throw invalidFields(...problems);

      const changes: Partial<repo.NewDemandLineRow> = {};
      if (change.filledCount !== undefined) changes.filledCount = change.filledCount;
      if (change.headcount !== undefined) changes.headcount = change.headcount;
      if (change.deadline !== undefined) changes.deadline = change.deadline;
      if (change.skillRequirements !== undefined) changes.skillRequirements = change.skillRequirements;
      if (change.wageMin !== undefined) changes.wageMin = change.wageMin;
      if (change.wageMax !== undefined) changes.wageMax = change.wageMax;
      if (change.contactName !== undefined) changes.contactName = change.contactName;
      if (change.contactPhone !== undefined) {
        changes.contactPhoneCipher = this.platform.vault.encrypt(change.contactPhone);
        changes.contactPhoneMasked = maskMobile(change.contactPhone);
      }
      if (Object.keys(changes).length === 0) return this.view(tx, id);
      const updated = await repo.updateDemandLine(tx, id, { ...changes, updatedAt: new Date() });
      if (!updated) throw notFound();
      await appendAudit(tx, context, [
        {
          action: 'demand.update',
          entityType: 'demand_line',
          entityId: id,
          before: auditView(line),
          after: auditView(updated),
        },
      ]);
      return this.view(tx, id);
    });
  }

  async close(context: RequestContext, id: string, reason: string): Promise<DemandLineView> {
    const actor = context.actor!;
    const writer = await this.writerOf(actor);
    return this.platform.db.transaction(async (tx) => {
      const line = await repo.lockDemandLine(tx, id);
      if (!line) throw notFound();
      this.assertCanWrite(actor, writer, line);
      if (line.closedAt) throw new AppError('demand.already_closed');
      const now = new Date();
      const updated = await repo.updateDemandLine(tx, id, { closedAt: now, updatedAt: now });
      if (!updated) throw notFound();
      await appendAudit(tx, context, [
        {
          action: 'demand.close',
          entityType: 'demand_line',
          entityId: id,
          before: auditView(line),
          after: auditView(updated),
          reason,
        },
      ]);
      return this.view(tx, id);
    });
  }

  /** The public job list: recruiting lines only, newest first, without contact details. */
  async publicJobs(filter: Omit<repo.DemandFilter, 'status' | 'enterpriseId'> & Page) {
    await this.checkRegionFilter(null, filter.region);
    const today = chinaToday();
    const where = and(repo.recruitingCondition(today), ...repo.filterConditions(filter, today));
    const page = await repo.listDemandLines(this.platform.db, where, filter);
    return {
      items: page.items.map(
        ({ line, enterpriseName, regionName, occupationName }): PublicJobView => ({
          id: line.id,
          enterpriseName,
          regionCode: line.regionCode,
          regionName,
          occupationCode: line.occupationCode,
          occupationName,
          skillLevel: line.skillLevel,
          postsOpen: line.headcount - line.filledCount,
          wageMin: line.wageMin,
          wageMax: line.wageMax,
          deadline: line.deadline,
          skillRequirements: line.skillRequirements,
        }),
      ),
      total: page.total,
    };
  }
}
