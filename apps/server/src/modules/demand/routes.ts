import { z } from 'zod';
import { errorResponses, pageSchema, uuidSchema, type ZodApp } from '../../platform/http/schemas';
import { importReportSchema } from '../../platform/xlsx/import-report';
import {
  attachmentHeader,
  IMPORT_BODY_LIMIT,
  workbookBody,
  XLSX_MEDIA_TYPE,
  xlsxUploadRoutes,
} from '../../platform/xlsx/upload-scope';
import type { DemandExchangeService } from './exchange';
import {
  createDemandBody,
  demandExportQuery,
  demandLineSchema,
  demandListQuery,
  publicJobSchema,
  publicJobsQuery,
  reasonBody,
  updateDemandBody,
} from './schemas';
import { chinaToday, type DemandService } from './service';

/** Uploads are spreadsheets, far above the 1 MB JSON limit; 20 MB holds the 50,000-row maximum. */

const params = z.strictObject({ id: uuidSchema });
const lineResponse = { 200: z.object({ demandLine: demandLineSchema }), ...errorResponses };
const fileResponse = { ...errorResponses, 413: errorResponses[400], 415: errorResponses[400] };

export async function demandRoutes(
  app: ZodApp,
  deps: { demand: DemandService; exchange: DemandExchangeService },
) {
  const { demand, exchange } = deps;

  app.get(
    '/api/v1/demand',
    {
      // Enterprises see their own lines, staff, auditors and administrators their region's.
      config: { access: 'authenticated' },
      schema: {
        tags: ['demand'],
        summary: '用工需求列表 Demand lines you may see',
        querystring: demandListQuery,
        response: {
          200: pageSchema(demandLineSchema),
          ...errorResponses,
        },
      },
    },
    async (request) => demand.list(request.ctx.actor!, request.query),
  );

  app.post(
    '/api/v1/demand',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['demand'],
        summary: '填报用工需求 Declare a demand line',
        body: createDemandBody,
        response: { 201: z.object({ demandLine: demandLineSchema }), ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ demandLine: await demand.create(request.ctx, request.body) }),
  );

  app.get(
    '/api/v1/demand/import-template',
    {
      config: { access: 'demand.manage' },
      schema: {
        tags: ['demand'],
        summary: '下载用工需求导入模板 The .xlsx import template',
        description: `Answers ${XLSX_MEDIA_TYPE}; errors are JSON as everywhere.`,
      },
    },
    async (_request, reply) =>
      reply
        .type(XLSX_MEDIA_TYPE)
        .header(
          'content-disposition',
          attachmentHeader('用工需求导入模板.xlsx', 'demand-import-template.xlsx'),
        )
        .send(await exchange.template()),
  );

  app.get(
    '/api/v1/demand/export',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['demand'],
        summary: '导出用工需求（可重新导入） Export demand lines as .xlsx, re-importable',
        description: `Answers ${XLSX_MEDIA_TYPE}; errors are JSON as everywhere.`,
        querystring: demandExportQuery,
      },
    },
    async (request, reply) => {
      const file = await exchange.exportXlsx(request.ctx, request.query);
      const today = chinaToday();
      return reply
        .type(XLSX_MEDIA_TYPE)
        .header(
          'content-disposition',
          attachmentHeader(`用工需求导出-${today}.xlsx`, `demand-export-${today}.xlsx`),
        )
        .send(file);
    },
  );

  app.get(
    '/api/v1/demand/:id',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['demand'], summary: '用工需求详情 A demand line', params, response: lineResponse },
    },
    async (request) => ({ demandLine: await demand.get(request.ctx.actor!, request.params.id) }),
  );

  app.patch(
    '/api/v1/demand/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['demand'],
        summary: '修改用工需求（到岗人数等） Update a demand line',
        params,
        body: updateDemandBody,
        response: lineResponse,
      },
    },
    async (request) => ({
      demandLine: await demand.update(request.ctx, request.params.id, request.body),
    }),
  );

  app.post(
    '/api/v1/demand/:id/close',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['demand'],
        summary: '关闭用工需求 Close a demand line',
        params,
        body: reasonBody,
        response: lineResponse,
      },
    },
    async (request) => ({
      demandLine: await demand.close(request.ctx, request.params.id, request.body.reason),
    }),
  );

  app.get(
    '/api/v1/public/jobs',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: '招聘岗位（公开） Open jobs, public',
        querystring: publicJobsQuery,
        response: {
          200: pageSchema(publicJobSchema),
          ...errorResponses,
        },
      },
    },
    async (request) => demand.publicJobs(request.query),
  );

  await xlsxUploadRoutes(app, (scope) => {
    scope.post(
      '/api/v1/demand/import',
      {
        config: { access: 'demand.manage' },
        bodyLimit: IMPORT_BODY_LIMIT,
        schema: {
          tags: ['demand'],
          summary: '导入用工需求（.xlsx） Import demand lines from .xlsx',
          description:
            'Body: the .xlsx file itself. mode=all (default) imports nothing when any row has an error; mode=valid imports the rows without errors and reports the rest.',
          querystring: z.strictObject({ mode: z.enum(['all', 'valid']).default('all') }),
          response: { 200: importReportSchema, ...fileResponse },
        },
      },
      async (request) => exchange.importXlsx(request.ctx, workbookBody(request.body), request.query.mode),
    );
  });
}
