import { z } from 'zod';
import { errorResponses, pageSchema, uuidSchema, type ZodApp } from '../../platform/http/schemas';
import { attachmentHeader, XLSX_MEDIA_TYPE } from '../../platform/xlsx/upload-scope';
import { sampleWorkbook } from './export';
import type { SampleService } from './sample-service';
import { drawBody, populationQuery, sampleListQuery } from './schemas';
import { populationItemSchema, sampleDetailSchema, sampleItemSchema } from './views';

const params = z.strictObject({ id: uuidSchema });

export function sampleRoutes(app: ZodApp, samples: SampleService) {
  app.get(
    '/api/v1/supervision/population',
    {
      config: { access: 'supervision.read' },
      schema: {
        tags: ['supervision'],
        summary: '在训班级及其抽查权重 Running classes of the region with their weights in a draw',
        querystring: populationQuery,
        response: {
          200: pageSchema(populationItemSchema),
          ...errorResponses,
        },
      },
    },
    async (request) => samples.populationPage(request.ctx.actor!, request.query),
  );

  app.post(
    '/api/v1/supervision/samples',
    {
      config: { access: 'supervision.manage' },
      schema: {
        tags: ['supervision'],
        summary: '随机抽取在训班级 Draw a weighted random sample of running classes',
        body: drawBody,
        response: { 201: sampleDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await samples.draw(request.ctx, request.body)),
  );

  app.get(
    '/api/v1/supervision/samples',
    {
      config: { access: 'supervision.read' },
      schema: {
        tags: ['supervision'],
        summary: '抽查批次 Samples drawn in the caller’s region',
        querystring: sampleListQuery,
        response: {
          200: pageSchema(sampleItemSchema),
          ...errorResponses,
        },
      },
    },
    async (request) => samples.list(request.ctx.actor!, request.query),
  );

  app.get(
    '/api/v1/supervision/samples/:id',
    {
      config: { access: 'supervision.read' },
      schema: {
        tags: ['supervision'],
        summary: '抽查批次详情（含按种子复核） A sample, its population and checks, re-run from its seed',
        params,
        response: { 200: sampleDetailSchema, ...errorResponses },
      },
    },
    async (request) => samples.detail(request.ctx.actor!, request.params.id),
  );

  app.get(
    '/api/v1/supervision/samples/:id/export',
    {
      config: { access: 'supervision.manage' },
      schema: {
        tags: ['supervision'],
        summary: '导出抽查清单（Excel） Download a sample’s checks and draw basis as .xlsx',
        params,
        produces: [XLSX_MEDIA_TYPE],
        response: {
          200: z.unknown().describe('The workbook (.xlsx): sheets 检查清单 and 抽样依据'),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const detail = await samples.detail(request.ctx.actor!, request.params.id);
      const name = `过程监督抽查-${detail.sample.drawnOn}.xlsx`;
      return reply
        .header('content-type', XLSX_MEDIA_TYPE)
        .header('content-disposition', attachmentHeader(name, 'supervision-sample.xlsx'))
        .send(await sampleWorkbook(detail));
    },
  );
}
