import type { FastifyError } from 'fastify';
import { AppError } from '../../platform/http/app-error';
import { withZod, type ZodApp } from '../../platform/http/schemas';

/** A terminal file of 20,000 records is about 1.5 MB; this leaves room for long serials and JSON. */
export const RECORDS_BODY_LIMIT = 4 * 1024 * 1024;
const RECORDS_LIMIT_TEXT = '4 MB';

/**
 * Registers the routes that take terminal records as CSV (text/csv) or JSON. Their parsers and
 * larger limit live in a context of their own, so no other route accepts CSV or bodies this size.
 */
export async function recordUploadRoutes(app: ZodApp, register: (scope: ZodApp) => void): Promise<void> {
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      'text/csv',
      { parseAs: 'string', bodyLimit: RECORDS_BODY_LIMIT },
      (_request, body, done) => done(null, body),
    );
    scope.addContentTypeParser(
      'application/json',
      { parseAs: 'string', bodyLimit: RECORDS_BODY_LIMIT },
      scope.getDefaultJsonParser('error', 'error'),
    );
    // Framework refusals name the JSON limit and media type; say what these routes take instead.
    // Anything rethrown here goes on to the platform's error handler.
    scope.setErrorHandler((error: FastifyError) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413) {
        throw new AppError('import.too_large', { params: { limit: RECORDS_LIMIT_TEXT } });
      }
      if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
        throw new AppError('attendance.records_media_type');
      throw error;
    });
    register(withZod(scope));
  });
}
