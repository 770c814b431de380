import type { FieldReason } from '../errors/catalog';
import { isCalendarDate } from '../projects/catalogue';
import type { LocalizedText } from '../reference/localized-text';
import { isSkillLevelCode, type SkillLevelCode, skillLevel } from '../reference/skill-levels';

/** Whether a certificate kind names an occupation or a skill level: always, may, or never. */
export type CertificateFieldRule = 'required' | 'optional' | 'none';

/**
 * Kinds of certificate a teacher holds. Only certificates issued for an occupation
 * (`qualifies`) show that the teacher may teach it; a teacher qualification certificate shows
 * the person may teach at all, not what.
 */
export const TEACHER_CERTIFICATE_KINDS = [
  {
    code: 'skill_level',
    occupation: 'required',
    level: 'required',
    qualifies: true,
    name: { 'zh-CN': '职业技能等级证书', 'en-US': 'Vocational skill level certificate' },
  },
  {
    code: 'vocational_qualification',
    occupation: 'required',
    level: 'optional',
    qualifies: true,
    name: { 'zh-CN': '职业资格证书', 'en-US': 'Vocational qualification certificate' },
  },
  {
    code: 'special_ability',
    occupation: 'required',
    level: 'none',
    qualifies: true,
    name: { 'zh-CN': '专项职业能力证书', 'en-US': 'Specialised vocational ability certificate' },
  },
  {
    code: 'teacher_qualification',
    occupation: 'none',
    level: 'none',
    qualifies: false,
    name: { 'zh-CN': '教师资格证书', 'en-US': 'Teacher qualification certificate' },
  },
  {
    code: 'other',
    occupation: 'optional',
    level: 'optional',
    qualifies: false,
    name: { 'zh-CN': '其他证书', 'en-US': 'Other certificate' },
  },
] as const satisfies readonly {
  code: string;
  occupation: CertificateFieldRule;
  level: CertificateFieldRule;
  qualifies: boolean;
  name: LocalizedText;
}[];

export type TeacherCertificateKind = (typeof TEACHER_CERTIFICATE_KINDS)[number]['code'];
export const TEACHER_CERTIFICATE_KIND_CODES = TEACHER_CERTIFICATE_KINDS.map((k) => k.code) as [
  TeacherCertificateKind,
  ...TeacherCertificateKind[],
];

export function teacherCertificateKind(code: TeacherCertificateKind) {
  return TEACHER_CERTIFICATE_KINDS.find((k) => k.code === code)!;
}

/** The most certificates one teacher record carries. */
export const MAX_TEACHER_CERTIFICATES = 20;
/** The earliest issue date accepted; older dates are typing mistakes. */
export const EARLIEST_CERTIFICATE_DATE = '1950-01-01';

export interface CertificateInput {
  kind: TeacherCertificateKind;
  occupationCode: string | null;
  skillLevel: SkillLevelCode | null;
  number: string;
  /** YYYY-MM-DD */
  issuedOn: string;
}

export interface CertificateProblem {
  /** Index of the certificate in the list, and the field of it. */
  index: number;
  field: 'occupationCode' | 'skillLevel' | 'number' | 'issuedOn';
  reason: FieldReason;
  params?: Record<string, unknown>;
}

/** Certificate numbers compared as people read them: case, spaces and dashes do not matter. */
export function certificateNumberKey(number: string): string {
  return number
    .normalize('NFKC')
    .replace(/[\s\-－—]/g, '')
    .toUpperCase();
}

/**
 * The checks beyond each field's type: occupation and level present exactly when the kind of
 * certificate carries them, a real issue date not after today, and no certificate listed twice.
 */
export function checkCertificates(certificates: readonly CertificateInput[], today: string) {
  const problems: CertificateProblem[] = [];
  const seen = new Set<string>();
  certificates.forEach((certificate, index) => {
    const kind = teacherCertificateKind(certificate.kind);
    if (kind.occupation === 'required' && !certificate.occupationCode) {
      problems.push({ index, field: 'occupationCode', reason: 'certificate_occupation_required' });
    }
    if (kind.occupation === 'none' && certificate.occupationCode) {
      problems.push({ index, field: 'occupationCode', reason: 'certificate_occupation_not_applicable' });
    }
    if (kind.level === 'required' && !certificate.skillLevel) {
      problems.push({ index, field: 'skillLevel', reason: 'certificate_level_required' });
    }
    if (kind.level === 'none' && certificate.skillLevel) {
      problems.push({ index, field: 'skillLevel', reason: 'certificate_level_not_applicable' });
    }
    if (!isCalendarDate(certificate.issuedOn)) {
      problems.push({ index, field: 'issuedOn', reason: 'invalid_date' });
    } else if (certificate.issuedOn > today) {
      problems.push({ index, field: 'issuedOn', reason: 'date_in_future', params: { today } });
    } else if (certificate.issuedOn < EARLIEST_CERTIFICATE_DATE) {
      problems.push({
        index,
        field: 'issuedOn',
        reason: 'date_too_early',
        params: { earliest: EARLIEST_CERTIFICATE_DATE },
      });
    }
    const key = `${certificate.kind}:${certificateNumberKey(certificate.number)}`;
    if (seen.has(key)) problems.push({ index, field: 'number', reason: 'certificate_duplicate' });
    seen.add(key);
  });
  return problems;
}

/** A certificate as the qualification rules read it (as stored: codes not yet narrowed). */
export interface HeldCertificate {
  kind: string;
  occupationCode: string | null;
  skillLevel: string | null;
}

/**
 * The occupations a teacher's certificates qualify them to teach, each with the highest level
 * shown (null when no qualifying certificate of that occupation states a level).
 */
export function qualifiedOccupations(
  certificates: readonly HeldCertificate[],
): Map<string, SkillLevelCode | null> {
  const qualified = new Map<string, SkillLevelCode | null>();
  for (const certificate of certificates) {
    const kind = TEACHER_CERTIFICATE_KINDS.find((k) => k.code === certificate.kind);
    if (!certificate.occupationCode || !kind?.qualifies) continue;
    const code = certificate.occupationCode;
    const known = qualified.get(code) ?? null;
    const level =
      certificate.skillLevel && isSkillLevelCode(certificate.skillLevel) ? certificate.skillLevel : null;
    const higher = level && (!known || skillLevel(level).rank < skillLevel(known).rank) ? level : known;
    qualified.set(code, higher);
  }
  return qualified;
}

/** The declared teaching occupations no certificate supports, in the order they were declared. */
export function unqualifiedOccupations(
  occupationCodes: readonly string[],
  certificates: readonly HeldCertificate[],
): string[] {
  const qualified = qualifiedOccupations(certificates);
  return occupationCodes.filter((code) => !qualified.has(code));
}

/** Whether a teacher may teach an occupation: declared for it and holding a certificate of it. */
export function teachesOccupation(
  teacher: { occupationCodes: readonly string[]; certificates: readonly HeldCertificate[] },
  occupationCode: string,
): boolean {
  return (
    teacher.occupationCodes.includes(occupationCode) &&
    qualifiedOccupations(teacher.certificates).has(occupationCode)
  );
}
