import { describe, expect, it } from 'vitest';
import { DEFAULT_SUBSIDY_POLICY } from './default-policy';
import type { SubsidyPolicy } from './policy';
import type { PriorSubsidy, SkillUpgradeSubsidyInput } from './quote-types';
import { quoteSkillUpgradeSubsidy } from './skill-upgrade';
import { CARE_WORKER, SHORTAGE_2026, upgrade } from './test-inputs';

const quote = (input: SkillUpgradeSubsidyInput, policy: SubsidyPolicy = DEFAULT_SUBSIDY_POLICY) =>
  quoteSkillUpgradeSubsidy(input, policy, '2026.1');
const unmet = (input: SkillUpgradeSubsidyInput, policy?: SubsidyPolicy) =>
  quote(input, policy).unmet.map((u) => u.code);
const prior = (change: Partial<PriorSubsidy>): PriorSubsidy => ({
  scheme: 'skill_upgrade',
  occupationCode: '6-18-01-01',
  level: 'L5',
  certificateDate: '2026-02-01',
  regionCode: '410100',
  ...change,
});

describe('skill-upgrade subsidy', () => {
  it('pays an insured worker from unemployment insurance in one stage', () => {
    expect(quote(upgrade())).toEqual({
      scheme: 'skill_upgrade',
      eligible: true,
      amountFen: 150000,
      fund: 'unemployment_insurance',
      payee: 'individual',
      stages: [
        {
          stage: 'certification',
          amountFen: 150000,
          status: 'payable',
          ruleId: 'B2',
          code: 'b2_level',
          params: { certificateType: 'skill_level', level: 'L4' },
        },
      ],
      lines: [
        {
          ruleId: 'B2',
          code: 'b2_level',
          params: { certificateType: 'skill_level', level: 'L4' },
          amountFen: 150000,
        },
      ],
      unmet: [],
      policyVersion: '2026.1',
      ruleIds: ['B1', 'B2', 'B3', 'B4', 'C1', 'C2'],
    });
  });

  it.each([
    [11, ['b1_insured_months_short']],
    [12, []],
    [13, []],
  ])('B1: insured %i months', (insuredMonthsAtCertificateDate, expected) => {
    expect(unmet(upgrade({ person: { insuredMonthsAtCertificateDate } }))).toEqual(expected);
  });

  it.each([
    ['L5', 100000],
    ['L4', 150000],
    ['L3', 200000],
  ] as const)('B2: %s pays %i fen', (level, amountFen) => {
    expect(quote(upgrade({ certificate: { level } })).amountFen).toBe(amountFen);
    expect(quote(upgrade({ certificate: { level, certificateType: 'qualification' } })).amountFen).toBe(
      amountFen,
    );
  });

  it.each(['L2', 'L1'] as const)('B2: %s is not covered', (level) => {
    const result = quote(upgrade({ certificate: { level } }));
    expect(result).toMatchObject({ eligible: false, amountFen: 0 });
    expect(result.unmet).toEqual([{ ruleId: 'B2', code: 'b2_level_not_covered', params: { level } }]);
  });

  it.each(['special_ability', 'training'] as const)(
    'B2: a %s certificate is not covered',
    (certificateType) => {
      expect(unmet(upgrade({ certificate: { certificateType, level: null } }))).toEqual([
        'b2_certificate_type_not_covered',
      ]);
    },
  );

  it('B2: a certificate type the policy leaves out is not covered', () => {
    const policy = { ...DEFAULT_SUBSIDY_POLICY };
    policy.rules = { ...policy.rules, B2: { ...policy.rules.B2, certificateTypes: ['skill_level'] } };
    expect(
      unmet(upgrade({ certificate: { certificateType: 'qualification', level: 'L2' } }), policy),
    ).toEqual(['b2_certificate_type_not_covered', 'b2_level_not_covered']);
  });

  it.each([
    ['2025-06-01', '2026-06-01', []],
    ['2025-06-01', '2026-06-02', ['b2_application_late']],
    ['2025-08-31', '2026-08-31', []],
    ['2025-02-28', '2026-02-28', []],
    ['2024-02-29', '2025-02-28', []],
    ['2024-02-29', '2025-03-01', ['b2_application_late']],
  ])('B2: certificate of %s applied for on %s', (certificateDate, applicationDate, expected) => {
    const input = upgrade({
      certificate: { certificateDate },
      applicationDate,
      person: { insuredMonthsAtCertificateDate: 12 },
    });
    expect(unmet(input)).toEqual(expected);
  });

  it('B2: a late application names both dates', () => {
    const input = upgrade({ certificate: { certificateDate: '2025-06-01' }, applicationDate: '2026-06-02' });
    expect(quote(input).unmet[0]!.params).toEqual({
      certificateDate: '2025-06-01',
      applicationDate: '2026-06-02',
      applyWithinMonths: 12,
    });
  });

  it.each([
    ['a first certificate in the year', [], DEFAULT_SUBSIDY_POLICY, []],
    ['a second', [prior({})], DEFAULT_SUBSIDY_POLICY, ['b3_yearly_limit']],
    ['a second, shortage occupation', [prior({})], SHORTAGE_2026, []],
    ['a third, shortage occupation', [prior({}), prior({ occupationCode: '2-02-10-01' })], SHORTAGE_2026, []],
    [
      'a fourth, shortage occupation',
      [prior({}), prior({ occupationCode: '2-02-10-01' }), prior({ occupationCode: '4-01-02-01' })],
      SHORTAGE_2026,
      ['b3_yearly_limit', 'c1_yearly_limit'],
    ],
    [
      'a second, the first in the year before',
      [prior({ certificateDate: '2025-12-31' })],
      DEFAULT_SUBSIDY_POLICY,
      [],
    ],
    ['a second, the first a training subsidy', [prior({ scheme: 'training' })], DEFAULT_SUBSIDY_POLICY, []],
  ])('B3: %s', (_, history, policy, expected) => {
    expect(unmet(upgrade({ history }), policy)).toEqual(expected);
  });

  it.each([
    [
      'the same certificate paid by a training subsidy',
      { certificateId: 'C-9' },
      ['b4_training_subsidy_paid'],
    ],
    ['another certificate paid by a training subsidy', { certificateId: 'C-8' }, []],
  ])('B4: %s', (_, change, expected) => {
    const history = [
      prior({ scheme: 'training', occupationCode: '6-18-01-01', certificateDate: '2025-05-01', ...change }),
    ];
    expect(unmet(upgrade({ history }))).toEqual(expected);
  });

  it('B4: checks nothing for a certificate without an id', () => {
    const history = [prior({ scheme: 'training', certificateDate: '2025-05-01' })];
    expect(unmet(upgrade({ certificate: { certificateId: undefined }, history }))).toEqual([]);
  });

  it('reports every unmet rule at once', () => {
    const input = upgrade({
      person: { insuredMonthsAtCertificateDate: 3 },
      certificate: { level: 'L2', certificateDate: '2025-01-10' },
      applicationDate: '2026-05-01',
      history: [prior({ certificateDate: '2025-03-01', occupationCode: CARE_WORKER, level: 'L2' })],
    });
    expect(unmet(input)).toEqual([
      'b1_insured_months_short',
      'b2_level_not_covered',
      'b2_application_late',
      'b3_yearly_limit',
      'c2_same_level',
    ]);
  });
});
