import { DEMAND_TEXT_LIMITS } from '@qiancheng/domain/demand/demand-row';
import { creditCodeSchema } from '@qiancheng/domain/identity/zod';
import { z } from 'zod';
import {
  errorResponses,
  pageSchema,
  paginationQuery,
  regionCodeSchema,
  type ZodApp,
} from '../../platform/http/schemas';
import type { EnterprisesService } from './service';

export const enterpriseSchema = z
  .object({
    id: z.string(),
    creditCode: z.string(),
    name: z.string(),
    regionCode: z.string(),
    regionName: z.string().nullable(),
    address: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Enterprise' });

const createEnterpriseBody = z.strictObject({
  creditCode: creditCodeSchema,
  name: z.string().trim().min(2).max(DEMAND_TEXT_LIMITS.enterpriseName),
  regionCode: regionCodeSchema,
  address: z.string().trim().max(DEMAND_TEXT_LIMITS.address).optional(),
});

export function enterpriseRoutes(app: ZodApp, enterprises: EnterprisesService) {
  app.get(
    '/api/v1/enterprises',
    {
      config: { access: 'demand.manage' },
      schema: {
        tags: ['enterprises'],
        summary: '企业列表（本区域及下级） Enterprises in your region',
        querystring: z.strictObject({ ...paginationQuery, q: z.string().trim().max(64).optional() }),
        response: {
          200: pageSchema(enterpriseSchema),
          ...errorResponses,
        },
      },
    },
    async (request) => enterprises.list(request.ctx.actor!, request.query),
  );

  app.post(
    '/api/v1/enterprises',
    {
      config: { access: 'demand.manage' },
      schema: {
        tags: ['enterprises'],
        summary: '登记企业 Register an enterprise',
        body: createEnterpriseBody,
        response: { 201: z.object({ enterprise: enterpriseSchema }), ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ enterprise: await enterprises.create(request.ctx, request.body) }),
  );

  app.get(
    '/api/v1/enterprises/mine',
    {
      config: { access: 'demand.declare' },
      schema: {
        tags: ['enterprises'],
        summary: '本企业信息 The enterprise of this account',
        response: { 200: z.object({ enterprise: enterpriseSchema }), ...errorResponses },
      },
    },
    async (request) => ({ enterprise: await enterprises.mine(request.ctx.actor!) }),
  );
}
