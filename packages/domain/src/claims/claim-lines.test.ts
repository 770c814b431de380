import { describe, expect, it } from 'vitest';
import { DEFAULT_SUBSIDY_POLICY } from '../subsidy/default-policy';
import { ELIGIBLE_TRAINING, training } from '../subsidy/test-inputs';
import { quoteTrainingSubsidy } from '../subsidy/training-subsidy';
import { claimTotalFen, classClaimLines, stageKey, type TraineeQuote } from './claim-lines';

const quoteOf = (input = ELIGIBLE_TRAINING) =>
  quoteTrainingSubsidy(input, DEFAULT_SUBSIDY_POLICY, 'national-default');

function trainee(id: string, input = ELIGIBLE_TRAINING): TraineeQuote {
  return { personId: `p${id}`, enrolmentId: `e${id}`, certificateId: `c${id}`, quote: quoteOf(input) };
}

describe('classClaimLines', () => {
  const eligible = trainee('1');
  const payableStages = eligible.quote.stages.filter((s) => s.status === 'payable');

  it('claims every payable stage of an eligible trainee', () => {
    expect(payableStages.length).toBeGreaterThan(0);
    const lines = classClaimLines([eligible], new Set());
    expect(lines.map((l) => [l.stage, l.amountFen, l.included])).toEqual(
      payableStages.map((s) => [s.stage, s.amountFen, true]),
    );
    expect(claimTotalFen(lines)).toBe(payableStages.reduce((sum, s) => sum + s.amountFen, 0));
  });

  it('keeps a refused trainee as an excluded line with the unmet rules', () => {
    const refused = trainee(
      '2',
      training({ enrolment: { attendedMinutes: 0.799 * ELIGIBLE_TRAINING.enrolment.scheduledMinutes } }),
    );
    expect(refused.quote.eligible).toBe(false);
    const [line] = classClaimLines([refused], new Set());
    expect(line).toMatchObject({ included: false, stage: null, amountFen: 0 });
    expect(line!.reasons).toContain('a3_attendance_low');
  });

  it('does not claim a stage a live claim already holds', () => {
    const held = new Set(payableStages.map((s) => stageKey('e1', s.stage)));
    const lines = classClaimLines([eligible, trainee('3')], held);
    expect(lines.filter((l) => l.enrolmentId === 'e1')).toEqual([
      expect.objectContaining({ included: false, reasons: ['already_claimed'] }),
    ]);
    expect(lines.filter((l) => l.enrolmentId === 'e3').every((l) => l.included)).toBe(true);
    expect(claimTotalFen(lines)).toBe(claimTotalFen(classClaimLines([trainee('3')], new Set())));
  });

  it('excludes an eligible trainee with nothing payable yet', () => {
    const pendingOnly = {
      ...eligible,
      quote: {
        ...eligible.quote,
        stages: eligible.quote.stages.map((s) => ({ ...s, status: 'pending' as const })),
      },
    };
    expect(classClaimLines([pendingOnly], new Set())).toEqual([
      expect.objectContaining({ included: false, reasons: ['stage_not_payable'] }),
    ]);
  });

  it('claims nothing for an empty roster', () => {
    expect(classClaimLines([], new Set())).toEqual([]);
    expect(claimTotalFen([])).toBe(0);
  });
});
