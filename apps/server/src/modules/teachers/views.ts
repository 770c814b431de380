import { type EmploymentState, employmentState } from '@qiancheng/domain/teachers/employment';
import type * as repo from './repository';

export interface TeacherView {
  id: string;
  person: { id: string; name: string; idNumberMasked: string };
  regionCode: string;
  regionName: string | null;
  title: string | null;
  introduction: string | null;
  occupations: { code: string; name: string }[];
  certificates: {
    id: string;
    kind: string;
    occupationCode: string | null;
    occupationName: string | null;
    skillLevel: string | null;
    number: string;
    issuedOn: string;
    documentId: string | null;
  }[];
  employments: {
    institutionId: string;
    institutionName: string;
    relation: string;
    since: string;
    until: string | null;
    state: EmploymentState;
  }[];
  editable: boolean;
  createdAt: string;
  updatedAt: string;
}

/** Everything read for a page of teachers, in batches, before it is shaped for the caller. */
export interface TeacherBatch {
  teachers: repo.TeacherRow[];
  people: Map<string, { id: string; name: string; idNumberMasked: string }>;
  regionNames: Map<string, string | null>;
  certificates: Awaited<ReturnType<typeof repo.certificatesOf>>;
  occupations: Awaited<ReturnType<typeof repo.occupationsOf>>;
  employments: repo.EmploymentRow[];
  institutionNames: Map<string, string>;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/**
 * Shapes teachers for a caller. An institution sees only its own employment of each teacher
 * (`ownInstitutionId`), and may change a teacher only while it employs them; staff may change any
 * teacher of their region.
 */
export function presentTeachers(
  batch: TeacherBatch,
  viewer: { ownInstitutionId: string | null; mayManage: boolean },
  today: string,
): TeacherView[] {
  const certificates = groupBy(batch.certificates, (c) => c.teacherId);
  const occupations = groupBy(batch.occupations, (o) => o.teacherId);
  const employments = groupBy(batch.employments, (e) => e.teacherId);
  return batch.teachers.map((teacher) => {
    const own = viewer.ownInstitutionId;
    const visible = (employments.get(teacher.id) ?? []).filter((e) => !own || e.institutionId === own);
    const presented = visible.map((e) => ({
      institutionId: e.institutionId,
      institutionName: batch.institutionNames.get(e.institutionId) ?? '',
      relation: e.relation,
      since: e.since,
      until: e.until,
      state: employmentState(e, today),
    }));
    const editable = viewer.mayManage && (!own || presented.some((e) => e.state !== 'ended'));
    return {
      id: teacher.id,
      person: batch.people.get(teacher.personId) ?? { id: teacher.personId, name: '', idNumberMasked: '' },
      regionCode: teacher.regionCode,
      regionName: batch.regionNames.get(teacher.regionCode) ?? null,
      title: teacher.title,
      introduction: teacher.introduction,
      occupations: (occupations.get(teacher.id) ?? []).map(({ code, name }) => ({ code, name })),
      certificates: (certificates.get(teacher.id) ?? []).map((c) => ({
        id: c.id,
        kind: c.kind,
        occupationCode: c.occupationCode,
        occupationName: c.occupationName,
        skillLevel: c.skillLevel,
        number: c.number,
        issuedOn: c.issuedOn,
        documentId: c.documentId,
      })),
      employments: presented,
      editable,
      createdAt: teacher.createdAt.toISOString(),
      updatedAt: teacher.updatedAt.toISOString(),
    };
  });
}

/** What the audit trail records of a teacher: no ID number, only the person's id. */
export function teacherAuditView(
  teacher: repo.TeacherRow,
  certificates: readonly Pick<
    repo.CertificateRow,
    'kind' | 'occupationCode' | 'skillLevel' | 'number' | 'issuedOn' | 'documentId'
  >[],
  occupationCodes: readonly string[],
) {
  return {
    personId: teacher.personId,
    regionCode: teacher.regionCode,
    title: teacher.title,
    introduction: teacher.introduction,
    occupationCodes: [...occupationCodes].sort(),
    certificates: certificates.map((c) => ({
      kind: c.kind,
      occupationCode: c.occupationCode,
      skillLevel: c.skillLevel,
      number: c.number,
      issuedOn: c.issuedOn,
      documentId: c.documentId,
    })),
  };
}
