import type { ProjectStatus, TrainingMode } from '@qiancheng/domain/projects/project-lifecycle';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import type { Page } from '../../app/api/types';

export type CatalogueStatus = 'draft' | 'published';

export interface CatalogueSummary {
  id: string;
  regionCode: string;
  regionName: string | null;
  title: string;
  periodStart: string;
  periodEnd: string;
  status: CatalogueStatus;
  publishedAt: string | null;
  createdAt: string;
}

export interface CatalogueListItem extends CatalogueSummary {
  entryCount: number;
}

/** A project listed in a catalogue; `id` is the project's. */
export interface CatalogueEntry {
  id: string;
  title: string;
  occupationCode: string;
  occupationName: string;
  priorityField: string;
  skillLevel: string | null;
  regionName: string | null;
  postsAvailable: number | null;
  hoursTheory: number | null;
  hoursPractice: number | null;
  mode: TrainingMode | null;
  /** On the staff read only: a listed project may have been withdrawn since. */
  status?: ProjectStatus;
  addedAt: string;
}

export interface CatalogueChange {
  id: string;
  projectId: string;
  projectTitle: string | null;
  occupationCode: string | null;
  action: 'added' | 'removed';
  reason: string;
  changedAt: string;
  changedByName: string | null;
}

export interface CatalogueDetail {
  catalogue: CatalogueSummary;
  entries: CatalogueEntry[];
  changes: CatalogueChange[];
}

export interface NewCatalogue {
  regionCode: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  projectIds: string[];
}

export const CATALOGUE_FILTERS = ['status', 'region'] as const;
export type CatalogueFilter = (typeof CATALOGUE_FILTERS)[number];
export type CatalogueSearch = Partial<Record<CatalogueFilter, string>> & { page: number; pageSize: number };

export const CATALOGUES_QUERY_ROOT = ['catalogues'] as const;

export function cataloguesQuery(search: CatalogueSearch) {
  return queryOptions({
    queryKey: [...CATALOGUES_QUERY_ROOT, 'list', search],
    queryFn: () => api.get<Page<CatalogueListItem>>('/api/v1/catalogues', { ...search }),
  });
}

export function catalogueQuery(id: string) {
  return queryOptions({
    queryKey: [...CATALOGUES_QUERY_ROOT, 'detail', id],
    queryFn: () => api.get<CatalogueDetail>(`/api/v1/catalogues/${encodeURIComponent(id)}`),
  });
}

const path = (id: string, rest = '') => `/api/v1/catalogues/${encodeURIComponent(id)}${rest}`;

export function createCatalogue(catalogue: NewCatalogue): Promise<CatalogueDetail> {
  return api.post<CatalogueDetail>('/api/v1/catalogues', catalogue);
}

export function publishCatalogue(id: string): Promise<CatalogueDetail> {
  return api.post<CatalogueDetail>(path(id, '/publish'));
}

/** The reason is required once the catalogue is published, optional before. */
export function addEntry(id: string, projectId: string, reason?: string): Promise<CatalogueDetail> {
  return api.post<CatalogueDetail>(path(id, '/entries'), { projectId, reason });
}

export function removeEntry(id: string, projectId: string, reason?: string): Promise<CatalogueDetail> {
  return api.post<CatalogueDetail>(path(id, `/entries/${encodeURIComponent(projectId)}/remove`), { reason });
}
