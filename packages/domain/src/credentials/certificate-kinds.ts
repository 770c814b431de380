import type { LocalizedText } from '../reference/localized-text';
import { certificateType } from '../reference/skill-levels';

/**
 * The certificates the platform issues and signs: 培训合格证 after a class's completion exam,
 * 职业技能等级证书 after a skill-level evaluation, 专项职业能力证书 after a special-ability
 * evaluation. 职业资格证书 are issued by licensing authorities outside the platform.
 */
export const CERTIFICATE_KINDS = ['training', 'skill_level', 'special_ability'] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];

export function isCertificateKind(value: string): value is CertificateKind {
  return (CERTIFICATE_KINDS as readonly string[]).includes(value);
}

/** Names come from the shared certificate-type table, so the two never disagree. */
export const CERTIFICATE_KIND_NAMES: Readonly<Record<CertificateKind, LocalizedText>> = {
  training: certificateType('training').name,
  skill_level: certificateType('skill_level').name,
  special_ability: certificateType('special_ability').name,
};

export const CERTIFICATE_STATUSES = ['issued', 'revoked'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

export const CERTIFICATE_STATUS_NAMES: Readonly<Record<CertificateStatus, LocalizedText>> = {
  issued: { 'zh-CN': '有效', 'en-US': 'Valid' },
  revoked: { 'zh-CN': '已撤销', 'en-US': 'Revoked' },
};

/** Who signs a certificate: a training institution (培训合格证) or an assessment body (评价机构). */
export const ISSUER_KINDS = ['institution', 'assessment_body'] as const;
export type IssuerKind = (typeof ISSUER_KINDS)[number];
