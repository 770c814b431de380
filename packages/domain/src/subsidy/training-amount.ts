import { meetsSkillLevel } from '../reference/skill-levels';
import type { SubsidyPolicy } from './policy';
import type { CostShare, QuoteLine, TrainingSubsidyInput } from './quote-types';
import { isShortageOccupation } from './shortage';

/**
 * A4, A5 and A7: the amount a training result earns, raised for shortage occupations and
 * material-heavy trades, and never more than the fee. Each step is its own line whose amount is
 * what the step adds (negative when it takes away), so the lines add up to the total. Every
 * multiplication rounds down to the fen: the rules are a ceiling on what may be paid.
 */
export function trainingAmount(
  input: TrainingSubsidyInput,
  policy: SubsidyPolicy,
): { amountFen: number; lines: QuoteLine[] } {
  const lines: QuoteLine[] = [baseLine(input, policy)];
  const baseFen = lines[0]!.amountFen!;

  const a5 = policy.rules.A5;
  const level = input.result?.level ?? null;
  const date = input.result?.certificateDate ?? input.class.endDate;
  const shortage =
    level !== null &&
    meetsSkillLevel(level, a5.shortageMinLevel) &&
    isShortageOccupation(policy, input.class.occupationCode, date);
  const bonusFen = shortage ? Math.floor((baseFen * a5.shortageBonusBasisPoints) / 10000) : 0;
  if (shortage && a5.shortageBonusBasisPoints > 0) {
    lines.push({
      ruleId: 'A5',
      code: 'a5_shortage_bonus',
      params: { occupationCode: input.class.occupationCode, bonusBasisPoints: a5.shortageBonusBasisPoints },
      amountFen: bonusFen,
    });
  }

  const beforeConsumables = baseFen + bonusFen;
  const consumablesBasisPoints = a5.consumablesBasisPoints[input.class.consumables];
  const computedFen = Math.floor((beforeConsumables * consumablesBasisPoints) / 10000);
  if (consumablesBasisPoints !== 10000) {
    lines.push({
      ruleId: 'A5',
      code: 'a5_consumables',
      params: { consumables: input.class.consumables, consumablesBasisPoints },
      amountFen: computedFen - beforeConsumables,
    });
  }

  const { feeFen } = input.class;
  if (policy.rules.A7.capAtFee && computedFen > feeFen) {
    lines.push({
      ruleId: 'A7',
      code: 'a7_fee_cap',
      params: { computedFen, feeFen },
      amountFen: feeFen - computedFen,
    });
    return { amountFen: feeFen, lines };
  }
  return { amountFen: computedFen, lines };
}

function baseLine({ result, enrolment }: TrainingSubsidyInput, policy: SubsidyPolicy): QuoteLine {
  const rule = policy.rules.A4;
  if (result?.certificateType === 'skill_level' || result?.certificateType === 'qualification') {
    return {
      ruleId: 'A4',
      code: 'a4_skill_level',
      params: { certificateType: result.certificateType, level: result.level },
      amountFen: rule.skillLevelFen[result.level],
    };
  }
  if (result?.certificateType === 'special_ability') {
    return { ruleId: 'A4', code: 'a4_special_ability', params: {}, amountFen: rule.specialAbilityFen };
  }
  // A training certificate, or none yet: paid by the hours actually attended.
  const { attendedMinutes } = enrolment;
  const perHourFen = rule.trainingPerHourFen;
  const uncappedFen = Math.floor((attendedMinutes * perHourFen) / 60);
  const capFen = rule.trainingCapFen;
  if (capFen > 0 && uncappedFen > capFen) {
    return {
      ruleId: 'A4',
      code: 'a4_training_hours_capped',
      params: { attendedMinutes, perHourFen, uncappedFen, capFen },
      amountFen: capFen,
    };
  }
  return {
    ruleId: 'A4',
    code: 'a4_training_hours',
    params: { attendedMinutes, perHourFen },
    amountFen: uncappedFen,
  };
}

/**
 * A7 cost sharing (政府补一点、企业出一点、个人付一点): the government pays the subsidy, and what is
 * left of the fee is shared between enterprise and individual in the proportion the class plan
 * recorded — the enterprise's part rounded down, the individual taking the remainder, and all of
 * it when the plan recorded no shares.
 */
export function costShare(amountFen: number, cls: TrainingSubsidyInput['class']): CostShare {
  const rest = Math.max(0, cls.feeFen - amountFen);
  const recorded = cls.enterpriseFen + cls.individualFen;
  const enterpriseFen = recorded > 0 ? Math.floor((rest * cls.enterpriseFen) / recorded) : 0;
  return { feeFen: cls.feeFen, governmentFen: amountFen, enterpriseFen, individualFen: rest - enterpriseFen };
}
