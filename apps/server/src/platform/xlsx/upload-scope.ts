import type { FastifyError } from 'fastify';
import { AppError } from '../http/app-error';
import { withZod, type ZodApp } from '../http/schemas';

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The largest spreadsheet an import accepts. */
export const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;
const IMPORT_LIMIT_TEXT = '20 MB';

/**
 * Registers routes that take a raw .xlsx workbook as their body. Their parsers and larger limit
 * live in a context of their own, so no other route accepts binary bodies or bodies of this size.
 */
export async function xlsxUploadRoutes(app: ZodApp, register: (scope: ZodApp) => void): Promise<void> {
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      [XLSX_MEDIA_TYPE, 'application/octet-stream', 'text/csv'],
      { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT },
      (_request, body, done) => done(null, body),
    );
    // Framework refusals name the JSON limit and media type; say what these routes take instead.
    // Anything rethrown here goes on to the platform's error handler.
    scope.setErrorHandler((error: FastifyError) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413) {
        throw new AppError('import.too_large', { params: { limit: IMPORT_LIMIT_TEXT } });
      }
      if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') throw new AppError('import.media_type');
      throw error;
    });
    register(withZod(scope));
  });
}

/** The uploaded workbook, or the error that says to send one. */
export function workbookBody(body: unknown): Buffer {
  if (!Buffer.isBuffer(body)) throw new AppError('import.media_type');
  return body;
}

/** `attachment` with a plain fallback name and the real (Chinese) name in RFC 5987 form. */
export function attachmentHeader(fileName: string, fallback: string): string {
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
