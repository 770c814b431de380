import { addCalendarMonths } from './civil-dates';
import type { SubsidyPolicy } from './policy';
import type { EmploymentEvidence, QuoteStage, TrainingSubsidyInput } from './quote-types';

/**
 * A6: the training subsidy is paid in two parts — a share once the training result exists, the
 * rest once the trainee shows work within the window after the class ends — so that money
 * follows employment, not just attendance. The second part is the remainder of the first, so
 * the two always add up to the amount.
 */
export function paymentStages(
  amountFen: number,
  input: TrainingSubsidyInput,
  policy: SubsidyPolicy,
): [QuoteStage, QuoteStage] {
  const rule = policy.rules.A6;
  const firstFen = Math.floor((amountFen * rule.onCertificationBasisPoints) / 10000);
  const hasResult = input.result !== null || input.enrolment.completionPassed === true;
  const params = { onCertificationBasisPoints: rule.onCertificationBasisPoints };
  const certification: QuoteStage = hasResult
    ? {
        stage: 'certification',
        amountFen: firstFen,
        status: 'payable',
        ruleId: 'A6',
        code: 'a6_certification_payable',
        params,
      }
    : {
        stage: 'certification',
        amountFen: firstFen,
        status: 'pending',
        ruleId: 'A6',
        code: 'a6_certification_pending',
        params,
      };
  return [certification, employmentStage(amountFen - firstFen, input, policy)];
}

function employmentStage(amountFen: number, input: TrainingSubsidyInput, policy: SubsidyPolicy): QuoteStage {
  const windowStart = input.class.endDate;
  const dueBy = addCalendarMonths(windowStart, policy.rules.A6.employmentWindowMonths);
  const shown = input.employment.find((evidence) => showsEmployment(evidence, windowStart, dueBy, policy));
  const base = { stage: 'employment', amountFen, ruleId: 'A6' } as const;
  if (shown)
    return { ...base, status: 'payable', code: 'a6_employment_payable', params: { evidence: shown.kind } };
  if (input.asOf > dueBy)
    return { ...base, status: 'lapsed', code: 'a6_employment_lapsed', params: { dueBy } };
  return { ...base, status: 'pending', dueBy, code: 'a6_employment_pending', params: { dueBy } };
}

/**
 * Evidence counts when it falls in the window from the class end to `dueBy`, both inclusive, and
 * is long enough: a contract starting there, contributions or wages paid up to a day there, or
 * a domestic service agreement signed there (where the policy accepts those).
 */
export function showsEmployment(
  evidence: EmploymentEvidence,
  windowStart: string,
  windowEnd: string,
  policy: SubsidyPolicy,
): boolean {
  const rule = policy.rules.A6;
  const inWindow = (date: string) => windowStart <= date && date <= windowEnd;
  switch (evidence.kind) {
    case 'contract':
      return inWindow(evidence.startDate) && evidence.months >= rule.contractMinMonths;
    case 'contributions':
      return inWindow(evidence.through) && evidence.months >= rule.contributionMinMonths;
    case 'wages':
      return inWindow(evidence.through) && evidence.months >= rule.wageMinMonths;
    case 'domestic_service':
      return rule.domesticServiceAgreement && inWindow(evidence.signedOn);
  }
}
