import type { LocalizedText } from '../reference/localized-text';
import { type SkillLevelCode, skillLevel } from '../reference/skill-levels';
import { CERTIFICATE_KIND_NAMES, type CertificateKind, type IssuerKind } from './certificate-kinds';

/** The public page a certificate's number (and, from a QR code, its holder's name) opens. */
export function verificationUrl(publicUrl: string, number: string, holderName?: string): string {
  const url = new URL('/verify', publicUrl);
  url.searchParams.set('number', number);
  if (holderName !== undefined) url.searchParams.set('name', holderName);
  return url.toString();
}

export interface CredentialInput {
  /** The deployment's public origin, e.g. https://px.hrss.henan.gov.cn */
  publicUrl: string;
  number: string;
  kind: CertificateKind;
  holderName: string;
  occupation: { code: string; name: string };
  skillLevel: SkillLevelCode | null;
  issuer: { kind: IssuerKind; id: string; name: string };
  /** YYYY-MM-DD, the civil date in China. */
  issuedOn: string;
}

/** Open Badges 3.0 achievement types closest to each kind. */
const ACHIEVEMENT_TYPES: Readonly<Record<CertificateKind, string>> = {
  training: 'CertificateOfCompletion',
  skill_level: 'Certification',
  special_ability: 'Certificate',
};

/** What the achievement is called on the certificate: the occupation, with its level when it has one. */
export function achievementName(occupationName: string, level: SkillLevelCode | null): string {
  return level ? `${occupationName}（${skillLevel(level).name['zh-CN']}）` : occupationName;
}

/** What the holder did to earn the certificate, as the credential's criteria and the certificate's text say. */
export function criteriaNarrative(
  kind: CertificateKind,
  occupationName: string,
  level: SkillLevelCode | null,
): string {
  switch (kind) {
    case 'training':
      return `参加${occupationName}职业技能培训，完成培训课程并经结业考核合格。`;
    case 'skill_level':
      return `经职业技能等级认定合格，具备${achievementName(occupationName, level)}职业技能水平。`;
    case 'special_ability':
      return `经专项职业能力考核合格，具备${occupationName}专项职业能力。`;
  }
}

/** The sentence a printed certificate states, e.g. 兹证明张晓梅经……合格，特发此证。 */
export function certificateStatement(
  kind: CertificateKind,
  holderName: string,
  occupationName: string,
  level: SkillLevelCode | null,
): string {
  return `兹证明${holderName}${criteriaNarrative(kind, occupationName, level).replace(/。$/, '')}，特发此证。`;
}

/**
 * The certificate as a W3C Verifiable Credential 2.0 in the Open Badges 3.0 shape, ready to be
 * signed. It names the holder but carries no ID number, phone or other personal data: anyone the
 * holder hands it to can check it, and it must not disclose more than the paper certificate does.
 * The certificate number travels as `certificateNumber` (schema.org identifier), the credential's
 * id is its verification page.
 */
export function buildCredential(input: CredentialInput) {
  const kindName: LocalizedText = CERTIFICATE_KIND_NAMES[input.kind];
  const levelPart = input.skillLevel ? `:${input.skillLevel}` : '';
  return {
    '@context': [
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      { certificateNumber: 'https://schema.org/identifier' },
    ],
    id: verificationUrl(input.publicUrl, input.number),
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    certificateNumber: input.number,
    issuer: { id: `urn:uuid:${input.issuer.id}`, type: ['Profile'], name: input.issuer.name },
    validFrom: `${input.issuedOn}T00:00:00+08:00`,
    name: kindName['zh-CN'],
    credentialSubject: {
      type: ['AchievementSubject'],
      name: input.holderName,
      achievement: {
        id: `urn:qiancheng:achievement:${input.kind}:${input.occupation.code}${levelPart}`,
        type: ['Achievement'],
        achievementType: ACHIEVEMENT_TYPES[input.kind],
        name: achievementName(input.occupation.name, input.skillLevel),
        humanCode: input.occupation.code,
        criteria: { narrative: criteriaNarrative(input.kind, input.occupation.name, input.skillLevel) },
      },
    },
  };
}

export type CertificateCredential = ReturnType<typeof buildCredential>;
