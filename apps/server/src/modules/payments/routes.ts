import type { Database } from '@qiancheng/db';
import { z } from 'zod';
import { errorResponses, pageSchema, uuidSchema } from '../../platform/http/schemas';
import { replyIdempotent } from '../../platform/idempotency/run-idempotent';
import {
  attachmentHeader,
  workbookBody,
  XLSX_MEDIA_TYPE,
  xlsxUploadRoutes,
} from '../../platform/xlsx/upload-scope';
import type { BankResultsService } from './bank-results';
import { resultImportResponse } from './bank-results';
import type { PaymentBatchesService } from './batches';
import type { PaymentLineActions } from './line-actions';
import { type PayeeAccountsService, payeeAccountBody, payeeAccountSchema } from './payee-accounts';
import {
  batchListQuery,
  collectBody,
  correctLineBody,
  createBatchBody,
  fileQuery,
  recoveryBody,
} from './schemas';
import { batchDetailSchema, batchItemSchema, recoverySchema } from './views';

const params = z.strictObject({ id: uuidSchema });
const tags = ['payments'];
const batchResponse = { 200: z.object({ batch: batchDetailSchema }), ...errorResponses };

export async function paymentRoutes(
  app: Parameters<typeof xlsxUploadRoutes>[0],
  deps: {
    db: Database;
    batches: PaymentBatchesService;
    results: BankResultsService;
    lines: PaymentLineActions;
    payees: PayeeAccountsService;
  },
) {
  const { batches, db } = deps;

  app.get(
    '/api/v1/payee-accounts/mine',
    {
      config: { access: 'payeeAccounts.own' },
      schema: {
        tags,
        summary:
          '本机构或本人收款账户 The account the institution, or the worker (social security card), is paid to',
        response: { 200: z.object({ account: payeeAccountSchema.nullable() }), ...errorResponses },
      },
    },
    async (request) => ({ account: await deps.payees.find(deps.payees.ownPayee(request.ctx)) }),
  );

  app.put(
    '/api/v1/payee-accounts/mine',
    {
      config: { access: 'payeeAccounts.own' },
      schema: {
        tags,
        summary: '登记收款账户 Record or change the institution’s or the worker’s own account',
        body: payeeAccountBody,
        response: { 200: z.object({ account: payeeAccountSchema }), ...errorResponses },
      },
    },
    async (request) => ({
      account: await db.transaction((tx) =>
        deps.payees.save(tx, request.ctx, deps.payees.ownPayee(request.ctx), request.body),
      ),
    }),
  );

  app.get(
    '/api/v1/payments/batches',
    {
      config: { access: 'payments.read' },
      schema: {
        tags,
        summary: '支付批次 Payment batches of the caller’s region',
        querystring: batchListQuery,
        response: { 200: pageSchema(batchItemSchema), ...errorResponses },
      },
    },
    async (request) => batches.list(request.ctx.actor!, request.query),
  );

  app.post(
    '/api/v1/payments/batches',
    {
      config: { access: 'payments.manage' },
      schema: {
        tags,
        summary: '生成支付批次 Batch payable claims of one fund source',
        description: 'Moves claims into payment: send an Idempotency-Key header.',
        body: createBatchBody,
        response: { 201: z.object({ batch: batchDetailSchema }), ...errorResponses },
      },
    },
    async (request, reply) =>
      replyIdempotent(db, request, reply, 201, async (tx) => ({
        batch: await batches.create(tx, request.ctx, request.body),
      })),
  );

  app.get(
    '/api/v1/payments/batches/:id',
    {
      config: { access: 'payments.read' },
      schema: { tags, summary: '批次详情 A batch with its lines', params, response: batchResponse },
    },
    async (request) => ({ batch: await batches.detail(request.ctx.actor!, request.params.id) }),
  );

  app.get(
    '/api/v1/payments/batches/:id/file',
    {
      config: { access: 'payments.manage' },
      schema: {
        tags,
        summary: '导出支付文件 The bank payment file (.xlsx or CSV); the first export marks it sent',
        params,
        querystring: fileQuery,
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const file = await batches.exportFile(request.ctx, request.params.id, format);
      return reply
        .type(format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_MEDIA_TYPE)
        .header('content-disposition', attachmentHeader(file.fileName, `payment-file.${format}`))
        .send(file.body);
    },
  );

  const lineParams = z.strictObject({ id: uuidSchema });
  app.post(
    '/api/v1/payments/lines/:id/correct',
    {
      config: { access: 'payments.manage' },
      schema: {
        tags,
        summary: '更正失败明细 Correct a failed line’s account so its claim is paid in a later batch',
        params: lineParams,
        body: correctLineBody,
        response: batchResponse,
      },
    },
    async (request) => ({ batch: await deps.lines.correct(request.ctx, request.params.id, request.body) }),
  );

  app.post(
    '/api/v1/payments/lines/:id/recoveries',
    {
      config: { access: 'payments.recover' },
      schema: {
        tags,
        summary: '追回 Recover money paid on a line, with the reason',
        description: 'Moves money: send an Idempotency-Key header.',
        params: lineParams,
        body: recoveryBody,
        response: { 201: z.object({ recovery: recoverySchema }), ...errorResponses },
      },
    },
    async (request, reply) =>
      replyIdempotent(db, request, reply, 201, async (tx) => ({
        recovery: await deps.lines.recover(tx, request.ctx, request.params.id, request.body),
      })),
  );

  app.post(
    '/api/v1/payments/recoveries/:id/collect',
    {
      config: { access: 'payments.recover' },
      schema: {
        tags,
        summary: '追回到账 Record that recovered money has come back',
        params,
        body: collectBody,
        response: { 200: z.object({ recovery: recoverySchema }), ...errorResponses },
      },
    },
    async (request) => ({ recovery: await deps.lines.collect(request.ctx, request.params.id, request.body) }),
  );

  await xlsxUploadRoutes(app, (scope) => {
    scope.post(
      '/api/v1/payments/batches/:id/result',
      {
        config: { access: 'payments.manage' },
        schema: {
          tags,
          summary: '导入银行回盘 Import the bank’s result file (.xlsx or CSV)',
          description:
            'Body: the file as sent back by the bank. Columns 明细号, 金额（元）, 支付结果 (成功/失败), 失败原因 (when failed), optionally 收款账号; the payment file’s other columns are accepted. Any problem refuses the whole file; the same file is never recorded twice.',
          params,
          querystring: z.strictObject({ fileName: z.string().trim().max(200).optional() }),
          response: { 200: resultImportResponse, ...errorResponses },
        },
      },
      async (request) =>
        deps.results.importResult(
          request.ctx,
          request.params.id,
          workbookBody(request.body),
          request.query.fileName ?? null,
        ),
    );
  });
}
