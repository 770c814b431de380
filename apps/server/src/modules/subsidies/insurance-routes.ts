import { z } from 'zod';
import { errorResponses } from '../../platform/http/schemas';
import { importReportSchema } from '../../platform/xlsx/import-report';
import {
  attachmentHeader,
  workbookBody,
  XLSX_MEDIA_TYPE,
  xlsxUploadRoutes,
} from '../../platform/xlsx/upload-scope';
import {
  type EmploymentEvidenceService,
  evidenceBody,
  evidenceQuery,
  evidenceSchema,
} from './employment-evidence';
import type { InsuranceImportService } from './insurance-import';
import { buildInsuranceTemplate } from './insurance-workbook';

const tags = ['subsidies'];

export async function insuranceRoutes(
  app: Parameters<typeof xlsxUploadRoutes>[0],
  imports: InsuranceImportService,
  evidence: EmploymentEvidenceService,
) {
  app.get(
    '/api/v1/subsidies/employment-evidence',
    {
      config: { access: 'employmentEvidence.record' },
      schema: {
        tags,
        summary: '稳定就业证明 The employment evidence of a trainee',
        querystring: evidenceQuery,
        response: { 200: z.object({ items: z.array(evidenceSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await evidence.list(request.ctx.actor!, request.query.enrolmentId) }),
  );

  app.post(
    '/api/v1/subsidies/employment-evidence',
    {
      config: { access: 'employmentEvidence.record' },
      schema: {
        tags,
        summary: '登记稳定就业证明 Record a trainee’s employment after training',
        body: evidenceBody,
        response: { 201: z.object({ evidence: evidenceSchema }), ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ evidence: await evidence.record(request.ctx, request.body) }),
  );

  app.get(
    '/api/v1/subsidies/insurance-records/template',
    {
      config: { access: 'insuranceRecords.import' },
      schema: { tags, summary: '下载参保缴费记录导入模板 The .xlsx insurance-record template' },
    },
    async (_request, reply) =>
      reply
        .type(XLSX_MEDIA_TYPE)
        .header(
          'content-disposition',
          attachmentHeader('参保缴费记录导入模板.xlsx', 'insurance-template.xlsx'),
        )
        .send(await buildInsuranceTemplate()),
  );

  await xlsxUploadRoutes(app, (scope) => {
    scope.post(
      '/api/v1/subsidies/insurance-records/import',
      {
        config: { access: 'insuranceRecords.import' },
        schema: {
          tags,
          summary: '导入参保缴费记录（.xlsx） Import the social-insurance agency’s periods',
          description:
            'Body: the .xlsx file. Columns 姓名, 公民身份号码, 险种, 养老保险类型 (pension only), 起始年月, 截止年月 (empty while paying). Each person in the file has their imported periods replaced. mode=all (default) imports nothing when any row has a problem; mode=valid imports the people whose rows are all good.',
          querystring: z.strictObject({ mode: z.enum(['all', 'valid']).default('all') }),
          response: { 200: importReportSchema, ...errorResponses },
        },
      },
      async (request) => imports.importXlsx(request.ctx, workbookBody(request.body), request.query.mode),
    );
  });
}
