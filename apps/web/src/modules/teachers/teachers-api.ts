import type { TeacherCertificateKind } from '@qiancheng/domain/teachers/certificates';
import type { EmploymentRelation, EmploymentState } from '@qiancheng/domain/teachers/employment';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import type { Page } from '../../app/api/types';

export interface TeacherCertificate {
  id: string;
  kind: TeacherCertificateKind;
  occupationCode: string | null;
  occupationName: string | null;
  skillLevel: string | null;
  number: string;
  issuedOn: string;
  documentId: string | null;
}

export interface TeacherEmployment {
  institutionId: string;
  institutionName: string;
  relation: EmploymentRelation;
  since: string;
  until: string | null;
  state: EmploymentState;
}

export interface Teacher {
  id: string;
  /** Masked: the full ID number is never sent to the browser. */
  person: { id: string; name: string; idNumberMasked: string };
  regionCode: string;
  regionName: string | null;
  title: string | null;
  introduction: string | null;
  occupations: { code: string; name: string }[];
  certificates: TeacherCertificate[];
  /** An institution sees only its own employment of the teacher. */
  employments: TeacherEmployment[];
  editable: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface CertificateInput {
  kind: TeacherCertificateKind;
  occupationCode: string | null;
  skillLevel: string | null;
  number: string;
  issuedOn: string;
  documentId: string | null;
}

export interface NewTeacher {
  /** Staff choose the institution; an institution registers for itself. */
  institutionId?: string;
  person: { name: string; idNumber: string; mobile?: string };
  title: string | null;
  introduction: string | null;
  certificates: CertificateInput[];
  occupationCodes: string[];
  employment: { relation: EmploymentRelation; since: string; until: string | null };
}

export interface TeacherChange {
  title?: string | null;
  introduction?: string | null;
  certificates?: CertificateInput[];
  occupationCodes?: string[];
}

export const TEACHER_FILTERS = ['q', 'occupation', 'institutionId', 'employment'] as const;
export type TeacherFilter = (typeof TEACHER_FILTERS)[number];
export type TeacherSearch = Partial<Record<TeacherFilter, string>> & { page: number; pageSize: number };

export const TEACHERS_QUERY_ROOT = ['teachers'] as const;

export function teachersQuery(search: TeacherSearch) {
  return queryOptions({
    queryKey: [...TEACHERS_QUERY_ROOT, 'list', search],
    queryFn: () => api.get<Page<Teacher>>('/api/v1/teachers', { ...search }),
  });
}

export function teacherQuery(id: string) {
  return queryOptions({
    queryKey: [...TEACHERS_QUERY_ROOT, 'detail', id],
    queryFn: async () => (await api.get<Envelope>(teacherPath(id))).teacher,
  });
}

type Envelope = { teacher: Teacher };
const teacherPath = (id: string, rest = '') => `/api/v1/teachers/${encodeURIComponent(id)}${rest}`;

export function registerTeacher(teacher: NewTeacher): Promise<{ teacher: Teacher; linked: boolean }> {
  return api.post<{ teacher: Teacher; linked: boolean }>('/api/v1/teachers', teacher);
}

export async function updateTeacher(id: string, change: TeacherChange): Promise<Teacher> {
  return (await api.patch<Envelope>(teacherPath(id), change)).teacher;
}

export async function endEmployment(
  id: string,
  institutionId: string,
  input: { until: string; reason?: string },
): Promise<Teacher> {
  const path = teacherPath(id, `/employments/${encodeURIComponent(institutionId)}/end`);
  return (await api.post<Envelope>(path, input)).teacher;
}

/** Institutions staff may choose from, searched by name on the server. */
export function institutionOptionsQuery(q: string) {
  return queryOptions({
    queryKey: ['institutions', 'options', q],
    queryFn: () =>
      api.get<Page<{ id: string; name: string; regionName: string }>>('/api/v1/institutions', {
        q: q || undefined,
        pageSize: 20,
      }),
  });
}

export function institutionNameQuery(id: string) {
  return queryOptions({
    queryKey: ['institutions', 'detail', id],
    queryFn: async () =>
      (
        await api.get<{ institution: { id: string; name: string; regionName: string } }>(
          `/api/v1/institutions/${encodeURIComponent(id)}`,
        )
      ).institution,
  });
}
