import { describe, expect, it } from 'vitest';
import { DEFAULT_SUBSIDY_POLICY } from './default-policy';
import type { SubsidyPolicy } from './policy';
import { narrowingProblems } from './policy-check';
import { policyWith } from './test-inputs';

const province = DEFAULT_SUBSIDY_POLICY;
const check = (city: SubsidyPolicy, parent: SubsidyPolicy = province) =>
  narrowingProblems(parent, city).map((p) => `${p.path} ${p.code}`);

describe('narrowingProblems', () => {
  it('accepts the same policy and a stricter one', () => {
    expect(check(province)).toEqual([]);
    const stricter = policyWith({
      A1: { minAge: 18, targetGroups: ['veteran'], enterpriseEmployeesInEnterpriseTraining: false },
      A3: { minAttendanceBasisPoints: 9000 },
      A4: {
        skillLevelFen: { L5: 100000, L4: 150000, L3: 200000, L2: 300000, L1: 400000 },
        trainingCapFen: 50000,
      },
      A5: { shortageMinLevel: 'L2', shortageBonusBasisPoints: 2000 },
      A6: { employmentWindowMonths: 3, contractMinMonths: 12, domesticServiceAgreement: false },
      B2: { certificateTypes: ['skill_level'], applyWithinMonths: 6 },
      C1: { perPersonPerYear: 1 },
    } as never);
    expect(check(stricter)).toEqual([]);
  });

  it.each([
    ['a higher amount', { A4: { specialAbilityFen: 80001 } }, 'rules.A4.specialAbilityFen narrowing_raised'],
    [
      'a higher B2 amount',
      { B2: { levelFen: { L5: 100000, L4: 150001, L3: 200000 } } },
      'rules.B2.levelFen.L4 narrowing_raised',
    ],
    [
      'a larger bonus',
      { A5: { shortageBonusBasisPoints: 3001 } },
      'rules.A5.shortageBonusBasisPoints narrowing_raised',
    ],
    [
      'a lower bonus level',
      { A5: { shortageMinLevel: 'L4' } },
      'rules.A5.shortageMinLevel narrowing_lowered',
    ],
    ['no training cap', { A4: { trainingCapFen: 0 } }, 'rules.A4.trainingCapFen narrowing_raised'],
    ['a lower minimum age', { A1: { minAge: 15 } }, 'rules.A1.minAge narrowing_lowered'],
    [
      'a shorter filing lead',
      { A2: { filingLeadWorkingDays: 4 } },
      'rules.A2.filingLeadWorkingDays narrowing_lowered',
    ],
    [
      'a lower attendance',
      { A3: { minAttendanceBasisPoints: 7999 } },
      'rules.A3.minAttendanceBasisPoints narrowing_lowered',
    ],
    ['fewer insured months', { B1: { minInsuredMonths: 6 } }, 'rules.B1.minInsuredMonths narrowing_lowered'],
    [
      'a longer window',
      { A6: { employmentWindowMonths: 7 } },
      'rules.A6.employmentWindowMonths narrowing_raised',
    ],
    [
      'a longer application window',
      { B2: { applyWithinMonths: 24 } },
      'rules.B2.applyWithinMonths narrowing_raised',
    ],
    ['more claims a year', { C1: { perPersonPerYear: 4 } }, 'rules.C1.perPersonPerYear narrowing_raised'],
    [
      'a dropped requirement',
      { A2: { requireOnApprovedRoster: false } },
      'rules.A2.requireOnApprovedRoster narrowing_requirement_dropped',
    ],
    ['a dropped fee cap', { A7: { capAtFee: false } }, 'rules.A7.capAtFee narrowing_requirement_dropped'],
    [
      'an exclusion lifted',
      { A1: { excludedPensionSchemes: [] } },
      'rules.A1.excludedPensionSchemes narrowing_value_removed',
    ],
  ] as const)('refuses %s', (_, rules, expected) => {
    expect(check(policyWith(rules as never))).toEqual([expected]);
  });

  it('refuses a target group or certificate type the province does not cover, naming it', () => {
    const parent = policyWith({
      A1: { targetGroups: ['veteran'] },
      B2: { certificateTypes: ['skill_level'] },
    });
    const city = policyWith({ A1: { targetGroups: ['veteran', 'disabled'] } });
    expect(narrowingProblems(parent, city)).toEqual([
      { path: 'rules.A1.targetGroups', code: 'narrowing_value_added', params: { value: 'disabled' } },
      {
        path: 'rules.B2.certificateTypes',
        code: 'narrowing_value_added',
        params: { value: 'qualification' },
      },
    ]);
  });

  it('refuses allowing what the province refuses, and gives both values', () => {
    const parent = policyWith({ A6: { domesticServiceAgreement: false } });
    expect(narrowingProblems(parent, province)).toEqual([
      {
        path: 'rules.A6.domesticServiceAgreement',
        code: 'narrowing_permission_added',
        params: { parent: false, child: true },
      },
    ]);
  });
});
