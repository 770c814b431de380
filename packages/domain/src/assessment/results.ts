import type { LocalizedText } from '../reference/localized-text';
import { isSkillLevelCode } from '../reference/skill-levels';

/**
 * 结业考核 and 技能评价 results. A completion exam is scored 0–100 and passed at 60; an evaluation
 * by an assessment body says passed or not for a level (职业技能等级) or an ability (专项职业能力).
 */
export const RESULT_KINDS = ['completion', 'skill_level', 'special_ability'] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];

export const RESULT_KIND_NAMES: Record<ResultKind, LocalizedText> = {
  completion: { 'zh-CN': '结业考核', 'en-US': 'Completion exam' },
  skill_level: { 'zh-CN': '职业技能等级认定', 'en-US': 'Skill-level evaluation' },
  special_ability: { 'zh-CN': '专项职业能力考核', 'en-US': 'Special-ability assessment' },
};

export const COMPLETION_PASS_MARK = 60;

export function completionPassed(score: number): boolean {
  return score >= COMPLETION_PASS_MARK;
}

/** A score of 0–100 with at most two decimals. */
export function scoreProblem(score: number): 'result_score_range' | null {
  if (!Number.isFinite(score) || score < 0 || score > 100) return 'result_score_range';
  if (Math.abs(score * 100 - Math.round(score * 100)) > 1e-9) return 'result_score_range';
  return null;
}

export interface ResultLine {
  kind: ResultKind;
  score: number | null;
  passed: boolean;
  skillLevel: string | null;
  assessedOn: string;
}

export type ResultProblem = {
  field: 'score' | 'passed' | 'skillLevel' | 'assessedOn';
  reason:
    | 'result_score_range'
    | 'required'
    | 'invalid_skill_level'
    | 'date_in_future'
    | 'before_class_end'
    | 'passed_mismatch';
  params?: Record<string, string | number>;
};

/**
 * What is wrong with one result: a completion result needs a score and passes exactly at the pass
 * mark; a skill-level result names a level; no result is dated before the class's last day or
 * after today.
 */
export function resultProblems(
  line: ResultLine,
  facts: { classEnd: string; today: string },
): ResultProblem[] {
  const problems: ResultProblem[] = [];
  if (line.kind === 'completion') {
    if (line.score === null) problems.push({ field: 'score', reason: 'required' });
    else if (line.passed !== completionPassed(line.score)) {
      problems.push({ field: 'passed', reason: 'passed_mismatch', params: { mark: COMPLETION_PASS_MARK } });
    }
  }
  if (line.score !== null && scoreProblem(line.score))
    problems.push({ field: 'score', reason: 'result_score_range' });
  if (line.kind === 'skill_level' && !(line.skillLevel && isSkillLevelCode(line.skillLevel))) {
    problems.push({ field: 'skillLevel', reason: line.skillLevel ? 'invalid_skill_level' : 'required' });
  }
  if (line.assessedOn > facts.today)
    problems.push({ field: 'assessedOn', reason: 'date_in_future', params: { today: facts.today } });
  else if (line.assessedOn < facts.classEnd) {
    problems.push({ field: 'assessedOn', reason: 'before_class_end', params: { end: facts.classEnd } });
  }
  return problems;
}
