import { type Executor, fundBudgets, type Transaction } from '@qiancheng/db';
import { type LedgerProblem, ledgerProblem } from '@qiancheng/domain/funds/ledger-rules';
import {
  applyEntry,
  availableFen,
  ENTRY_SIGN,
  type LedgerEntryKind,
  totalsDifferences,
  totalsOf,
} from '@qiancheng/domain/funds/ledger-totals';
import { parentRegionCode } from '@qiancheng/domain/region/region-code';
import type { FundSourceCode } from '@qiancheng/domain/subsidy/fund-sources';
import { and } from 'drizzle-orm';
import {
  assertRecordInScope,
  assertRegionInScope,
  effectiveRegion,
  regionScopeFilter,
} from '../../platform/access/region-scope';
import { appendAudit } from '../../platform/audit/recorder';
import { now } from '../../platform/clock';
import type { PlatformContext } from '../../platform/context';
import { AppError, fieldProblem, invalidFields, notFound } from '../../platform/http/app-error';
import type { Actor, RequestContext } from '../../platform/http/request-context';
import type { ReferenceService } from '../reference/service';
import type { UsersService } from '../users/service';
import { budgetNameParams, yuanParam } from './budget-names';
import * as repo from './repository';
import type { AdjustBudgetInput, BudgetFilter, BudgetListQuery, CreateBudgetInput } from './schemas';
import {
  type BudgetView,
  type LedgerEntryView,
  presentBudget,
  presentEntry,
  type Reconciliation,
  type RegionReconciliation,
  totalsOfRow,
} from './views';

export type { BudgetKey } from './repository';

/** A movement another module asks for: how much (fen, positive), against which budget, and why. */
export interface FundMovement {
  budget: repo.BudgetKey;
  amountFen: number;
  /** What caused it: a claim, a voucher, a payment batch — so the entry can be traced back. */
  ref: { type: string; id: string };
  note?: string;
}

/** The error code of each refusal of `ledgerProblem`. */
const PROBLEM_CODES = {
  overdrawn: 'funds.budget_overdrawn',
  below_used: 'funds.below_used',
  release_exceeds_committed: 'funds.release_exceeds_committed',
  payment_exceeds_committed: 'funds.payment_exceeds_committed',
  reversal_exceeds_paid: 'funds.reversal_exceeds_paid',
  recovery_exceeds_paid: 'funds.recovery_exceeds_paid',
  too_large: 'funds.amount_too_large',
} as const satisfies Record<Exclude<LedgerProblem, 'invalid_amount'>, string>;

/**
 * 资金: budgets per region, year and fund source, and the ledger of their movements. Finance
 * users create and adjust budgets; other modules move money through `commit`, `release`, `pay`,
 * `reversePayment` and `recordRecovery` inside their own transactions. Every movement locks its
 * budget row, is checked by `ledgerProblem`, and writes its entry, the new totals and an audit
 * record together.
 */
export class FundsService {
  constructor(
    private readonly platform: PlatformContext,
    private readonly reference: ReferenceService,
    private readonly users: UsersService,
  ) {}

  // ── Movements for other modules ────────────────────────────────────────────────────────────

  /**
   * The budget a region's spending is charged to: the region's own budget of that year and
   * source, else its city's, else its province's; null when none of them has one.
   */
  async nearestBudget(
    db: Executor,
    regionCode: string,
    year: number,
    source: FundSourceCode,
  ): Promise<{ id: string; regionCode: string } | null> {
    for (let code: string | null = regionCode; code; code = parentRegionCode(code)) {
      const budget = await repo.findBudget(db, { regionCode: code, year, source });
      if (budget) return { id: budget.id, regionCode: budget.regionCode };
    }
    return null;
  }

  /** Reserves money for an approved claim; `funds.budget_overdrawn` when it does not fit. */
  commit(tx: Transaction, context: RequestContext, movement: FundMovement): Promise<LedgerEntryView> {
    return this.move(tx, context, 'commitment', movement);
  }

  /** Gives a commitment back: a claim rejected after approval, a lapsed stage, an expired voucher. */
  release(tx: Transaction, context: RequestContext, movement: FundMovement): Promise<LedgerEntryView> {
    return this.move(tx, context, 'release', movement);
  }

  /** Moves a committed amount to paid. */
  pay(tx: Transaction, context: RequestContext, movement: FundMovement): Promise<LedgerEntryView> {
    return this.move(tx, context, 'payment', movement);
  }

  /** The bank returned a payment: the amount is committed again, to be paid once more or released. */
  reversePayment(tx: Transaction, context: RequestContext, movement: FundMovement): Promise<LedgerEntryView> {
    return this.move(tx, context, 'payment_reversal', movement);
  }

  /** 追回到账: recovered money received back undoes that much payment and is available again. */
  recordRecovery(tx: Transaction, context: RequestContext, movement: FundMovement): Promise<LedgerEntryView> {
    return this.move(tx, context, 'recovery', movement);
  }

  private async move(
    tx: Transaction,
    context: RequestContext,
    kind: Exclude<LedgerEntryKind, 'budget' | 'adjustment'>,
    movement: FundMovement,
  ): Promise<LedgerEntryView> {
    // Callers name a magnitude; the kind gives the sign. A negative one would turn a release into
    // a commitment, so it is refused here, before the sign is applied.
    if (!Number.isSafeInteger(movement.amountFen) || movement.amountFen <= 0) {
      throw invalidFields(fieldProblem('amountFen', 'fund_amount_invalid'));
    }
    const budget = await repo.lockBudget(tx, movement.budget);
    if (!budget) throw await this.missing(movement.budget);
    const amountFen = ENTRY_SIGN[kind] * movement.amountFen;
    return this.record(tx, context, budget, {
      kind,
      amountFen,
      refType: movement.ref.type,
      refId: movement.ref.id,
      note: movement.note ?? null,
    });
  }

  /** Checks one entry against the locked budget's totals, then writes it, the totals and the audit. */
  private async record(
    tx: Transaction,
    context: RequestContext,
    budget: repo.BudgetRow,
    entry: {
      kind: LedgerEntryKind;
      amountFen: number;
      refType?: string | null;
      refId?: string | null;
      note: string | null;
    },
  ): Promise<LedgerEntryView> {
    const totals = totalsOfRow(budget);
    const problem = ledgerProblem(totals, entry);
    if (problem) throw await this.refusal(problem, budget, Math.abs(entry.amountFen));
    const at = now();
    const row = await repo.insertEntry(tx, {
      budgetId: budget.id,
      kind: entry.kind,
      amountFen: entry.amountFen,
      refType: entry.refType ?? null,
      refId: entry.refId ?? null,
      note: entry.note,
      recordedBy: context.actor?.userId ?? null,
      recordedAt: at,
    });
    const after = applyEntry(totals, entry);
    await repo.saveTotals(tx, budget.id, after);
    await appendAudit(tx, context, [
      {
        action: `funds.${entry.kind}`,
        entityType: 'fund_budget',
        entityId: budget.id,
        before: totals,
        after: {
          entryId: row.id,
          amountFen: entry.amountFen,
          ref: entry.refType ? { type: entry.refType, id: entry.refId } : null,
          totals: after,
        },
        reason: entry.note,
      },
    ]);
    return presentEntry(row, context.actor?.displayName ?? null);
  }

  private async refusal(
    problem: LedgerProblem,
    budget: repo.BudgetRow,
    requestedFen: number,
  ): Promise<AppError> {
    if (problem === 'invalid_amount') return invalidFields(fieldProblem('amountFen', 'fund_amount_invalid'));
    const totals = totalsOfRow(budget);
    const regionName = (await this.reference.regionName(budget.regionCode)) ?? budget.regionCode;
    return new AppError(PROBLEM_CODES[problem], {
      params: {
        ...budgetNameParams({ regionName, year: budget.year, source: budget.source }),
        requested: yuanParam(requestedFen),
        available: yuanParam(availableFen(totals)),
        used: yuanParam(totals.committedFen + totals.paidFen),
        committed: yuanParam(totals.committedFen),
        paid: yuanParam(totals.paidFen),
      },
    });
  }

  private async missing(key: repo.BudgetKey): Promise<AppError> {
    if ('budgetId' in key) return notFound();
    const regionName = (await this.reference.regionName(key.regionCode)) ?? key.regionCode;
    return new AppError('funds.budget_missing', {
      params: budgetNameParams({ regionName, year: key.year, source: key.source }),
    });
  }

  // ── Budgets kept by finance ────────────────────────────────────────────────────────────────

  /** A new budget of the caller's region subtree, with its initial ledger entry. */
  async createBudget(
    tx: Transaction,
    context: RequestContext,
    input: CreateBudgetInput,
  ): Promise<BudgetView> {
    const actor = context.actor!;
    const regionCode = effectiveRegion(actor, input.regionCode);
    if (!(await this.reference.regionExists(regionCode))) {
      throw invalidFields(fieldProblem('regionCode', 'unknown_region'));
    }
    const regionName = await this.reference.regionName(regionCode);
    const budget = await repo.insertBudget(tx, {
      regionCode,
      year: input.year,
      source: input.source,
      // The initial entry raises it, as every later entry moves it.
      allocatedFen: 0,
      note: input.note || null,
      createdBy: actor.userId,
    });
    if (!budget) {
      throw new AppError('funds.budget_exists', {
        params: budgetNameParams({
          regionName: regionName ?? regionCode,
          year: input.year,
          source: input.source,
        }),
      });
    }
    await this.record(tx, context, budget, {
      kind: 'budget',
      amountFen: input.amountFen,
      note: input.note || null,
    });
    const saved = await repo.findBudget(tx, { budgetId: budget.id });
    return presentBudget(saved!, regionName);
  }

  /** Raises or lowers a budget, with the reason; a decrease never takes it below committed + paid. */
  async adjustBudget(
    tx: Transaction,
    context: RequestContext,
    id: string,
    input: AdjustBudgetInput,
  ): Promise<BudgetView> {
    const budget = await repo.lockBudget(tx, { budgetId: id });
    if (!budget) throw notFound();
    assertRecordInScope(context.actor!, budget.regionCode);
    const amountFen = input.direction === 'increase' ? input.amountFen : -input.amountFen;
    await this.record(tx, context, budget, { kind: 'adjustment', amountFen, note: input.reason });
    const saved = await repo.findBudget(tx, { budgetId: id });
    return presentBudget(saved!, await this.reference.regionName(saved!.regionCode));
  }

  // ── Reading ────────────────────────────────────────────────────────────────────────────────

  async list(actor: Actor, query: BudgetListQuery): Promise<{ items: BudgetView[]; total: number }> {
    if (query.region) assertRegionInScope(actor, query.region);
    const where = and(regionScopeFilter(actor, fundBudgets.regionCode), ...repo.budgetConditions(query));
    const page = await repo.listBudgets(this.platform.db, where, query);
    return { items: await this.present(page.items), total: page.total };
  }

  async get(actor: Actor, id: string): Promise<BudgetView> {
    const row = await repo.findBudget(this.platform.db, { budgetId: id });
    if (!row) throw notFound();
    assertRecordInScope(actor, row.regionCode);
    return presentBudget(row, await this.reference.regionName(row.regionCode));
  }

  /** A budget's ledger, newest entry first. */
  async ledger(
    actor: Actor,
    id: string,
    page: { page: number; pageSize: number },
  ): Promise<{ items: LedgerEntryView[]; total: number }> {
    await this.get(actor, id);
    const entries = await repo.listEntries(this.platform.db, id, page);
    const names = await this.users.displayNames(
      entries.items.flatMap((e) => (e.recordedBy ? [e.recordedBy] : [])),
    );
    return {
      items: entries.items.map((e) =>
        presentEntry(e, e.recordedBy ? (names.get(e.recordedBy) ?? null) : null),
      ),
      total: entries.total,
    };
  }

  /** Budgets as the API shows them, with their regions' names. */
  present(rows: repo.BudgetRow[]): Promise<BudgetView[]> {
    return Promise.all(
      rows.map(async (row) => presentBudget(row, await this.reference.regionName(row.regionCode))),
    );
  }

  /** The budgets of a filtered list, all of them up to `limit`, for the export. */
  async listAll(actor: Actor, filter: BudgetFilter, limit: number): Promise<BudgetView[]> {
    if (filter.region) assertRegionInScope(actor, filter.region);
    const where = and(regionScopeFilter(actor, fundBudgets.regionCode), ...repo.budgetConditions(filter));
    return this.present(await repo.allBudgets(this.platform.db, where, limit));
  }

  // ── Reconciliation ─────────────────────────────────────────────────────────────────────────

  /**
   * Recomputes a budget's totals from its ledger and compares them with the stored ones. The row
   * is read FOR SHARE, so no movement lands between reading the totals and summing the entries.
   */
  reconcile(budgetId: string): Promise<Reconciliation> {
    return this.platform.db.transaction(async (tx) => {
      const budget = await repo.lockBudget(tx, { budgetId }, 'share');
      if (!budget) throw notFound();
      const sums = await repo.sumsByKind(tx, budgetId);
      const stored = totalsOfRow(budget);
      const ledger = totalsOf(sums);
      const differences = totalsDifferences(stored, ledger);
      return {
        budgetId,
        regionCode: budget.regionCode,
        year: budget.year,
        source: budget.source as FundSourceCode,
        entries: sums.reduce((n, s) => n + s.entries, 0),
        stored,
        ledger,
        consistent: differences.length === 0,
        differences,
      };
    });
  }

  /**
   * Reconciles every budget of a region and its subtree; for the CLI and for the route (which
   * checks the caller's scope first).
   */
  async reconcileRegion(regionCode: string): Promise<RegionReconciliation> {
    const ids = await repo.budgetIdsUnder(this.platform.db, regionCode);
    const results: Reconciliation[] = [];
    for (const id of ids) results.push(await this.reconcile(id));
    return {
      regionCode,
      checkedAt: now().toISOString(),
      budgets: results.length,
      inconsistent: results.filter((r) => !r.consistent).length,
      results,
    };
  }

  /** A reader's reconciliation of a region of theirs, kept in the audit trail with its outcome. */
  async reconcileInScope(context: RequestContext, region: string | undefined): Promise<RegionReconciliation> {
    const regionCode = effectiveRegion(context.actor!, region);
    const report = await this.reconcileRegion(regionCode);
    await this.platform.db.transaction((tx) =>
      appendAudit(tx, context, [
        {
          action: 'funds.reconcile',
          entityType: 'region',
          entityId: regionCode,
          after: {
            budgets: report.budgets,
            inconsistent: report.results.filter((r) => !r.consistent).map((r) => r.budgetId),
          },
        },
      ]),
    );
    return report;
  }
}
