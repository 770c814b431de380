import { ROLES, USERNAME_PATTERN } from '@qiancheng/domain';
import { z } from 'zod';
import {
  errorResponses,
  pageSchema,
  paginationQuery,
  regionCodeSchema,
  userViewSchema,
  uuidSchema,
  type ZodApp,
} from '../../platform/http/schemas';
import { newPasswordSchema } from '../auth/routes';
import { mobileField } from '../people/schemas';
import type { UsersService } from './service';

const createUserBody = z.strictObject({
  username: z.string().trim().regex(USERNAME_PATTERN),
  password: newPasswordSchema,
  displayName: z.string().trim().min(1).max(64),
  role: z.enum(ROLES),
  regionCode: regionCodeSchema,
  organizationName: z.string().trim().max(128).optional(),
  mobile: mobileField.optional(),
});

export function userRoutes(app: ZodApp, users: UsersService) {
  app.get(
    '/api/v1/users',
    {
      config: { access: 'users.read' },
      schema: {
        tags: ['users'],
        summary: '用户列表（本区域及下级） Users in your region',
        querystring: z.strictObject({
          ...paginationQuery,
          q: z.string().trim().max(64).optional(),
          role: z.enum(ROLES).optional(),
          region: regionCodeSchema.optional(),
        }),
        response: { 200: pageSchema(userViewSchema), ...errorResponses },
      },
    },
    async (request) => users.list(request.ctx.actor!, request.query),
  );

  app.get(
    '/api/v1/users/:id',
    {
      config: { access: 'users.read' },
      schema: {
        tags: ['users'],
        summary: '用户详情 A user',
        params: z.strictObject({ id: uuidSchema }),
        response: { 200: z.object({ user: userViewSchema }), ...errorResponses },
      },
    },
    async (request) => ({ user: await users.get(request.ctx.actor!, request.params.id) }),
  );

  app.post(
    '/api/v1/users',
    {
      config: { access: 'users.manage' },
      schema: {
        tags: ['users'],
        summary: '创建账号 Create an account',
        body: createUserBody,
        response: { 201: z.object({ user: userViewSchema }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const created = await users.create(request.ctx, {
        ...request.body,
        organizationName: request.body.organizationName ?? null,
      });
      return reply.status(201).send({ user: await users.presentById(created.id) });
    },
  );

  app.patch(
    '/api/v1/users/:id',
    {
      config: { access: 'users.manage' },
      schema: {
        tags: ['users'],
        summary: '停用、启用或改名 Disable, enable or rename an account',
        params: z.strictObject({ id: uuidSchema }),
        body: z.strictObject({
          disabled: z.boolean().optional(),
          displayName: z.string().trim().min(1).max(64).optional(),
        }),
        response: { 200: z.object({ user: userViewSchema }), ...errorResponses },
      },
    },
    async (request) => ({ user: await users.update(request.ctx, request.params.id, request.body) }),
  );
}
