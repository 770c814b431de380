import { type SkillLevelCode, skillLevel } from '../reference/skill-levels';
import { calendarYear } from './civil-dates';
import type { SubsidyPolicy } from './policy';
import type { PriorSubsidy, QuoteText } from './quote-types';

/** The certificate (or completed training) a quote is about, as the C rules compare it. */
export interface LimitSubject {
  occupationCode: string;
  level: SkillLevelCode | null;
  /** The certificate date, or the class end for training without a certificate. */
  date: string;
}

/**
 * C1 and C2, shared by both schemes: how many subsidies a person may receive a year, and that an
 * occupation and level is paid once nationwide and never again at a lower level.
 */
export function limitProblems(
  subject: LimitSubject,
  history: readonly PriorSubsidy[],
  policy: SubsidyPolicy,
): QuoteText[] {
  return [...yearlyLimitProblems(subject, history, policy), ...repeatProblems(subject, history, policy)];
}

function yearlyLimitProblems(
  subject: LimitSubject,
  history: readonly PriorSubsidy[],
  policy: SubsidyPolicy,
): QuoteText[] {
  const year = calendarYear(subject.date);
  const count = history.filter((prior) => calendarYear(prior.certificateDate) === year).length;
  const limit = policy.rules.C1.perPersonPerYear;
  return count >= limit ? [{ ruleId: 'C1', code: 'c1_yearly_limit', params: { year, count, limit } }] : [];
}

function repeatProblems(
  subject: LimitSubject,
  history: readonly PriorSubsidy[],
  policy: SubsidyPolicy,
): QuoteText[] {
  const { oncePerOccupationAndLevel, noLowerLevelAfterHigher } = policy.rules.C2;
  const sameOccupation = history.filter((prior) => prior.occupationCode === subject.occupationCode);
  const problems: QuoteText[] = [];
  const same = sameOccupation.find((prior) => prior.level === subject.level);
  if (oncePerOccupationAndLevel && same) {
    problems.push({
      ruleId: 'C2',
      code: 'c2_same_level',
      params: { regionCode: same.regionCode, occupationCode: subject.occupationCode, level: subject.level },
    });
  }
  const subjectLevel = subject.level;
  const higher =
    subjectLevel === null
      ? undefined
      : sameOccupation.find(
          (prior) => prior.level !== null && skillLevel(prior.level).rank < skillLevel(subjectLevel).rank,
        );
  if (noLowerLevelAfterHigher && higher) {
    problems.push({
      ruleId: 'C2',
      code: 'c2_lower_level',
      params: {
        regionCode: higher.regionCode,
        occupationCode: subject.occupationCode,
        level: subject.level,
        heldLevel: higher.level,
      },
    });
  }
  return problems;
}
