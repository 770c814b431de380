import { z } from 'zod';
import {
  errorResponses,
  pageSchema,
  paginationQuery,
  uuidSchema,
  type ZodApp,
} from '../../platform/http/schemas';
import {
  adjustProjectBody,
  createProjectBody,
  emptyBody,
  projectDetailSchema,
  projectFilterQuery,
  projectSchema,
  projectStatusSchema,
  staffProjectItemSchema,
  updateProjectBody,
  withdrawProjectBody,
} from './schemas';
import type { ProjectsService } from './service';

const idParams = z.strictObject({ id: uuidSchema });
const projectResponse = { 200: z.object({ project: projectSchema }), ...errorResponses };

export function projectRoutes(app: ZodApp, projects: ProjectsService) {
  app.post(
    '/api/v1/projects',
    {
      config: { access: 'projects.manage' },
      schema: {
        tags: ['projects'],
        summary: '由用工需求生成培训项目草稿 Create a draft project from demand lines',
        description:
          'The lines must be visible to you, still recruiting and of one occupation. Occupation, highest requested skill level, open posts, distinct skill requirements, region (lowest common region of the lines) and title are prefilled; fields in the body override them.',
        body: createProjectBody,
        response: { 201: z.object({ project: projectSchema }), ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ project: await projects.createFromDemand(request.ctx, request.body) }),
  );

  app.get(
    '/api/v1/projects',
    {
      config: { access: 'projects.read' },
      schema: {
        tags: ['projects'],
        summary: '培训项目列表（本区域及下级） Training projects in your region',
        querystring: z.strictObject({
          ...paginationQuery,
          ...projectFilterQuery,
          status: projectStatusSchema.optional(),
        }),
        response: {
          200: pageSchema(staffProjectItemSchema),
          ...errorResponses,
        },
      },
    },
    async (request) => projects.list(request.ctx.actor!, request.query),
  );

  app.get(
    '/api/v1/projects/:id',
    {
      config: { access: 'projects.read' },
      schema: {
        tags: ['projects'],
        summary: '培训项目详情、版本记录与来源需求 A project with its versions and demand lines',
        params: idParams,
        response: { 200: projectDetailSchema, ...errorResponses },
      },
    },
    async (request) => projects.get(request.ctx.actor!, request.params.id),
  );

  app.patch(
    '/api/v1/projects/:id',
    {
      config: { access: 'projects.manage' },
      schema: {
        tags: ['projects'],
        summary: '修改草稿 Edit a draft project',
        params: idParams,
        body: updateProjectBody,
        response: projectResponse,
      },
    },
    async (request) => ({ project: await projects.update(request.ctx, request.params.id, request.body) }),
  );

  app.post(
    '/api/v1/projects/:id/publish',
    {
      config: { access: 'projects.manage' },
      schema: {
        tags: ['projects'],
        summary: '发布培训项目 Publish a draft project',
        params: idParams,
        body: emptyBody,
        response: projectResponse,
      },
    },
    async (request) => ({ project: await projects.publish(request.ctx, request.params.id) }),
  );

  app.post(
    '/api/v1/projects/:id/adjust',
    {
      config: { access: 'projects.manage' },
      schema: {
        tags: ['projects'],
        summary: '调整已发布项目（生成新版本） Adjust a published project as a new version',
        params: idParams,
        body: adjustProjectBody,
        response: projectResponse,
      },
    },
    async (request) => {
      const { reason, ...changes } = request.body;
      return { project: await projects.adjust(request.ctx, request.params.id, reason, changes) };
    },
  );

  app.post(
    '/api/v1/projects/:id/withdraw',
    {
      config: { access: 'projects.manage' },
      schema: {
        tags: ['projects'],
        summary: '撤回培训项目 Withdraw a project',
        params: idParams,
        body: withdrawProjectBody,
        response: projectResponse,
      },
    },
    async (request) => ({
      project: await projects.withdraw(request.ctx, request.params.id, request.body.reason),
    }),
  );
}
