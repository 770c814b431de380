import { z } from 'zod';
import { errorResponses, pageSchema, uuidSchema, type ZodApp } from '../../platform/http/schemas';
import {
  cancelBody,
  checkListQuery,
  conclusionBody,
  createCheckBody,
  onsiteBody,
  ownCheckQuery,
  planBody,
  requestBody,
  responseBody,
} from './schemas';
import type { SupervisionService } from './service';
import { checkDetailSchema, checkItemSchema, ownCheckSchema } from './views';

const params = z.strictObject({ id: uuidSchema });
const detailResponse = { 200: z.object({ check: checkDetailSchema }), ...errorResponses };

export function checkRoutes(app: ZodApp, checks: SupervisionService) {
  app.get(
    '/api/v1/supervision/checks',
    {
      config: { access: 'supervision.read' },
      schema: {
        tags: ['supervision'],
        summary: '监督检查列表 Checks of the caller’s region',
        querystring: checkListQuery,
        response: {
          200: pageSchema(checkItemSchema),
          ...errorResponses,
        },
      },
    },
    async (request) => checks.list(request.ctx.actor!, request.query),
  );

  app.post(
    '/api/v1/supervision/checks',
    {
      config: { access: 'supervision.manage' },
      schema: {
        tags: ['supervision'],
        summary: '安排一次检查 Plan an on-site check of a running class, or send a remote photo request',
        body: createCheckBody,
        response: { 201: z.object({ check: checkDetailSchema }), ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ check: await checks.create(request.ctx, request.body) }),
  );

  app.get(
    '/api/v1/supervision/checks/:id',
    {
      config: { access: 'supervision.read' },
      schema: { tags: ['supervision'], summary: '检查详情 A check', params, response: detailResponse },
    },
    async (request) => ({ check: await checks.detail(request.ctx.actor!, request.params.id) }),
  );

  app.put(
    '/api/v1/supervision/checks/:id/plan',
    {
      config: { access: 'supervision.manage' },
      schema: {
        tags: ['supervision'],
        summary: '调整检查安排 Move a planned check to another day or session',
        params,
        body: planBody,
        response: detailResponse,
      },
    },
    async (request) => ({ check: await checks.plan(request.ctx, request.params.id, request.body) }),
  );

  app.post(
    '/api/v1/supervision/checks/:id/onsite',
    {
      config: { access: 'supervision.manage' },
      schema: {
        tags: ['supervision'],
        summary: '登记现场检查结果 Record what an on-site check found',
        params,
        body: onsiteBody,
        response: detailResponse,
      },
    },
    async (request) => ({ check: await checks.recordOnsite(request.ctx, request.params.id, request.body) }),
  );

  app.post(
    '/api/v1/supervision/checks/:id/request',
    {
      config: { access: 'supervision.manage' },
      schema: {
        tags: ['supervision'],
        summary: '发送远程拍照要求 Ask the institution for a photo of the class within a deadline',
        params,
        body: requestBody,
        response: detailResponse,
      },
    },
    async (request) => ({ check: await checks.request(request.ctx, request.params.id, request.body) }),
  );

  app.post(
    '/api/v1/supervision/checks/:id/conclusion',
    {
      config: { access: 'supervision.manage' },
      schema: {
        tags: ['supervision'],
        summary: '远程抽查结论 Conclude a remote check on its photo, or on the missed deadline',
        params,
        body: conclusionBody,
        response: detailResponse,
      },
    },
    async (request) => ({ check: await checks.conclude(request.ctx, request.params.id, request.body) }),
  );

  app.post(
    '/api/v1/supervision/checks/:id/cancel',
    {
      config: { access: 'supervision.manage' },
      schema: {
        tags: ['supervision'],
        summary: '取消检查 Call off an open check, with the reason',
        params,
        body: cancelBody,
        response: detailResponse,
      },
    },
    async (request) => ({
      check: await checks.cancel(request.ctx, request.params.id, request.body.reason),
    }),
  );

  // ── The institution's side ─────────────────────────────────────────────────────────────────

  app.get(
    '/api/v1/supervision/requests',
    {
      config: { access: 'supervision.respond' },
      schema: {
        tags: ['supervision'],
        summary: '本机构的监督检查 The institution’s remote requests and completed checks',
        querystring: ownCheckQuery,
        response: {
          200: pageSchema(ownCheckSchema),
          ...errorResponses,
        },
      },
    },
    async (request) => checks.listOwn(request.ctx.actor!, request.query),
  );

  app.get(
    '/api/v1/supervision/requests/waiting',
    {
      config: { access: 'supervision.respond' },
      schema: {
        tags: ['supervision'],
        summary: '待上传照片的要求 How many requests wait for a photo, and the soonest deadline',
        response: {
          200: z.object({ open: z.number().int(), nextDeadlineAt: z.string().nullable(), now: z.string() }),
          ...errorResponses,
        },
      },
    },
    async (request) => checks.waiting(request.ctx.actor!),
  );

  app.post(
    '/api/v1/supervision/requests/:id/response',
    {
      config: { access: 'supervision.respond' },
      schema: {
        tags: ['supervision'],
        summary: '上传课堂照片 Answer a remote request with a photo of the class in session',
        params,
        body: responseBody,
        response: { 200: z.object({ request: ownCheckSchema }), ...errorResponses },
      },
    },
    async (request) => ({
      request: await checks.respond(request.ctx, request.params.id, request.body),
    }),
  );
}
