import type { LedgerEntryKind } from '@qiancheng/domain/funds/ledger-totals';
import type { FundSourceCode } from '@qiancheng/domain/subsidy/fund-sources';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import type { Page } from '../../app/api/types';

export interface Budget {
  id: string;
  regionCode: string;
  regionName: string | null;
  year: number;
  source: FundSourceCode;
  allocatedFen: number;
  committedFen: number;
  paidFen: number;
  recoveredFen: number;
  availableFen: number;
  note: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface LedgerEntry {
  id: number;
  budgetId: string;
  kind: LedgerEntryKind;
  amountFen: number;
  refType: string | null;
  refId: string | null;
  note: string | null;
  recordedBy: string | null;
  recordedByName: string | null;
  recordedAt: string;
}

export const BUDGET_FILTERS = ['year', 'source', 'region'] as const;
export type BudgetSearch = Partial<Record<(typeof BUDGET_FILTERS)[number], string>>;

export const FUNDS_QUERY_ROOT = ['funds'] as const;

export function budgetsQuery(search: BudgetSearch & { page: number; pageSize: number }) {
  return queryOptions({
    queryKey: [...FUNDS_QUERY_ROOT, 'budgets', search],
    queryFn: () => api.get<Page<Budget>>('/api/v1/funds/budgets', { ...search }),
  });
}

export function ledgerQuery(budgetId: string, paging: { page: number; pageSize: number }) {
  return queryOptions({
    queryKey: [...FUNDS_QUERY_ROOT, 'ledger', budgetId, paging],
    queryFn: () =>
      api.get<Page<LedgerEntry>>(`/api/v1/funds/budgets/${encodeURIComponent(budgetId)}/ledger`, paging),
  });
}

export const BUDGETS_EXPORT_PATH = '/api/v1/funds/budgets/export';

export interface NewBudget {
  regionCode?: string;
  year: number;
  source: FundSourceCode;
  amountFen: number;
  note?: string;
}

export interface Adjustment {
  direction: 'increase' | 'decrease';
  amountFen: number;
  reason: string;
}

export async function createBudget(input: NewBudget, key: string): Promise<Budget> {
  return (await api.postOnce<{ budget: Budget }>('/api/v1/funds/budgets', input, key)).budget;
}

export async function adjustBudget(id: string, input: Adjustment, key: string): Promise<Budget> {
  const path = `/api/v1/funds/budgets/${encodeURIComponent(id)}/adjustments`;
  return (await api.postOnce<{ budget: Budget }>(path, input, key)).budget;
}
