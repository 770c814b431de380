import { describe, expect, it } from 'vitest';
import { DEFAULT_SUBSIDY_POLICY } from './default-policy';
import type { CertificateResult, PriorSubsidy } from './quote-types';
import { quoteSkillUpgradeSubsidy } from './skill-upgrade';
import { CARE_WORKER, policyWith, training, upgrade } from './test-inputs';
import { quoteTrainingSubsidy } from './training-subsidy';

const prior = (change: Partial<PriorSubsidy>): PriorSubsidy => ({
  scheme: 'evaluation',
  occupationCode: '6-18-01-01',
  level: 'L5',
  certificateDate: '2026-02-01',
  regionCode: '440300',
  ...change,
});
const trainingUnmet = (history: PriorSubsidy[], result?: CertificateResult | null) =>
  quoteTrainingSubsidy(
    training(result === undefined ? { history } : { history, result }),
    DEFAULT_SUBSIDY_POLICY,
    'v',
  ).unmet;
const upgradeUnmet = (history: PriorSubsidy[]) =>
  quoteSkillUpgradeSubsidy(upgrade({ history }), DEFAULT_SUBSIDY_POLICY, 'v').unmet;
const others = (dates: string[]) =>
  dates.map((certificateDate, i) => prior({ certificateDate, occupationCode: `2-02-10-0${i + 1}` }));

describe('C1 subsidies per person per year', () => {
  // Both certificates in the base inputs are dated 2026-04-20.
  it.each([
    ['two before: the third passes', ['2026-01-05', '2026-03-01'], []],
    ['three before: the fourth fails', ['2026-01-05', '2026-03-01', '2026-04-01'], ['c1_yearly_limit']],
    ['three, one on Dec 31 of the year before', ['2025-12-31', '2026-03-01', '2026-04-01'], []],
    ['three, one on Jan 1', ['2026-01-01', '2026-03-01', '2026-04-01'], ['c1_yearly_limit']],
  ])('%s', (_, dates, expected) => {
    expect(trainingUnmet(others(dates)).map((u) => u.code)).toEqual(expected);
    const b = upgradeUnmet(others(dates).map((p) => ({ ...p, scheme: 'training' as const })));
    expect(b.map((u) => u.code)).toEqual(expected);
  });

  it('counts any scheme and names the year', () => {
    const history = [
      prior({ scheme: 'training' }),
      prior({ scheme: 'skill_upgrade', occupationCode: '2-02-10-01' }),
    ];
    const policy = policyWith({ C1: { perPersonPerYear: 2 } });
    const quote = quoteTrainingSubsidy(training({ history }), policy, 'v');
    expect(quote.unmet).toEqual([
      { ruleId: 'C1', code: 'c1_yearly_limit', params: { year: 2026, count: 2, limit: 2 } },
    ]);
  });

  it('a training quote without a certificate is counted in the year the class ended', () => {
    const history = others(['2026-01-05', '2026-02-01', '2026-03-01']);
    expect(trainingUnmet(history, null).map((u) => u.code)).toEqual(['c1_yearly_limit']);
  });
});

describe('C2 once per occupation and level', () => {
  it.each([
    ['the same occupation and level in another region', { level: 'L4' }, ['c2_same_level']],
    ['a higher level held: a lower one is refused', { level: 'L3' }, ['c2_lower_level']],
    ['a lower level held: a higher one is allowed', { level: 'L5' }, []],
    ['another occupation at the same level', { level: 'L4', occupationCode: '6-18-01-01' }, []],
  ] as const)('%s', (_, change, expected) => {
    const history = [prior({ occupationCode: CARE_WORKER, certificateDate: '2024-06-01', ...change })];
    expect(trainingUnmet(history).map((u) => u.code)).toEqual(expected);
    expect(upgradeUnmet(history).map((u) => u.code)).toEqual(expected);
  });

  it('names the region, occupation and level', () => {
    const history = [prior({ occupationCode: CARE_WORKER, level: 'L4', regionCode: '410100' })];
    expect(trainingUnmet(history)).toEqual([
      {
        ruleId: 'C2',
        code: 'c2_same_level',
        params: { regionCode: '410100', occupationCode: CARE_WORKER, level: 'L4' },
      },
    ]);
  });

  it('certificates without a level count as the same level', () => {
    const history = [prior({ occupationCode: CARE_WORKER, level: null, certificateDate: '2024-06-01' })];
    const special: CertificateResult = { certificateType: 'special_ability', certificateDate: '2026-04-20' };
    expect(trainingUnmet(history, special).map((u) => u.code)).toEqual(['c2_same_level']);
    expect(trainingUnmet(history).map((u) => u.code)).toEqual([]);
  });

  it('can be switched off by the policy', () => {
    const policy = policyWith({ C2: { oncePerOccupationAndLevel: false, noLowerLevelAfterHigher: false } });
    const history = [
      prior({ occupationCode: CARE_WORKER, level: 'L4', certificateDate: '2024-06-01' }),
      prior({ occupationCode: CARE_WORKER, level: 'L1', certificateDate: '2024-06-01' }),
    ];
    expect(quoteTrainingSubsidy(training({ history }), policy, 'v').unmet).toEqual([]);
    expect(trainingUnmet(history).map((u) => u.code)).toEqual(['c2_same_level', 'c2_lower_level']);
  });
});
