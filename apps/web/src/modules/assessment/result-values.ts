import { FIELD_REASONS, formatMessage, type Locale } from '@qiancheng/domain';
import {
  completionPassed,
  type ResultLine,
  type ResultProblem,
  resultProblems,
} from '@qiancheng/domain/assessment/results';
import type { SkillLevelCode } from '@qiancheng/domain/reference/skill-levels';
import type { CompletionEntry, EvaluationEntry, EvaluationKind, TraineeResults } from './assessment-api';

/*
 * The results editors hold one row per trainee, keyed by enrolment, with dates as YYYY-MM-DD text.
 * Only the rows changed since loading are sent, so an untouched imported evaluation keeps its source;
 * the server's problems (`results.2.score`) are placed back on the row that was sent at that index.
 */

export interface CompletionRow {
  score?: number | null;
  assessedOn?: string | null;
  note?: string | null;
}

export interface EvaluationRow {
  kind?: EvaluationKind | null;
  skillLevel?: SkillLevelCode | null;
  score?: number | null;
  passed?: boolean | null;
  assessedOn?: string | null;
  note?: string | null;
}

export type ResultRows<R> = Record<string, R>;

/** Trainees who left the class have no result to record. */
export function isActive(trainee: TraineeResults): boolean {
  return trainee.enrolmentStatus !== 'dropped';
}

export function completionRowsOf(items: readonly TraineeResults[]): ResultRows<CompletionRow> {
  return Object.fromEntries(
    items.map((t) => [
      t.enrolmentId,
      {
        score: t.completion?.score ?? null,
        assessedOn: t.completion?.assessedOn ?? null,
        note: t.completion?.note ?? null,
      },
    ]),
  );
}

export function evaluationRowsOf(items: readonly TraineeResults[]): ResultRows<EvaluationRow> {
  return Object.fromEntries(
    items.map((t) => {
      const e = t.evaluation;
      const row: EvaluationRow = e
        ? {
            kind: e.kind === 'completion' ? null : e.kind,
            skillLevel: e.skillLevel,
            score: e.score,
            passed: e.passed,
            assessedOn: e.assessedOn,
            note: e.note,
          }
        : { kind: null, skillLevel: null, score: null, passed: null, assessedOn: null, note: null };
      return [t.enrolmentId, row];
    }),
  );
}

const blank = (value: unknown) => (value === undefined || value === '' ? null : value);
const text = (value: string | null | undefined) => value?.trim() || undefined;

function changed<R extends object>(before: R | undefined, after: R | undefined): boolean {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].some(
    (key) =>
      blank((before as Record<string, unknown> | undefined)?.[key]) !==
      blank((after as Record<string, unknown> | undefined)?.[key]),
  );
}

/** The enrolments whose row differs from what was loaded. */
export function changedIds<R extends object>(loaded: ResultRows<R>, current: ResultRows<R>): string[] {
  return Object.keys(current).filter((id) => changed(loaded[id], current[id]));
}

/** The completion scores to send: rows of trainees still in the class, changed and scored. */
export function completionEntries(
  items: readonly TraineeResults[],
  loaded: ResultRows<CompletionRow>,
  current: ResultRows<CompletionRow>,
): CompletionEntry[] {
  const ids = new Set(changedIds(loaded, current));
  return items.flatMap((t) => {
    const row = current[t.enrolmentId];
    if (!isActive(t) || !ids.has(t.enrolmentId) || typeof row?.score !== 'number' || !row.assessedOn)
      return [];
    return [
      { enrolmentId: t.enrolmentId, score: row.score, assessedOn: row.assessedOn, note: text(row.note) },
    ];
  });
}

/** The evaluations to send: rows of trainees still in the class, changed and given a kind. */
export function evaluationEntries(
  items: readonly TraineeResults[],
  loaded: ResultRows<EvaluationRow>,
  current: ResultRows<EvaluationRow>,
): EvaluationEntry[] {
  const ids = new Set(changedIds(loaded, current));
  return items.flatMap((t) => {
    const row = current[t.enrolmentId];
    if (!isActive(t) || !ids.has(t.enrolmentId) || !row?.kind) return [];
    if (typeof row.passed !== 'boolean' || !row.assessedOn) return [];
    return [
      {
        enrolmentId: t.enrolmentId,
        kind: row.kind,
        skillLevel: row.kind === 'skill_level' ? (row.skillLevel ?? null) : null,
        score: typeof row.score === 'number' ? row.score : null,
        passed: row.passed,
        assessedOn: row.assessedOn,
        note: text(row.note),
      },
    ];
  });
}

/** Which input of a row a server field of an entry stands for. */
const COMPLETION_INPUTS: Record<string, keyof CompletionRow> = {
  score: 'score',
  // The pass of a completion exam follows from the score.
  passed: 'score',
  assessedOn: 'assessedOn',
  note: 'note',
};
const EVALUATION_INPUTS: Record<string, keyof EvaluationRow> = {
  kind: 'kind',
  skillLevel: 'skillLevel',
  score: 'score',
  passed: 'passed',
  assessedOn: 'assessedOn',
  note: 'note',
};

/**
 * Where a server problem of the entries sent belongs: `results.2.score` is the score input of the
 * trainee sent third. Null for a problem with no input (a trainee no longer in the class).
 */
export function resultFieldPath(
  field: string,
  sentIds: readonly string[],
  editor: 'completion' | 'evaluation',
): ['rows', string, string] | null {
  const match = /^results\.(\d+)\.(\w+)$/.exec(field);
  if (!match) return null;
  const id = sentIds[Number(match[1])];
  const input = (editor === 'completion' ? COMPLETION_INPUTS : EVALUATION_INPUTS)[match[2]!];
  return id && input ? ['rows', id, input] : null;
}

/** The result line a completion row stands for, as the domain's rules read it. */
export function completionLine(row: CompletionRow): ResultLine | null {
  if (typeof row.score !== 'number' || !row.assessedOn) return null;
  return {
    kind: 'completion',
    score: row.score,
    passed: completionPassed(row.score),
    skillLevel: null,
    assessedOn: row.assessedOn,
  };
}

export function evaluationLine(row: EvaluationRow): ResultLine | null {
  if (!row.kind || typeof row.passed !== 'boolean' || !row.assessedOn) return null;
  return {
    kind: row.kind,
    score: typeof row.score === 'number' ? row.score : null,
    passed: row.passed,
    skillLevel: row.kind === 'skill_level' ? (row.skillLevel ?? null) : null,
    assessedOn: row.assessedOn,
  };
}

/**
 * What the server would say about one input of a row, by the domain's own rules; `classEnd` may be
 * unknown (then only the future is refused here, and the server checks the rest).
 */
export function rowProblem(
  line: ResultLine | null,
  field: ResultProblem['field'],
  facts: { classEnd: string | null; today: string },
  locale: Locale,
): string | null {
  if (!line) return null;
  const problem = resultProblems(line, { classEnd: facts.classEnd ?? '', today: facts.today }).find(
    (p) => p.field === field,
  );
  return problem ? formatMessage(FIELD_REASONS[problem.reason][locale], problem.params) : null;
}

/** Trainees still in the class who have no completion result yet: submitting needs none left. */
export function missingCompletions(items: readonly TraineeResults[]): number {
  return items.filter((t) => isActive(t) && !t.completion).length;
}

/**
 * How many certificates issuing would give, as the server decides: an institution's 培训合格证 to
 * those who passed the submitted completion exam, a body's certificate to those it passed, each
 * once.
 */
export function issuableCount(
  results: { submitted: boolean; items: readonly TraineeResults[] },
  issuer: 'institution' | 'assessor',
): number {
  const holds = (t: TraineeResults, kind: string) =>
    t.certificates.some((c) => c.kind === kind && c.status === 'issued');
  if (issuer === 'institution') {
    if (!results.submitted) return 0;
    return results.items.filter((t) => t.completion?.passed && !holds(t, 'training')).length;
  }
  return results.items.filter((t) => {
    const e = t.evaluation;
    return e?.passed && !holds(t, e.kind);
  }).length;
}

/** What an input of a row lacks or breaks: nothing, a missing value, or the domain's words. */
export type RowCheck = 'missing' | { message: string } | null;

const filled = (value: unknown) => value !== undefined && value !== null && value !== '';

/**
 * The check of one input of a completion row. An untouched row is fine (it is recorded later); a
 * row with a score or a date needs both, and then the domain's rules apply.
 */
export function completionCheck(
  row: CompletionRow,
  field: 'score' | 'assessedOn',
  facts: { classEnd: string | null; today: string },
  locale: Locale,
): RowCheck {
  if (!filled(row.score) && !filled(row.assessedOn)) return null;
  if (!filled(row[field])) return 'missing';
  const message = rowProblem(completionLine(row), field, facts, locale);
  return message ? { message } : null;
}

/**
 * The check of one input of an evaluation row: a started row needs its kind, result and date (and
 * the level of a skill-level evaluation); the score stays optional.
 */
export function evaluationCheck(
  row: EvaluationRow,
  field: 'kind' | 'skillLevel' | 'score' | 'passed' | 'assessedOn',
  facts: { classEnd: string | null; today: string },
  locale: Locale,
): RowCheck {
  const started = (['kind', 'skillLevel', 'score', 'passed', 'assessedOn'] as const).some((key) =>
    filled(row[key]),
  );
  if (!started) return null;
  const required = field === 'kind' || field === 'passed' || field === 'assessedOn';
  if (required && !filled(row[field])) return 'missing';
  if (field === 'skillLevel' && row.kind === 'skill_level' && !filled(row.skillLevel)) return 'missing';
  if (field === 'kind') return null;
  const message = rowProblem(evaluationLine(row), field, facts, locale);
  return message ? { message } : null;
}

/**
 * The latest day a result may carry, as far as the browser can tell: today, or the class's last day
 * when that is later — a class the server counts as completed has ended by the server's clock,
 * which in a rehearsal deployment runs ahead of the reader's.
 */
export function latestResultDay(classEnd: string | null, browserToday: string): string {
  return classEnd && classEnd > browserToday ? classEnd : browserToday;
}
