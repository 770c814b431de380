import { describe, expect, it } from 'vitest';
import type { SkillLevelCode } from '../reference/skill-levels';
import { DEFAULT_SUBSIDY_POLICY } from './default-policy';
import type { SubsidyPolicy } from './policy';
import type { CertificateResult } from './quote-types';
import { CARE_WORKER, policyWith, SHORTAGE_2026, training } from './test-inputs';
import { quoteTrainingSubsidy } from './training-subsidy';

const quote = (input: ReturnType<typeof training>, policy: SubsidyPolicy = DEFAULT_SUBSIDY_POLICY) =>
  quoteTrainingSubsidy(input, policy, '2026.1');
const levelResult = (level: SkillLevelCode, certificateDate = '2026-04-20'): CertificateResult => ({
  certificateType: 'skill_level',
  level,
  certificateDate,
});
// A fee high enough that A7 never bites unless a case is about it.
const highFee = { feeFen: 2_000_000 };

describe('A4 amount by result', () => {
  it.each([
    ['L5', 120000],
    ['L4', 160000],
    ['L3', 200000],
    ['L2', 400000],
    ['L1', 500000],
  ] as const)('a skill level certificate at %s pays %i fen', (level, amountFen) => {
    const result = quote(training({ class: highFee, result: levelResult(level) }));
    expect(result.amountFen).toBe(amountFen);
    expect(result.lines[0]).toEqual({
      ruleId: 'A4',
      code: 'a4_skill_level',
      params: { certificateType: 'skill_level', level },
      amountFen,
    });
  });

  it('a qualification certificate is paid like a skill level', () => {
    const result: CertificateResult = {
      certificateType: 'qualification',
      level: 'L3',
      certificateDate: '2026-04-20',
    };
    expect(quote(training({ class: highFee, result })).amountFen).toBe(200000);
  });

  it('a special ability certificate pays the flat amount', () => {
    const result: CertificateResult = { certificateType: 'special_ability', certificateDate: '2026-04-20' };
    expect(quote(training({ result })).amountFen).toBe(80000);
  });

  it.each([
    ['69.5 hours', 4170, 69500, 'a4_training_hours'],
    ['70 hours', 4200, 70000, 'a4_training_hours'],
    ['80 hours, capped', 4800, 70000, 'a4_training_hours_capped'],
    ['1 minute, rounded down', 1, 16, 'a4_training_hours'],
  ])('training only, %s', (_, attendedMinutes, amountFen, code) => {
    const input = training({
      enrolment: { attendedMinutes, scheduledMinutes: attendedMinutes },
      class: { skillLevel: null },
      result: { certificateType: 'training', certificateDate: '2026-04-20' },
    });
    const result = quote(input);
    expect(result.amountFen).toBe(amountFen);
    expect(result.lines[0]!.code).toBe(code);
  });

  it('no certificate but a passed completion is paid by the hour', () => {
    expect(quote(training({ result: null })).amountFen).toBe(70000);
    const uncapped = policyWith({ A4: { trainingCapFen: 0 } });
    expect(quote(training({ result: null, class: highFee }), uncapped).amountFen).toBe(100000);
  });
});

describe('A5 shortage bonus and consumables', () => {
  it.each([
    ['L3 on the list', 'L3', '2026-04-20', 260000],
    ['L1 on the list', 'L1', '2026-04-20', 650000],
    ['L4, below the bonus level', 'L4', '2026-04-20', 160000],
    ['L3 on the first day', 'L3', '2026-01-01', 260000],
    ['L3 on the last day', 'L3', '2026-12-31', 260000],
    ['L3 the day before the period', 'L3', '2025-12-31', 200000],
    ['L3 the day after the period', 'L3', '2027-01-01', 200000],
  ] as const)('%s', (_, level, certificateDate, amountFen) => {
    const result = quote(
      training({ class: highFee, result: levelResult(level, certificateDate) }),
      SHORTAGE_2026,
    );
    expect(result.amountFen).toBe(amountFen);
  });

  it('the bonus is its own line', () => {
    const result = quote(training({ class: highFee, result: levelResult('L3') }), SHORTAGE_2026);
    expect(result.lines.slice(0, 2).map((line) => [line.code, line.amountFen])).toEqual([
      ['a4_skill_level', 200000],
      ['a5_shortage_bonus', 60000],
    ]);
    expect(result.lines[1]!.params).toEqual({ occupationCode: CARE_WORKER, bonusBasisPoints: 3000 });
  });

  it('another occupation gets no bonus', () => {
    const input = training({
      class: { ...highFee, occupationCode: '6-18-01-01' },
      result: levelResult('L3'),
    });
    expect(quote(input, SHORTAGE_2026).amountFen).toBe(200000);
  });

  it('training without a level gets no bonus, even for a listed occupation', () => {
    const policy = policyWith({ A5: { shortageMinLevel: 'L5' } }, [
      { occupationCode: CARE_WORKER, from: '2026-03-31', to: '2026-03-31' },
    ]);
    expect(quote(training({ result: null }), policy).amountFen).toBe(70000);
  });

  it.each([
    ['low', 160000, undefined],
    ['medium', 176000, 16000],
    ['high', 192000, 32000],
  ] as const)('consumables %s', (consumables, amountFen, difference) => {
    const result = quote(training({ class: { ...highFee, consumables } }));
    expect(result.amountFen).toBe(amountFen);
    expect(result.lines.find((line) => line.code === 'a5_consumables')?.amountFen).toBe(difference);
  });

  it('bonus then consumables, each rounded down', () => {
    const policy = policyWith(
      { A4: { skillLevelFen: { L5: 120000, L4: 160000, L3: 200001, L2: 400000, L1: 500000 } } },
      SHORTAGE_2026.shortageOccupations,
    );
    // 200001 × 30% = 60000.3 → 60000; 260001 × 1.1 = 286001.1 → 286001
    const result = quote(
      training({ class: { ...highFee, consumables: 'medium' }, result: levelResult('L3') }),
      policy,
    );
    expect(result.amountFen).toBe(286001);
  });
});

describe('A7 fee cap and cost share', () => {
  it.each([
    [159999, 159999, true],
    [160000, 160000, false],
    [160001, 160000, false],
  ])('a fee of %i fen', (feeFen, amountFen, capped) => {
    const result = quote(training({ class: { feeFen, enterpriseFen: 0, individualFen: 0 } }));
    expect(result.amountFen).toBe(amountFen);
    expect(result.lines.some((line) => line.code === 'a7_fee_cap')).toBe(capped);
  });

  it('without the cap the computed amount is paid', () => {
    const result = quote(training({ class: { feeFen: 100000 } }), policyWith({ A7: { capAtFee: false } }));
    expect(result.amountFen).toBe(160000);
    expect(result.costShare).toEqual({
      feeFen: 100000,
      governmentFen: 160000,
      enterpriseFen: 0,
      individualFen: 0,
    });
  });

  it.each([
    ['in the recorded proportion', 100000, 40000, { enterpriseFen: 100000, individualFen: 40000 }],
    ['rounding the enterprise part down', 1, 2, { enterpriseFen: 46666, individualFen: 93334 }],
    ['all to the individual when nothing was recorded', 0, 0, { enterpriseFen: 0, individualFen: 140000 }],
    ['all to the enterprise when it alone was recorded', 5, 0, { enterpriseFen: 140000, individualFen: 0 }],
  ])('the rest of the fee is shared %s', (_, enterpriseFen, individualFen, expected) => {
    const result = quote(training({ class: { feeFen: 300000, enterpriseFen, individualFen } }));
    expect(result.costShare).toEqual({ feeFen: 300000, governmentFen: 160000, ...expected });
  });

  it('a refused subsidy leaves the whole fee to enterprise and individual', () => {
    const result = quote(training({ enrolment: { onApprovedRoster: false } }));
    expect(result.costShare).toEqual({
      feeFen: 300000,
      governmentFen: 0,
      enterpriseFen: 214285,
      individualFen: 85715,
    });
  });

  it('the lines add up to the amount', () => {
    const input = training({ class: { feeFen: 250000, consumables: 'high' }, result: levelResult('L3') });
    const result = quote(input, SHORTAGE_2026);
    expect(result.amountFen).toBe(250000);
    expect(result.lines.reduce((sum, line) => sum + (line.amountFen ?? 0), 0)).toBe(250000);
  });
});
