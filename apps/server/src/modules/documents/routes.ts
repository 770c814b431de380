import fastifyMultipart from '@fastify/multipart';
import { DOCUMENT_PURPOSES, MAX_DOCUMENT_BYTES } from '@qiancheng/domain/documents/file-types';
import type { FastifyError } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../platform/http/app-error';
import { errorResponses, uuidSchema, withZod, type ZodApp } from '../../platform/http/schemas';
import type { DocumentsService } from './service';
import { documentView } from './service';

export const documentSchema = z
  .object({
    id: z.string(),
    purpose: z.string(),
    fileName: z.string(),
    mediaType: z.string(),
    sizeBytes: z.number(),
    sha256: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'Document' });

/** `attachment; filename*=UTF-8''…` so Chinese file names survive every browser. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export async function documentRoutes(app: ZodApp, documents: DocumentsService) {
  app.get(
    '/api/v1/documents/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['documents'],
        summary: '文件信息 File record',
        params: z.strictObject({ id: uuidSchema }),
        response: { 200: z.object({ document: documentSchema }), ...errorResponses },
      },
    },
    async (request) => ({
      document: documentView(await documents.get(request.ctx.actor!, request.params.id)),
    }),
  );

  app.get(
    '/api/v1/documents/:id/content',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['documents'],
        summary: '下载文件 Download a file',
        params: z.strictObject({ id: uuidSchema }),
      },
    },
    async (request, reply) => {
      const { row, stream } = await documents.open(request.ctx.actor!, request.params.id);
      return reply
        .header('content-type', row.mediaType)
        .header('content-length', String(row.sizeBytes))
        .header('content-disposition', contentDisposition(row.fileName))
        .header('x-content-type-options', 'nosniff')
        .send(stream);
    },
  );

  // Uploads are multipart; the parser and its limits exist only in this context.
  await app.register(async (scope) => {
    await scope.register(fastifyMultipart, {
      limits: { files: 1, fields: 0, parts: 2, fileSize: MAX_DOCUMENT_BYTES + 1 },
    });
    scope.setErrorHandler((error: FastifyError) => {
      if (
        error.code === 'FST_INVALID_MULTIPART_CONTENT_TYPE' ||
        error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
      ) {
        throw new AppError('documents.not_multipart');
      }
      if (error.code === 'FST_REQ_FILE_TOO_LARGE') {
        throw new AppError('documents.too_large', { params: { limitMb: MAX_DOCUMENT_BYTES / 1024 / 1024 } });
      }
      if (error.code?.startsWith('FST_') && error.statusCode && error.statusCode < 500) {
        throw new AppError('documents.not_multipart');
      }
      throw error;
    });
    withZod(scope).post(
      '/api/v1/documents',
      {
        config: { access: 'documents.upload' },
        schema: {
          tags: ['documents'],
          summary: '上传文件 Upload a file',
          description:
            'multipart/form-data with one part named "file". PDF, PNG or JPEG up to 20 MB; teaching resources also docx/pptx/xlsx and MP4 up to 100 MB. The type is judged by content.',
          querystring: z.strictObject({ purpose: z.enum(DOCUMENT_PURPOSES) }),
          response: { 201: z.object({ document: documentSchema }), ...errorResponses },
        },
      },
      async (request, reply) => {
        const part = await request.file();
        if (part?.fieldname !== 'file') throw new AppError('documents.not_multipart');
        const document = await documents.upload(request.ctx, {
          purpose: request.query.purpose,
          fileName: part.filename,
          stream: part.file,
        });
        return reply.status(201).send({ document });
      },
    );
  });
}
