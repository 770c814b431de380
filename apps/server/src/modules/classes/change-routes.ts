import { CHANGE_KINDS, CHANGE_STATUSES } from '@qiancheng/domain/classes/class-lifecycle';
import { z } from 'zod';
import { errorResponses, uuidSchema, type ZodApp } from '../../platform/http/schemas';
import { changeRequestBody, decideBody } from './change-schemas';
import type { ChangeRequestsService } from './change-service';

const changeSchema = z
  .object({
    id: z.string(),
    classId: z.string(),
    kind: z.enum(CHANGE_KINDS),
    payload: z.record(z.string(), z.unknown()),
    names: z.record(z.string(), z.string()),
    reason: z.string(),
    status: z.enum(CHANGE_STATUSES),
    requestedAt: z.string(),
    requestedBy: z.string().nullable(),
    decisionNote: z.string().nullable(),
    decidedAt: z.string().nullable(),
  })
  .meta({ id: 'ClassChangeRequest' });

const listResponse = { 200: z.object({ items: z.array(changeSchema) }), ...errorResponses };
const params = z.strictObject({ id: uuidSchema });
const changeParams = z.strictObject({ id: uuidSchema, changeId: uuidSchema });

export function changeRoutes(
  app: ZodApp,
  deps: { changes: ChangeRequestsService; isKnownRegion: (code: string) => boolean },
) {
  const { changes } = deps;
  app.get(
    '/api/v1/classes/:id/changes',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['classes'],
        summary: '变更申请 Change requests of a class',
        params,
        response: listResponse,
      },
    },
    async (request) => ({ items: await changes.list(request.ctx.actor!, request.params.id) }),
  );

  app.post(
    '/api/v1/classes/:id/changes',
    {
      config: { access: 'classes.file' },
      schema: {
        tags: ['classes'],
        summary: '提交变更申请 Ask to change an approved or running class',
        params,
        body: changeRequestBody(deps.isKnownRegion),
        response: listResponse,
      },
    },
    async (request) => ({ items: await changes.request(request.ctx, request.params.id, request.body) }),
  );

  app.post(
    '/api/v1/classes/:id/changes/:changeId/decide',
    {
      config: { access: 'classes.review' },
      schema: {
        tags: ['classes'],
        summary: '审核变更申请 Approve (and apply) or reject a change request',
        params: changeParams,
        body: decideBody,
        response: listResponse,
      },
    },
    async (request) => ({
      items: await changes.decide(request.ctx, request.params.id, request.params.changeId, request.body),
    }),
  );

  app.post(
    '/api/v1/classes/:id/changes/:changeId/withdraw',
    {
      config: { access: 'classes.file' },
      schema: {
        tags: ['classes'],
        summary: '撤回变更申请 Withdraw a pending change request',
        params: changeParams,
        response: listResponse,
      },
    },
    async (request) => ({
      items: await changes.withdraw(request.ctx, request.params.id, request.params.changeId),
    }),
  );
}
