import { z } from 'zod';
import { errorResponses, pageSchema, uuidSchema, type ZodApp } from '../../platform/http/schemas';
import { classDetailSchema, classItemSchema } from './class-schemas-out';
import { classInput, classListQuery, reasonBody, reviewBody } from './schemas';
import type { ClassesService } from './service';

const params = z.strictObject({ id: uuidSchema });
const detailResponse = { 200: z.object({ class: classDetailSchema }), ...errorResponses };

export function classRoutes(app: ZodApp, classes: ClassesService) {
  app.get(
    '/api/v1/classes',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['classes'],
        summary: '培训班列表 Classes: an institution’s own, or those of the caller’s region',
        querystring: classListQuery,
        response: {
          200: pageSchema(classItemSchema),
          ...errorResponses,
        },
      },
    },
    async (request) => classes.list(request.ctx.actor!, request.query),
  );

  app.post(
    '/api/v1/classes',
    {
      config: { access: 'classes.file' },
      schema: {
        tags: ['classes'],
        summary: '新建培训班（草稿） Draft a class for a project the institution was selected for',
        body: classInput,
        response: { 201: z.object({ class: classDetailSchema }), ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ class: await classes.create(request.ctx, request.body) }),
  );

  app.get(
    '/api/v1/classes/:id',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['classes'], summary: '培训班详情 A class', params, response: detailResponse },
    },
    async (request) => ({ class: await classes.detail(request.ctx.actor!, request.params.id) }),
  );

  app.put(
    '/api/v1/classes/:id',
    {
      config: { access: 'classes.file' },
      schema: {
        tags: ['classes'],
        summary: '修改培训班（草稿或退回） Replace the plan of a draft or returned class',
        params,
        body: classInput,
        response: detailResponse,
      },
    },
    async (request) => ({ class: await classes.update(request.ctx, request.params.id, request.body) }),
  );

  const action = (
    path: string,
    access: 'classes.file' | 'classes.review' | 'authenticated',
    summary: string,
    run: (id: string, ctx: Parameters<ClassesService['file']>[0]) => ReturnType<ClassesService['file']>,
  ) =>
    app.post(
      `/api/v1/classes/:id/${path}`,
      { config: { access }, schema: { tags: ['classes'], summary, params, response: detailResponse } },
      async (request) => ({ class: await run(request.params.id, request.ctx) }),
    );

  action('file', 'classes.file', '开班备案 File the class', (id, ctx) => classes.file(ctx, id));
  action('start', 'classes.file', '开班 Start an approved class on or after its start date', (id, ctx) =>
    classes.start(ctx, id),
  );
  action('complete', 'classes.file', '结业 Complete the class after its last session', (id, ctx) =>
    classes.complete(ctx, id),
  );
  action('close', 'classes.review', '关闭 Close an assessed class', (id, ctx) => classes.close(ctx, id));

  app.post(
    '/api/v1/classes/:id/review',
    {
      config: { access: 'classes.review' },
      schema: {
        tags: ['classes'],
        summary: '备案审核 Approve a filing, or return it with reasons',
        params,
        body: reviewBody,
        response: detailResponse,
      },
    },
    async (request) => ({ class: await classes.review(request.ctx, request.params.id, request.body) }),
  );

  app.post(
    '/api/v1/classes/:id/cancel',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['classes'],
        summary: '取消培训班 Cancel a class (its institution, or staff of its region)',
        params,
        body: reasonBody,
        response: detailResponse,
      },
    },
    async (request) => ({ class: await classes.cancel(request.ctx, request.params.id, request.body.reason) }),
  );
}
