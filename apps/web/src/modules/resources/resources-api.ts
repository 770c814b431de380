import type { ResourceKind } from '@qiancheng/domain/teachers/resources';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import type { Page } from '../../app/api/types';

export interface TeachingResource {
  id: string;
  kind: ResourceKind;
  title: string;
  occupationCode: string;
  occupationName: string;
  skillLevel: string | null;
  description: string | null;
  regionCode: string;
  regionName: string | null;
  /** A file to download, or else a link to open. */
  documentId: string | null;
  url: string | null;
  document: { id: string; fileName: string; mediaType: string; sizeBytes: number } | null;
  /** The contributing institution; null when a bureau shared it. */
  institutionId: string | null;
  institutionName: string | null;
  status: 'active' | 'withdrawn';
  withdrawnAt: string | null;
  withdrawable: boolean;
  createdAt: string;
}

export interface NewResource {
  kind: ResourceKind;
  title: string;
  occupationCode: string;
  skillLevel: string | null;
  description: string | null;
  documentId: string | null;
  url: string | null;
  /** Staff only: a region inside their own to share with. */
  regionCode?: string;
}

export const RESOURCE_FILTERS = ['q', 'occupation', 'level', 'kind', 'status'] as const;
export type ResourceFilter = (typeof RESOURCE_FILTERS)[number];
export type ResourceSearch = Partial<Record<ResourceFilter, string>> & { page: number; pageSize: number };

export const RESOURCES_QUERY_ROOT = ['resources'] as const;

export function resourcesQuery(search: ResourceSearch) {
  return queryOptions({
    queryKey: [...RESOURCES_QUERY_ROOT, 'list', search],
    queryFn: () => api.get<Page<TeachingResource>>('/api/v1/resources', { ...search }),
  });
}

type Envelope = { resource: TeachingResource };

export async function addResource(resource: NewResource): Promise<TeachingResource> {
  return (await api.post<Envelope>('/api/v1/resources', resource)).resource;
}

export async function withdrawResource(id: string, reason?: string): Promise<TeachingResource> {
  const path = `/api/v1/resources/${encodeURIComponent(id)}/withdraw`;
  return (await api.post<Envelope>(path, reason ? { reason } : {})).resource;
}
