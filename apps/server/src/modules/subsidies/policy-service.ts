import { type Executor, subsidyPolicies } from '@qiancheng/db';
import { parentRegionCode } from '@qiancheng/domain';
import { DEFAULT_SUBSIDY_POLICY } from '@qiancheng/domain/subsidy/default-policy';
import type { SubsidyPolicy } from '@qiancheng/domain/subsidy/policy';
import {
  checkSubsidyPolicy,
  narrowingProblems,
  type PolicyProblem,
} from '@qiancheng/domain/subsidy/policy-check';
import {
  mayActOnPolicy,
  NATIONAL_DEFAULT_VERSION,
  POLICY_ACTION_NAMES,
  POLICY_STATUS_NAMES,
  type PolicyAction,
  type PolicyStatus,
  policyVersionLabel,
} from '@qiancheng/domain/subsidy/policy-lifecycle';
import { renderPolicyProblem } from '@qiancheng/domain/subsidy/policy-problems';
import { and, eq } from 'drizzle-orm';
import { assertRecordInScope, effectiveRegion, regionScopeFilter } from '../../platform/access/region-scope';
import { appendAudit } from '../../platform/audit/recorder';
import { now, today } from '../../platform/clock';
import type { PlatformContext } from '../../platform/context';
import { AppError, type FieldProblem, notFound } from '../../platform/http/app-error';
import type { Actor, RequestContext } from '../../platform/http/request-context';
import * as repo from './policy-repository';
import type { DecisionInput, DraftInput, PolicyListQuery, PolicyUpdateInput } from './policy-schemas';
import { type PolicyDetail, type PolicyItem, presentPolicyDetail, presentPolicyItem } from './policy-views';

/** The rules in force for a region on a day, and the version every quote and claim line names. */
export interface EffectivePolicy {
  policy: SubsidyPolicy;
  version: string;
  policyId: string | null;
  regionCode: string | null;
}

const NATIONAL_DEFAULT: EffectivePolicy = {
  policy: DEFAULT_SUBSIDY_POLICY,
  version: NATIONAL_DEFAULT_VERSION,
  policyId: null,
  regionCode: null,
};

/** The problems of a policy document as field problems, `document.rules.A4.…`. */
function documentProblems(problems: readonly PolicyProblem[]): FieldProblem[] {
  return problems.map((problem) => ({
    field: problem.path ? `document.${problem.path}` : 'document',
    reason: problem.code,
    params: problem.params,
    messages: {
      'zh-CN': renderPolicyProblem(problem, 'zh-CN'),
      'en-US': renderPolicyProblem(problem, 'en-US'),
    },
  }));
}

function parsedDocument(document: unknown): SubsidyPolicy {
  const checked = checkSubsidyPolicy(document);
  if (!checked.ok) {
    throw new AppError('subsidies.policy_invalid', {
      params: { count: checked.problems.length },
      details: documentProblems(checked.problems),
    });
  }
  return checked.policy;
}

function assertMay(row: repo.PolicyRow, action: PolicyAction): void {
  const status = row.status as PolicyStatus;
  if (mayActOnPolicy(status, action)) return;
  throw new AppError('subsidies.policy_state', {
    params: {
      statusZh: POLICY_STATUS_NAMES[status]['zh-CN'],
      statusEn: POLICY_STATUS_NAMES[status]['en-US'].toLowerCase(),
      actionZh: POLICY_ACTION_NAMES[action]['zh-CN'],
      actionEn: POLICY_ACTION_NAMES[action]['en-US'],
    },
  });
}

/**
 * 补贴政策: each region's subsidy rules as versioned documents. Administrators draft and submit a
 * version, another administrator publishes it; a city's version may only narrow its province's.
 * `effective` answers which rules apply to a region on a day: its own published version, else the
 * nearest ancestor's, else the national default.
 */
export class SubsidyPoliciesService {
  constructor(private readonly platform: PlatformContext) {}

  async list(actor: Actor, query: PolicyListQuery): Promise<{ items: PolicyItem[]; total: number }> {
    const where = and(
      regionScopeFilter(actor, subsidyPolicies.regionCode),
      query.region ? eq(subsidyPolicies.regionCode, effectiveRegion(actor, query.region)) : undefined,
      query.status ? eq(subsidyPolicies.status, query.status) : undefined,
    );
    const page = await repo.listPolicies(this.platform.db, where, query);
    return { items: page.items.map(presentPolicyItem), total: page.total };
  }

  async detail(actor: Actor, id: string): Promise<PolicyDetail> {
    const row = await this.visible(this.platform.db, actor, id);
    return presentPolicyDetail(row);
  }

  /** The national default, as the starting point of a region's first version. */
  nationalDefault(): { version: string; document: SubsidyPolicy } {
    return { version: NATIONAL_DEFAULT_VERSION, document: DEFAULT_SUBSIDY_POLICY };
  }

  /** A new draft, starting from the given document or from the rules in force for the region today. */
  async createDraft(context: RequestContext, input: DraftInput): Promise<PolicyDetail> {
    const actor = context.actor!;
    const regionCode = effectiveRegion(actor, input.regionCode);
    const document =
      input.document === undefined
        ? (await this.effective(regionCode, today())).policy
        : parsedDocument(input.document);
    const row = await this.platform.db.transaction(async (tx) => {
      const version = await repo.nextVersion(tx, regionCode);
      const [created] = await tx
        .insert(subsidyPolicies)
        .values({
          regionCode,
          version,
          title: input.title,
          effectiveFrom: input.effectiveFrom,
          document,
          status: 'draft',
          note: input.note ?? null,
          createdBy: actor.userId,
          createdAt: now(),
          updatedAt: now(),
        })
        .returning();
      await appendAudit(tx, context, [
        {
          action: 'subsidy_policy.draft',
          entityType: 'subsidy_policy',
          entityId: created!.id,
          after: created,
        },
      ]);
      return created!;
    });
    return presentPolicyDetail(row);
  }

  async update(context: RequestContext, id: string, input: PolicyUpdateInput): Promise<PolicyDetail> {
    const document = parsedDocument(input.document);
    return this.transition(context, id, 'edit', () => ({
      title: input.title,
      effectiveFrom: input.effectiveFrom,
      note: input.note ?? null,
      document,
    }));
  }

  /** Submitting checks the document again and, for a city or county, that it only narrows its parent's. */
  async submit(context: RequestContext, id: string): Promise<PolicyDetail> {
    return this.transition(context, id, 'submit', async (row, tx) => {
      await this.assertNarrows(tx, row);
      return { submittedBy: context.actor!.userId, submittedAt: now() };
    });
  }

  async publish(context: RequestContext, id: string, input: DecisionInput): Promise<PolicyDetail> {
    return this.transition(
      context,
      id,
      'publish',
      async (row, tx) => {
        this.assertSecondPair(context.actor!, row);
        await this.assertNarrows(tx, row);
        return this.decision(context, input, { status: 'published', publishedAt: now() });
      },
      input.note,
    );
  }

  async returnToDraft(context: RequestContext, id: string, input: DecisionInput): Promise<PolicyDetail> {
    return this.transition(
      context,
      id,
      'return',
      (row) => {
        this.assertSecondPair(context.actor!, row);
        return this.decision(context, input, { status: 'draft' });
      },
      input.note,
    );
  }

  async withdraw(context: RequestContext, id: string, input: DecisionInput): Promise<PolicyDetail> {
    return this.transition(
      context,
      id,
      'withdraw',
      () => this.decision(context, input, { status: 'withdrawn' }),
      input.note,
    );
  }

  /**
   * The rules that apply in a region on a day: its own published version in effect, else its
   * city's, else its province's, else the national default.
   */
  async effective(
    regionCode: string,
    day: string,
    db: Executor = this.platform.db,
  ): Promise<EffectivePolicy> {
    const chain = regionChain(regionCode);
    return inForce(chain, await repo.publishedOn(db, chain, day));
  }

  /**
   * `effective` for many regions and days at once, in one read: what a batch over many classes
   * asks. The answer for a pair is the same as `effective(regionCode, day)` gives.
   */
  async effectiveMany(
    pairs: readonly { regionCode: string; day: string }[],
    db: Executor = this.platform.db,
  ): Promise<EffectivePolicy[]> {
    const chains = pairs.map((pair) => regionChain(pair.regionCode));
    const rows = await repo.publishedOf(db, [...new Set(chains.flat())]);
    const presented = new Map<string, EffectivePolicy>();
    return pairs.map((pair, index) => {
      const chain = chains[index]!;
      const found = inForce(
        chain,
        repo.latestPerRegionOn(
          rows.filter((row) => chain.includes(row.regionCode)),
          pair.day,
        ),
      );
      // One object per version, however many pairs it answers.
      const key = found.policyId ?? found.version;
      if (!presented.has(key)) presented.set(key, found);
      return presented.get(key)!;
    });
  }

  // ── Internals ──────────────────────────────────────────────────────────────────────────────

  private async visible(db: Executor, actor: Actor, id: string, lock = false): Promise<repo.PolicyRow> {
    const row = await repo.findPolicy(db, id, lock);
    if (!row) throw notFound();
    assertRecordInScope(actor, row.regionCode);
    return row;
  }

  private decision(
    context: RequestContext,
    input: DecisionInput,
    change: Partial<repo.PolicyRow>,
  ): Partial<repo.PolicyRow> {
    return {
      ...change,
      decidedBy: context.actor!.userId,
      decidedAt: now(),
      decisionNote: input.note ?? null,
    };
  }

  /** Four eyes: whoever drafted or submitted a version does not decide on it. */
  private assertSecondPair(actor: Actor, row: repo.PolicyRow): void {
    if (row.createdBy === actor.userId || row.submittedBy === actor.userId) {
      throw new AppError('subsidies.own_policy');
    }
  }

  private async assertNarrows(tx: Executor, row: repo.PolicyRow): Promise<void> {
    const parentCode = parentRegionCode(row.regionCode);
    if (!parentCode) return;
    const parent = await this.effective(parentCode, row.effectiveFrom, tx);
    const problems = narrowingProblems(parent.policy, row.document as SubsidyPolicy);
    if (problems.length === 0) return;
    throw new AppError('subsidies.policy_not_narrower', {
      params: { parent: parent.version, count: problems.length },
      details: documentProblems(problems),
    });
  }

  private async transition(
    context: RequestContext,
    id: string,
    action: PolicyAction,
    change: (row: repo.PolicyRow, tx: Executor) => Partial<repo.PolicyRow> | Promise<Partial<repo.PolicyRow>>,
    reason?: string,
  ): Promise<PolicyDetail> {
    const row = await this.platform.db.transaction(async (tx) => {
      const before = await this.visible(tx, context.actor!, id, true);
      assertMay(before, action);
      const values = { ...(await change(before, tx)), updatedAt: now() };
      if (action === 'submit') values.status = 'submitted';
      const [after] = await tx
        .update(subsidyPolicies)
        .set(values)
        .where(eq(subsidyPolicies.id, id))
        .returning();
      await appendAudit(tx, context, [
        {
          action: `subsidy_policy.${action}`,
          entityType: 'subsidy_policy',
          entityId: id,
          before,
          after,
          reason: reason ?? null,
        },
      ]);
      return after!;
    });
    return presentPolicyDetail(row);
  }
}

/** Of the versions in effect per region, the nearest region's: else the national default. */
function inForce(chain: readonly string[], rows: readonly repo.PolicyRow[]): EffectivePolicy {
  for (const code of chain) {
    const row = rows.find((candidate) => candidate.regionCode === code);
    if (row) {
      return {
        policy: row.document as SubsidyPolicy,
        version: policyVersionLabel(row.regionCode, row.version),
        policyId: row.id,
        regionCode: row.regionCode,
      };
    }
  }
  return NATIONAL_DEFAULT;
}

/** A region and its ancestors, nearest first: 410105 → 410100 → 410000. */
function regionChain(regionCode: string): string[] {
  const chain: string[] = [];
  for (let code: string | null = regionCode; code; code = parentRegionCode(code)) chain.push(code);
  return chain;
}
