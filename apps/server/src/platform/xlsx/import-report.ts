import { FIELD_REASONS, type FieldReason, formatMessage, type Locale } from '@qiancheng/domain';
import { z } from 'zod';
import type { FieldProblem } from '../http/app-error';

export type ImportMode = 'all' | 'valid';

/** One problem as the client reads it, already in the caller's language. */
export interface ReportedProblem {
  field: string;
  row: number;
  reason: string;
  message: string;
}

export interface ImportReport {
  imported: number;
  /** Data rows left out because they have at least one problem. */
  rejected: number;
  /** Every problem found; `errors` lists the first MAX_REPORTED_PROBLEMS of them. */
  errorCount: number;
  errors: ReportedProblem[];
}

export const importReportSchema = z
  .object({
    imported: z.number(),
    rejected: z.number(),
    errorCount: z.number(),
    errors: z.array(
      z.object({ field: z.string(), row: z.number(), reason: z.string(), message: z.string() }),
    ),
  })
  .meta({ id: 'ImportReport' });

/** A report or error lists at most this many problems, so a file of errors cannot make a huge response. */
export const MAX_REPORTED_PROBLEMS = 1000;

export type RowProblemAt = FieldProblem & { row: number };

export function localiseProblem(problem: FieldProblem, locale: Locale): string {
  const template =
    problem.messages?.[locale] ??
    (problem.reason in FIELD_REASONS ? FIELD_REASONS[problem.reason as FieldReason][locale] : problem.reason);
  return formatMessage(template, problem.params);
}

/** The report of an import that wrote `imported` rows and found `problems` (sorted by row). */
export function importReport(
  imported: number,
  problems: readonly RowProblemAt[],
  locale: Locale,
): ImportReport {
  return {
    imported,
    rejected: new Set(problems.map((p) => p.row)).size,
    errorCount: problems.length,
    errors: problems.slice(0, MAX_REPORTED_PROBLEMS).map((p) => ({
      field: p.field,
      row: p.row,
      reason: p.reason,
      message: localiseProblem(p, locale),
    })),
  };
}
