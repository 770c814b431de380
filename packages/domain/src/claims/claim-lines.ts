import type { SubsidyQuote } from '../subsidy/quote-types';

/** One trainee's quote in a class claim: what the rules say under the policy in force. */
export interface TraineeQuote {
  personId: string;
  enrolmentId: string;
  certificateId: string | null;
  quote: SubsidyQuote;
}

/**
 * A line of a claim. An included line claims one payment stage of one trainee; an excluded one
 * keeps the trainee on the claim with the reason nothing is claimed for them, so reviewers see
 * the whole roster.
 */
export interface ClaimLineDraft {
  personId: string;
  enrolmentId: string;
  certificateId: string | null;
  /** certification | employment; null on an excluded line. */
  stage: 'certification' | 'employment' | null;
  amountFen: number;
  included: boolean;
  /** Why excluded: the unmet rules' codes, `already_claimed` or `stage_not_payable`. */
  reasons: string[];
  quote: SubsidyQuote;
}

/** `enrolmentId:stage`, the key under which a stage may be claimed only once. */
export function stageKey(enrolmentId: string, stage: string): string {
  return `${enrolmentId}:${stage}`;
}

/**
 * The lines of a class claim: every stage the rules make payable now and no live claim holds yet.
 * A trainee the rules refuse, or whose payable stages are all claimed already, gets one excluded
 * line with the reasons.
 */
export function classClaimLines(
  trainees: readonly TraineeQuote[],
  alreadyClaimed: ReadonlySet<string>,
): ClaimLineDraft[] {
  const lines: ClaimLineDraft[] = [];
  for (const trainee of trainees) {
    const base = {
      personId: trainee.personId,
      enrolmentId: trainee.enrolmentId,
      certificateId: trainee.certificateId,
      quote: trainee.quote,
    };
    const excluded = (reasons: string[]) =>
      lines.push({ ...base, stage: null, amountFen: 0, included: false, reasons });
    if (!trainee.quote.eligible) {
      excluded(trainee.quote.unmet.map((item) => item.code));
      continue;
    }
    const payable = trainee.quote.stages.filter((stage) => stage.status === 'payable' && stage.amountFen > 0);
    const open = payable.filter((stage) => !alreadyClaimed.has(stageKey(trainee.enrolmentId, stage.stage)));
    if (open.length === 0) {
      excluded([payable.length === 0 ? 'stage_not_payable' : 'already_claimed']);
      continue;
    }
    for (const stage of open) {
      lines.push({ ...base, stage: stage.stage, amountFen: stage.amountFen, included: true, reasons: [] });
    }
  }
  return lines;
}

/** What a claim asks for: the included lines' amounts, in fen. */
export function claimTotalFen(lines: readonly Pick<ClaimLineDraft, 'amountFen' | 'included'>[]): number {
  return lines.reduce((sum, line) => sum + (line.included ? line.amountFen : 0), 0);
}
