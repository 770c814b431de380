import { z } from 'zod';
import {
  errorResponses,
  pageSchema,
  paginationQuery,
  uuidSchema,
  type ZodApp,
} from '../../platform/http/schemas';
import {
  applicationBody,
  handleObjectionBody,
  objectionBody,
  publicizeBody,
  roundBody,
  roundListQuery,
  scoreBody,
} from './schemas';
import type { SelectionService } from './service';
import { applicationSchema, roundDetailSchema, roundItemSchema } from './views';

const idParams = z.strictObject({ id: uuidSchema });
const detail = { 200: roundDetailSchema, ...errorResponses };
const tags = ['selection'];

export function selectionRoutes(app: ZodApp, selection: SelectionService) {
  app.get(
    '/api/v1/selection/rounds',
    {
      config: { access: 'selection.read' },
      schema: {
        tags,
        summary: '遴选列表 Selection rounds in your region',
        querystring: z.strictObject({ ...paginationQuery, ...roundListQuery }),
        response: {
          200: pageSchema(roundItemSchema),
          ...errorResponses,
        },
      },
    },
    async (request) => selection.list(request.ctx.actor!, request.query),
  );

  app.post(
    '/api/v1/selection/rounds',
    {
      config: { access: 'selection.manage' },
      schema: {
        tags,
        summary: '发布遴选 Publish selection conditions for a project',
        body: roundBody,
        response: { 201: roundDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await selection.create(request.ctx, request.body)),
  );

  app.get(
    '/api/v1/selection/rounds/:id',
    {
      config: { access: 'authenticated' },
      schema: { tags, summary: '遴选详情 Selection round', params: idParams, response: detail },
    },
    // Staff see the rounds of their region with every application; an institution sees its own.
    async (request) => selection.detail(request.ctx.actor!, request.params.id),
  );

  app.post(
    '/api/v1/selection/rounds/:id/close',
    {
      config: { access: 'selection.manage' },
      schema: { tags, summary: '结束申报，开始评审 Close applications', params: idParams, response: detail },
    },
    async (request) => selection.closeApplications(request.ctx, request.params.id),
  );

  app.post(
    '/api/v1/selection/rounds/:id/confirm',
    {
      config: { access: 'selection.manage' },
      schema: {
        tags,
        summary: '公示期满，确认生效 Confirm after the notice',
        params: idParams,
        response: detail,
      },
    },
    async (request) => selection.confirm(request.ctx, request.params.id),
  );

  app.post(
    '/api/v1/selection/rounds/:id/cancel',
    {
      config: { access: 'selection.manage' },
      schema: {
        tags,
        summary: '取消遴选 Cancel',
        params: idParams,
        body: z.strictObject({ reason: z.string().trim().min(1).max(1000) }),
        response: detail,
      },
    },
    async (request) => selection.cancel(request.ctx, request.params.id, request.body.reason),
  );

  app.put(
    '/api/v1/selection/rounds/:id/applications/:applicationId/score',
    {
      config: { access: 'selection.manage' },
      schema: {
        tags,
        summary: '评分 Score an application',
        params: z.strictObject({ id: uuidSchema, applicationId: uuidSchema }),
        body: scoreBody,
        response: detail,
      },
    },
    async (request) =>
      selection.score(request.ctx, request.params.id, request.params.applicationId, request.body),
  );

  app.post(
    '/api/v1/selection/rounds/:id/publicize',
    {
      config: { access: 'selection.manage' },
      schema: {
        tags,
        summary: '公示遴选结果 Publish the result for notice',
        params: idParams,
        body: publicizeBody,
        response: detail,
      },
    },
    async (request) => selection.publicize(request.ctx, request.params.id, request.body),
  );

  app.post(
    '/api/v1/selection/rounds/:id/objections',
    {
      config: { access: 'selection.manage' },
      schema: {
        tags,
        summary: '登记异议 Record an objection',
        params: idParams,
        body: objectionBody,
        response: detail,
      },
    },
    async (request) => selection.recordObjection(request.ctx, request.params.id, request.body),
  );

  app.post(
    '/api/v1/selection/rounds/:id/objections/:objectionId/handle',
    {
      config: { access: 'selection.manage' },
      schema: {
        tags,
        summary: '处理异议 Handle an objection',
        params: z.strictObject({ id: uuidSchema, objectionId: uuidSchema }),
        body: handleObjectionBody,
        response: detail,
      },
    },
    async (request) =>
      selection.handleObjection(request.ctx, request.params.id, request.params.objectionId, request.body),
  );

  app.post(
    '/api/v1/selection/rounds/:id/applications',
    {
      config: { access: 'selection.apply' },
      schema: {
        tags,
        summary: '机构申报 Apply with an offer',
        params: idParams,
        body: applicationBody,
        response: { 201: roundDetailSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await selection.apply(request.ctx, request.params.id, request.body)),
  );

  app.post(
    '/api/v1/selection/rounds/:id/applications/withdraw',
    {
      config: { access: 'selection.apply' },
      schema: { tags, summary: '撤回申报 Withdraw my application', params: idParams, response: detail },
    },
    async (request) => selection.withdrawApplication(request.ctx, request.params.id),
  );

  app.get(
    '/api/v1/selection/applications/mine',
    {
      config: { access: 'selection.apply' },
      schema: {
        tags,
        summary: '本机构的申报 My applications',
        response: {
          200: z.object({
            items: z.array(z.object({ application: applicationSchema, round: roundItemSchema })),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => ({ items: await selection.mine(request.ctx.actor!) }),
  );

  // Public: conditions are published (条件公开) and results are on notice (公示).
  app.get(
    '/api/v1/public/selection/rounds',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '遴选公告与公示（公开） Open calls and notices, public',
        querystring: z.strictObject({
          ...paginationQuery,
          status: z.enum(['open', 'publicized', 'effective']).default('open'),
        }),
        response: {
          200: pageSchema(roundItemSchema),
          ...errorResponses,
        },
      },
    },
    async (request) => selection.publicRounds(request.query),
  );

  app.get(
    '/api/v1/public/selection/rounds/:id',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '遴选公告或结果（公开） Call or result, public',
        params: idParams,
        response: {
          200: z.object({
            round: roundItemSchema,
            results: z.array(
              z.object({
                institutionId: z.string(),
                institutionName: z.string(),
                totalScore: z.number().nullable(),
                selected: z.boolean(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => selection.publicResult(request.params.id),
  );
}
