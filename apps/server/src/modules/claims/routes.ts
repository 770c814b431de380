import type { Database } from '@qiancheng/db';
import { z } from 'zod';
import { errorResponses, pageSchema, uuidSchema, type ZodApp } from '../../platform/http/schemas';
import { replyIdempotent } from '../../platform/idempotency/run-idempotent';
import type { ClassesService } from '../classes/service';
import type { InstitutionsService } from '../institutions/service';
import type { PeopleService } from '../people/service';
import type { SubsidyGrantsService } from '../subsidies/grants';
import { mySubsidies, mySubsidiesSchema } from './mine';
import { claimNoticeSchema, claimNotices, noticeQuery } from './notice';
import { type ObjectionsService, objectionBody, objectionDecisionBody, objectionSchema } from './objections';
import { claimListQuery, createClaimBody, decisionBody, reasonBody, upgradeApplicationBody } from './schemas';
import type { ClaimsService } from './service';
import type { UpgradeApplications } from './upgrade-applications';
import { claimDetailSchema, claimItemSchema } from './views';

const params = z.strictObject({ id: uuidSchema });
const detailResponse = { 200: z.object({ claim: claimDetailSchema }), ...errorResponses };
const tags = ['claims'];

export function claimRoutes(
  app: ZodApp,
  deps: {
    claims: ClaimsService;
    upgrades: UpgradeApplications;
    objections: ObjectionsService;
    db: Database;
    classes: ClassesService;
    institutions: InstitutionsService;
    people: PeopleService;
    grants: SubsidyGrantsService;
  },
) {
  const { claims, db } = deps;
  app.get(
    '/api/v1/public/claim-notices',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '补贴公示 Approved claims under public notice, names masked',
        querystring: noticeQuery,
        response: { 200: pageSchema(claimNoticeSchema), ...errorResponses },
      },
    },
    async (request) => claimNotices(db, deps, request.query),
  );

  app.get(
    '/api/v1/subsidies/mine',
    {
      config: { access: 'subsidies.mine' },
      schema: {
        tags,
        summary: '我的补贴 The worker’s subsidies granted and their lines on claims',
        response: { 200: mySubsidiesSchema, ...errorResponses },
      },
    },
    async (request) => {
      const personId = request.ctx.actor!.personId;
      return personId ? mySubsidies(db, deps.grants, personId) : { grants: [], lines: [] };
    },
  );

  app.get(
    '/api/v1/claims',
    {
      config: { access: 'claims.read' },
      schema: {
        tags,
        summary: '补贴申领 Claims of the caller’s institution or region',
        querystring: claimListQuery,
        response: { 200: pageSchema(claimItemSchema), ...errorResponses },
      },
    },
    async (request) => claims.list(request.ctx.actor!, request.query),
  );

  app.get(
    '/api/v1/claims/:id',
    {
      config: { access: 'claims.read' },
      schema: { tags, summary: '申领详情 A claim with its lines', params, response: detailResponse },
    },
    async (request) => ({ claim: await claims.detail(request.ctx.actor!, request.params.id) }),
  );

  app.post(
    '/api/v1/claims',
    {
      config: { access: 'claims.submit' },
      schema: {
        tags,
        summary: '按结业班级起草申领 Draft the claim of a completed class',
        body: createClaimBody,
        response: { 201: z.object({ claim: claimDetailSchema }), ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ claim: await claims.createForClass(request.ctx, request.body) }),
  );

  app.post(
    '/api/v1/claims/skill-upgrade',
    {
      config: { access: 'claims.apply' },
      schema: {
        tags,
        summary: '申请技能提升补贴 A worker applies for the subsidy of one of their certificates',
        body: upgradeApplicationBody,
        response: { 201: z.object({ claim: claimDetailSchema }), ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ claim: await deps.upgrades.apply(request.ctx, request.body) }),
  );

  app.post(
    '/api/v1/claims/:id/submit',
    {
      config: { access: 'claims.own' },
      schema: { tags, summary: '提交申领 Submit for review', params, response: detailResponse },
    },
    async (request) => ({ claim: await claims.submit(request.ctx, request.params.id) }),
  );

  app.post(
    '/api/v1/claims/:id/withdraw',
    {
      config: { access: 'claims.own' },
      schema: { tags, summary: '撤回草稿 Withdraw a draft', params, response: detailResponse },
    },
    async (request) => ({ claim: await claims.withdraw(request.ctx, request.params.id) }),
  );

  app.post(
    '/api/v1/claims/:id/review',
    {
      config: { access: 'claims.review' },
      schema: {
        tags,
        summary: '初审通过 Pass the first review',
        params,
        body: decisionBody,
        response: detailResponse,
      },
    },
    async (request) => ({ claim: await claims.review(request.ctx, request.params.id, request.body) }),
  );

  app.post(
    '/api/v1/claims/:id/return',
    {
      config: { access: 'claims.review' },
      schema: {
        tags,
        summary: '退回申领 Return to the institution with the reason',
        params,
        body: reasonBody,
        response: detailResponse,
      },
    },
    async (request) => ({
      claim: await claims.returnToDraft(request.ctx, request.params.id, request.body),
    }),
  );

  app.post(
    '/api/v1/claims/:id/approve',
    {
      config: { access: 'claims.review' },
      schema: {
        tags,
        summary: '复审通过 Approve (another staff member): commits the money, opens the notice',
        description: 'Moves money: send an Idempotency-Key header.',
        params,
        body: decisionBody,
        response: detailResponse,
      },
    },
    async (request, reply) =>
      replyIdempotent(db, request, reply, 200, async (tx) => ({
        claim: await claims.approve(tx, request.ctx, request.params.id, request.body),
      })),
  );

  const objectionParams = z.strictObject({ id: uuidSchema, objectionId: uuidSchema });
  app.post(
    '/api/v1/claims/:id/objections',
    {
      config: { access: 'claims.review' },
      schema: {
        tags,
        summary: '登记公示异议 Record an objection to a trainee’s line during the notice',
        params,
        body: objectionBody,
        response: { 201: z.object({ objection: objectionSchema }), ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send({ objection: await deps.objections.record(request.ctx, request.params.id, request.body) }),
  );

  app.post(
    '/api/v1/claims/:id/objections/:objectionId/decision',
    {
      config: { access: 'claims.review' },
      schema: {
        tags,
        summary: '处理异议 Uphold (strike the line, release its amount) or dismiss an objection',
        description: 'Moves money when upheld: send an Idempotency-Key header.',
        params: objectionParams,
        body: objectionDecisionBody,
        response: { 200: z.object({ objection: objectionSchema }), ...errorResponses },
      },
    },
    async (request, reply) =>
      replyIdempotent(db, request, reply, 200, async (tx) => ({
        objection: await deps.objections.decide(
          tx,
          request.ctx,
          request.params.id,
          request.params.objectionId,
          request.body,
        ),
      })),
  );
}
