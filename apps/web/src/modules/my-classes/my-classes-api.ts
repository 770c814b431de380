import type { ClassStatus, EnrolmentStatus } from '@qiancheng/domain/classes/class-lifecycle';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import type { ItemList } from '../../app/api/types';
import { CLASSES_QUERY_ROOT, type ClassItem } from '../classes/classes-api';

/** One of the signed-in worker's enrolments, with its class. */
export interface MyClass {
  enrolmentId: string;
  enrolmentStatus: EnrolmentStatus;
  targetGroup: string;
  /** What the worker pays, in fen. */
  individualFen: number;
  class: ClassItem;
}

/** A class of a public project that the public may see: open for enrolment, or filed and not ended. */
export interface PublicClass {
  id: string;
  code: string;
  name: string;
  institutionId: string;
  institutionName: string;
  regionName: string | null;
  startDate: string;
  endDate: string;
  plannedTrainees: number;
  seatsLeft: number;
  status: ClassStatus;
  enrollable: boolean;
  feeFen: number;
  /** What the trainee pays themselves (个人承担). */
  individualFen: number;
}

export interface Enrolment {
  targetGroup: string;
  evidenceNote?: string;
}

export const myClassesQuery = queryOptions({
  queryKey: [...CLASSES_QUERY_ROOT, 'mine'],
  queryFn: () => api.get<ItemList<MyClass>>('/api/v1/classes/mine'),
});

export function publicProjectClassesQuery(projectId: string) {
  return queryOptions({
    queryKey: ['public', 'project', projectId, 'classes'],
    queryFn: () =>
      api.get<ItemList<PublicClass>>(`/api/v1/public/projects/${encodeURIComponent(projectId)}/classes`),
  });
}

/** 网上报名: the signed-in worker enrols in a class open for it. */
export function enrol(classId: string, enrolment: Enrolment): Promise<{ enrolmentId: string }> {
  return api.post<{ enrolmentId: string }>(`/api/v1/classes/${encodeURIComponent(classId)}/enrol`, enrolment);
}
