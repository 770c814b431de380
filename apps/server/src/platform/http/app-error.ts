import { ERROR_CATALOG, type ErrorCode, FIELD_REASONS, type FieldReason } from '@qiancheng/domain';

/** A problem with one field (and, for imports, one row) of the input. */
export interface FieldProblem {
  field: string;
  row?: number;
  reason: string;
  params?: Record<string, unknown>;
  /** Messages already written for this reason, for reasons that live outside FIELD_REASONS. */
  messages?: { 'zh-CN': string; 'en-US': string };
}

/**
 * The one error type of the platform. Services throw it with a stable code from the catalogue;
 * the HTTP layer turns it into a response in one place.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: Record<string, unknown>;
  readonly details: FieldProblem[];
  readonly headers: Record<string, string>;

  constructor(
    code: ErrorCode,
    options: {
      params?: Record<string, unknown>;
      details?: FieldProblem[];
      headers?: Record<string, string>;
    } = {},
  ) {
    super(`${code}: ${ERROR_CATALOG[code]['en-US']}`);
    this.name = 'AppError';
    this.code = code;
    this.params = options.params ?? {};
    this.details = options.details ?? [];
    this.headers = options.headers ?? {};
  }
}

/** Shorthand for a validation failure on named fields. */
export function invalidFields(...details: FieldProblem[]): AppError {
  return new AppError('common.validation_failed', { details });
}

export function fieldProblem(
  field: string,
  reason: FieldReason,
  params?: Record<string, unknown>,
): FieldProblem {
  return { field, reason, messages: FIELD_REASONS[reason], ...(params ? { params } : {}) };
}

export const notFound = (): AppError => new AppError('common.not_found');
