import { addCalendarMonths, calendarYear } from './civil-dates';
import { limitProblems } from './limits';
import { LEVELLED_CERTIFICATE_TYPES, SKILL_UPGRADE_LEVELS, type SubsidyPolicy } from './policy';
import type {
  PriorSubsidy,
  QuoteLine,
  QuoteText,
  SkillUpgradeSubsidyInput,
  SubsidyQuote,
} from './quote-types';
import type { SubsidyRuleId } from './rule-texts';
import { isShortageOccupation } from './shortage';

const SKILL_UPGRADE_RULE_IDS: SubsidyRuleId[] = ['B1', 'B2', 'B3', 'B4', 'C1', 'C2'];

/**
 * 技能提升补贴 from unemployment insurance for an insured worker who obtained a certificate: paid
 * to the worker, in one stage, when every B and C rule is met.
 */
export function quoteSkillUpgradeSubsidy(
  input: SkillUpgradeSubsidyInput,
  policy: SubsidyPolicy,
  version: string,
): SubsidyQuote {
  const { certificate } = input;
  const unmet: QuoteText[] = [
    ...insuranceProblems(input, policy),
    ...certificateProblems(input, policy),
    ...upgradeYearlyProblems(certificate, input.history, policy),
    ...doubleSubsidyProblems(certificate, input.history, policy),
    ...limitProblems(
      {
        occupationCode: certificate.occupationCode,
        level: certificate.level ?? null,
        date: certificate.certificateDate,
      },
      input.history,
      policy,
    ),
  ];
  const base: Pick<SubsidyQuote, 'scheme' | 'fund' | 'payee' | 'policyVersion' | 'ruleIds'> = {
    scheme: 'skill_upgrade',
    fund: 'unemployment_insurance',
    payee: 'individual',
    policyVersion: version,
    ruleIds: [...SKILL_UPGRADE_RULE_IDS],
  };
  if (unmet.length > 0 || !isCoveredLevel(certificate.level)) {
    return { ...base, eligible: false, amountFen: 0, stages: [], lines: [], unmet };
  }
  const amountFen = policy.rules.B2.levelFen[certificate.level];
  const line: QuoteLine = {
    ruleId: 'B2',
    code: 'b2_level',
    params: { certificateType: certificate.certificateType, level: certificate.level },
    amountFen,
  };
  return {
    ...base,
    eligible: true,
    amountFen,
    stages: [
      {
        stage: 'certification',
        amountFen,
        status: 'payable',
        ruleId: 'B2',
        code: 'b2_level',
        params: line.params,
      },
    ],
    lines: [line],
    unmet,
  };
}

function isCoveredLevel(level: string | null | undefined): level is (typeof SKILL_UPGRADE_LEVELS)[number] {
  return (SKILL_UPGRADE_LEVELS as readonly unknown[]).includes(level);
}

function insuranceProblems({ person }: SkillUpgradeSubsidyInput, policy: SubsidyPolicy): QuoteText[] {
  const { minInsuredMonths } = policy.rules.B1;
  const insuredMonths = person.insuredMonthsAtCertificateDate;
  return insuredMonths < minInsuredMonths
    ? [{ ruleId: 'B1', code: 'b1_insured_months_short', params: { insuredMonths, minInsuredMonths } }]
    : [];
}

function certificateProblems(
  { certificate, applicationDate }: SkillUpgradeSubsidyInput,
  policy: SubsidyPolicy,
) {
  const rule = policy.rules.B2;
  const problems: QuoteText[] = [];
  const { certificateType, level, certificateDate } = certificate;
  const levelled = (LEVELLED_CERTIFICATE_TYPES as readonly string[]).includes(certificateType);
  if (!levelled || !(rule.certificateTypes as readonly string[]).includes(certificateType)) {
    problems.push({ ruleId: 'B2', code: 'b2_certificate_type_not_covered', params: { certificateType } });
  }
  // 技师 and 高级技师 are rewarded through other channels, so the table stops at 高级工.
  if (levelled && !isCoveredLevel(level)) {
    problems.push({ ruleId: 'B2', code: 'b2_level_not_covered', params: { level: level ?? null } });
  }
  // Exactly `applyWithinMonths` after the certificate date is still in time.
  if (applicationDate > addCalendarMonths(certificateDate, rule.applyWithinMonths)) {
    problems.push({
      ruleId: 'B2',
      code: 'b2_application_late',
      params: { certificateDate, applicationDate, applyWithinMonths: rule.applyWithinMonths },
    });
  }
  return problems;
}

/** The certificate as B3 and B4 read it. */
export interface UpgradeCertificate {
  occupationCode: string;
  certificateDate: string;
  certificateId?: string;
}

/** B3: one claim a calendar year, more for an occupation on the shortage list at the time. */
export function upgradeYearlyProblems(
  certificate: UpgradeCertificate,
  history: readonly PriorSubsidy[],
  policy: SubsidyPolicy,
): QuoteText[] {
  const { perYear, extraPerYearForShortage } = policy.rules.B3;
  const year = calendarYear(certificate.certificateDate);
  const count = history.filter(
    (prior) => prior.scheme === 'skill_upgrade' && calendarYear(prior.certificateDate) === year,
  ).length;
  const shortage = isShortageOccupation(policy, certificate.occupationCode, certificate.certificateDate);
  const limit = shortage ? perYear + extraPerYearForShortage : perYear;
  return count >= limit ? [{ ruleId: 'B3', code: 'b3_yearly_limit', params: { year, count, limit } }] : [];
}

/** B4: a certificate a training subsidy already paid for earns no skill-upgrade subsidy too. */
export function doubleSubsidyProblems(
  certificate: UpgradeCertificate,
  history: readonly PriorSubsidy[],
  policy: SubsidyPolicy,
): QuoteText[] {
  const { certificateId } = certificate;
  if (!policy.rules.B4.excludeCertificatesWithTrainingSubsidy || certificateId === undefined) return [];
  const paid = history.some((prior) => prior.scheme === 'training' && prior.certificateId === certificateId);
  return paid
    ? [{ ruleId: 'B4', code: 'b4_training_subsidy_paid', params: { certificateId } } as QuoteText]
    : [];
}
