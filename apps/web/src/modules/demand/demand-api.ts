import type { DemandStatus } from '@qiancheng/domain/demand/demand-line';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import { SPREADSHEET_TYPE } from '../../app/api/download';
import type { Page } from '../../app/api/types';
import type { ImportMode, ImportReport } from '../../app/components/xlsx-import/xlsx-import-modal';

export interface DemandLine {
  id: string;
  enterprise: { id: string; name: string; creditCode: string };
  regionCode: string;
  regionName: string;
  occupationCode: string;
  occupationName: string;
  priorityField: string;
  /** L5..L1, or null for any level. */
  skillLevel: string | null;
  headcount: number;
  filledCount: number;
  skillRequirements: string;
  /** Monthly wage in yuan. */
  wageMin: number;
  wageMax: number;
  /** YYYY-MM-DD */
  deadline: string;
  contactName: string;
  contactPhoneMasked: string;
  status: DemandStatus;
  source: string;
  createdAt: string;
  closedAt: string | null;
}

export const DEMAND_FILTERS = ['status', 'region', 'occupation', 'field', 'enterpriseId', 'q'] as const;
export type DemandFilter = (typeof DEMAND_FILTERS)[number];
export type DemandSearch = Partial<Record<DemandFilter, string>> & { page: number; pageSize: number };

export interface NewDemandLine {
  /** Staff only: the enterprise the line is registered for. */
  enterpriseId?: string;
  regionCode: string;
  occupationCode: string;
  skillLevel: string | null;
  headcount: number;
  skillRequirements: string;
  wageMin: number;
  wageMax: number;
  deadline: string;
  contactName: string;
  contactPhone: string;
}

export interface DemandChange {
  filledCount?: number;
}

export const DEMAND_QUERY_ROOT = ['demand'] as const;

export function demandListQuery(search: DemandSearch) {
  return queryOptions({
    queryKey: [...DEMAND_QUERY_ROOT, 'list', search],
    queryFn: () => api.get<Page<DemandLine>>('/api/v1/demand', { ...search }),
  });
}

type Envelope = { demandLine: DemandLine };
const linePath = (id: string, action = '') => `/api/v1/demand/${encodeURIComponent(id)}${action}`;

export async function declareDemand(line: NewDemandLine): Promise<DemandLine> {
  return (await api.post<Envelope>('/api/v1/demand', line)).demandLine;
}

export async function updateDemand(id: string, change: DemandChange): Promise<DemandLine> {
  return (await api.patch<Envelope>(linePath(id), change)).demandLine;
}

export async function closeDemand(id: string, reason: string): Promise<DemandLine> {
  return (await api.post<Envelope>(linePath(id, '/close'), { reason })).demandLine;
}

/** The server's limit on a closing reason. */
export const CLOSE_REASON_MAX_LENGTH = 200;

export function importDemand(file: Blob, mode: ImportMode): Promise<ImportReport> {
  return api.upload<ImportReport>(`/api/v1/demand/import?mode=${mode}`, {
    data: file,
    contentType: SPREADSHEET_TYPE,
  });
}

/** The list's filters without its page, for the export of everything that matches. */
export function exportQuery(search: DemandSearch) {
  const { page: _page, pageSize: _pageSize, ...filters } = search;
  return filters;
}
