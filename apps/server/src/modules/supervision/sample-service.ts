import { randomBytes } from 'node:crypto';
import { type Executor, supervisionSamples } from '@qiancheng/db';
import { isWithinRegion } from '@qiancheng/domain';
import type { CreditStatus } from '@qiancheng/domain/institutions/credit-status';
import { SEED_BYTES } from '@qiancheng/domain/supervision/seeded-random';
import { findingWindowStart, supervisionWeight } from '@qiancheng/domain/supervision/supervision-weight';
import { weightedSample } from '@qiancheng/domain/supervision/weighted-sample';
import { and } from 'drizzle-orm';
import {
  assertRecordInScope,
  assertRegionInScope,
  effectiveRegion,
  regionScopeFilter,
} from '../../platform/access/region-scope';
import { appendAudit } from '../../platform/audit/recorder';
import { now, today } from '../../platform/clock';
import type { PlatformContext } from '../../platform/context';
import { AppError, fieldProblem, invalidFields, notFound } from '../../platform/http/app-error';
import type { Actor, RequestContext } from '../../platform/http/request-context';
import type { ClassRow } from '../classes/repository';
import type { ClassesService } from '../classes/service';
import type { InstitutionsService } from '../institutions/service';
import type { ReferenceService } from '../reference/service';
import * as repo from './repository';
import type { DrawInput, PopulationQuery, SampleListQuery } from './schemas';
import type { SupervisionService } from './service';
import { type PopulationItem, presentSampleItem, type SampleDetail, type SampleItem } from './views';

export interface SampleDeps {
  classes: ClassesService;
  institutions: InstitutionsService;
  reference: ReferenceService;
  checks: SupervisionService;
}

/** A running class with its tickets in a draw and what they were made of. */
interface Ticket {
  class: ClassRow;
  weight: number;
  standing: CreditStatus;
  findings: number;
}

/**
 * 随机抽查: staff draw running classes of their region, each class with as many tickets as its
 * institution's standing and recent findings give it (`supervisionWeight`), from a seed taken from
 * the operating system's cryptographic generator. The seed and every class's weight are stored,
 * so the draw can be re-run by anyone and shown to be what chance gave.
 */
export class SampleService {
  constructor(
    private readonly platform: PlatformContext,
    private readonly deps: SampleDeps,
  ) {}

  /**
   * The classes of `region` running now (in progress, or approved with a session still ahead)
   * with their tickets, in the order a draw lays them out: by class code.
   */
  async population(actor: Actor, region: string, db: Executor = this.platform.db): Promise<Ticket[]> {
    const candidates = (
      await this.deps.classes.classesInScope(actor, ['approved', 'in_progress'], db)
    ).filter((row) => isWithinRegion(row.regionCode, region));
    const approved = candidates.filter((row) => row.status === 'approved').map((row) => row.id);
    const at = now();
    const ahead = new Set(
      (await this.deps.classes.sessionsOf(approved, db))
        .filter((s) => s.cancelledAt === null && s.endsAt > at)
        .map((s) => s.classId),
    );
    const running = candidates
      .filter((row) => row.status === 'in_progress' || ahead.has(row.id))
      .sort((a, b) => (a.code === b.code ? (a.id < b.id ? -1 : 1) : a.code < b.code ? -1 : 1));
    const institutionIds = running.map((row) => row.institutionId);
    // One after the other: `db` may be a transaction, whose one connection takes one query at a time.
    const standings = await this.deps.institutions.standings(institutionIds, db);
    const findings = await this.deps.institutions.findingCounts(
      institutionIds,
      findingWindowStart(today()),
      db,
    );
    return running.map((row) => {
      const basis = {
        standing: standings.get(row.institutionId) ?? 'normal',
        findings: findings.get(row.institutionId) ?? 0,
      };
      return { class: row, weight: supervisionWeight(basis), ...basis };
    });
  }

  /** The population a draw would take now, a page at a time, searchable by class code or name. */
  async populationPage(actor: Actor, query: PopulationQuery) {
    const region = effectiveRegion(actor, query.region);
    const needle = query.q?.toLowerCase();
    const tickets = (await this.population(actor, region)).filter(
      (t) =>
        !needle || t.class.code.toLowerCase().includes(needle) || t.class.name.toLowerCase().includes(needle),
    );
    const start = (query.page - 1) * query.pageSize;
    const page = tickets.slice(start, start + query.pageSize);
    const items = await this.populationItems(
      page.map((t) => ({
        classId: t.class.id,
        weight: t.weight,
        standing: t.standing,
        findings: t.findings,
      })),
    );
    return { items, total: tickets.length };
  }

  async draw(context: RequestContext, input: DrawInput): Promise<SampleDetail> {
    const actor = context.actor!;
    const region = effectiveRegion(actor, input.regionCode);
    const day = today();
    if (input.kind === 'onsite' && !input.plannedOn)
      throw invalidFields(fieldProblem('plannedOn', 'required'));
    if (input.plannedOn && input.plannedOn < day) {
      throw invalidFields(fieldProblem('plannedOn', 'date_in_past', { today: day }));
    }
    const id = await this.platform.db.transaction(async (tx) => {
      const tickets = await this.population(actor, region, tx);
      if (tickets.length === 0) {
        const name = (await this.deps.reference.regionName(region)) ?? region;
        throw new AppError('supervision.population_empty', { params: { region: name } });
      }
      const seed = randomBytes(SEED_BYTES).toString('hex');
      const drawn = weightedSample(tickets, input.size, seed);
      const [sample] = await tx
        .insert(supervisionSamples)
        .values({
          regionCode: region,
          kind: input.kind,
          size: input.size,
          population: tickets.length,
          seed,
          weights: tickets.map((t) => ({
            classId: t.class.id,
            weight: t.weight,
            standing: t.standing,
            findings: t.findings,
          })),
          drawnOn: day,
          drawnBy: actor.userId,
        })
        .returning();
      await appendAudit(tx, context, [
        {
          action: 'supervision.sample.draw',
          entityType: 'supervision_sample',
          entityId: sample!.id,
          after: {
            regionCode: region,
            kind: input.kind,
            size: input.size,
            population: tickets.length,
            seed,
            drawn: drawn.map((t) => t.class.id),
          },
        },
      ]);
      await this.deps.checks.insertPlanned(
        tx,
        context,
        { id: sample!.id, kind: input.kind, plannedOn: input.plannedOn ?? null },
        drawn.map((t) => t.class),
      );
      return sample!.id;
    });
    return this.detail(actor, id);
  }

  async list(actor: Actor, query: SampleListQuery): Promise<{ items: SampleItem[]; total: number }> {
    if (query.region) assertRegionInScope(actor, query.region);
    const where = and(
      regionScopeFilter(actor, supervisionSamples.regionCode),
      ...repo.sampleConditions(query),
    );
    const page = await repo.listSamples(this.platform.db, where, query);
    const progress = await repo.sampleProgress(
      this.platform.db,
      page.items.map((row) => row.id),
    );
    const items = await Promise.all(
      page.items.map(async (row) =>
        presentSampleItem(row, await this.deps.reference.regionName(row.regionCode), progress.get(row.id)),
      ),
    );
    return { items, total: page.total };
  }

  /**
   * A sample with its population in drawing order and its checks. The draw is re-run from the
   * stored seed and weights; `verified` says whether it gives exactly the classes that were checked.
   */
  async detail(actor: Actor, id: string): Promise<SampleDetail> {
    const row = await repo.findSample(this.platform.db, id);
    if (!row) throw notFound();
    assertRecordInScope(actor, row.regionCode);
    const [checks, progress, regionName] = await Promise.all([
      repo.checksOfSamples(this.platform.db, [id]),
      repo.sampleProgress(this.platform.db, [id]),
      this.deps.reference.regionName(row.regionCode),
    ]);
    const redrawn = weightedSample(row.weights, row.size, row.seed).map((w) => w.classId);
    const order = new Map(redrawn.map((classId, index) => [classId, index + 1]));
    const checked = new Set(checks.map((c) => c.classId));
    const verified = redrawn.length === checks.length && redrawn.every((classId) => checked.has(classId));
    const population = await this.populationItems(row.weights);
    const items = await this.deps.checks.items(checks);
    const drawnOrder = (classId: string) => order.get(classId) ?? Number.MAX_SAFE_INTEGER;
    return {
      sample: presentSampleItem(row, regionName, progress.get(id)),
      verified,
      population: population.map((item) => ({ ...item, drawnOrder: order.get(item.classId) ?? null })),
      checks: items.sort((a, b) => drawnOrder(a.classId) - drawnOrder(b.classId)),
    };
  }

  private async populationItems(
    weights: readonly { classId: string; weight: number; standing?: string; findings?: number }[],
  ): Promise<PopulationItem[]> {
    const rows = await this.deps.classes.findClasses(weights.map((w) => w.classId));
    const items = new Map((await this.deps.classes.items(rows)).map((item) => [item.id, item]));
    return weights.map((w) => {
      const item = items.get(w.classId);
      return {
        classId: w.classId,
        classCode: item?.code ?? '',
        className: item?.name ?? '',
        institutionId: item?.institutionId ?? '',
        institutionName: item?.institutionName ?? '',
        regionName: item?.regionName ?? null,
        weight: w.weight,
        standing: (w.standing as CreditStatus | undefined) ?? null,
        findings: w.findings ?? null,
      };
    });
  }
}
