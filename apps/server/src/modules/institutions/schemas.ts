import { USERNAME_PATTERN } from '@qiancheng/domain';
import { creditCodeSchema } from '@qiancheng/domain/identity/zod';
import { CREDIT_STATUSES } from '@qiancheng/domain/institutions/credit-status';
import { QUALIFICATION_KIND_CODES } from '@qiancheng/domain/institutions/qualifications';
import { INSTITUTION_TYPE_CODES } from '@qiancheng/domain/reference/institution-types';
import { z } from 'zod';
import { civilDateSchema, regionCodeSchema } from '../../platform/http/schemas';
import { newPasswordSchema } from '../auth/routes';
import { mobileField, personNameField } from '../people/schemas';

const text = (max: number) => z.string().trim().min(1).max(max);
const occupationCode = z
  .string()
  .trim()
  .regex(/^\d-\d{2}-\d{2}-\d{2}$/);

export const qualificationInput = z.strictObject({
  kind: z.enum(QUALIFICATION_KIND_CODES),
  number: text(64),
  issuer: text(100),
  validFrom: civilDateSchema,
  validUntil: civilDateSchema.nullable(),
});
export type QualificationInput = z.infer<typeof qualificationInput>;

export const siteInput = z.strictObject({
  name: text(100),
  address: text(200),
  regionCode: regionCodeSchema,
  latitude: z.number().min(3).max(54).nullable().default(null),
  longitude: z.number().min(73).max(136).nullable().default(null),
  capacity: z.number().int().min(1).max(10000),
  equipment: text(2000),
});
export type SiteInput = z.infer<typeof siteInput>;

const institutionFields = {
  creditCode: creditCodeSchema,
  name: z.string().trim().min(2).max(100),
  type: z.enum(INSTITUTION_TYPE_CODES as [string, ...string[]]),
  regionCode: regionCodeSchema,
  address: text(200),
  legalRepresentative: personNameField,
  contactName: personNameField,
  contactPhone: mobileField,
  introduction: z.string().trim().max(2000).optional(),
};

export const registrationBody = z.strictObject({
  account: z.strictObject({
    username: z.string().trim().regex(USERNAME_PATTERN),
    password: newPasswordSchema,
  }),
  institution: z.strictObject(institutionFields),
  qualifications: z.array(qualificationInput).min(1).max(20),
  sites: z.array(siteInput).min(1).max(50),
  occupationCodes: z.array(occupationCode).min(1).max(100),
});
export type InstitutionRegistration = z.infer<typeof registrationBody>;

const { creditCode: _creditCode, ...editable } = institutionFields;
export const profileBody = z.strictObject(editable).partial();
export type InstitutionProfile = z.infer<typeof profileBody>;

export const qualificationBody = qualificationInput.extend({ documentId: z.uuid().nullable().optional() });

export const occupationsBody = z.strictObject({ occupationCodes: z.array(occupationCode).min(1).max(100) });

export const pledgeBody = z.strictObject({
  signerName: personNameField,
  version: z.string().trim().min(1).max(16),
  agree: z.literal(true),
});

export const reviewBody = z.strictObject({
  decision: z.enum(['approve', 'return']),
  note: z.string().trim().max(1000).optional(),
});

export const decisionBody = z.strictObject({
  status: z.enum(CREDIT_STATUSES),
  reason: text(1000),
  effectiveFrom: civilDateSchema.optional(),
  effectiveUntil: civilDateSchema.nullable().optional(),
});
export type DecisionInput = z.infer<typeof decisionBody>;

export const findingBody = z.strictObject({
  source: z.enum(['supervision', 'complaint', 'audit', 'other']),
  severity: z.enum(['minor', 'serious']),
  description: text(2000),
  foundOn: civilDateSchema,
});
export type FindingInput = z.infer<typeof findingBody>;

export const listQuery = {
  review: z.enum(['pending', 'approved', 'returned']).optional(),
  credit: z.enum(CREDIT_STATUSES).optional(),
  type: z.string().trim().max(32).optional(),
  occupation: occupationCode.optional(),
  region: regionCodeSchema.optional(),
  q: z.string().trim().max(64).optional(),
  expired: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
};
