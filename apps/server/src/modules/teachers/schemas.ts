import {
  MAX_TEACHER_CERTIFICATES,
  TEACHER_CERTIFICATE_KIND_CODES,
} from '@qiancheng/domain/teachers/certificates';
import { EMPLOYMENT_RELATION_CODES } from '@qiancheng/domain/teachers/employment';
import { z } from 'zod';
import { paginationQuery, uuidSchema } from '../../platform/http/schemas';
import { occupationCodeField, skillLevelField } from '../demand/schemas';
import { idNumberField, mobileField, personNameField } from '../people/schemas';

/** A date as typed; whether it is a real day is the domain rules' answer (invalid_date). */
const dateField = z.string().trim().max(32);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((value) => (value ? value : value === undefined ? undefined : null));

export const certificateInput = z.strictObject({
  kind: z.enum(TEACHER_CERTIFICATE_KIND_CODES),
  occupationCode: occupationCodeField.nullable().default(null),
  skillLevel: skillLevelField.nullable().default(null),
  number: z.string().trim().min(1).max(64),
  issuedOn: dateField,
  documentId: uuidSchema.nullable().default(null),
});
export type CertificateBody = z.infer<typeof certificateInput>;

const certificatesField = z.array(certificateInput).max(MAX_TEACHER_CERTIFICATES);
const occupationCodesField = z.array(occupationCodeField).min(1).max(20);

export const employmentInput = z.strictObject({
  relation: z.enum(EMPLOYMENT_RELATION_CODES),
  since: dateField,
  until: dateField.nullable().default(null),
});

export const createTeacherBody = (isKnownRegion: (code: string) => boolean) =>
  z.strictObject({
    /** Staff name the institution; an institution account registers for itself and may omit it. */
    institutionId: uuidSchema.optional(),
    person: z.strictObject({
      name: personNameField,
      idNumber: idNumberField(isKnownRegion),
      mobile: mobileField.optional(),
    }),
    title: optionalText(50),
    introduction: optionalText(2000),
    certificates: certificatesField.default([]),
    occupationCodes: occupationCodesField,
    employment: employmentInput,
  });
export type CreateTeacherBody = z.infer<ReturnType<typeof createTeacherBody>>;

export const updateTeacherBody = z.strictObject({
  title: optionalText(50),
  introduction: optionalText(2000),
  /** The whole list: certificates left out are removed. */
  certificates: certificatesField.optional(),
  occupationCodes: occupationCodesField.optional(),
});
export type UpdateTeacherBody = z.infer<typeof updateTeacherBody>;

export const updateEmploymentBody = z.strictObject({
  relation: z.enum(EMPLOYMENT_RELATION_CODES).optional(),
  since: dateField.optional(),
  until: dateField.nullable().optional(),
});
export type UpdateEmploymentBody = z.infer<typeof updateEmploymentBody>;

export const endEmploymentBody = z.strictObject({
  /** The last day of employment; today when left out. */
  until: dateField.optional(),
  reason: z.string().trim().max(200).optional(),
});

export const teacherListQuery = z.strictObject({
  ...paginationQuery,
  /** Part of the teacher's name. */
  q: z.string().trim().min(1).max(50).optional(),
  occupation: occupationCodeField.optional(),
  institutionId: uuidSchema.optional(),
  employment: z.enum(['current', 'ended']).optional(),
});
export type TeacherListQuery = z.infer<typeof teacherListQuery>;

export const teacherSchema = z
  .object({
    id: z.string(),
    person: z.object({ id: z.string(), name: z.string(), idNumberMasked: z.string() }),
    regionCode: z.string(),
    regionName: z.string().nullable(),
    title: z.string().nullable(),
    introduction: z.string().nullable(),
    occupations: z.array(z.object({ code: z.string(), name: z.string() })),
    certificates: z.array(
      z.object({
        id: z.string(),
        kind: z.string(),
        occupationCode: z.string().nullable(),
        occupationName: z.string().nullable(),
        skillLevel: z.string().nullable(),
        number: z.string(),
        issuedOn: z.string(),
        documentId: z.string().nullable(),
      }),
    ),
    /** Staff see every employment; an institution only its own. */
    employments: z.array(
      z.object({
        institutionId: z.string(),
        institutionName: z.string(),
        relation: z.string(),
        since: z.string(),
        until: z.string().nullable(),
        state: z.enum(['upcoming', 'current', 'ended']),
      }),
    ),
    /** Whether the caller may change the record (staff in scope, a current employer). */
    editable: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Teacher' });
