import {
  ERROR_CATALOG,
  type ErrorCode,
  type ErrorKind,
  FIELD_REASONS,
  type FieldReason,
  formatMessage,
  type Locale,
} from '@qiancheng/domain';
import type { FastifyError } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type FieldProblem } from './app-error';

const STATUS_BY_KIND: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
  too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
};

export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    details: { field: string; row?: number; reason: string; message: string }[];
  };
  requestId: string;
}

export function statusOf(code: ErrorCode): number {
  return STATUS_BY_KIND[ERROR_CATALOG[code].kind];
}

function localiseDetail(detail: FieldProblem, locale: Locale): ErrorBody['error']['details'][number] {
  const template =
    detail.messages?.[locale] ??
    (detail.reason in FIELD_REASONS ? FIELD_REASONS[detail.reason as FieldReason][locale] : detail.reason);
  return {
    field: detail.field,
    ...(detail.row === undefined ? {} : { row: detail.row }),
    reason: detail.reason,
    message: formatMessage(template, detail.params),
  };
}

export function renderError(error: AppError, locale: Locale, requestId: string): ErrorBody {
  return {
    error: {
      code: error.code,
      message: formatMessage(ERROR_CATALOG[error.code][locale], { ...error.params, requestId }),
      details: error.details.map((d) => localiseDetail(d, locale)),
    },
    requestId,
  };
}

const ZOD_TYPE_NAMES: Record<string, string> = {
  string: 'string',
  number: 'number',
  boolean: 'boolean',
  object: 'object',
  array: 'array',
  int: 'integer',
};

/** The value the client sent at a path, to tell a missing field from one of the wrong type. */
function valueAt(input: unknown, segments: string[]): unknown {
  let current = input;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/** Turns one schema issue from the request validator into a field problem with a stable reason. */
function problemFromIssue(
  context: string,
  input: unknown,
  issue: { keyword: string; instancePath: string; params: Record<string, unknown> },
): FieldProblem[] {
  const segments = issue.instancePath.split('/').filter(Boolean);
  const path = segments.join('.');
  const field = path || context;
  const p = issue.params;
  switch (issue.keyword) {
    case 'unrecognized_keys':
      return ((p.keys as string[] | undefined) ?? []).map((key) => ({
        field: path ? `${path}.${key}` : key,
        reason: 'unknown_field',
      }));
    case 'invalid_type':
      return [
        valueAt(input, segments) === undefined
          ? { field, reason: 'required' }
          : {
              field,
              reason: 'invalid_type',
              params: { expected: ZOD_TYPE_NAMES[String(p.expected)] ?? p.expected },
            },
      ];
    case 'too_small':
      return [
        {
          field,
          reason: p.origin === 'string' || p.origin === 'array' ? 'too_short' : 'too_small',
          params: { minimum: p.minimum },
        },
      ];
    case 'too_big':
      return [
        {
          field,
          reason: p.origin === 'string' || p.origin === 'array' ? 'too_long' : 'too_big',
          params: { maximum: p.maximum },
        },
      ];
    case 'invalid_value':
      return [
        { field, reason: 'invalid_value', params: { options: ((p.values as unknown[]) ?? []).join(', ') } },
      ];
    case 'custom': {
      const custom = (p.params ?? {}) as { reason?: string; messages?: FieldProblem['messages'] };
      return [
        {
          field,
          reason: custom.reason ?? 'invalid_format',
          ...(custom.messages ? { messages: custom.messages } : {}),
          params: custom as Record<string, unknown>,
        },
      ];
    }
    default:
      return [{ field, reason: 'invalid_format' }];
  }
}

/**
 * Maps anything thrown while handling a request to a stable error. Unknown errors become
 * `common.internal` without revealing what happened; the caller logs them.
 */
export function toAppError(
  error: unknown,
  request?: { body?: unknown; query?: unknown; params?: unknown },
): { appError: AppError; unexpected: boolean } {
  if (error instanceof AppError) return { appError: error, unexpected: false };
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = (error as { validationContext?: string }).validationContext ?? 'body';
    const input =
      context === 'querystring' ? request?.query : context === 'params' ? request?.params : request?.body;
    const details = error.validation.flatMap((issue) =>
      problemFromIssue(context, input, issue as unknown as Parameters<typeof problemFromIssue>[2]),
    );
    return { appError: new AppError('common.validation_failed', { details }), unexpected: false };
  }
  const fastifyError = error as Partial<FastifyError> & { type?: string };
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { appError: new AppError('common.malformed_json'), unexpected: false };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return {
        appError: new AppError('common.body_too_large', { params: { limit: '1 MB' } }),
        unexpected: false,
      };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { appError: new AppError('common.unsupported_media_type'), unexpected: false };
    default:
      break;
  }
  if (error instanceof SyntaxError && fastifyError.statusCode === 400) {
    return { appError: new AppError('common.malformed_json'), unexpected: false };
  }
  if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode === 413) {
    return {
      appError: new AppError('common.body_too_large', { params: { limit: '1 MB' } }),
      unexpected: false,
    };
  }
  return { appError: new AppError('common.internal'), unexpected: true };
}
