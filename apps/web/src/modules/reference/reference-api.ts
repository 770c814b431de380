import type { RegionLevel } from '@qiancheng/domain';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import type { ItemList, Page } from '../../app/api/types';
import type { LocalizedText } from '../../app/i18n/messages';

export interface RegionItem {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  childCount: number;
}

export interface RegionDetail {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  /** From the province down to the region itself. */
  path: { code: string; name: string }[];
}

export interface Occupation {
  code: string;
  name: string;
  priorityField: string | null;
  source: string;
}

export interface OccupationSearch {
  q?: string;
  field?: string;
  page: number;
  pageSize: number;
}

/** Every code table has a code and a bilingual name; the rest differs per table. */
export interface CodeTableItem {
  code: string;
  name: LocalizedText;
  rank?: number;
  category?: string;
  evidence?: string;
}

export const CODE_TABLES = ['skill-levels', 'target-groups', 'institution-types', 'priority-fields'] as const;
export type CodeTable = (typeof CODE_TABLES)[number];

// Reference data changes only when an administrator imports it, so it may be cached for long.
const REFERENCE_STALE_MS = 10 * 60_000;

export function regionChildrenQuery(parent: string | null) {
  return queryOptions({
    queryKey: ['reference', 'regions', 'children', parent ?? 'root'],
    queryFn: () => api.get<ItemList<RegionItem>>('/api/v1/reference/regions', { parent }),
    staleTime: REFERENCE_STALE_MS,
  });
}

export function regionDetailQuery(code: string) {
  return queryOptions({
    queryKey: ['reference', 'regions', 'detail', code],
    queryFn: () => api.get<RegionDetail>(`/api/v1/reference/regions/${encodeURIComponent(code)}`),
    staleTime: REFERENCE_STALE_MS,
  });
}

export function occupationsQuery(search: OccupationSearch) {
  return queryOptions({
    queryKey: ['reference', 'occupations', search],
    queryFn: () => api.get<Page<Occupation>>('/api/v1/reference/occupations', { ...search }),
    staleTime: REFERENCE_STALE_MS,
  });
}

export function codeTableQuery(table: CodeTable) {
  return queryOptions({
    queryKey: ['reference', table],
    queryFn: () => api.get<ItemList<CodeTableItem>>(`/api/v1/reference/${table}`),
    staleTime: REFERENCE_STALE_MS,
  });
}
