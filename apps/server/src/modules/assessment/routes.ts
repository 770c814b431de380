import { RESULT_KINDS } from '@qiancheng/domain/assessment/results';
import { CLASS_STATUSES } from '@qiancheng/domain/classes/class-lifecycle';
import { creditCodeSchema } from '@qiancheng/domain/identity/zod';
import { SKILL_LEVEL_CODES } from '@qiancheng/domain/reference/skill-levels';
import { z } from 'zod';
import {
  civilDateSchema,
  errorResponses,
  pageSchema,
  paginationQuery,
  regionCodeSchema,
  uuidSchema,
  type ZodApp,
} from '../../platform/http/schemas';
import { importReportSchema } from '../../platform/xlsx/import-report';
import {
  attachmentHeader,
  workbookBody,
  XLSX_MEDIA_TYPE,
  xlsxUploadRoutes,
} from '../../platform/xlsx/upload-scope';
import { classItemSchema } from '../classes/class-schemas-out';
import type { ClassesService } from '../classes/service';
import type { AssessmentBodiesService } from './bodies-service';
import type { EvaluationImportService } from './evaluation-import';
import { buildEvaluationTemplate } from './evaluation-workbook';
import type { AssessmentService } from './service';

const resultSchema = z.object({
  kind: z.enum(RESULT_KINDS),
  score: z.number().nullable(),
  passed: z.boolean(),
  skillLevel: z.string().nullable(),
  assessedOn: z.string(),
  source: z.string(),
  note: z.string().nullable(),
});

const classResultsSchema = z
  .object({
    classId: z.string(),
    class: z.object({ code: z.string(), name: z.string(), endDate: z.string(), occupationCode: z.string() }),
    classStatus: z.enum(CLASS_STATUSES),
    submitted: z.boolean(),
    items: z.array(
      z.object({
        enrolmentId: z.string(),
        personId: z.string(),
        name: z.string(),
        idNumberMasked: z.string(),
        enrolmentStatus: z.string(),
        completion: resultSchema.nullable(),
        evaluation: resultSchema.nullable(),
        certificates: z.array(
          z.object({ id: z.string(), number: z.string(), kind: z.string(), status: z.string() }),
        ),
      }),
    ),
  })
  .meta({ id: 'ClassResults' });

const bodySchema = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    creditCode: z.string(),
    regionCode: z.string(),
    regionName: z.string().nullable(),
    siteCode: z.string(),
    occupationCodes: z.array(z.string()),
  })
  .meta({ id: 'AssessmentBody' });

const params = z.strictObject({ id: uuidSchema });
const resultsResponse = { 200: z.object({ results: classResultsSchema }), ...errorResponses };
const note = z.string().trim().max(500).optional();

/** A body of one to 500 results for trainees of the class, each of the shape `entry`. */
function resultsBody<T extends z.ZodType>(entry: T) {
  return z.strictObject({ results: z.array(entry).min(1).max(500) });
}

export async function assessmentRoutes(
  app: ZodApp,
  deps: {
    assessment: AssessmentService;
    bodies: AssessmentBodiesService;
    imports: EvaluationImportService;
    classes: ClassesService;
  },
) {
  const { assessment, bodies } = deps;

  app.get(
    '/api/v1/assessment-bodies',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['assessment'],
        summary: '评价机构 Assessment bodies',
        response: { 200: z.object({ items: z.array(bodySchema) }), ...errorResponses },
      },
    },
    async () => ({ items: await bodies.list() }),
  );

  app.post(
    '/api/v1/assessment-bodies',
    {
      config: { access: 'assessment.bodies' },
      schema: {
        tags: ['assessment'],
        summary: '登记评价机构 Register an assessment body',
        body: z.strictObject({
          code: z.string().regex(/^\d{4}$/),
          name: z.string().trim().min(1).max(100),
          creditCode: creditCodeSchema,
          regionCode: regionCodeSchema,
          siteCode: z.string().regex(/^\d{6}$/),
          occupationCodes: z.array(z.string().trim().min(1).max(16)).min(1).max(200),
        }),
        response: { 201: z.object({ body: bodySchema }), ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ body: await bodies.create(request.ctx, request.body) }),
  );

  app.post(
    '/api/v1/assessment-bodies/:id/accounts',
    {
      config: { access: 'assessment.bodies' },
      schema: {
        tags: ['assessment'],
        summary: '关联评价机构账号 Link an assessor account to the body',
        params,
        body: z.strictObject({ username: z.string().trim().min(1).max(64) }),
        response: { 200: z.object({ body: bodySchema }), ...errorResponses },
      },
    },
    async (request) => ({
      body: await bodies.linkAccount(request.ctx, request.params.id, request.body.username),
    }),
  );

  app.get(
    '/api/v1/assessment/import-template',
    {
      config: { access: 'assessment.evaluate' },
      schema: { tags: ['assessment'], summary: '下载评价结果导入模板 The .xlsx evaluation import template' },
    },
    async (_request, reply) =>
      reply
        .type(XLSX_MEDIA_TYPE)
        .header('content-disposition', attachmentHeader('评价结果导入模板.xlsx', 'evaluation-template.xlsx'))
        .send(await buildEvaluationTemplate()),
  );

  app.get(
    '/api/v1/assessment/classes',
    {
      config: { access: 'assessment.evaluate' },
      schema: {
        tags: ['assessment'],
        summary: '待评价的培训班 Finished classes the assessor’s body may evaluate',
        querystring: z.strictObject({ ...paginationQuery }),
        response: {
          200: pageSchema(classItemSchema).extend({ body: bodySchema }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const body = await bodies.bodyOf(request.ctx.actor!);
      const page = await deps.classes.finishedClasses(body.regionCode, body.occupationCodes, request.query);
      return { ...page, body: (await bodies.list()).find((b) => b.id === body.id)! };
    },
  );

  app.get(
    '/api/v1/classes/:id/results',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['assessment'],
        summary: '考核结果 Results of a class',
        params,
        response: resultsResponse,
      },
    },
    async (request) => ({ results: await assessment.results(request.ctx.actor!, request.params.id) }),
  );

  app.put(
    '/api/v1/classes/:id/results/completion',
    {
      config: { access: 'classes.file' },
      schema: {
        tags: ['assessment'],
        summary: '录入结业考核成绩 Record completion exam scores (60 passes)',
        params,
        body: resultsBody(
          z.strictObject({ enrolmentId: uuidSchema, score: z.number(), assessedOn: civilDateSchema, note }),
        ),
        response: resultsResponse,
      },
    },
    async (request) => ({
      results: await assessment.recordCompletion(request.ctx, request.params.id, request.body.results),
    }),
  );

  app.post(
    '/api/v1/classes/:id/results/submit',
    {
      config: { access: 'classes.file' },
      schema: {
        tags: ['assessment'],
        summary: '提交结业考核结果 Submit completion results: the class becomes assessed',
        params,
        response: resultsResponse,
      },
    },
    async (request) => ({ results: await assessment.submitCompletion(request.ctx, request.params.id) }),
  );

  app.put(
    '/api/v1/classes/:id/results/evaluation',
    {
      config: { access: 'assessment.evaluate' },
      schema: {
        tags: ['assessment'],
        summary: '录入技能评价结果 Record skill-level or special-ability evaluations',
        params,
        body: resultsBody(
          z.strictObject({
            enrolmentId: uuidSchema,
            kind: z.enum(['skill_level', 'special_ability']),
            skillLevel: z.enum(SKILL_LEVEL_CODES).nullable().optional(),
            score: z.number().nullable().optional(),
            passed: z.boolean(),
            assessedOn: civilDateSchema,
            note,
          }),
        ),
        response: resultsResponse,
      },
    },
    async (request) => ({
      results: await assessment.recordEvaluations(request.ctx, request.params.id, request.body.results),
    }),
  );

  app.post(
    '/api/v1/classes/:id/certificates',
    {
      config: { access: 'certificates.issue' },
      schema: {
        tags: ['assessment'],
        summary: '发证 Issue certificates from the class’s results',
        description:
          'An institution issues 培训合格证 to trainees who passed the submitted completion exam; an assessment body issues the certificates of its passed evaluations. Trainees holding one already are skipped. enrolmentIds narrows the trainees.',
        params,
        body: z.strictObject({ enrolmentIds: z.array(uuidSchema).max(500).optional() }),
        response: {
          201: z.object({
            issued: z.array(z.object({ id: z.string(), number: z.string(), holderName: z.string() })),
          }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const issued = await assessment.issue(request.ctx, request.params.id, request.body.enrolmentIds);
      return reply
        .status(201)
        .send({ issued: issued.map((c) => ({ id: c.id, number: c.number, holderName: c.holderName })) });
    },
  );

  await xlsxUploadRoutes(app, (scope) => {
    scope.post(
      '/api/v1/assessment/import',
      {
        config: { access: 'assessment.evaluate' },
        schema: {
          tags: ['assessment'],
          summary: '导入评价结果（.xlsx） Import an evaluation system’s export',
          description:
            'Body: the .xlsx file. Columns 姓名, 公民身份号码, 职业编码, 评价类别 (optional), 技能等级, 成绩 (optional), 评价结果, 评价日期. mode=all (default) imports nothing when any row has a problem; mode=valid imports the good rows.',
          querystring: z.strictObject({ mode: z.enum(['all', 'valid']).default('all') }),
          response: { 200: importReportSchema, ...errorResponses },
        },
      },
      async (request) => deps.imports.importXlsx(request.ctx, workbookBody(request.body), request.query.mode),
    );
  });
}
