import { chinaCivilDate } from '../identity/id-number';
import { type SkillLevelCode, skillLevel } from '../reference/skill-levels';
import type { CertificateKind, CertificateStatus } from './certificate-kinds';

/** What a printed certificate shows, on paper (PDF) and on the print page alike. */
export interface PrintableCertificate {
  kind: CertificateKind;
  number: string;
  holderName: string;
  occupationCode: string;
  occupationName: string;
  skillLevel: SkillLevelCode | null;
  issuedOn: string;
  issuerName: string;
  status: CertificateStatus;
  /** ISO timestamp of the revocation, when revoked. */
  revokedAt: string | null;
  revokedReason: string | null;
}

/** 2025-10-01 → 2025年10月1日 */
export function chineseDate(date: string): string {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** The labelled facts under the statement, in the order a reader checks them. */
export function printedFacts(certificate: PrintableCertificate): [label: string, value: string][] {
  return [
    ['姓　　名', certificate.holderName],
    ['职业（工种）', `${certificate.occupationName}（${certificate.occupationCode}）`],
    ...(certificate.skillLevel
      ? [['职业技能等级', skillLevel(certificate.skillLevel).name['zh-CN']] as [string, string]]
      : []),
    ['证书编号', certificate.number],
    ['发证日期', chineseDate(certificate.issuedOn)],
    ['发证机构', certificate.issuerName],
  ];
}

/** The line a revoked certificate prints, so a printout can never pass for a valid one. */
export function revocationNotice(certificate: PrintableCertificate): string | null {
  if (certificate.status !== 'revoked' || !certificate.revokedAt) return null;
  const on = chineseDate(chinaCivilDate(new Date(certificate.revokedAt)));
  return `本证书已于${on}撤销：${certificate.revokedReason ?? ''}`;
}
