import type { RegionLevel } from '@qiancheng/domain';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../app/api/client';

export interface AggregateRow {
  regionCode: string;
  regionName: string;
  occupationCode: string;
  occupationName: string;
  priorityField: string;
  demandLines: number;
  postsOpen: number;
  wishes: number;
  wishesByGroup: Record<string, number>;
}

export interface Aggregate {
  region: { code: string; name: string; level: RegionLevel };
  rows: AggregateRow[];
  totals: { demandLines: number; postsOpen: number; wishes: number };
}

export const AGGREGATE_FILTERS = ['region', 'field', 'occupation', 'group'] as const;
export type AggregateFilter = (typeof AGGREGATE_FILTERS)[number];
export type AggregateSearch = Partial<Record<AggregateFilter, string>>;

export function aggregateQuery(search: AggregateSearch) {
  return queryOptions({
    queryKey: ['aggregate', search],
    queryFn: () => api.get<Aggregate>('/api/v1/aggregate', { ...search }),
  });
}

/** Rows summed by region, for the chart and the drill-down targets. */
export function byRegion(rows: AggregateRow[]) {
  const sums = new Map<string, { code: string; name: string; postsOpen: number; wishes: number }>();
  for (const row of rows) {
    const sum = sums.get(row.regionCode) ?? {
      code: row.regionCode,
      name: row.regionName,
      postsOpen: 0,
      wishes: 0,
    };
    sum.postsOpen += row.postsOpen;
    sum.wishes += row.wishes;
    sums.set(row.regionCode, sum);
  }
  return [...sums.values()];
}
