import { paymentStages } from './employment-stage';
import { limitProblems } from './limits';
import type { SubsidyPolicy } from './policy';
import type { Payee, QuoteLine, SubsidyQuote, TrainingSubsidyInput } from './quote-types';
import type { SubsidyRuleId } from './rule-texts';
import { costShare, trainingAmount } from './training-amount';
import { trainingEligibilityProblems } from './training-eligibility';

const TRAINING_RULE_IDS: SubsidyRuleId[] = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8', 'C1', 'C2'];

/**
 * 职业培训补贴 for one trainee in one class under `policy` (published as `version`): whether it
 * is due, how much, in which stages, who is paid and how the fee is shared. Pure: today is
 * `input.asOf`.
 */
export function quoteTrainingSubsidy(
  input: TrainingSubsidyInput,
  policy: SubsidyPolicy,
  version: string,
): SubsidyQuote {
  const unmet = [
    ...trainingEligibilityProblems(input, policy),
    ...limitProblems(
      {
        occupationCode: input.class.occupationCode,
        level: input.result?.level ?? null,
        date: input.result?.certificateDate ?? input.class.endDate,
      },
      input.history,
      policy,
    ),
  ];
  const eligible = unmet.length === 0;
  const payee = trainingPayee(input);
  const payeeLine: QuoteLine = { ruleId: 'A8', code: 'a8_payee', params: { payee } };
  const base: Pick<SubsidyQuote, 'scheme' | 'fund' | 'payee' | 'policyVersion' | 'ruleIds'> = {
    scheme: 'training',
    fund: 'employment_subsidy',
    payee,
    policyVersion: version,
    ruleIds: [...TRAINING_RULE_IDS],
  };
  if (!eligible) {
    return {
      ...base,
      eligible,
      amountFen: 0,
      stages: [],
      lines: [],
      unmet,
      costShare: costShare(0, input.class),
    };
  }
  const { amountFen, lines } = trainingAmount(input, policy);
  return {
    ...base,
    eligible,
    amountFen,
    stages: paymentStages(amountFen, input, policy),
    lines: [...lines, payeeLine],
    unmet,
    costShare: costShare(amountFen, input.class),
  };
}

/**
 * A8: a trainee who advanced the fee is refunded (先垫后补); an enterprise training its own staff
 * is paid itself; otherwise the institution that trained without charging the trainee is paid.
 */
export function trainingPayee({ enrolment, class: cls }: TrainingSubsidyInput): Payee {
  if (enrolment.paidBy === 'individual') return 'individual';
  if (cls.kind === 'enterprise') return 'enterprise';
  return 'institution';
}
