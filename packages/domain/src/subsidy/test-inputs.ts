import { DEFAULT_SUBSIDY_POLICY } from './default-policy';
import type { SubsidyPolicy } from './policy';
import type { SkillUpgradeSubsidyInput, TrainingSubsidyInput } from './quote-types';

/**
 * Inputs shared by the subsidy tests: one trainee who meets every rule, changed one part at a time
 * by each case so the case shows only what it is about.
 */
export const CARE_WORKER = '4-10-01-05';

export const ELIGIBLE_TRAINING: TrainingSubsidyInput = {
  person: { birthDate: '1990-05-01', targetGroups: ['registered_unemployed'], pensionScheme: 'enterprise' },
  class: {
    kind: 'project',
    startDate: '2026-03-02',
    endDate: '2026-03-31',
    filedOn: '2026-02-20',
    filingLeadWorkingDays: 6,
    approvedOn: '2026-02-25',
    occupationCode: CARE_WORKER,
    skillLevel: 'L4',
    consumables: 'low',
    feeFen: 300000,
    governmentFen: 160000,
    enterpriseFen: 100000,
    individualFen: 40000,
  },
  enrolment: {
    onApprovedRoster: true,
    scheduledMinutes: 6000,
    attendedMinutes: 6000,
    completionPassed: true,
    paidBy: 'institution',
  },
  result: {
    certificateType: 'skill_level',
    level: 'L4',
    certificateDate: '2026-04-20',
    certificateId: 'C-1',
  },
  employment: [],
  history: [],
  asOf: '2026-05-01',
};

type Parts = {
  [K in keyof TrainingSubsidyInput]?: TrainingSubsidyInput[K] extends object | null
    ? TrainingSubsidyInput[K] extends readonly unknown[] | null
      ? TrainingSubsidyInput[K]
      : Partial<TrainingSubsidyInput[K]>
    : TrainingSubsidyInput[K];
};

/** The eligible trainee with some sections changed (objects merged, lists and results replaced). */
export function training(parts: Parts = {}): TrainingSubsidyInput {
  const base = ELIGIBLE_TRAINING;
  return {
    ...base,
    ...parts,
    person: { ...base.person, ...parts.person },
    class: { ...base.class, ...parts.class },
    enrolment: { ...base.enrolment, ...parts.enrolment },
  } as TrainingSubsidyInput;
}

export const ELIGIBLE_UPGRADE: SkillUpgradeSubsidyInput = {
  person: { insuredMonthsAtCertificateDate: 24 },
  certificate: {
    certificateType: 'skill_level',
    level: 'L4',
    certificateDate: '2026-04-20',
    certificateId: 'C-9',
    occupationCode: CARE_WORKER,
  },
  applicationDate: '2026-05-01',
  history: [],
  asOf: '2026-05-01',
};

export function upgrade(
  parts: Partial<Omit<SkillUpgradeSubsidyInput, 'certificate'>> & {
    certificate?: Partial<SkillUpgradeSubsidyInput['certificate']>;
  } = {},
): SkillUpgradeSubsidyInput {
  return {
    ...ELIGIBLE_UPGRADE,
    ...parts,
    certificate: { ...ELIGIBLE_UPGRADE.certificate, ...parts.certificate },
  } as SkillUpgradeSubsidyInput;
}

/** The default policy with some rules' settings changed. */
export function policyWith(
  rules: { [K in keyof SubsidyPolicy['rules']]?: Partial<SubsidyPolicy['rules'][K]> } = {},
  shortageOccupations: SubsidyPolicy['shortageOccupations'] = DEFAULT_SUBSIDY_POLICY.shortageOccupations,
): SubsidyPolicy {
  const merged = { ...DEFAULT_SUBSIDY_POLICY.rules } as Record<string, object>;
  for (const [id, change] of Object.entries(rules)) merged[id] = { ...merged[id], ...change };
  return { rules: merged as SubsidyPolicy['rules'], shortageOccupations };
}

export const SHORTAGE_2026: SubsidyPolicy = policyWith({}, [
  { occupationCode: CARE_WORKER, from: '2026-01-01', to: '2026-12-31' },
]);
