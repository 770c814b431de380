import { TARGET_GROUP_CODES } from '../reference/target-groups';
import type { SubsidyPolicy } from './policy';

/**
 * The national default a province starts from: the amounts and conditions of notice
 * 人社部发〔2025〕10号 as the platform ships them. Provinces publish their own versions; the
 * shortage list is always local, so it starts empty.
 */
export const DEFAULT_SUBSIDY_POLICY: SubsidyPolicy = {
  rules: {
    A1: {
      minAge: 16,
      // Enterprise employees are subsidised only in their own enterprise's training (below).
      targetGroups: TARGET_GROUP_CODES.filter((code) => code !== 'enterprise_employee'),
      enterpriseEmployeesInEnterpriseTraining: true,
      excludedPensionSchemes: ['public_institution'],
    },
    A2: { filingLeadWorkingDays: 5, requireApprovedBeforeStart: true, requireOnApprovedRoster: true },
    A3: { minAttendanceBasisPoints: 8000, requireCompletionPassed: true },
    A4: {
      skillLevelFen: { L5: 120000, L4: 160000, L3: 200000, L2: 400000, L1: 500000 },
      specialAbilityFen: 80000,
      trainingPerHourFen: 1000,
      trainingCapFen: 70000,
    },
    A5: {
      shortageBonusBasisPoints: 3000,
      shortageMinLevel: 'L3',
      consumablesBasisPoints: { low: 10000, medium: 11000, high: 12000 },
    },
    A6: {
      onCertificationBasisPoints: 8000,
      employmentWindowMonths: 6,
      contractMinMonths: 6,
      contributionMinMonths: 2,
      wageMinMonths: 2,
      domesticServiceAgreement: true,
    },
    A7: { capAtFee: true },
    A8: {},
    B1: { minInsuredMonths: 12 },
    B2: {
      levelFen: { L5: 100000, L4: 150000, L3: 200000 },
      certificateTypes: ['qualification', 'skill_level'],
      applyWithinMonths: 12,
    },
    B3: { perYear: 1, extraPerYearForShortage: 2 },
    B4: { excludeCertificatesWithTrainingSubsidy: true },
    C1: { perPersonPerYear: 3 },
    C2: { oncePerOccupationAndLevel: true, noLowerLevelAfterHigher: true },
  },
  shortageOccupations: [],
};
