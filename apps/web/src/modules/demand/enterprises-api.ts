import { queryOptions } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import type { Page } from '../../app/api/types';

export interface Enterprise {
  id: string;
  creditCode: string;
  name: string;
  regionCode: string;
  regionName: string | null;
  address: string | null;
  createdAt: string;
}

export interface NewEnterprise {
  creditCode: string;
  name: string;
  regionCode: string;
  address?: string;
}

export const ENTERPRISES_QUERY_ROOT = ['enterprises'] as const;

export function enterprisesQuery(q: string) {
  return queryOptions({
    queryKey: [...ENTERPRISES_QUERY_ROOT, 'search', q],
    queryFn: () => api.get<Page<Enterprise>>('/api/v1/enterprises', { q: q || undefined, pageSize: 20 }),
  });
}

export const myEnterpriseQuery = queryOptions({
  queryKey: [...ENTERPRISES_QUERY_ROOT, 'mine'],
  queryFn: async () => (await api.get<{ enterprise: Enterprise }>('/api/v1/enterprises/mine')).enterprise,
});

export async function createEnterprise(enterprise: NewEnterprise): Promise<Enterprise> {
  return (await api.post<{ enterprise: Enterprise }>('/api/v1/enterprises', enterprise)).enterprise;
}
