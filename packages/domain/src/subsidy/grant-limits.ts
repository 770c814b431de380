import type { SkillLevelCode } from '../reference/skill-levels';
import { limitProblems } from './limits';
import type { SubsidyPolicy } from './policy';
import type { PriorSubsidy, QuoteText } from './quote-types';
import { doubleSubsidyProblems, upgradeYearlyProblems } from './skill-upgrade';

/** A subsidy about to be granted: the certificate it pays for, under which scheme. */
export interface GrantSubject {
  personId: string;
  scheme: 'training' | 'skill_upgrade';
  occupationCode: string;
  level: SkillLevelCode | null;
  certificateDate: string;
  certificateId: string;
  regionCode: string;
}

export interface GrantProblem {
  /** Index of the subject in the list checked. */
  index: number;
  problems: QuoteText[];
}

/**
 * The limits that depend on what else a person was granted, checked again when a claim is approved:
 * C1 and C2 for every subsidy, B3 and B4 for a skill-upgrade one. Claims drafted at the same time
 * from different classes each passed on their own; here every subject is checked against the
 * person's grants and against the subjects before it in the list, so the list as a whole keeps the
 * limits. Returns the subjects that would break one, with every rule they break.
 */
export function grantLimitProblems(
  subjects: readonly GrantSubject[],
  historyOf: (personId: string) => readonly PriorSubsidy[],
  policy: SubsidyPolicy,
): GrantProblem[] {
  const granted = new Map<string, PriorSubsidy[]>();
  const found: GrantProblem[] = [];
  subjects.forEach((subject, index) => {
    const earlier = granted.get(subject.personId) ?? [...historyOf(subject.personId)];
    const certificate = {
      occupationCode: subject.occupationCode,
      certificateDate: subject.certificateDate,
      certificateId: subject.certificateId,
    };
    const problems: QuoteText[] = [
      ...(subject.scheme === 'skill_upgrade'
        ? [
            ...upgradeYearlyProblems(certificate, earlier, policy),
            ...doubleSubsidyProblems(certificate, earlier, policy),
          ]
        : []),
      ...limitProblems(
        { occupationCode: subject.occupationCode, level: subject.level, date: subject.certificateDate },
        earlier,
        policy,
      ),
    ];
    if (problems.length > 0) {
      found.push({ index, problems });
    } else {
      earlier.push({
        scheme: subject.scheme,
        occupationCode: subject.occupationCode,
        level: subject.level,
        certificateDate: subject.certificateDate,
        certificateId: subject.certificateId,
        regionCode: subject.regionCode,
      });
    }
    granted.set(subject.personId, earlier);
  });
  return found;
}
