import type { TeacherCertificateKind } from '@qiancheng/domain/teachers/certificates';
import type { EmploymentRelation } from '@qiancheng/domain/teachers/employment';
import dayjs, { type Dayjs } from 'dayjs';
import type { CertificateInput, NewTeacher, Teacher, TeacherChange } from './teachers-api';

export interface CertificateFormValues {
  kind: TeacherCertificateKind;
  occupationCode?: string | null;
  skillLevel?: string | null;
  number: string;
  issuedOn: Dayjs;
  documentId?: string | null;
}

/** A teacher as the form holds it: dates as Dayjs, occupations with their names for display. */
export interface TeacherFormValues {
  institutionId?: string;
  personName?: string;
  idNumber?: string;
  mobile?: string;
  title?: string;
  introduction?: string;
  occupations: { code: string; name: string }[];
  certificates: CertificateFormValues[];
  relation?: EmploymentRelation;
  since?: Dayjs;
  until?: Dayjs | null;
}

const DAY = 'YYYY-MM-DD';
const text = (value: string | undefined) => value?.trim() || null;

function certificatesFromForm(certificates: readonly CertificateFormValues[]): CertificateInput[] {
  return certificates.map((c) => ({
    kind: c.kind,
    occupationCode: c.occupationCode || null,
    skillLevel: c.skillLevel || null,
    number: c.number.trim(),
    issuedOn: c.issuedOn.format(DAY),
    documentId: c.documentId || null,
  }));
}

export function newTeacherFromForm(values: TeacherFormValues, withInstitution: boolean): NewTeacher {
  return {
    ...(withInstitution && values.institutionId ? { institutionId: values.institutionId } : {}),
    person: {
      name: values.personName?.trim() ?? '',
      idNumber: values.idNumber?.trim() ?? '',
      ...(values.mobile?.trim() ? { mobile: values.mobile.trim() } : {}),
    },
    title: text(values.title),
    introduction: text(values.introduction),
    certificates: certificatesFromForm(values.certificates),
    occupationCodes: values.occupations.map((o) => o.code),
    employment: {
      relation: values.relation ?? 'full_time',
      since: values.since?.format(DAY) ?? '',
      until: values.until ? values.until.format(DAY) : null,
    },
  };
}

export function changeFromForm(values: TeacherFormValues): TeacherChange {
  return {
    title: text(values.title),
    introduction: text(values.introduction),
    certificates: certificatesFromForm(values.certificates),
    occupationCodes: values.occupations.map((o) => o.code),
  };
}

export function formFromTeacher(teacher: Teacher): TeacherFormValues {
  return {
    title: teacher.title ?? undefined,
    introduction: teacher.introduction ?? undefined,
    occupations: teacher.occupations,
    certificates: teacher.certificates.map((c) => ({
      kind: c.kind,
      occupationCode: c.occupationCode,
      skillLevel: c.skillLevel,
      number: c.number,
      issuedOn: dayjs(c.issuedOn),
      documentId: c.documentId,
    })),
  };
}

/**
 * Where a field the server names sits in the teacher form, so its message shows beside the input;
 * null when the form has no such input.
 */
export function teacherFormField(field: string): (string | number)[] | null {
  const certificate = /^certificates\.(\d+)\.(\w+)$/.exec(field);
  if (certificate) return ['certificates', Number(certificate[1]), certificate[2]!];
  const employment = /^employment\.(relation|since|until)$/.exec(field);
  if (employment) return [employment[1]!];
  if (/^occupationCodes(\.\d+)?$/.test(field)) return ['occupations'];
  const person: Record<string, string> = {
    'person.name': 'personName',
    'person.idNumber': 'idNumber',
    'person.mobile': 'mobile',
  };
  if (person[field]) return [person[field]];
  if (['institutionId', 'title', 'introduction'].includes(field)) return [field];
  return null;
}
