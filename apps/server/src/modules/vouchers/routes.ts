import type { Database } from '@qiancheng/db';
import { z } from 'zod';
import { errorResponses, pageSchema, uuidSchema, type ZodApp } from '../../platform/http/schemas';
import { replyIdempotent } from '../../platform/idempotency/run-idempotent';
import type { VoucherCardSync } from './card-sync';
import { replyIdempotentThenSync } from './reply-then-sync';
import {
  cancelVoucherBody,
  issueVoucherBody,
  redeemVoucherBody,
  voucherListQuery,
  voucherSchema,
} from './schemas';
import type { VouchersService } from './service';

const tags = ['vouchers'];
const voucherResponse = (status: number) => ({
  [status]: z.object({ voucher: voucherSchema }),
  ...errorResponses,
});

export function voucherRoutes(
  app: ZodApp,
  deps: { vouchers: VouchersService; cardSync: VoucherCardSync; db: Database },
) {
  const { vouchers, cardSync, db } = deps;
  app.get(
    '/api/v1/vouchers/mine',
    {
      config: { access: 'vouchers.mine' },
      schema: {
        tags,
        summary: '我的培训券 The signed-in worker’s vouchers',
        querystring: voucherListQuery,
        response: { 200: pageSchema(voucherSchema), ...errorResponses },
      },
    },
    async (request) => vouchers.list(request.ctx.actor!, request.query),
  );

  app.get(
    '/api/v1/vouchers',
    {
      config: { access: 'vouchers.read' },
      schema: {
        tags,
        summary: '职业培训券 Vouchers of the caller’s region',
        querystring: voucherListQuery,
        response: { 200: pageSchema(voucherSchema), ...errorResponses },
      },
    },
    async (request) => vouchers.list(request.ctx.actor!, request.query),
  );

  app.post(
    '/api/v1/vouchers',
    {
      config: { access: 'vouchers.issue' },
      schema: {
        tags,
        summary: '发放培训券 Issue a voucher to a registered person (commits its most)',
        description: 'Moves money: send an Idempotency-Key header.',
        body: issueVoucherBody,
        response: voucherResponse(201),
      },
    },
    async (request, reply) =>
      replyIdempotentThenSync(db, cardSync, request, reply, 201, async (tx) => ({
        voucher: await vouchers.issue(tx, request.ctx, request.body),
      })),
  );

  app.post(
    '/api/v1/vouchers/redeem',
    {
      config: { access: 'vouchers.redeem' },
      schema: {
        tags,
        summary: '抵用培训券 Redeem the holder’s voucher at their enrolment',
        description: 'Moves money: send an Idempotency-Key header.',
        body: redeemVoucherBody,
        response: voucherResponse(200),
      },
    },
    async (request, reply) =>
      replyIdempotent(db, request, reply, 200, async (tx) => ({
        voucher: await vouchers.redeem(tx, request.ctx, request.body),
      })),
  );

  app.post(
    '/api/v1/vouchers/:id/cancel',
    {
      config: { access: 'vouchers.issue' },
      schema: {
        tags,
        summary: '作废培训券 Cancel an unused voucher, with the reason',
        description: 'Moves money: send an Idempotency-Key header.',
        params: z.strictObject({ id: uuidSchema }),
        body: cancelVoucherBody,
        response: voucherResponse(200),
      },
    },
    async (request, reply) =>
      replyIdempotentThenSync(db, cardSync, request, reply, 200, async (tx) => ({
        voucher: await vouchers.cancel(tx, request.ctx, request.params.id, request.body.reason),
      })),
  );

  app.post(
    '/api/v1/vouchers/expire-due',
    {
      config: { access: 'vouchers.issue' },
      schema: {
        tags,
        summary: '过期清理 Expire the region’s unused vouchers past their date, releasing their money',
        response: { 200: z.object({ expired: z.number(), releasedFen: z.number() }), ...errorResponses },
      },
    },
    async (request) => vouchers.expireDue(request.ctx),
  );

  app.post(
    '/api/v1/vouchers/card-sync',
    {
      config: { access: 'vouchers.issue' },
      schema: {
        tags,
        summary:
          '同步电子社保卡 Retry the region’s due deliveries to and withdrawals from social security cards',
        response: {
          200: z.object({ delivered: z.number(), withdrawn: z.number(), failed: z.number() }),
          ...errorResponses,
        },
      },
    },
    async (request) => cardSync.syncRegion(request.ctx.actor!),
  );
}
