import { describe, expect, it } from 'vitest';
import { DEFAULT_SUBSIDY_POLICY } from './default-policy';
import { checkSubsidyPolicy } from './policy-check';
import { renderPolicyProblem } from './policy-problems';

const clone = (): Record<string, unknown> & { rules: Record<string, Record<string, unknown>> } =>
  structuredClone(DEFAULT_SUBSIDY_POLICY) as never;
const problems = (document: unknown) => {
  const checked = checkSubsidyPolicy(document);
  return checked.ok ? [] : checked.problems.map((p) => `${p.path} ${p.code}`);
};
const changed = (edit: (doc: ReturnType<typeof clone>) => void) => {
  const doc = clone();
  edit(doc);
  return problems(doc);
};

describe('checkSubsidyPolicy', () => {
  it('accepts the national default, as an object or as JSON text', () => {
    expect(checkSubsidyPolicy(DEFAULT_SUBSIDY_POLICY)).toEqual({ ok: true, policy: DEFAULT_SUBSIDY_POLICY });
    expect(checkSubsidyPolicy(JSON.stringify(DEFAULT_SUBSIDY_POLICY)).ok).toBe(true);
  });

  it.each([
    ['text that is not JSON', '{"rules": ', [' invalid_json']],
    ['a list', [], [' not_an_object']],
    ['null', null, [' not_an_object']],
    ['JSON text of a number', '42', [' not_an_object']],
  ])('refuses %s', (_, document, expected) => {
    expect(problems(document)).toEqual(expected);
  });

  it.each([
    ['an unknown rule', (d) => (d.rules.A9 = {}), ['rules.A9 unknown_rule']],
    ['a missing rule', (d) => delete d.rules.A3, ['rules.A3 missing_rule']],
    [
      'a missing setting',
      (d) => delete d.rules.A3!.requireCompletionPassed,
      ['rules.A3.requireCompletionPassed missing_field'],
    ],
    ['an unknown setting', (d) => (d.rules.A8!.rate = 1), ['rules.A8.rate unknown_key']],
    ['an unknown top-level key', (d) => (d.version = 2), ['version unknown_key']],
    [
      'a negative amount',
      (d) => (d.rules.A4!.specialAbilityFen = -1),
      ['rules.A4.specialAbilityFen amount_negative'],
    ],
    [
      'a fraction of a fen',
      (d) => ((d.rules.A4!.skillLevelFen as Record<string, number>).L4 = 1600.5),
      ['rules.A4.skillLevelFen.L4 amount_not_integer'],
    ],
    [
      'a level L6',
      (d) => ((d.rules.A4!.skillLevelFen as Record<string, number>).L6 = 1),
      ['rules.A4.skillLevelFen.L6 unknown_level'],
    ],
    [
      'L2 in B2',
      (d) => ((d.rules.B2!.levelFen as Record<string, number>).L2 = 300000),
      ['rules.B2.levelFen.L2 unknown_level'],
    ],
    [
      'an unknown minimum level',
      (d) => (d.rules.A5!.shortageMinLevel = 'L0'),
      ['rules.A5.shortageMinLevel unknown_level'],
    ],
    [
      'an unknown target group',
      (d) => (d.rules.A1!.targetGroups = ['veteran', 'astronaut']),
      ['rules.A1.targetGroups.1 unknown_target_group'],
    ],
    [
      'an unknown pension scheme',
      (d) => (d.rules.A1!.excludedPensionSchemes = ['military']),
      ['rules.A1.excludedPensionSchemes.0 unknown_pension_scheme'],
    ],
    [
      'an unknown consumables category',
      (d) => ((d.rules.A5!.consumablesBasisPoints as Record<string, number>).extreme = 15000),
      ['rules.A5.consumablesBasisPoints.extreme unknown_consumables_category'],
    ],
    [
      'a certificate type B2 cannot price',
      (d) => (d.rules.B2!.certificateTypes = ['training']),
      ['rules.B2.certificateTypes.0 unknown_certificate_type'],
    ],
    [
      'attendance over 100%',
      (d) => (d.rules.A3!.minAttendanceBasisPoints = 10001),
      ['rules.A3.minAttendanceBasisPoints percentage_out_of_range'],
    ],
    [
      'a first stage over 100%',
      (d) => (d.rules.A6!.onCertificationBasisPoints = 12000),
      ['rules.A6.onCertificationBasisPoints percentage_out_of_range'],
    ],
    [
      'a negative bonus',
      (d) => (d.rules.A5!.shortageBonusBasisPoints = -1),
      ['rules.A5.shortageBonusBasisPoints percentage_out_of_range'],
    ],
    [
      'a fractional count',
      (d) => (d.rules.C1!.perPersonPerYear = 2.5),
      ['rules.C1.perPersonPerYear count_invalid'],
    ],
    ['a negative age', (d) => (d.rules.A1!.minAge = -16), ['rules.A1.minAge count_invalid']],
    [
      'a number as text',
      (d) => (d.rules.B1!.minInsuredMonths = '12'),
      ['rules.B1.minInsuredMonths wrong_type'],
    ],
    [
      'a rule that is not an object',
      (d) => ((d.rules as Record<string, unknown>).A7 = true),
      ['rules.A7 wrong_type'],
    ],
    [
      'a malformed date',
      (d) =>
        (d.shortageOccupations = [{ occupationCode: '4-10-01-05', from: '2026-02-30', to: '2026-12-31' }]),
      ['shortageOccupations.0.from malformed_date'],
    ],
    [
      'a malformed occupation code',
      (d) =>
        (d.shortageOccupations = [{ occupationCode: '4-10-1-05', from: '2026-01-01', to: '2026-12-31' }]),
      ['shortageOccupations.0.occupationCode malformed_occupation_code'],
    ],
    [
      'a shortage period ending before it starts',
      (d) =>
        (d.shortageOccupations = [{ occupationCode: '4-10-01-05', from: '2026-07-01', to: '2026-06-30' }]),
      ['shortageOccupations.0.from shortage_period_reversed'],
    ],
    [
      'overlapping periods for one occupation',
      (d) =>
        (d.shortageOccupations = [
          { occupationCode: '4-10-01-05', from: '2026-01-01', to: '2026-06-30' },
          { occupationCode: '6-18-01-01', from: '2026-01-01', to: '2026-12-31' },
          { occupationCode: '4-10-01-05', from: '2026-06-30', to: '2026-12-31' },
        ]),
      ['shortageOccupations.2 shortage_period_overlap'],
    ],
    [
      'a higher level paying less in A4',
      (d) => ((d.rules.A4!.skillLevelFen as Record<string, number>).L2 = 199999),
      ['rules.A4.skillLevelFen.L2 amounts_not_increasing'],
    ],
    [
      'a higher level paying less in B2',
      (d) => ((d.rules.B2!.levelFen as Record<string, number>).L3 = 140000),
      ['rules.B2.levelFen.L3 amounts_not_increasing'],
    ],
    [
      'an hourly rate above the cap',
      (d) => (d.rules.A4!.trainingPerHourFen = 80000),
      ['rules.A4.trainingPerHourFen training_rate_over_cap'],
    ],
    [
      'consumables decreasing',
      (d) => ((d.rules.A5!.consumablesBasisPoints as Record<string, number>).high = 10500),
      ['rules.A5.consumablesBasisPoints.high consumables_not_increasing'],
    ],
  ] as const satisfies readonly [string, (d: ReturnType<typeof clone>) => unknown, string[]][])(
    'refuses %s',
    (_, edit, expected) => {
      expect(changed(edit)).toEqual(expected);
    },
  );

  it('allows equal amounts at neighbouring levels, periods that follow each other, and no cap', () => {
    const result = changed((d) => {
      d.rules.A4!.skillLevelFen = { L5: 100, L4: 100, L3: 100, L2: 100, L1: 100 };
      d.rules.A4!.trainingCapFen = 0;
      d.shortageOccupations = [
        { occupationCode: '4-10-01-05', from: '2026-01-01', to: '2026-06-30' },
        { occupationCode: '4-10-01-05', from: '2026-07-01', to: '2026-12-31' },
      ];
    });
    expect(result).toEqual([]);
  });

  it('reports every shape problem at once', () => {
    const result = changed((d) => {
      d.rules.A9 = {};
      delete d.rules.C1;
      d.rules.A4!.specialAbilityFen = -5;
    });
    expect(result.sort()).toEqual([
      'rules.A4.specialAbilityFen amount_negative',
      'rules.A9 unknown_rule',
      'rules.C1 missing_rule',
    ]);
  });

  it('explains problems in both languages', () => {
    const checked = checkSubsidyPolicy({ ...clone(), rules: { ...clone().rules, A9: {} } });
    expect(checked.ok).toBe(false);
    const [problem] = checked.ok ? [] : checked.problems;
    expect(renderPolicyProblem(problem!, 'zh-CN')).toBe('未知的规则 A9');
    expect(renderPolicyProblem(problem!, 'en-US')).toBe('Unknown rule A9');
    const level = changed((d) => ((d.rules.A4!.skillLevelFen as Record<string, number>).L6 = 1));
    expect(level).toEqual(['rules.A4.skillLevelFen.L6 unknown_level']);
    const negative = checkSubsidyPolicy({
      ...clone(),
      rules: { ...clone().rules, B1: { minInsuredMonths: -1 } },
    });
    expect(negative.ok ? '' : renderPolicyProblem(negative.problems[0]!, 'zh-CN')).toBe(
      'rules.B1.minInsuredMonths：应为非负整数，不能是 -1',
    );
  });
});
