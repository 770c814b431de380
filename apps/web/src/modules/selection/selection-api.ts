import type {
  ApplicationStatus,
  Criterion,
  RoundStatus,
  SelectionMethod,
} from '@qiancheng/domain/institutions/selection';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import type { ItemList, Page } from '../../app/api/types';

export interface Round {
  id: string;
  projectId: string;
  projectTitle: string;
  occupationCode: string;
  occupationName: string;
  regionCode: string;
  method: SelectionMethod;
  status: RoundStatus;
  conditions: string;
  criteria: Criterion[];
  places: number;
  applicationDeadline: string;
  noticeDays: number;
  noticeStart: string | null;
  noticeEnd: string | null;
  procurementReference: string | null;
  resultNote: string | null;
  applications: number;
  createdAt: string;
}

export interface Application {
  id: string;
  institutionId: string;
  institutionName: string;
  siteId: string;
  teacherIds: string[];
  priceFen: number;
  planSummary: string;
  status: ApplicationStatus;
  scores: Record<string, number> | null;
  totalScore: number | null;
  scoreReasons: string | null;
  submittedAt: string;
}

export interface Objection {
  id: string;
  applicationId: string | null;
  objector: string;
  content: string;
  receivedOn: string;
  outcome: 'upheld' | 'dismissed' | null;
  handling: string | null;
}

export interface RoundDetail {
  round: Round;
  applications: Application[];
  objections: Objection[];
}

export interface PublicResult {
  round: Round;
  results: { institutionId: string; institutionName: string; totalScore: number | null; selected: boolean }[];
}

export interface NewRound {
  projectId: string;
  method: SelectionMethod;
  conditions: string;
  criteria: Criterion[];
  places: number;
  applicationDeadline: string;
  noticeDays: number;
  procurementReference?: string;
}

export interface Offer {
  siteId: string;
  teacherIds: string[];
  priceFen: number;
  planSummary: string;
}

export const SELECTION_QUERY_ROOT = ['selection'] as const;
export const PUBLIC_STATUSES = ['open', 'publicized', 'effective'] as const;
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];

const BASE = '/api/v1/selection/rounds';
const roundPath = (id: string, action = '') => `${BASE}/${encodeURIComponent(id)}${action}`;

export function roundsQuery(search: { status?: string; page: number; pageSize: number }) {
  return queryOptions({
    queryKey: [...SELECTION_QUERY_ROOT, 'list', search],
    queryFn: () => api.get<Page<Round>>(BASE, { ...search }),
  });
}

export function roundQuery(id: string) {
  return queryOptions({
    queryKey: [...SELECTION_QUERY_ROOT, 'detail', id],
    queryFn: () => api.get<RoundDetail>(roundPath(id)),
  });
}

export const myApplicationsQuery = queryOptions({
  queryKey: [...SELECTION_QUERY_ROOT, 'mine'],
  queryFn: () =>
    api.get<ItemList<{ application: Application; round: Round }>>(`/api/v1/selection/applications/mine`),
});

export function publicRoundsQuery(search: { status: PublicStatus; page: number; pageSize: number }) {
  return queryOptions({
    queryKey: [...SELECTION_QUERY_ROOT, 'public', search],
    queryFn: () => api.get<Page<Round>>('/api/v1/public/selection/rounds', { ...search }),
  });
}

export function publicRoundQuery(id: string) {
  return queryOptions({
    queryKey: [...SELECTION_QUERY_ROOT, 'public', 'detail', id],
    queryFn: () => api.get<PublicResult>(`/api/v1/public/selection/rounds/${encodeURIComponent(id)}`),
  });
}

export const createRound = (round: NewRound) => api.post<RoundDetail>(BASE, round);
export const closeRound = (id: string) => api.post<RoundDetail>(roundPath(id, '/close'));
export const confirmRound = (id: string) => api.post<RoundDetail>(roundPath(id, '/confirm'));
export const cancelRound = (id: string, reason: string) =>
  api.post<RoundDetail>(roundPath(id, '/cancel'), { reason });

/** PUT, which the shared client has no shorthand for; errors arrive as ApiError all the same. */
export async function scoreApplication(
  id: string,
  applicationId: string,
  sheet: { scores: Record<string, number>; reasons: string },
): Promise<RoundDetail> {
  const path = roundPath(id, `/applications/${encodeURIComponent(applicationId)}/score`);
  return api.put<RoundDetail>(path, sheet);
}

export const publicizeRound = (id: string, body: { selectedApplicationIds?: string[]; note?: string }) =>
  api.post<RoundDetail>(roundPath(id, '/publicize'), body);

export const recordObjection = (
  id: string,
  body: { objector: string; content: string; receivedOn: string; applicationId?: string },
) => api.post<RoundDetail>(roundPath(id, '/objections'), body);

export const handleObjection = (
  id: string,
  objectionId: string,
  body: { outcome: 'upheld' | 'dismissed'; handling: string },
) => api.post<RoundDetail>(roundPath(id, `/objections/${encodeURIComponent(objectionId)}/handle`), body);

export const applyToRound = (id: string, offer: Offer) =>
  api.post<RoundDetail>(roundPath(id, '/applications'), offer);
export const withdrawApplication = (id: string) =>
  api.post<RoundDetail>(roundPath(id, '/applications/withdraw'));

/** The institution's own teachers, to name in an offer. */
export const myTeachersQuery = queryOptions({
  queryKey: [...SELECTION_QUERY_ROOT, 'teachers'],
  queryFn: () =>
    api.get<Page<{ id: string; person: { name: string }; title: string | null }>>('/api/v1/teachers', {
      employment: 'current',
      pageSize: 200,
    }),
});
