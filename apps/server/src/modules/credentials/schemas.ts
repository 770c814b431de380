import {
  CERTIFICATE_KINDS,
  CERTIFICATE_STATUSES,
  CREDENTIAL_FIELD_REASONS,
  ISSUER_KINDS,
  isCertificateNumber,
  normaliseCertificateNumber,
} from '@qiancheng/domain/credentials/index';
import { z } from 'zod';
import { skillLevelField } from '../demand/schemas';

/**
 * A certificate number as typed or scanned, normalised (full-width folded, spaces dropped, upper
 * case); anything that is none of the three formats is refused by field, before any look-up.
 */
export const certificateNumberField = z
  .string()
  .max(64)
  .transform((input, ctx) => {
    if (isCertificateNumber(input)) return normaliseCertificateNumber(input);
    const reason = 'certificate_number_format';
    const messages = CREDENTIAL_FIELD_REASONS[reason];
    ctx.addIssue({ code: 'custom', message: messages['zh-CN'], params: { reason, messages }, input });
    return z.NEVER;
  });

const certificateShape = {
  number: z.string(),
  kind: z.enum(CERTIFICATE_KINDS),
  occupationCode: z.string(),
  occupationName: z.string(),
  skillLevel: skillLevelField.nullable(),
  issuedOn: z.string(),
  revokedReason: z.string().nullable(),
};

export const certificateSchema = z
  .object({
    ...certificateShape,
    id: z.string(),
    status: z.enum(CERTIFICATE_STATUSES),
    personId: z.string(),
    holderName: z.string(),
    issuer: z.object({ kind: z.enum(ISSUER_KINDS), id: z.string(), name: z.string() }),
    regionCode: z.string(),
    regionName: z.string(),
    enrolmentId: z.string().nullable(),
    classId: z.string().nullable(),
    keyId: z.string(),
    revokedAt: z.string().nullable(),
    verificationUrl: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'Certificate' });

export const publicCertificateSchema = z
  .object({
    ...certificateShape,
    holderNameMasked: z.string(),
    issuerName: z.string(),
    revokedOn: z.string().nullable(),
  })
  .meta({ id: 'PublicCertificate' });

export const verificationSchema = z
  .object({
    result: z.enum(['valid', 'revoked', 'not_found']),
    certificate: publicCertificateSchema.nullable(),
  })
  .meta({ id: 'CertificateVerification' });

export const jwksSchema = z
  .object({
    keys: z.array(
      z.object({
        kty: z.literal('OKP'),
        crv: z.literal('Ed25519'),
        x: z.string(),
        kid: z.string(),
        alg: z.literal('EdDSA'),
        use: z.literal('sig'),
      }),
    ),
  })
  .meta({ id: 'JsonWebKeySet' });
