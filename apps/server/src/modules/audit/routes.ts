import { auditLog } from '@qiancheng/db';
import { and, count, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { regionScopeFilter } from '../../platform/access/region-scope';
import { verifyAuditChain } from '../../platform/audit/verify';
import type { PlatformContext } from '../../platform/context';
import { errorResponses, pageSchema, paginationQuery, type ZodApp } from '../../platform/http/schemas';

const auditRecordSchema = z.object({
  id: z.number(),
  occurredAt: z.date(),
  actorUserId: z.string().nullable(),
  actorUsername: z.string().nullable(),
  actorRole: z.string().nullable(),
  actorRegion: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  reason: z.string().nullable(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  prevHash: z.string(),
  hash: z.string(),
});

export function auditRoutes(app: ZodApp, platform: PlatformContext) {
  app.get(
    '/api/v1/audit',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: '审计记录（本区域人员的操作） Audit records of actors in your region',
        querystring: z.strictObject({
          ...paginationQuery,
          entityType: z.string().max(40).optional(),
          entityId: z.string().max(64).optional(),
          action: z.string().max(60).optional(),
        }),
        response: {
          200: pageSchema(auditRecordSchema),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { page, pageSize, entityType, entityId, action } = request.query;
      const where = and(
        regionScopeFilter(request.ctx.actor!, auditLog.actorRegion),
        entityType ? eq(auditLog.entityType, entityType) : undefined,
        entityId ? eq(auditLog.entityId, entityId) : undefined,
        action ? eq(auditLog.action, action) : undefined,
      );
      const [items, [total]] = await Promise.all([
        platform.db
          .select()
          .from(auditLog)
          .where(where)
          .orderBy(desc(auditLog.id))
          .limit(pageSize)
          .offset((page - 1) * pageSize),
        platform.db.select({ total: count() }).from(auditLog).where(where),
      ]);
      return { items, total: total?.total ?? 0 };
    },
  );

  app.get(
    '/api/v1/audit/verify',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: '校验审计链 Verify the whole audit chain',
        response: {
          200: z.object({
            ok: z.boolean(),
            checked: z.number(),
            lastId: z.number(),
            firstBroken: z.object({ id: z.number(), problem: z.string() }).nullable(),
          }),
          ...errorResponses,
        },
      },
    },
    async () => verifyAuditChain(platform.db),
  );
}
