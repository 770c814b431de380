import { BASIS_POINT_MAXIMA, type SubsidyPolicy } from '@qiancheng/domain/subsidy/policy';
import type { SubsidyRuleId } from '@qiancheng/domain/subsidy/rule-texts';

/**
 * How a setting is read and typed: `yuan` is integer fen shown in 元, `percent` integer basis
 * points shown in %, `count` a whole number with its unit; the rest are choices.
 */
export type SettingKind =
  | 'yuan'
  | 'percent'
  | 'count'
  | 'switch'
  | 'level'
  | 'targetGroups'
  | 'pensionSchemes'
  | 'certificateTypes';

export type CountUnit = 'age' | 'workingDays' | 'months' | 'times';

export interface PolicySetting {
  /** Where the setting sits under `rules`, as the server names it: `A4.skillLevelFen.L4`. */
  path: string;
  ruleId: SubsidyRuleId;
  kind: SettingKind;
  unit?: CountUnit;
  /** Highest percentage a `percent` setting may take, in %. */
  maxPercent?: number;
}

const percentMax = (basisPoints: number) => basisPoints / 100;

function setting(
  path: string,
  kind: SettingKind,
  extra: Omit<PolicySetting, 'path' | 'ruleId' | 'kind'> = {},
) {
  return { path, ruleId: path.split('.')[0] as SubsidyRuleId, kind, ...extra };
}

/** Every setting of the rules A1–C2, in the order the rules are read and the form asks for them. */
export const POLICY_SETTINGS: readonly PolicySetting[] = [
  setting('A1.minAge', 'count', { unit: 'age' }),
  setting('A1.targetGroups', 'targetGroups'),
  setting('A1.enterpriseEmployeesInEnterpriseTraining', 'switch'),
  setting('A1.excludedPensionSchemes', 'pensionSchemes'),
  setting('A2.filingLeadWorkingDays', 'count', { unit: 'workingDays' }),
  setting('A2.requireApprovedBeforeStart', 'switch'),
  setting('A2.requireOnApprovedRoster', 'switch'),
  setting('A3.minAttendanceBasisPoints', 'percent', {
    maxPercent: percentMax(BASIS_POINT_MAXIMA.minAttendanceBasisPoints),
  }),
  setting('A3.requireCompletionPassed', 'switch'),
  setting('A4.skillLevelFen.L5', 'yuan'),
  setting('A4.skillLevelFen.L4', 'yuan'),
  setting('A4.skillLevelFen.L3', 'yuan'),
  setting('A4.skillLevelFen.L2', 'yuan'),
  setting('A4.skillLevelFen.L1', 'yuan'),
  setting('A4.specialAbilityFen', 'yuan'),
  setting('A4.trainingPerHourFen', 'yuan'),
  setting('A4.trainingCapFen', 'yuan'),
  setting('A5.shortageBonusBasisPoints', 'percent', {
    maxPercent: percentMax(BASIS_POINT_MAXIMA.shortageBonusBasisPoints),
  }),
  setting('A5.shortageMinLevel', 'level'),
  ...(['low', 'medium', 'high'] as const).map((category) =>
    setting(`A5.consumablesBasisPoints.${category}`, 'percent', {
      maxPercent: percentMax(BASIS_POINT_MAXIMA.consumablesBasisPoints),
    }),
  ),
  setting('A6.onCertificationBasisPoints', 'percent', {
    maxPercent: percentMax(BASIS_POINT_MAXIMA.onCertificationBasisPoints),
  }),
  setting('A6.employmentWindowMonths', 'count', { unit: 'months' }),
  setting('A6.contractMinMonths', 'count', { unit: 'months' }),
  setting('A6.contributionMinMonths', 'count', { unit: 'months' }),
  setting('A6.wageMinMonths', 'count', { unit: 'months' }),
  setting('A6.domesticServiceAgreement', 'switch'),
  setting('A7.capAtFee', 'switch'),
  setting('B1.minInsuredMonths', 'count', { unit: 'months' }),
  setting('B2.levelFen.L5', 'yuan'),
  setting('B2.levelFen.L4', 'yuan'),
  setting('B2.levelFen.L3', 'yuan'),
  setting('B2.certificateTypes', 'certificateTypes'),
  setting('B2.applyWithinMonths', 'count', { unit: 'months' }),
  setting('B3.perYear', 'count', { unit: 'times' }),
  setting('B3.extraPerYearForShortage', 'count', { unit: 'times' }),
  setting('B4.excludeCertificatesWithTrainingSubsidy', 'switch'),
  setting('C1.perPersonPerYear', 'count', { unit: 'times' }),
  setting('C2.oncePerOccupationAndLevel', 'switch'),
  setting('C2.noLowerLevelAfterHigher', 'switch'),
];

const BY_PATH = new Map(POLICY_SETTINGS.map((item) => [item.path, item]));

export function policySetting(path: string): PolicySetting | undefined {
  return BY_PATH.get(path);
}

/** The value of a setting in a rules document (or a form holding the same shape). */
export function settingValue(rules: SubsidyPolicy['rules'], path: string): unknown {
  let value: unknown = rules;
  for (const key of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
  return value;
}

/** A test id for the setting's input or line: dots do not read well in selectors. */
export function settingTestId(prefix: string, path: string): string {
  return `${prefix}-${path.replaceAll('.', '-')}`;
}
