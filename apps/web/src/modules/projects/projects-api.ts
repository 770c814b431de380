import type { DemandStatus } from '@qiancheng/domain/demand/demand-line';
import type {
  ConsumablesCategory,
  EvaluationType,
  ProjectStatus,
  TrainingMode,
} from '@qiancheng/domain/projects/project-lifecycle';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import type { Page } from '../../app/api/types';

/** The fields staff edit on a draft, and change with a reason once it is published. */
export interface ProjectFields {
  title: string;
  occupationCode: string;
  skillLevel: string | null;
  postsAvailable: number | null;
  skillRequirements: string | null;
  contentOutline: string | null;
  hoursTheory: number | null;
  hoursPractice: number | null;
  mode: TrainingMode | null;
  regionCode: string;
  targetGroups: string[];
  subsidyStandardRef: string | null;
  evaluationType: EvaluationType | null;
  consumables: ConsumablesCategory;
}

export interface ProjectVersion {
  version: number;
  status: ProjectStatus;
  reason: string | null;
  createdAt: string;
  createdByName: string | null;
  snapshot: Record<string, unknown>;
}

export interface Project extends ProjectFields {
  id: string;
  status: ProjectStatus;
  version: number;
  occupationName: string;
  priorityField: string;
  regionName: string | null;
  totalHours?: number;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

/** A demand line as a project shows it: whose, where, how many posts are still open. */
export interface LinkedDemandLine {
  id: string;
  enterpriseName: string;
  regionCode: string;
  regionName: string | null;
  occupationCode: string;
  skillLevel: string | null;
  headcount: number;
  filledCount: number;
  openPosts: number;
  skillRequirements: string;
  deadline: string;
  status: DemandStatus;
}

export interface ProjectDetail {
  project: Project;
  versions: ProjectVersion[];
  demandLines: LinkedDemandLine[];
}

export const PROJECT_FILTERS = ['status', 'q', 'region', 'field', 'occupation'] as const;
export type ProjectFilter = (typeof PROJECT_FILTERS)[number];
export type ProjectSearch = Partial<Record<ProjectFilter, string>> & { page: number; pageSize: number };

export interface NewProject {
  demandLineIds: string[];
  title?: string;
  regionCode?: string;
}

export const PROJECTS_QUERY_ROOT = ['projects'] as const;

export function projectsQuery(search: ProjectSearch) {
  return queryOptions({
    queryKey: [...PROJECTS_QUERY_ROOT, 'list', search],
    queryFn: () => api.get<Page<Project>>('/api/v1/projects', { ...search }),
  });
}

export function projectQuery(id: string) {
  return queryOptions({
    queryKey: [...PROJECTS_QUERY_ROOT, 'detail', id],
    queryFn: () => api.get<ProjectDetail>(`/api/v1/projects/${encodeURIComponent(id)}`),
  });
}

const path = (id: string, action = '') => `/api/v1/projects/${encodeURIComponent(id)}${action}`;

type Envelope = { project: Project };

export async function createProject(project: NewProject): Promise<Project> {
  return (await api.post<Envelope>('/api/v1/projects', project)).project;
}

export async function updateProject(id: string, fields: Partial<ProjectFields>): Promise<Project> {
  return (await api.patch<Envelope>(path(id), fields)).project;
}

export async function publishProject(id: string): Promise<Project> {
  return (await api.post<Envelope>(path(id, '/publish'))).project;
}

export async function adjustProject(
  id: string,
  reason: string,
  changes: Partial<ProjectFields>,
): Promise<Project> {
  return (await api.post<Envelope>(path(id, '/adjust'), { reason, ...changes })).project;
}

export async function withdrawProject(id: string, reason: string): Promise<Project> {
  return (await api.post<Envelope>(path(id, '/withdraw'), { reason })).project;
}
