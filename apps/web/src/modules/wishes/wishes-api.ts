import type { PreferredTime, WishStatus } from '@qiancheng/domain/demand/training-wish';
import type { TrainingMode } from '@qiancheng/domain/projects/project-lifecycle';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import type { Page } from '../../app/api/types';

export interface TrainingWish {
  id: string;
  /** For staff, whose wish it is (masked); null on a worker's own list. */
  person: { id: string; name: string; idNumberMasked: string } | null;
  occupationCode: string;
  occupationName: string;
  priorityField: string;
  skillLevel: string | null;
  mode: TrainingMode;
  preferredTime: PreferredTime;
  regionCode: string;
  regionName: string;
  targetGroup: string;
  source: string;
  status: WishStatus;
  withdrawnAt: string | null;
  createdAt: string;
}

export interface NewWish {
  occupationCode: string;
  skillLevel: string | null;
  mode: TrainingMode;
  preferredTime: PreferredTime;
  regionCode: string;
  targetGroup: string;
  /** Staff recording a walk-in worker. */
  person?: { name: string; idNumber: string; mobile?: string };
}

export const WISH_FILTERS = ['status', 'region', 'occupation', 'field', 'targetGroup'] as const;
export type WishFilter = (typeof WISH_FILTERS)[number];
export type WishSearch = Partial<Record<WishFilter, string>> & { page: number; pageSize: number };

export const WISHES_QUERY_ROOT = ['wishes'] as const;

export function wishesQuery(search: WishSearch) {
  return queryOptions({
    queryKey: [...WISHES_QUERY_ROOT, 'list', search],
    queryFn: () => api.get<Page<TrainingWish>>('/api/v1/wishes', { ...search }),
  });
}

type Envelope = { wish: TrainingWish };

export async function declareWish(wish: NewWish): Promise<TrainingWish> {
  return (await api.post<Envelope>('/api/v1/wishes', wish)).wish;
}

export async function withdrawWish(id: string): Promise<TrainingWish> {
  return (await api.post<Envelope>(`/api/v1/wishes/${encodeURIComponent(id)}/withdraw`)).wish;
}
