import type { ClassStatus } from '@qiancheng/domain/classes/class-lifecycle';
import type { CreditStatus } from '@qiancheng/domain/institutions/credit-status';
import type { CheckKind, CheckStatus, Conclusion } from '@qiancheng/domain/supervision/check-lifecycle';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import type { Page } from '../../app/api/types';

export interface CheckItem {
  id: string;
  sampleId: string | null;
  kind: CheckKind;
  status: CheckStatus;
  classId: string;
  classCode: string;
  className: string;
  classStatus: ClassStatus;
  institutionId: string;
  institutionName: string;
  regionCode: string;
  regionName: string | null;
  plannedOn: string | null;
  deadlineAt: string | null;
  submittedAt: string | null;
  checkedAt: string | null;
  conclusion: Conclusion | null;
  findingId: string | null;
  createdAt: string;
}

export interface CheckSession {
  id: string;
  day: string;
  startTime: string;
  endTime: string;
  room: string;
  cancelled: boolean;
}

/** A stored file; the name is null when the reader may not open it. */
export interface CheckFile {
  id: string;
  fileName: string | null;
}

export interface CheckDetail extends CheckItem {
  classStartDate: string;
  classEndDate: string;
  rosterSize: number;
  session: CheckSession | null;
  sessions: CheckSession[];
  instructions: string | null;
  submission: { document: CheckFile; at: string; note: string | null } | null;
  peoplePresent: number | null;
  peopleCheckedIn: number | null;
  unexplainedCheckIns: number | null;
  photos: CheckFile[];
  notes: string | null;
  /** The server's clock when the check was read. */
  readAt: string;
}

/** A check as the institution sees it. */
export interface OwnCheck {
  id: string;
  kind: CheckKind;
  status: CheckStatus;
  classId: string;
  classCode: string;
  className: string;
  deadlineAt: string | null;
  instructions: string | null;
  submission: { documentId: string; at: string; note: string | null } | null;
  checkedAt: string | null;
  conclusion: Conclusion | null;
  notes: string | null;
  createdAt: string;
}

export interface SampleItem {
  id: string;
  regionCode: string;
  regionName: string | null;
  kind: CheckKind;
  size: number;
  population: number;
  drawn: number;
  completed: number;
  seed: string;
  drawnOn: string;
  createdAt: string;
}

export interface PopulationItem {
  classId: string;
  classCode: string;
  className: string;
  institutionId: string;
  institutionName: string;
  regionName: string | null;
  weight: number;
  standing: CreditStatus | null;
  findings: number | null;
}

export interface SampleDetail {
  sample: SampleItem;
  verified: boolean;
  population: (PopulationItem & { drawnOrder: number | null })[];
  checks: CheckItem[];
}

export const CHECK_FILTERS = ['status', 'kind', 'institutionId', 'classId', 'sampleId'] as const;
export type CheckSearch = Partial<Record<(typeof CHECK_FILTERS)[number], string>> & {
  page: number;
  pageSize: number;
};

export const SUPERVISION_QUERY_ROOT = ['supervision'] as const;

export function checksQuery(search: CheckSearch) {
  return queryOptions({
    queryKey: [...SUPERVISION_QUERY_ROOT, 'checks', search],
    queryFn: () => api.get<Page<CheckItem>>('/api/v1/supervision/checks', { ...search }),
  });
}

export function checkQuery(id: string) {
  return queryOptions({
    queryKey: [...SUPERVISION_QUERY_ROOT, 'check', id],
    queryFn: async () =>
      (await api.get<{ check: CheckDetail }>(`/api/v1/supervision/checks/${encodeURIComponent(id)}`)).check,
  });
}

export function samplesQuery(search: { page: number; pageSize: number }) {
  return queryOptions({
    queryKey: [...SUPERVISION_QUERY_ROOT, 'samples', search],
    queryFn: () => api.get<Page<SampleItem>>('/api/v1/supervision/samples', { ...search }),
  });
}

export function sampleQuery(id: string) {
  return queryOptions({
    queryKey: [...SUPERVISION_QUERY_ROOT, 'sample', id],
    queryFn: () => api.get<SampleDetail>(`/api/v1/supervision/samples/${encodeURIComponent(id)}`),
  });
}

export function populationQuery(search: { q?: string; region?: string; page: number; pageSize: number }) {
  return queryOptions({
    queryKey: [...SUPERVISION_QUERY_ROOT, 'population', search],
    queryFn: () => api.get<Page<PopulationItem>>('/api/v1/supervision/population', { ...search }),
    // What a draw would take from must be read when the form opens.
    staleTime: 0,
  });
}

export const OWN_FILTERS = ['status'] as const;

export function ownChecksQuery(search: { status?: string; page: number; pageSize: number }) {
  return queryOptions({
    queryKey: [...SUPERVISION_QUERY_ROOT, 'own', search],
    queryFn: () => api.get<Page<OwnCheck>>('/api/v1/supervision/requests', { ...search }),
  });
}

/** Requests waiting for the institution's photo; polled so a new one shows without a reload. */
export const waitingQuery = queryOptions({
  queryKey: [...SUPERVISION_QUERY_ROOT, 'own', 'waiting'],
  queryFn: () =>
    api.get<{ open: number; nextDeadlineAt: string | null; now: string }>(
      '/api/v1/supervision/requests/waiting',
    ),
  refetchInterval: 60_000,
});

export const sampleExportPath = (id: string) =>
  `/api/v1/supervision/samples/${encodeURIComponent(id)}/export`;

export interface DrawInput {
  regionCode?: string;
  kind: CheckKind;
  size: number;
  plannedOn?: string;
}

export interface CreateCheckInput {
  classId: string;
  kind: CheckKind;
  plannedOn?: string;
  sessionId?: string;
  withinMinutes?: number;
  instructions?: string;
}

export interface OnsiteInput {
  sessionId?: string;
  peoplePresent: number;
  peopleCheckedIn?: number;
  photoDocumentIds: string[];
  conclusion: Conclusion;
  notes: string;
}

const checkPath = (id: string, action: string) =>
  `/api/v1/supervision/checks/${encodeURIComponent(id)}/${action}`;

export function drawSample(input: DrawInput): Promise<SampleDetail> {
  return api.post<SampleDetail>('/api/v1/supervision/samples', input);
}

export async function createCheck(input: CreateCheckInput): Promise<CheckDetail> {
  return (await api.post<{ check: CheckDetail }>('/api/v1/supervision/checks', input)).check;
}

export async function recordOnsite(id: string, input: OnsiteInput): Promise<CheckDetail> {
  return (await api.post<{ check: CheckDetail }>(checkPath(id, 'onsite'), input)).check;
}

export async function sendRequest(
  id: string,
  input: { withinMinutes: number; instructions?: string },
): Promise<CheckDetail> {
  return (await api.post<{ check: CheckDetail }>(checkPath(id, 'request'), input)).check;
}

export async function concludeCheck(
  id: string,
  input: { conclusion: Conclusion; notes: string },
): Promise<CheckDetail> {
  return (await api.post<{ check: CheckDetail }>(checkPath(id, 'conclusion'), input)).check;
}

export async function cancelCheck(id: string, reason: string): Promise<CheckDetail> {
  return (await api.post<{ check: CheckDetail }>(checkPath(id, 'cancel'), { reason })).check;
}

export async function answerRequest(
  id: string,
  input: { documentId: string; note: string },
): Promise<OwnCheck> {
  return (
    await api.post<{ request: OwnCheck }>(
      `/api/v1/supervision/requests/${encodeURIComponent(id)}/response`,
      input,
    )
  ).request;
}
