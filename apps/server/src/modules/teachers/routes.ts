import { z } from 'zod';
import { errorResponses, pageSchema, uuidSchema, type ZodApp } from '../../platform/http/schemas';
import {
  createTeacherBody,
  endEmploymentBody,
  teacherListQuery,
  teacherSchema,
  updateEmploymentBody,
  updateTeacherBody,
} from './schemas';
import type { TeachersService } from './service';

const teacherResponse = { 200: z.object({ teacher: teacherSchema }), ...errorResponses };
const employmentParams = z.strictObject({ id: uuidSchema, institutionId: uuidSchema });

export function teacherRoutes(
  app: ZodApp,
  deps: { teachers: TeachersService; isKnownRegion: (code: string) => boolean },
) {
  const { teachers } = deps;

  app.get(
    '/api/v1/teachers',
    {
      // Institutions see the teachers they employ; staff, auditors and administrators their region's.
      config: { access: 'teachers.read' },
      schema: {
        tags: ['teachers'],
        summary: '师资库 Teachers you may see',
        querystring: teacherListQuery,
        response: { 200: pageSchema(teacherSchema), ...errorResponses },
      },
    },
    async (request) => teachers.list(request.ctx.actor!, request.query),
  );

  app.post(
    '/api/v1/teachers',
    {
      config: { access: 'teachers.manage' },
      schema: {
        tags: ['teachers'],
        summary: '登记教师（已在库的教师关联到本机构） Register a teacher, or link one already in the pool',
        body: createTeacherBody(deps.isKnownRegion),
        response: {
          201: z.object({ teacher: teacherSchema, linked: z.boolean() }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => reply.status(201).send(await teachers.register(request.ctx, request.body)),
  );

  app.get(
    '/api/v1/teachers/:id',
    {
      config: { access: 'teachers.read' },
      schema: {
        tags: ['teachers'],
        summary: '教师详情 A teacher',
        params: z.strictObject({ id: uuidSchema }),
        response: teacherResponse,
      },
    },
    async (request) => ({ teacher: await teachers.get(request.ctx.actor!, request.params.id) }),
  );

  app.patch(
    '/api/v1/teachers/:id',
    {
      config: { access: 'teachers.manage' },
      schema: {
        tags: ['teachers'],
        summary: '修改教师信息、证书和任教职业 Change a teacher, their certificates and occupations',
        params: z.strictObject({ id: uuidSchema }),
        body: updateTeacherBody,
        response: teacherResponse,
      },
    },
    async (request) => ({
      teacher: await teachers.update(request.ctx, request.params.id, request.body),
    }),
  );

  app.patch(
    '/api/v1/teachers/:id/employments/:institutionId',
    {
      config: { access: 'teachers.manage' },
      schema: {
        tags: ['teachers'],
        summary: '修改聘用关系 Change an employment',
        params: employmentParams,
        body: updateEmploymentBody,
        response: teacherResponse,
      },
    },
    async (request) => ({
      teacher: await teachers.updateEmployment(
        request.ctx,
        request.params.id,
        request.params.institutionId,
        request.body,
      ),
    }),
  );

  app.post(
    '/api/v1/teachers/:id/employments/:institutionId/end',
    {
      config: { access: 'teachers.manage' },
      schema: {
        tags: ['teachers'],
        summary: '解除聘用 End an employment',
        params: employmentParams,
        body: endEmploymentBody,
        response: teacherResponse,
      },
    },
    async (request) => ({
      teacher: await teachers.endEmployment(
        request.ctx,
        request.params.id,
        request.params.institutionId,
        request.body,
      ),
    }),
  );
}
