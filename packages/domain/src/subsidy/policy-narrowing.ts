import { type SkillLevelCode, skillLevel } from '../reference/skill-levels';
import type { SubsidyPolicy } from './policy';
import type { PolicyProblem } from './policy-problems';

/**
 * How each setting may move when a city adapts its province's policy: a city may pay less and
 * ask more, never the reverse. `at_most`: amounts, percentages, windows and limits; `at_least`:
 * thresholds; `kept_required`: a condition the parent imposes stays; `kept_refused`: something
 * the parent does not allow stays refused; `within`/`covering`: lists of who or what is paid, or
 * of who is excluded. The shortage list is not compared: cities publish their own.
 */
const NARROWING = {
  at_most: [
    'A4.skillLevelFen.L5',
    'A4.skillLevelFen.L4',
    'A4.skillLevelFen.L3',
    'A4.skillLevelFen.L2',
    'A4.skillLevelFen.L1',
    'A4.specialAbilityFen',
    'A4.trainingPerHourFen',
    'A5.shortageBonusBasisPoints',
    'A5.consumablesBasisPoints.low',
    'A5.consumablesBasisPoints.medium',
    'A5.consumablesBasisPoints.high',
    // Paying a larger share before employment is shown loosens the tie to employment.
    'A6.onCertificationBasisPoints',
    'A6.employmentWindowMonths',
    'B2.levelFen.L5',
    'B2.levelFen.L4',
    'B2.levelFen.L3',
    'B2.applyWithinMonths',
    'B3.perYear',
    'B3.extraPerYearForShortage',
    'C1.perPersonPerYear',
  ],
  at_least: [
    'A1.minAge',
    'A2.filingLeadWorkingDays',
    'A3.minAttendanceBasisPoints',
    'A6.contractMinMonths',
    'A6.contributionMinMonths',
    'A6.wageMinMonths',
    'B1.minInsuredMonths',
  ],
  kept_required: [
    'A2.requireApprovedBeforeStart',
    'A2.requireOnApprovedRoster',
    'A3.requireCompletionPassed',
    'A7.capAtFee',
    'B4.excludeCertificatesWithTrainingSubsidy',
    'C2.oncePerOccupationAndLevel',
    'C2.noLowerLevelAfterHigher',
  ],
  kept_refused: ['A1.enterpriseEmployeesInEnterpriseTraining', 'A6.domesticServiceAgreement'],
  within: ['A1.targetGroups', 'B2.certificateTypes'],
  covering: ['A1.excludedPensionSchemes'],
} as const;

/** Everything in `child` (a city's policy) that is more generous than `parent` (its province's). */
export function narrowingProblems(parent: SubsidyPolicy, child: SubsidyPolicy): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const compare = <T extends string | number | boolean>(
    rulePath: string,
    fails: (parentValue: T, childValue: T) => boolean,
    code: PolicyProblem['code'],
  ) => {
    const [p, c] = [ruleValue(parent, rulePath) as T, ruleValue(child, rulePath) as T];
    if (fails(p, c)) problems.push({ path: `rules.${rulePath}`, code, params: { parent: p, child: c } });
  };
  for (const path of NARROWING.at_most) compare(path, (p: number, c: number) => c > p, 'narrowing_raised');
  // A cap of 0 means no cap, the most generous setting of all.
  const cap = (policy: SubsidyPolicy) => policy.rules.A4.trainingCapFen || Number.POSITIVE_INFINITY;
  if (cap(child) > cap(parent)) {
    problems.push({
      path: 'rules.A4.trainingCapFen',
      code: 'narrowing_raised',
      params: { parent: parent.rules.A4.trainingCapFen, child: child.rules.A4.trainingCapFen },
    });
  }
  for (const path of NARROWING.at_least) compare(path, (p: number, c: number) => c < p, 'narrowing_lowered');
  compare(
    'A5.shortageMinLevel',
    (p: SkillLevelCode, c: SkillLevelCode) => rank(c) > rank(p),
    'narrowing_lowered',
  );
  for (const path of NARROWING.kept_required) {
    compare(path, (p: boolean, c: boolean) => p && !c, 'narrowing_requirement_dropped');
  }
  for (const path of NARROWING.kept_refused) {
    compare(path, (p: boolean, c: boolean) => !p && c, 'narrowing_permission_added');
  }
  for (const path of NARROWING.within) {
    const allowed = ruleValue(parent, path) as readonly string[];
    for (const value of ruleValue(child, path) as readonly string[]) {
      if (!allowed.includes(value))
        problems.push({ path: `rules.${path}`, code: 'narrowing_value_added', params: { value } });
    }
  }
  for (const path of NARROWING.covering) {
    const kept = ruleValue(child, path) as readonly string[];
    for (const value of ruleValue(parent, path) as readonly string[]) {
      if (!kept.includes(value))
        problems.push({ path: `rules.${path}`, code: 'narrowing_value_removed', params: { value } });
    }
  }
  return problems;
}

function rank(level: SkillLevelCode): number {
  return skillLevel(level).rank;
}

function ruleValue(policy: SubsidyPolicy, path: string): unknown {
  let value: unknown = policy.rules;
  for (const segment of path.split('.')) value = (value as Record<string, unknown>)[segment];
  return value;
}
