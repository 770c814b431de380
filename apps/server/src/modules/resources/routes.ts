import { z } from 'zod';
import { errorResponses, pageSchema, uuidSchema, type ZodApp } from '../../platform/http/schemas';
import { createResourceBody, resourceListQuery, resourceSchema, withdrawResourceBody } from './schemas';
import type { ResourcesService } from './service';

const resourceResponse = { 200: z.object({ resource: resourceSchema }), ...errorResponses };

export function resourceRoutes(app: ZodApp, resources: ResourcesService) {
  app.get(
    '/api/v1/resources',
    {
      // Institutions see what their region (and those above) share; staff what their scope covers.
      config: { access: 'resources.read' },
      schema: {
        tags: ['resources'],
        summary: '教学资源库 Teaching resources shared with you',
        querystring: resourceListQuery,
        response: { 200: pageSchema(resourceSchema), ...errorResponses },
      },
    },
    async (request) => resources.list(request.ctx.actor!, request.query),
  );

  app.post(
    '/api/v1/resources',
    {
      config: { access: 'resources.manage' },
      schema: {
        tags: ['resources'],
        summary: '添加教学资源（文件或链接） Add a teaching resource, a file or a link',
        description:
          'Give `documentId` of a file uploaded with `POST /api/v1/documents?purpose=resource`, or an http(s) `url`: exactly one. The file is downloaded at `GET /api/v1/documents/:id/content`.',
        body: createResourceBody,
        response: { 201: z.object({ resource: resourceSchema }), ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ resource: await resources.create(request.ctx, request.body) }),
  );

  app.get(
    '/api/v1/resources/:id',
    {
      config: { access: 'resources.read' },
      schema: {
        tags: ['resources'],
        summary: '教学资源详情 A teaching resource',
        params: z.strictObject({ id: uuidSchema }),
        response: resourceResponse,
      },
    },
    async (request) => ({ resource: await resources.get(request.ctx.actor!, request.params.id) }),
  );

  app.post(
    '/api/v1/resources/:id/withdraw',
    {
      config: { access: 'resources.manage' },
      schema: {
        tags: ['resources'],
        summary: '撤回教学资源 Withdraw a teaching resource',
        params: z.strictObject({ id: uuidSchema }),
        body: withdrawResourceBody,
        response: resourceResponse,
      },
    },
    async (request) => ({
      resource: await resources.withdraw(request.ctx, request.params.id, request.body.reason || null),
    }),
  );
}
