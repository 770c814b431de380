import { FUND_SOURCE_CODES } from '@qiancheng/domain/subsidy/fund-sources';
import { z } from 'zod';
import { paginationQuery, regionCodeSchema } from '../../platform/http/schemas';

/** Budget years the platform takes: the action runs 2025–2027; room either side for what follows. */
export const BUDGET_YEARS = { min: 2020, max: 2100 } as const;
/** The largest amount one request names: exact in JavaScript numbers and in bigint columns. */
const MAX_FEN = Number.MAX_SAFE_INTEGER;

const year = z.number().int().min(BUDGET_YEARS.min).max(BUDGET_YEARS.max);
const source = z.enum(FUND_SOURCE_CODES);

const budgetFilters = {
  year: z.coerce.number().int().min(BUDGET_YEARS.min).max(BUDGET_YEARS.max).optional(),
  source: source.optional(),
  region: regionCodeSchema.optional(),
};

export const budgetListQuery = z.strictObject({ ...paginationQuery, ...budgetFilters });
export type BudgetListQuery = z.infer<typeof budgetListQuery>;

export const budgetExportQuery = z.strictObject(budgetFilters);
export type BudgetFilter = z.infer<typeof budgetExportQuery>;

export const createBudgetBody = z.strictObject({
  /** A region inside the caller's; the caller's own when left out. */
  regionCode: regionCodeSchema.optional(),
  year,
  source,
  /** The budget handed down, in fen; it may start at nothing and be raised later. */
  amountFen: z.number().int().min(0).max(MAX_FEN),
  note: z.string().trim().max(500).optional(),
});
export type CreateBudgetInput = z.infer<typeof createBudgetBody>;

export const ADJUSTMENT_DIRECTIONS = ['increase', 'decrease'] as const;

export const adjustBudgetBody = z.strictObject({
  direction: z.enum(ADJUSTMENT_DIRECTIONS),
  amountFen: z.number().int().min(1).max(MAX_FEN),
  reason: z.string().trim().min(1).max(500),
});
export type AdjustBudgetInput = z.infer<typeof adjustBudgetBody>;

export const ledgerQuery = z.strictObject({ ...paginationQuery });

export const reconciliationQuery = z.strictObject({ region: regionCodeSchema.optional() });
