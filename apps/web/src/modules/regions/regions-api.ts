import type { RegionLevel } from '@qiancheng/domain';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../app/api/client';

export interface RegionChildFigures {
  code: string;
  name: string;
  users: number;
  people: number;
}

export interface RegionOverview {
  region: { code: string; name: string; level: RegionLevel };
  children: RegionChildFigures[];
  totals: { users: number; people: number };
}

export function regionOverviewQuery(code: string) {
  return queryOptions({
    queryKey: ['regions', 'overview', code],
    queryFn: () => api.get<RegionOverview>(`/api/v1/regions/${encodeURIComponent(code)}/overview`),
  });
}
