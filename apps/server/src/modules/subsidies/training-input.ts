import { chinaDayAndTime } from '@qiancheng/domain/classes/session-time';
import { type WorkingCalendar, workingDaysBefore } from '@qiancheng/domain/classes/working-days';
import type { SkillLevelCode } from '@qiancheng/domain/reference/skill-levels';
import type { TargetGroupCode } from '@qiancheng/domain/reference/target-groups';
import {
  evidenceForRules,
  type InsurancePeriod,
  pensionSchemeOn,
} from '@qiancheng/domain/subsidy/insurance-facts';
import type { ConsumablesCategory } from '@qiancheng/domain/subsidy/policy';
import type {
  CertificateResult,
  EmploymentEvidence,
  PriorSubsidy,
  TrainingSubsidyInput,
} from '@qiancheng/domain/subsidy/quote-types';

/*
 * How the records of one enrolment become the input of the A rules. The quote page (one enrolment
 * through the modules' services) and the batch evaluation of claim lines (every enrolment of many
 * classes in a few set-based reads) both build their inputs here, so the two cannot drift apart.
 */

/** Certificates that prove more come first: a skill level over a special ability over training. */
export const CERTIFICATE_RANK: Readonly<Record<string, number>> = {
  skill_level: 0,
  special_ability: 1,
  training: 2,
};
/** The rank of a kind the table does not name. */
export const UNRANKED_CERTIFICATE = 9;

export interface CertificateFacts {
  id: string;
  kind: string;
  skillLevel: string | null;
  issuedOn: string;
}

export function certificateResult(certificate: CertificateFacts): CertificateResult {
  if (certificate.kind === 'skill_level' && certificate.skillLevel) {
    return {
      certificateType: 'skill_level',
      level: certificate.skillLevel as SkillLevelCode,
      certificateDate: certificate.issuedOn,
      certificateId: certificate.id,
    };
  }
  return {
    certificateType: certificate.kind === 'special_ability' ? 'special_ability' : 'training',
    level: null,
    certificateDate: certificate.issuedOn,
    certificateId: certificate.id,
  };
}

/**
 * The certificate an enrolment led to, from the person's certificates (newest first): the issued
 * one of that enrolment that proves most.
 */
export function bestCertificate<T extends CertificateFacts & { enrolmentId: string | null; status: string }>(
  certificates: readonly T[],
  enrolmentId: string,
): T | null {
  const rank = (kind: string) => CERTIFICATE_RANK[kind] ?? UNRANKED_CERTIFICATE;
  const own = certificates
    .filter((c) => c.enrolmentId === enrolmentId && c.status === 'issued')
    .sort((a, b) => rank(a.kind) - rank(b.kind));
  return own[0] ?? null;
}

export interface GrantFacts {
  scheme: string;
  occupationCode: string;
  skillLevel: string | null;
  certificateDate: string;
  certificateId: string | null;
  regionCode: string;
}

export function priorSubsidy(grant: GrantFacts): PriorSubsidy {
  return {
    scheme: grant.scheme as PriorSubsidy['scheme'],
    occupationCode: grant.occupationCode,
    level: (grant.skillLevel as SkillLevelCode | null) ?? null,
    certificateDate: grant.certificateDate,
    ...(grant.certificateId ? { certificateId: grant.certificateId } : {}),
    regionCode: grant.regionCode,
  };
}

export function employmentEvidence(
  rows: readonly { kind: string; startDate: string; throughDate: string | null; months: number | null }[],
): EmploymentEvidence[] {
  return rows.map(evidenceForRules).filter((item): item is EmploymentEvidence => item !== null);
}

/** What the A rules read of a class, the same for every trainee in it. */
export interface ClassFacts {
  startDate: string;
  endDate: string;
  filedOn: string | null;
  approvedAt: Date | null;
  occupationCode: string;
  skillLevel: string | null;
  feeFen: number;
}

/** Working days the filing gave ahead of the start, on the region's calendar (0 when never filed). */
export function filingLeadOf(
  row: Pick<ClassFacts, 'filedOn' | 'startDate'>,
  calendar: WorkingCalendar,
): number {
  return row.filedOn ? workingDaysBefore(row.filedOn, row.startDate, calendar) : 0;
}

export function approvedOnOf(row: Pick<ClassFacts, 'approvedAt'>): string | null {
  return row.approvedAt ? chinaDayAndTime(row.approvedAt).day : null;
}

export interface EnrolmentFacts {
  class: ClassFacts;
  /** Computed once per class: `filingLeadOf` and `approvedOnOf`. */
  filingLeadWorkingDays: number;
  approvedOn: string | null;
  consumables: string | null;
  enrolment: {
    status: string;
    targetGroup: string;
    governmentFen: number;
    enterpriseFen: number;
    individualFen: number;
  };
  birthDate: string;
  /** Scheduled and attended 学时 in tenths, from the attendance records alone. */
  hours: { scheduledTenths: number; attendedTenths: number };
  completionPassed: boolean | null;
  certificate: CertificateFacts | null;
  insurance: readonly InsurancePeriod[];
  employment: readonly EmploymentEvidence[];
  grants: readonly PriorSubsidy[];
}

/** The input of `quoteTrainingSubsidy` for one trainee in one class, from its records. */
export function trainingSubsidyInput(facts: EnrolmentFacts, asOf: string): TrainingSubsidyInput {
  const { class: row, enrolment } = facts;
  const best = facts.certificate ? certificateResult(facts.certificate) : null;
  return {
    person: {
      birthDate: facts.birthDate,
      targetGroups: [enrolment.targetGroup as TargetGroupCode],
      pensionScheme: pensionSchemeOn(facts.insurance, row.startDate),
    },
    class: {
      kind: 'project',
      startDate: row.startDate,
      endDate: row.endDate,
      filedOn: row.filedOn ?? row.startDate,
      filingLeadWorkingDays: facts.filingLeadWorkingDays,
      approvedOn: facts.approvedOn,
      occupationCode: row.occupationCode,
      skillLevel: (row.skillLevel as SkillLevelCode | null) ?? null,
      consumables: (facts.consumables ?? 'low') as ConsumablesCategory,
      feeFen: row.feeFen,
      governmentFen: enrolment.governmentFen,
      enterpriseFen: enrolment.enterpriseFen,
      individualFen: enrolment.individualFen,
    },
    enrolment: {
      onApprovedRoster: enrolment.status !== 'dropped' && row.approvedAt !== null,
      scheduledMinutes: facts.hours.scheduledTenths * 6,
      attendedMinutes: facts.hours.attendedTenths * 6,
      completionPassed: facts.completionPassed,
      // 先垫后补: a trainee whose share is the whole fee advanced it and is refunded.
      paidBy: enrolment.governmentFen === 0 && enrolment.individualFen > 0 ? 'individual' : 'institution',
    },
    result: best,
    employment: facts.employment,
    // The training subsidy already granted for this very certificate is the one being quoted, not a
    // prior one; a skill-upgrade subsidy of the certificate is (C2 refuses the level again).
    history: facts.grants.filter(
      (prior) =>
        !best?.certificateId || prior.certificateId !== best.certificateId || prior.scheme !== 'training',
    ),
    asOf,
  };
}
