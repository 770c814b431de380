import { z } from 'zod';
import { today } from '../../platform/clock';
import { errorResponses, pageSchema, uuidSchema, type ZodApp } from '../../platform/http/schemas';
import {
  decisionBody,
  draftBody,
  effectiveQuery,
  policyListQuery,
  policyUpdateBody,
  reasonBody,
} from './policy-schemas';
import type { SubsidyPoliciesService } from './policy-service';
import { policyDetailSchema, policyItemSchema } from './policy-views';

const params = z.strictObject({ id: uuidSchema });
const detailResponse = { 200: z.object({ policy: policyDetailSchema }), ...errorResponses };
const tags = ['subsidies'];

export function policyRoutes(app: ZodApp, policies: SubsidyPoliciesService) {
  app.get(
    '/api/v1/subsidies/policies',
    {
      config: { access: 'subsidyPolicies.read' },
      schema: {
        tags,
        summary: '补贴政策版本 Subsidy policy versions of the caller’s region',
        querystring: policyListQuery,
        response: { 200: pageSchema(policyItemSchema), ...errorResponses },
      },
    },
    async (request) => policies.list(request.ctx.actor!, request.query),
  );

  app.get(
    '/api/v1/subsidies/policies/national-default',
    {
      config: { access: 'subsidyPolicies.read' },
      schema: {
        tags,
        summary: '全国默认政策 The national default rules',
        response: { 200: z.object({ version: z.string(), document: z.unknown() }), ...errorResponses },
      },
    },
    async () => policies.nationalDefault(),
  );

  app.get(
    '/api/v1/subsidies/policies/effective',
    {
      config: { access: 'subsidyPolicies.read' },
      schema: {
        tags,
        summary: '适用政策 The rules that apply in a region on a day',
        querystring: effectiveQuery,
        response: {
          200: z.object({
            version: z.string(),
            policyId: z.string().nullable(),
            regionCode: z.string().nullable(),
            document: z.unknown(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { region, on } = request.query;
      const found = await policies.effective(region, on ?? today());
      return {
        version: found.version,
        policyId: found.policyId,
        regionCode: found.regionCode,
        document: found.policy,
      };
    },
  );

  app.get(
    '/api/v1/subsidies/policies/:id',
    {
      config: { access: 'subsidyPolicies.read' },
      schema: { tags, summary: '政策版本详情 A policy version', params, response: detailResponse },
    },
    async (request) => ({ policy: await policies.detail(request.ctx.actor!, request.params.id) }),
  );

  app.post(
    '/api/v1/subsidies/policies',
    {
      config: { access: 'subsidyPolicies.manage' },
      schema: {
        tags,
        summary: '起草政策版本 Draft a new version',
        body: draftBody,
        response: { 201: z.object({ policy: policyDetailSchema }), ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ policy: await policies.createDraft(request.ctx, request.body) }),
  );

  app.put(
    '/api/v1/subsidies/policies/:id',
    {
      config: { access: 'subsidyPolicies.manage' },
      schema: {
        tags,
        summary: '修改草稿 Edit a draft',
        params,
        body: policyUpdateBody,
        response: detailResponse,
      },
    },
    async (request) => ({ policy: await policies.update(request.ctx, request.params.id, request.body) }),
  );

  app.post(
    '/api/v1/subsidies/policies/:id/submit',
    {
      config: { access: 'subsidyPolicies.manage' },
      schema: { tags, summary: '提交审核 Submit for publication', params, response: detailResponse },
    },
    async (request) => ({ policy: await policies.submit(request.ctx, request.params.id) }),
  );

  app.post(
    '/api/v1/subsidies/policies/:id/publish',
    {
      config: { access: 'subsidyPolicies.manage' },
      schema: {
        tags,
        summary: '审核发布 Publish a submitted version (another administrator)',
        params,
        body: decisionBody,
        response: detailResponse,
      },
    },
    async (request) => ({ policy: await policies.publish(request.ctx, request.params.id, request.body) }),
  );

  app.post(
    '/api/v1/subsidies/policies/:id/return',
    {
      config: { access: 'subsidyPolicies.manage' },
      schema: {
        tags,
        summary: '退回修改 Return to draft',
        params,
        body: reasonBody,
        response: detailResponse,
      },
    },
    async (request) => ({
      policy: await policies.returnToDraft(request.ctx, request.params.id, request.body),
    }),
  );

  app.post(
    '/api/v1/subsidies/policies/:id/withdraw',
    {
      config: { access: 'subsidyPolicies.manage' },
      schema: {
        tags,
        summary: '废止 Withdraw a published version',
        params,
        body: reasonBody,
        response: detailResponse,
      },
    },
    async (request) => ({ policy: await policies.withdraw(request.ctx, request.params.id, request.body) }),
  );
}
