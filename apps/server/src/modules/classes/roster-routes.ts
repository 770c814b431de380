import { z } from 'zod';
import { errorResponses, uuidSchema, type ZodApp } from '../../platform/http/schemas';
import { importReportSchema } from '../../platform/xlsx/import-report';
import {
  attachmentHeader,
  workbookBody,
  XLSX_MEDIA_TYPE,
  xlsxUploadRoutes,
} from '../../platform/xlsx/upload-scope';
import { classItemSchema, traineeSchema } from './class-schemas-out';
import type { RosterService } from './roster-service';
import { selfEnrolBody, traineeInput } from './schemas';

const params = z.strictObject({ id: uuidSchema });
const rosterResponse = { 200: z.object({ items: z.array(traineeSchema) }), ...errorResponses };

export async function rosterRoutes(
  app: ZodApp,
  deps: { roster: RosterService; isKnownRegion: (code: string) => boolean },
) {
  const { roster } = deps;
  app.get(
    '/api/v1/classes/roster-template',
    {
      config: { access: 'classes.file' },
      schema: {
        tags: ['classes'],
        summary: '下载学员名册模板 The .xlsx roster template',
        description: `Answers ${XLSX_MEDIA_TYPE}.`,
      },
    },
    async (_request, reply) =>
      reply
        .type(XLSX_MEDIA_TYPE)
        .header('content-disposition', attachmentHeader('学员名册模板.xlsx', 'roster-template.xlsx'))
        .send(await roster.template()),
  );

  app.get(
    '/api/v1/classes/mine',
    {
      config: { access: 'classes.enrol' },
      schema: {
        tags: ['classes'],
        summary: '我的培训班 The signed-in worker’s classes',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                enrolmentId: z.string(),
                enrolmentStatus: z.string(),
                targetGroup: z.string(),
                individualFen: z.number(),
                class: classItemSchema,
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => ({ items: await roster.mine(request.ctx.actor!) }),
  );

  app.get(
    '/api/v1/classes/:id/roster',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['classes'],
        summary: '学员名册 The roster of a class',
        params,
        response: rosterResponse,
      },
    },
    async (request) => ({ items: await roster.list(request.ctx.actor!, request.params.id) }),
  );

  app.post(
    '/api/v1/classes/:id/roster',
    {
      config: { access: 'classes.file' },
      schema: {
        tags: ['classes'],
        summary: '添加学员 Add a trainee to a class being prepared',
        params,
        body: traineeInput(deps.isKnownRegion),
        response: rosterResponse,
      },
    },
    async (request) => ({ items: await roster.add(request.ctx, request.params.id, request.body) }),
  );

  app.delete(
    '/api/v1/classes/:id/roster/:enrolmentId',
    {
      config: { access: 'classes.file' },
      schema: {
        tags: ['classes'],
        summary: '移除学员 Remove a trainee from a class being prepared',
        params: z.strictObject({ id: uuidSchema, enrolmentId: uuidSchema }),
        response: rosterResponse,
      },
    },
    async (request) => ({
      items: await roster.remove(request.ctx, request.params.id, request.params.enrolmentId),
    }),
  );

  app.post(
    '/api/v1/classes/:id/enrol',
    {
      config: { access: 'classes.enrol' },
      schema: {
        tags: ['classes'],
        summary: '网上报名 A worker enrols in a class open for online enrolment',
        params,
        body: selfEnrolBody,
        response: { 201: z.object({ enrolmentId: z.string() }), ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await roster.selfEnrol(request.ctx, request.params.id, request.body)),
  );

  app.get(
    '/api/v1/public/projects/:id/classes',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: '项目的培训班（公开） Classes of a project open for enrolment or under way',
        params,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                code: z.string(),
                name: z.string(),
                institutionId: z.string(),
                institutionName: z.string(),
                regionName: z.string().nullable(),
                startDate: z.string(),
                endDate: z.string(),
                plannedTrainees: z.number(),
                seatsLeft: z.number(),
                status: z.string(),
                enrollable: z.boolean(),
                feeFen: z.number(),
                /** What the trainee pays themselves (个人承担). */
                individualFen: z.number(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => ({ items: await roster.publicClasses(request.params.id) }),
  );

  await xlsxUploadRoutes(app, (scope) => {
    scope.post(
      '/api/v1/classes/:id/roster/import',
      {
        config: { access: 'classes.file' },
        schema: {
          tags: ['classes'],
          summary: '导入学员名册（.xlsx） Import a roster from the template',
          description:
            'Body: the .xlsx file itself. mode=all (default) imports nothing when any row has a problem; mode=valid enrols the rows without problems and reports the rest.',
          params,
          querystring: z.strictObject({ mode: z.enum(['all', 'valid']).default('all') }),
          response: { 200: importReportSchema, ...errorResponses },
        },
      },
      async (request) =>
        roster.importXlsx(request.ctx, request.params.id, workbookBody(request.body), request.query.mode),
    );
  });
}
