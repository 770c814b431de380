import type { RegionLevel } from '@qiancheng/domain';
import type {
  EvaluationType,
  ProjectStatus,
  TrainingMode,
} from '@qiancheng/domain/projects/project-lifecycle';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import type { Page } from '../../app/api/types';
import type { CatalogueDetail, CatalogueListItem, CatalogueSummary } from '../catalogues/catalogues-api';

export interface PublicProject {
  id: string;
  title: string;
  occupationCode: string;
  occupationName: string;
  priorityField: string;
  skillLevel: string | null;
  postsAvailable: number | null;
  hoursTheory: number | null;
  hoursPractice: number | null;
  mode: TrainingMode | null;
  regionCode: string;
  regionName: string | null;
  targetGroups: string[];
  evaluationType: EvaluationType | null;
  publishedAt: string | null;
  version: number;
}

export interface PublicProjectVersion {
  version: number;
  status: ProjectStatus;
  reason: string | null;
  createdAt: string;
}

/** All public fields of a project. */
export interface PublicProjectFull extends PublicProject {
  skillRequirements: string | null;
  contentOutline: string | null;
  totalHours: number;
  subsidyStandardRef: string | null;
  consumables: string;
  updatedAt: string;
}

export interface PublicProjectDetail {
  project: PublicProjectFull;
  versions: PublicProjectVersion[];
  catalogues: CatalogueSummary[];
}

export const PROJECT_SEARCH_FILTERS = [
  'q',
  'region',
  'field',
  'occupation',
  'level',
  'mode',
  'group',
  'sort',
] as const;
export type ProjectSearchFilter = (typeof PROJECT_SEARCH_FILTERS)[number];
export type ProjectSearch = Partial<Record<ProjectSearchFilter, string>> & { page: number; pageSize: number };
export const SORTS = ['relevance', 'newest', 'hours'] as const;

export function publicProjectsQuery(search: ProjectSearch) {
  return queryOptions({
    queryKey: ['public', 'projects', search],
    queryFn: () => api.get<Page<PublicProject>>('/api/v1/public/projects', { ...search }),
  });
}

export function publicProjectQuery(id: string) {
  return queryOptions({
    queryKey: ['public', 'project', id],
    queryFn: () => api.get<PublicProjectDetail>(`/api/v1/public/projects/${encodeURIComponent(id)}`),
  });
}

export interface NavigationCount {
  code: string;
  name: string;
  projects: number;
}

export interface Navigation {
  region: { code: string; name: string; level: RegionLevel };
  /** From the province down to the region itself. */
  path: { code: string; name: string }[];
  regions: NavigationCount[];
  fields: NavigationCount[];
  occupations: NavigationCount[];
  total: number;
}

export const NAVIGATION_FILTERS = ['region', 'field', 'occupation'] as const;
export type NavigationFilter = (typeof NAVIGATION_FILTERS)[number];

export function navigationQuery(filters: Partial<Record<NavigationFilter, string>>) {
  return queryOptions({
    queryKey: ['public', 'navigation', filters],
    queryFn: () => api.get<Navigation>('/api/v1/public/navigation', { ...filters }),
  });
}

export interface PublicJob {
  id: string;
  enterpriseName: string;
  regionCode: string;
  regionName: string;
  occupationCode: string;
  occupationName: string;
  skillLevel: string | null;
  postsOpen: number;
  wageMin: number;
  wageMax: number;
  deadline: string;
  skillRequirements: string;
}

export const JOB_FILTERS = ['q', 'region', 'occupation', 'field'] as const;
export type JobFilter = (typeof JOB_FILTERS)[number];
export type JobSearch = Partial<Record<JobFilter, string>> & { page: number; pageSize: number };

export function publicJobsQuery(search: JobSearch) {
  return queryOptions({
    queryKey: ['public', 'jobs', search],
    queryFn: () => api.get<Page<PublicJob>>('/api/v1/public/jobs', { ...search }),
  });
}

export type CatalogueSearch = { region?: string; page: number; pageSize: number };

export function publicCataloguesQuery(search: CatalogueSearch) {
  return queryOptions({
    queryKey: ['public', 'catalogues', search],
    queryFn: () => api.get<Page<CatalogueListItem>>('/api/v1/public/catalogues', { ...search }),
  });
}

export function publicCatalogueQuery(id: string) {
  return queryOptions({
    queryKey: ['public', 'catalogue', id],
    queryFn: () => api.get<CatalogueDetail>(`/api/v1/public/catalogues/${encodeURIComponent(id)}`),
  });
}

/** A training institution selected for at least one public project (承训机构). */
export interface PublicInstitution {
  id: string;
  name: string;
  type: string;
  regionCode: string;
  regionName: string;
  address: string;
  introduction: string | null;
  occupations: { code: string; name: string }[];
  sites: { name: string; address: string; regionName: string; capacity: number }[];
  projects: { id: string; title: string; priorityField: string }[];
}

export const INSTITUTION_FILTERS = ['region', 'occupation', 'field'] as const;
export type InstitutionFilter = (typeof INSTITUTION_FILTERS)[number];
export type InstitutionSearch = Partial<Record<InstitutionFilter, string>> & {
  page: number;
  pageSize: number;
};

export function publicInstitutionsQuery(search: InstitutionSearch) {
  return queryOptions({
    queryKey: ['public', 'institutions', search],
    queryFn: () => api.get<Page<PublicInstitution>>('/api/v1/public/institutions', { ...search }),
  });
}

export function publicInstitutionQuery(id: string) {
  return queryOptions({
    queryKey: ['public', 'institution', id],
    queryFn: () =>
      api.get<{ institution: PublicInstitution }>(`/api/v1/public/institutions/${encodeURIComponent(id)}`),
  });
}

export interface ProjectInstitution {
  institutionId: string;
  institutionName: string;
  regionCode: string;
}

export function projectInstitutionsQuery(projectId: string) {
  return queryOptions({
    queryKey: ['public', 'project', projectId, 'institutions'],
    queryFn: () =>
      api.get<{ items: ProjectInstitution[] }>(
        `/api/v1/public/projects/${encodeURIComponent(projectId)}/institutions`,
      ),
  });
}
