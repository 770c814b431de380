import type {
  AssessmentBodyInput,
  AssessmentBodyView,
  CompletionEntry,
  EvaluationEntry,
  EvaluationKind,
} from '@qiancheng/domain/assessment/assessment-views';
import type { ResultKind } from '@qiancheng/domain/assessment/results';
import type { ClassStatus, EnrolmentStatus } from '@qiancheng/domain/classes/class-lifecycle';
import type { CertificateKind, CertificateStatus } from '@qiancheng/domain/credentials/certificate-kinds';
import type { SkillLevelCode } from '@qiancheng/domain/reference/skill-levels';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import { SPREADSHEET_TYPE } from '../../app/api/download';
import type { ItemList, Page } from '../../app/api/types';
import type { ImportMode, ImportReport } from '../../app/components/xlsx-import/xlsx-import-modal';
import type { ClassItem } from '../classes/classes-api';

export type { CompletionEntry, EvaluationEntry, EvaluationKind };
export type AssessmentBody = AssessmentBodyView;
export type NewAssessmentBody = AssessmentBodyInput;

/** One recorded result: a completion exam, or a body's evaluation. */
export interface ResultView {
  kind: ResultKind;
  score: number | null;
  passed: boolean;
  skillLevel: SkillLevelCode | null;
  assessedOn: string;
  source: string;
  note: string | null;
}

export interface TraineeResults {
  enrolmentId: string;
  personId: string;
  name: string;
  idNumberMasked: string;
  enrolmentStatus: EnrolmentStatus;
  completion: ResultView | null;
  evaluation: ResultView | null;
  certificates: { id: string; number: string; kind: CertificateKind; status: CertificateStatus }[];
}

export interface ClassResults {
  classId: string;
  classStatus: ClassStatus;
  /** The completion results were submitted: the class is assessed (or closed) and they are locked. */
  submitted: boolean;
  items: TraineeResults[];
}

export interface IssuedCertificate {
  id: string;
  number: string;
  holderName: string;
}

/** The finished classes an assessor's body may evaluate, with the body itself. */
export type EvaluableClasses = Page<ClassItem> & { body: AssessmentBody };

export const ASSESSMENT_QUERY_ROOT = ['assessment'] as const;
const classPath = (id: string, rest: string) => `/api/v1/classes/${encodeURIComponent(id)}${rest}`;
const bodyPath = (id: string, rest: string) => `/api/v1/assessment-bodies/${encodeURIComponent(id)}${rest}`;

export function classResultsQuery(classId: string) {
  return queryOptions({
    queryKey: [...ASSESSMENT_QUERY_ROOT, 'results', classId],
    queryFn: async () => (await api.get<{ results: ClassResults }>(classPath(classId, '/results'))).results,
  });
}

export const assessmentBodiesQuery = queryOptions({
  queryKey: [...ASSESSMENT_QUERY_ROOT, 'bodies'],
  queryFn: () => api.get<ItemList<AssessmentBody>>('/api/v1/assessment-bodies'),
});

export function evaluableClassesQuery(paging: { page: number; pageSize: number }) {
  return queryOptions({
    queryKey: [...ASSESSMENT_QUERY_ROOT, 'classes', paging],
    queryFn: () => api.get<EvaluableClasses>('/api/v1/assessment/classes', { ...paging }),
  });
}

export async function recordCompletion(classId: string, results: CompletionEntry[]): Promise<ClassResults> {
  return (await api.put<{ results: ClassResults }>(classPath(classId, '/results/completion'), { results }))
    .results;
}

export async function submitCompletion(classId: string): Promise<ClassResults> {
  return (await api.post<{ results: ClassResults }>(classPath(classId, '/results/submit'))).results;
}

export async function recordEvaluations(classId: string, results: EvaluationEntry[]): Promise<ClassResults> {
  return (await api.put<{ results: ClassResults }>(classPath(classId, '/results/evaluation'), { results }))
    .results;
}

/** Issues the certificates the class's results allow: the caller's kind, to those who passed. */
export async function issueCertificates(classId: string): Promise<IssuedCertificate[]> {
  return (await api.post<{ issued: IssuedCertificate[] }>(classPath(classId, '/certificates'))).issued;
}

export async function createAssessmentBody(body: NewAssessmentBody): Promise<AssessmentBody> {
  return (await api.post<{ body: AssessmentBody }>('/api/v1/assessment-bodies', body)).body;
}

export async function linkAssessorAccount(bodyId: string, username: string): Promise<AssessmentBody> {
  return (await api.post<{ body: AssessmentBody }>(bodyPath(bodyId, '/accounts'), { username })).body;
}

export function importEvaluations(file: Blob, mode: ImportMode): Promise<ImportReport> {
  return api.upload<ImportReport>(`/api/v1/assessment/import?mode=${mode}`, {
    data: file,
    contentType: SPREADSHEET_TYPE,
  });
}
