import { ageOn } from './civil-dates';
import type { SubsidyPolicy } from './policy';
import type { QuoteText, TrainingSubsidyInput } from './quote-types';

/**
 * A1–A3: who may be subsidised, whether the class was filed and approved in time, and whether the
 * trainee attended and passed. Every failed condition is reported, so a caseworker sees all that
 * must change, not only the first.
 */
export function trainingEligibilityProblems(input: TrainingSubsidyInput, policy: SubsidyPolicy): QuoteText[] {
  return [
    ...personProblems(input, policy),
    ...filingProblems(input, policy),
    ...attendanceProblems(input, policy),
  ];
}

function personProblems({ person, class: cls }: TrainingSubsidyInput, policy: SubsidyPolicy): QuoteText[] {
  const rule = policy.rules.A1;
  const problems: QuoteText[] = [];
  const age = ageOn(person.birthDate, cls.startDate);
  if (age < rule.minAge)
    problems.push({ ruleId: 'A1', code: 'a1_under_age', params: { age, minAge: rule.minAge } });
  const listed = person.targetGroups.some((group) => rule.targetGroups.includes(group));
  const employee = person.targetGroups.includes('enterprise_employee');
  const ownEnterpriseTraining =
    employee && cls.kind === 'enterprise' && rule.enterpriseEmployeesInEnterpriseTraining;
  if (!listed && !ownEnterpriseTraining) {
    // An employee in someone else's class is told why, rather than that they belong to no group.
    const code =
      employee && rule.enterpriseEmployeesInEnterpriseTraining
        ? 'a1_enterprise_employee_project_class'
        : 'a1_not_target_group';
    problems.push({ ruleId: 'A1', code, params: {} });
  }
  if (rule.excludedPensionSchemes.includes(person.pensionScheme)) {
    problems.push({
      ruleId: 'A1',
      code: 'a1_excluded_pension',
      params: { pensionScheme: person.pensionScheme },
    });
  }
  return problems;
}

function filingProblems({ class: cls, enrolment }: TrainingSubsidyInput, policy: SubsidyPolicy): QuoteText[] {
  const rule = policy.rules.A2;
  const problems: QuoteText[] = [];
  if (cls.approvedOn === null) {
    problems.push({ ruleId: 'A2', code: 'a2_not_approved', params: {} });
  } else if (rule.requireApprovedBeforeStart && cls.approvedOn >= cls.startDate) {
    problems.push({
      ruleId: 'A2',
      code: 'a2_approved_late',
      params: { approvedOn: cls.approvedOn, startDate: cls.startDate },
    });
  }
  if (cls.filingLeadWorkingDays < rule.filingLeadWorkingDays) {
    problems.push({
      ruleId: 'A2',
      code: 'a2_filing_late',
      params: { leadWorkingDays: cls.filingLeadWorkingDays, requiredWorkingDays: rule.filingLeadWorkingDays },
    });
  }
  if (rule.requireOnApprovedRoster && !enrolment.onApprovedRoster) {
    problems.push({ ruleId: 'A2', code: 'a2_not_on_roster', params: {} });
  }
  return problems;
}

function attendanceProblems({ enrolment }: TrainingSubsidyInput, policy: SubsidyPolicy): QuoteText[] {
  const rule = policy.rules.A3;
  const problems: QuoteText[] = [];
  const { scheduledMinutes, attendedMinutes } = enrolment;
  if (scheduledMinutes <= 0) {
    problems.push({ ruleId: 'A3', code: 'a3_no_schedule', params: {} });
  } else if (attendedMinutes * 10000 < rule.minAttendanceBasisPoints * scheduledMinutes) {
    // Compared in integers, so 79.99% never rounds up to a pass.
    problems.push({
      ruleId: 'A3',
      code: 'a3_attendance_low',
      params: {
        attendedBasisPoints: Math.floor((attendedMinutes * 10000) / scheduledMinutes),
        requiredBasisPoints: rule.minAttendanceBasisPoints,
      },
    });
  }
  if (rule.requireCompletionPassed && enrolment.completionPassed !== true) {
    const code = enrolment.completionPassed === false ? 'a3_completion_failed' : 'a3_completion_missing';
    problems.push({ ruleId: 'A3', code, params: {} });
  }
  return problems;
}
