import type { SessionKind } from '@qiancheng/domain/classes/class-lifecycle';
import type {
  ChangeRequestView,
  ClassDetail,
  ClassItem,
  SessionView,
  TraineeView,
} from '@qiancheng/domain/classes/class-views';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import type { ItemList, Page } from '../../app/api/types';

export type { ClassDetail, ClassItem };
export type ClassSession = SessionView;
export type Trainee = TraineeView;
export type ChangeRequest = ChangeRequestView;

export interface SessionInput {
  day: string;
  startTime: string;
  endTime: string;
  hours: number;
  kind: SessionKind;
  teacherId: string;
  room: string;
}

export type MaterialInput = { resourceId: string } | { documentId: string; title: string };

export interface ClassInput {
  projectId: string;
  siteId: string;
  name: string;
  startDate: string;
  endDate: string;
  plannedTrainees: number;
  enrolmentOpen: boolean;
  teachingPlan: string;
  assessmentPlan: string;
  feeFen: number;
  governmentFen: number;
  enterpriseFen: number;
  individualFen: number;
  teachers: { teacherId: string; role: 'lead' | 'assistant' }[];
  sessions: SessionInput[];
  materials: MaterialInput[];
}

export interface NewTrainee {
  name: string;
  idNumber: string;
  mobile?: string;
  targetGroup: string;
  evidenceNote?: string;
  evidenceDocumentId?: string;
}

export const CLASS_FILTERS = ['status', 'q', 'region'] as const;
export type ClassFilter = (typeof CLASS_FILTERS)[number];
export type ClassSearch = Partial<Record<ClassFilter, string>> & { page: number; pageSize: number };

export const CLASSES_QUERY_ROOT = ['classes'] as const;
const path = (id: string, rest = '') => `/api/v1/classes/${encodeURIComponent(id)}${rest}`;

export function classesQuery(search: ClassSearch) {
  return queryOptions({
    queryKey: [...CLASSES_QUERY_ROOT, 'list', search],
    queryFn: () => api.get<Page<ClassItem>>('/api/v1/classes', { ...search }),
  });
}

export function classQuery(id: string) {
  return queryOptions({
    queryKey: [...CLASSES_QUERY_ROOT, 'detail', id],
    queryFn: async () => (await api.get<{ class: ClassDetail }>(path(id))).class,
  });
}

export function rosterQuery(id: string) {
  return queryOptions({
    queryKey: [...CLASSES_QUERY_ROOT, 'roster', id],
    queryFn: async () => (await api.get<ItemList<Trainee>>(path(id, '/roster'))).items,
  });
}

export function changesQuery(id: string) {
  return queryOptions({
    queryKey: [...CLASSES_QUERY_ROOT, 'changes', id],
    queryFn: async () => (await api.get<ItemList<ChangeRequest>>(path(id, '/changes'))).items,
  });
}

export async function createClass(input: ClassInput): Promise<ClassDetail> {
  return (await api.post<{ class: ClassDetail }>('/api/v1/classes', input)).class;
}

export async function updateClass(id: string, input: ClassInput): Promise<ClassDetail> {
  return (await api.put<{ class: ClassDetail }>(path(id), input)).class;
}

export type ClassAction = 'file' | 'start' | 'complete' | 'close';

export async function runClassAction(id: string, action: ClassAction): Promise<ClassDetail> {
  return (await api.post<{ class: ClassDetail }>(path(id, `/${action}`))).class;
}

export async function reviewClass(
  id: string,
  decision: 'approve' | 'return',
  note?: string,
): Promise<ClassDetail> {
  return (await api.post<{ class: ClassDetail }>(path(id, '/review'), { decision, note })).class;
}

export async function cancelClass(id: string, reason: string): Promise<ClassDetail> {
  return (await api.post<{ class: ClassDetail }>(path(id, '/cancel'), { reason })).class;
}

export async function addTrainee(id: string, trainee: NewTrainee): Promise<Trainee[]> {
  return (await api.post<ItemList<Trainee>>(path(id, '/roster'), trainee)).items;
}

export async function removeTrainee(id: string, enrolmentId: string): Promise<Trainee[]> {
  return (await api.delete<ItemList<Trainee>>(path(id, `/roster/${encodeURIComponent(enrolmentId)}`))).items;
}

export const rosterImportPath = (id: string) => path(id, '/roster/import');
export const ROSTER_TEMPLATE_PATH = '/api/v1/classes/roster-template';

export async function requestChange(id: string, body: Record<string, unknown>): Promise<ChangeRequest[]> {
  return (await api.post<ItemList<ChangeRequest>>(path(id, '/changes'), body)).items;
}

export async function decideChange(
  id: string,
  changeId: string,
  decision: 'approve' | 'reject',
  note?: string,
): Promise<ChangeRequest[]> {
  return (
    await api.post<ItemList<ChangeRequest>>(path(id, `/changes/${changeId}/decide`), { decision, note })
  ).items;
}

export async function withdrawChange(id: string, changeId: string): Promise<ChangeRequest[]> {
  return (await api.post<ItemList<ChangeRequest>>(path(id, `/changes/${changeId}/withdraw`))).items;
}
