import type { Database } from '@qiancheng/db';
import { z } from 'zod';
import { errorResponses, pageSchema, uuidSchema, type ZodApp } from '../../platform/http/schemas';
import type { VoucherCardSync } from './card-sync';
import type { OfferingBulkIssue } from './offering-bulk-issue';
import type { OfferingClaimsService } from './offering-claims';
import {
  availableOfferingSchema,
  claimOfferingBody,
  createOfferingBody,
  offeringListQuery,
  offeringSchema,
} from './offering-schemas';
import type { VoucherOfferingsService } from './offerings-service';
import { replyIdempotentThenSync } from './reply-then-sync';
import { voucherSchema } from './schemas';

const tags = ['vouchers'];
const BASE = '/api/v1/vouchers/offerings';
const offeringBody = z.object({ offering: offeringSchema });

export function voucherOfferingRoutes(
  app: ZodApp,
  deps: {
    offerings: VoucherOfferingsService;
    claims: OfferingClaimsService;
    bulk: OfferingBulkIssue;
    cardSync: VoucherCardSync;
    db: Database;
  },
) {
  const { offerings, claims, bulk, cardSync, db } = deps;
  app.get(
    BASE,
    {
      config: { access: 'vouchers.read' },
      schema: {
        tags,
        summary: '领券活动 Voucher offerings of the caller’s region',
        querystring: offeringListQuery,
        response: { 200: pageSchema(offeringSchema), ...errorResponses },
      },
    },
    async (request) => offerings.list(request.ctx.actor!, request.query),
  );

  app.post(
    BASE,
    {
      config: { access: 'vouchers.issue' },
      schema: {
        tags,
        summary: '新建领券活动 Set up an offering (not open until opened)',
        body: createOfferingBody,
        response: { 201: offeringBody, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ offering: await offerings.create(request.ctx, request.body) }),
  );

  for (const to of ['open', 'close'] as const) {
    app.post(
      `${BASE}/:id/${to}`,
      {
        config: { access: 'vouchers.issue' },
        schema: {
          tags,
          summary:
            to === 'open'
              ? '开放领券活动 Open an offering for claims'
              : '关闭领券活动 Close an offering to further claims',
          params: z.strictObject({ id: uuidSchema }),
          response: { 200: offeringBody, ...errorResponses },
        },
      },
      async (request) => ({
        offering: await offerings.setStatus(
          request.ctx,
          request.params.id,
          to === 'open' ? 'open' : 'closed',
        ),
      }),
    );
  }

  app.post(
    `${BASE}/:id/issue-all`,
    {
      config: { access: 'vouchers.issue' },
      schema: {
        tags,
        summary:
          '批量发放 Issue an open offering’s vouchers to the region’s registered people who meet its criteria (at most 500 a request)',
        description: 'Moves money: send an Idempotency-Key header.',
        params: z.strictObject({ id: uuidSchema }),
        response: {
          200: z.object({ issued: z.number(), voucherIds: z.array(z.string()), offering: offeringSchema }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) =>
      replyIdempotentThenSync(db, cardSync, request, reply, 200, (tx) =>
        bulk.issue(tx, request.ctx, request.params.id),
      ),
  );

  app.get(
    `${BASE}/available`,
    {
      config: { access: 'vouchers.claim' },
      schema: {
        tags,
        summary: '可领取的培训券 Offerings open today for the worker’s region, with whether they may claim',
        response: { 200: z.object({ items: z.array(availableOfferingSchema) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await claims.available(request.ctx) }),
  );

  app.post(
    `${BASE}/:id/claim`,
    {
      config: { access: 'vouchers.claim' },
      schema: {
        tags,
        summary: '领取培训券 Claim a voucher of an offering (commits its most)',
        description: 'Moves money: send an Idempotency-Key header.',
        params: z.strictObject({ id: uuidSchema }),
        body: claimOfferingBody,
        response: { 201: z.object({ voucher: voucherSchema }), ...errorResponses },
      },
    },
    async (request, reply) =>
      replyIdempotentThenSync(db, cardSync, request, reply, 201, async (tx) => ({
        voucher: await claims.claim(tx, request.ctx, request.params.id, request.body),
      })),
  );
}
