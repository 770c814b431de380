import {
  type CertificateKind,
  type CertificateStatus,
  type IssuerKind,
  maskHolderName,
  verificationUrl,
} from '@qiancheng/domain/credentials/index';
import { chinaCivilDate } from '@qiancheng/domain/identity/id-number';
import type { SkillLevelCode } from '@qiancheng/domain/reference/skill-levels';
import type { CertificateRecord, CertificateRow, VerificationRecord } from './repository';

/** A certificate as its holder, its issuer and staff of its region see it. */
export interface CertificateView {
  id: string;
  number: string;
  kind: CertificateKind;
  status: CertificateStatus;
  personId: string;
  holderName: string;
  occupationCode: string;
  occupationName: string;
  skillLevel: SkillLevelCode | null;
  issuer: { kind: IssuerKind; id: string; name: string };
  regionCode: string;
  regionName: string;
  issuedOn: string;
  enrolmentId: string | null;
  classId: string | null;
  keyId: string;
  revokedAt: string | null;
  revokedReason: string | null;
  /** The verification page with the holder's name filled in: what the QR code carries. */
  verificationUrl: string;
  createdAt: string;
}

/** What the public learns about a certificate whose number and holder's name it knows. */
export interface PublicCertificate {
  number: string;
  kind: CertificateKind;
  holderNameMasked: string;
  occupationCode: string;
  occupationName: string;
  skillLevel: SkillLevelCode | null;
  issuedOn: string;
  issuerName: string;
  revokedOn: string | null;
  revokedReason: string | null;
}

export type VerificationAnswer =
  | { result: 'valid' | 'revoked'; certificate: PublicCertificate }
  | { result: 'not_found'; certificate: null };

/** Answers are frozen: the verification route encodes each object once and reuses the body. */
export const NOT_FOUND: VerificationAnswer = Object.freeze({ result: 'not_found', certificate: null });

export function certificateView(record: CertificateRecord, publicUrl: string): CertificateView {
  const { certificate: c } = record;
  return {
    id: c.id,
    number: c.number,
    kind: c.kind as CertificateKind,
    status: c.status as CertificateStatus,
    personId: c.personId,
    holderName: c.holderName,
    occupationCode: c.occupationCode,
    occupationName: record.occupationName,
    skillLevel: c.skillLevel as SkillLevelCode | null,
    issuer: { kind: c.issuerKind as IssuerKind, id: c.issuerId, name: c.issuerName },
    regionCode: c.regionCode,
    regionName: record.regionName,
    issuedOn: c.issuedOn,
    enrolmentId: c.enrolmentId,
    classId: c.classId,
    keyId: c.keyId,
    revokedAt: c.revokedAt?.toISOString() ?? null,
    revokedReason: c.revokedReason,
    verificationUrl: verificationUrl(publicUrl, c.number, c.holderName),
    createdAt: c.createdAt.toISOString(),
  };
}

export function publicAnswer(c: VerificationRecord): VerificationAnswer {
  return Object.freeze({
    result: c.status === 'revoked' ? 'revoked' : 'valid',
    certificate: Object.freeze({
      number: c.number,
      kind: c.kind as CertificateKind,
      holderNameMasked: maskHolderName(c.holderName),
      occupationCode: c.occupationCode,
      occupationName: c.occupationName,
      skillLevel: c.skillLevel as SkillLevelCode | null,
      issuedOn: c.issuedOn,
      issuerName: c.issuerName,
      revokedOn: c.revokedAt ? chinaCivilDate(c.revokedAt) : null,
      revokedReason: c.revokedReason,
    }),
  });
}

/** What the audit trail keeps of a certificate: no name, the person by id. */
export function auditView(c: CertificateRow) {
  return {
    number: c.number,
    kind: c.kind,
    personId: c.personId,
    enrolmentId: c.enrolmentId,
    classId: c.classId,
    occupationCode: c.occupationCode,
    skillLevel: c.skillLevel,
    issuerKind: c.issuerKind,
    issuerId: c.issuerId,
    regionCode: c.regionCode,
    issuedOn: c.issuedOn,
    keyId: c.keyId,
    status: c.status,
    revokedAt: c.revokedAt,
    revokedReason: c.revokedReason,
  };
}
