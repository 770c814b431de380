import { describe, expect, it } from 'vitest';
import { completionPassed, type ResultLine, resultProblems, scoreProblem } from './results';

const facts = { classEnd: '2026-12-10', today: '2026-12-15' };
const completion = (score: number | null, passed: boolean, assessedOn = '2026-12-11'): ResultLine => ({
  kind: 'completion',
  score,
  passed,
  skillLevel: null,
  assessedOn,
});
const reasons = (line: ResultLine) => resultProblems(line, facts).map((p) => `${p.field}:${p.reason}`);

describe('assessment results', () => {
  it.each([
    [59.99, false],
    [60, true],
    [100, true],
    [0, false],
  ])('a completion score of %f passes: %s', (score, expected) => {
    expect(completionPassed(score)).toBe(expected);
  });

  it.each([
    [-0.01, 'result_score_range'],
    [100.01, 'result_score_range'],
    [85.555, 'result_score_range'],
    [85.55, null],
    [Number.NaN, 'result_score_range'],
  ])('score %f: %s', (score, expected) => {
    expect(scoreProblem(score)).toBe(expected);
  });

  it.each([
    [completion(60, true), []],
    [completion(59.5, true), ['passed:passed_mismatch']],
    [completion(null, false), ['score:required']],
    [completion(70, true, '2026-12-09'), ['assessedOn:before_class_end']],
    [completion(70, true, '2026-12-10'), []],
    [completion(70, true, '2026-12-16'), ['assessedOn:date_in_future']],
    [{ ...completion(80, true), kind: 'skill_level' as const }, ['skillLevel:required']],
    [
      { ...completion(80, true), kind: 'skill_level' as const, skillLevel: 'L9' },
      ['skillLevel:invalid_skill_level'],
    ],
    [{ ...completion(null, true), kind: 'skill_level' as const, skillLevel: 'L4' }, []],
    [{ ...completion(null, false), kind: 'special_ability' as const }, []],
  ])('%o → %o', (line, expected) => {
    expect(reasons(line)).toEqual(expected);
  });
});
