import { addCivilDays } from '../calendar/civil-date';
/** 遴选: choosing institutions for a project by open application, or recording a procurement. */

export const SELECTION_METHODS = ['scoring', 'procurement'] as const;
export type SelectionMethod = (typeof SELECTION_METHODS)[number];

/**
 * open: institutions apply until the deadline; scoring: staff score; publicized: the result is on
 * public notice (公示); effective: the notice ended and the selection took effect; cancelled.
 */
export const ROUND_STATUSES = ['open', 'scoring', 'publicized', 'effective', 'cancelled'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

const ROUND_TRANSITIONS: Record<RoundStatus, readonly RoundStatus[]> = {
  open: ['scoring', 'cancelled'],
  scoring: ['publicized', 'cancelled'],
  // An upheld objection sends the result back to scoring.
  publicized: ['effective', 'scoring', 'cancelled'],
  effective: [],
  cancelled: [],
};

export function canMoveRound(from: RoundStatus, to: RoundStatus): boolean {
  return ROUND_TRANSITIONS[from].includes(to);
}

export const DEFAULT_NOTICE_DAYS = 5;
export const MIN_NOTICE_DAYS = 5;
export const MAX_NOTICE_DAYS = 30;

export interface Criterion {
  key: string;
  name: string;
  weight: number;
  description: string;
}

export type CriteriaProblem =
  | { index: number | null; reason: 'criteria_empty' }
  | { index: number; reason: 'criterion_key_duplicate'; key: string }
  | { index: number; reason: 'criterion_weight_range' }
  | { index: null; reason: 'criteria_weights_sum'; sum: number };

/** Criteria need distinct keys and whole weights of 1–100 that add up to 100. */
export function criteriaProblems(criteria: readonly Criterion[]): CriteriaProblem[] {
  if (criteria.length === 0) return [{ index: null, reason: 'criteria_empty' }];
  const problems: CriteriaProblem[] = [];
  const seen = new Set<string>();
  criteria.forEach((c, index) => {
    if (seen.has(c.key)) problems.push({ index, reason: 'criterion_key_duplicate', key: c.key });
    seen.add(c.key);
    if (!Number.isInteger(c.weight) || c.weight < 1 || c.weight > 100) {
      problems.push({ index, reason: 'criterion_weight_range' });
    }
  });
  const sum = criteria.reduce((s, c) => s + c.weight, 0);
  if (problems.length === 0 && sum !== 100)
    problems.push({ index: null, reason: 'criteria_weights_sum', sum });
  return problems;
}

/** Scores are 0–100 per criterion, at most one decimal. */
export function scoreProblem(score: number): 'score_range' | null {
  if (!Number.isFinite(score) || score < 0 || score > 100) return 'score_range';
  if (Math.round(score * 10) !== score * 10) return 'score_range';
  return null;
}

/** Which criteria a score sheet leaves out, and which keys it has that the round does not. */
export function scoreSheetProblems(
  criteria: readonly Criterion[],
  scores: Record<string, number>,
): { missing: string[]; unknown: string[]; outOfRange: string[] } {
  const keys = new Set(criteria.map((c) => c.key));
  return {
    missing: criteria.filter((c) => scores[c.key] === undefined).map((c) => c.key),
    unknown: Object.keys(scores).filter((k) => !keys.has(k)),
    outOfRange: Object.entries(scores)
      .filter(([, v]) => scoreProblem(v) !== null)
      .map(([k]) => k),
  };
}

/** The weighted total Σ weight × score / 100, rounded half up to two decimals (0–100). */
export function weightedTotal(criteria: readonly Criterion[], scores: Record<string, number>): number {
  // Work in hundredths of a point times weight to stay in integers: score has one decimal.
  const tenths = criteria.reduce((sum, c) => sum + c.weight * Math.round((scores[c.key] ?? 0) * 10), 0);
  // tenths / 1000 is the total; round half up to 0.01 → (tenths + 5) / 10 in hundredths.
  return Math.floor((tenths + 5) / 10) / 100;
}

export interface RankedApplication {
  id: string;
  totalScore: number;
  /** Price per trainee in fen; the lower price wins a tie. */
  priceFen: number;
  submittedAt: Date | string;
}

/**
 * Applications in order of merit: higher total first, then lower price, then earlier submission.
 * The first `places` are selected.
 */
export function rankApplications<T extends RankedApplication>(applications: readonly T[], places: number) {
  const ordered = [...applications].sort(
    (a, b) =>
      b.totalScore - a.totalScore ||
      a.priceFen - b.priceFen ||
      new Date(a.submittedAt).getTime() - new Date(b.submittedAt).getTime(),
  );
  return ordered.map((application, index) => ({ application, rank: index + 1, selected: index < places }));
}

/**
 * The public notice runs `days` calendar days starting the day it is published: published on the
 * 1st for 5 days, it ends at the close of the 5th and the result may take effect on the 6th.
 */
export function noticePeriod(
  published: string,
  days: number,
): { start: string; end: string; effectiveFrom: string } {
  return {
    start: published,
    end: addCivilDays(published, days - 1),
    effectiveFrom: addCivilDays(published, days),
  };
}

/** Whether the notice period is over on `today` (the result may take effect). */
export function noticeOver(noticeEnd: string, today: string): boolean {
  return today > noticeEnd;
}

export const ROUND_STATUS_NAMES: Record<RoundStatus, { 'zh-CN': string; 'en-US': string }> = {
  open: { 'zh-CN': '申报中', 'en-US': 'open for applications' },
  scoring: { 'zh-CN': '评审中', 'en-US': 'being scored' },
  publicized: { 'zh-CN': '公示中', 'en-US': 'on public notice' },
  effective: { 'zh-CN': '已生效', 'en-US': 'in effect' },
  cancelled: { 'zh-CN': '已取消', 'en-US': 'cancelled' },
};

export const APPLICATION_STATUSES = ['submitted', 'withdrawn', 'scored', 'selected', 'not_selected'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
