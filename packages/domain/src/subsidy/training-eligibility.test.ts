import { describe, expect, it } from 'vitest';
import { TARGET_GROUP_CODES } from '../reference/target-groups';
import { DEFAULT_SUBSIDY_POLICY } from './default-policy';
import type { SubsidyPolicy } from './policy';
import { policyWith, training } from './test-inputs';
import { quoteTrainingSubsidy } from './training-subsidy';

const unmet = (input: ReturnType<typeof training>, policy: SubsidyPolicy = DEFAULT_SUBSIDY_POLICY) =>
  quoteTrainingSubsidy(input, policy, 'test').unmet.map((u) => u.code);

describe('A1 who may be subsidised', () => {
  it.each([
    ['the day before the 16th birthday', '2010-03-03', ['a1_under_age']],
    ['on the 16th birthday', '2010-03-02', []],
    ['the day after the 16th birthday', '2010-03-01', []],
  ])('a trainee at class start (2026-03-02) %s', (_, birthDate, expected) => {
    expect(unmet(training({ person: { birthDate } }))).toEqual(expected);
  });

  it('reports the age against the minimum', () => {
    const quote = quoteTrainingSubsidy(
      training({ person: { birthDate: '2010-03-03' } }),
      DEFAULT_SUBSIDY_POLICY,
      'v',
    );
    expect(quote.unmet).toEqual([{ ruleId: 'A1', code: 'a1_under_age', params: { age: 15, minAge: 16 } }]);
  });

  const groups = TARGET_GROUP_CODES.filter((code) => code !== 'enterprise_employee');
  it.each(groups)('the target group %s is covered in both kinds of class', (group) => {
    for (const kind of ['project', 'enterprise'] as const) {
      expect(unmet(training({ person: { targetGroups: [group] }, class: { kind } }))).toEqual([]);
    }
  });

  it.each([
    ['enterprise', []],
    ['project', ['a1_enterprise_employee_project_class']],
  ] as const)('an enterprise employee in a %s class', (kind, expected) => {
    expect(unmet(training({ person: { targetGroups: ['enterprise_employee'] }, class: { kind } }))).toEqual(
      expected,
    );
  });

  it('an enterprise employee in enterprise training is refused where the policy does not allow it', () => {
    const policy = policyWith({ A1: { enterpriseEmployeesInEnterpriseTraining: false } });
    const input = training({
      person: { targetGroups: ['enterprise_employee'] },
      class: { kind: 'enterprise' },
    });
    expect(unmet(input, policy)).toEqual(['a1_not_target_group']);
  });

  it('a person in no target group is refused', () => {
    expect(unmet(training({ person: { targetGroups: [] } }))).toEqual(['a1_not_target_group']);
  });

  it.each([
    ['public_institution', ['a1_excluded_pension']],
    ['enterprise', []],
    ['resident', []],
    ['none', []],
  ] as const)('pension scheme %s', (pensionScheme, expected) => {
    expect(unmet(training({ person: { pensionScheme } }))).toEqual(expected);
  });

  it('reports every failed A1 condition', () => {
    const input = training({
      person: { birthDate: '2012-01-01', targetGroups: [], pensionScheme: 'public_institution' },
    });
    expect(unmet(input)).toEqual(['a1_under_age', 'a1_not_target_group', 'a1_excluded_pension']);
  });
});

describe('A2 filing and approval', () => {
  it.each([
    ['the day before the start', '2026-03-01', []],
    ['on the start day', '2026-03-02', ['a2_approved_late']],
    ['after the start', '2026-03-05', ['a2_approved_late']],
    ['never', null, ['a2_not_approved']],
  ])('approved %s', (_, approvedOn, expected) => {
    expect(unmet(training({ class: { approvedOn } }))).toEqual(expected);
  });

  it('approval after the start passes where the policy does not require it before', () => {
    const policy = policyWith({ A2: { requireApprovedBeforeStart: false } });
    expect(unmet(training({ class: { approvedOn: '2026-03-05' } }), policy)).toEqual([]);
    expect(unmet(training({ class: { approvedOn: null } }), policy)).toEqual(['a2_not_approved']);
  });

  it.each([
    [4, ['a2_filing_late']],
    [5, []],
    [6, []],
  ])('filed %i working days ahead', (filingLeadWorkingDays, expected) => {
    expect(unmet(training({ class: { filingLeadWorkingDays } }))).toEqual(expected);
  });

  it.each([
    [false, DEFAULT_SUBSIDY_POLICY, ['a2_not_on_roster']],
    [false, policyWith({ A2: { requireOnApprovedRoster: false } }), []],
    [true, DEFAULT_SUBSIDY_POLICY, []],
  ])('on the approved roster: %s', (onApprovedRoster, policy, expected) => {
    expect(unmet(training({ enrolment: { onApprovedRoster } }), policy)).toEqual(expected);
  });
});

describe('A3 attendance and completion', () => {
  it.each([
    [4794, 6000, ['a3_attendance_low']],
    [4799, 6000, ['a3_attendance_low']],
    [4800, 6000, []],
    [6000, 6000, []],
    [0, 6000, ['a3_attendance_low']],
    [0, 0, ['a3_no_schedule']],
  ])('attended %i of %i minutes', (attendedMinutes, scheduledMinutes, expected) => {
    expect(unmet(training({ enrolment: { attendedMinutes, scheduledMinutes } }))).toEqual(expected);
  });

  it('states the attendance rate it found, rounded down', () => {
    const quote = quoteTrainingSubsidy(
      training({ enrolment: { attendedMinutes: 4794 } }),
      DEFAULT_SUBSIDY_POLICY,
      'v',
    );
    expect(quote.unmet[0]).toEqual({
      ruleId: 'A3',
      code: 'a3_attendance_low',
      params: { attendedBasisPoints: 7990, requiredBasisPoints: 8000 },
    });
  });

  it.each([
    [true, DEFAULT_SUBSIDY_POLICY, []],
    [false, DEFAULT_SUBSIDY_POLICY, ['a3_completion_failed']],
    [null, DEFAULT_SUBSIDY_POLICY, ['a3_completion_missing']],
    [false, policyWith({ A3: { requireCompletionPassed: false } }), []],
  ])('completion %s', (completionPassed, policy, expected) => {
    expect(unmet(training({ enrolment: { completionPassed } }), policy)).toEqual(expected);
  });
});
