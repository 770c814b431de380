import type { Database } from '@qiancheng/db';
import { z } from 'zod';
import { appendAudit } from '../../platform/audit/recorder';
import { now } from '../../platform/clock';
import {
  errorBodySchema,
  errorResponses,
  pageSchema,
  uuidSchema,
  type ZodApp,
} from '../../platform/http/schemas';
import { replyIdempotent } from '../../platform/idempotency/run-idempotent';
import { attachmentHeader, XLSX_MEDIA_TYPE } from '../../platform/xlsx/upload-scope';
import { budgetsWorkbook } from './export';
import {
  adjustBudgetBody,
  budgetExportQuery,
  budgetListQuery,
  createBudgetBody,
  ledgerQuery,
  reconciliationQuery,
} from './schemas';
import type { FundsService } from './service';
import { budgetSchema, ledgerEntrySchema, reconciliationSchema, regionReconciliationSchema } from './views';

const params = z.strictObject({ id: uuidSchema });
/** Money-moving routes also answer 422 for an idempotency key reused with another body. */
const moneyErrors = { ...errorResponses, 422: errorBodySchema };
/** The most rows one export holds: every budget of a province for many years. */
const EXPORT_LIMIT = 10_000;

export function fundRoutes(app: ZodApp, deps: { funds: FundsService; db: Database }) {
  const { funds, db } = deps;

  app.get(
    '/api/v1/funds/budgets',
    {
      config: { access: 'funds.read' },
      schema: {
        tags: ['funds'],
        summary: '资金预算及余额 Budgets of the caller’s region subtree with their balances',
        querystring: budgetListQuery,
        response: { 200: pageSchema(budgetSchema), ...errorResponses },
      },
    },
    async (request) => funds.list(request.ctx.actor!, request.query),
  );

  app.post(
    '/api/v1/funds/budgets',
    {
      config: { access: 'funds.manage' },
      schema: {
        tags: ['funds'],
        summary: '下达预算（须带 Idempotency-Key 请求头） Create a budget for a region, year and fund source',
        body: createBudgetBody,
        response: { 201: z.object({ budget: budgetSchema }), ...moneyErrors },
      },
    },
    async (request, reply) =>
      replyIdempotent(db, request, reply, 201, async (tx) => ({
        budget: await funds.createBudget(tx, request.ctx, request.body),
      })),
  );

  app.get(
    '/api/v1/funds/budgets/export',
    {
      config: { access: 'funds.read' },
      schema: {
        tags: ['funds'],
        summary: '导出资金预算及余额（Excel） Download the filtered budgets with balances as .xlsx',
        querystring: budgetExportQuery,
        produces: [XLSX_MEDIA_TYPE],
        response: { 200: z.unknown().describe('The workbook (.xlsx): sheet 资金预算'), ...errorResponses },
      },
    },
    async (request, reply) => {
      const budgets = await funds.listAll(request.ctx.actor!, request.query, EXPORT_LIMIT);
      const readAt = now();
      const title = `资金预算及余额（导出时间 ${readAt.toISOString().slice(0, 10)}）`;
      const file = await budgetsWorkbook(budgets, title, readAt);
      await db.transaction((tx) =>
        appendAudit(tx, request.ctx, [
          {
            action: 'funds.budgets.export',
            entityType: 'fund_budget',
            after: { filter: request.query, rows: budgets.length },
          },
        ]),
      );
      return reply
        .header('content-type', XLSX_MEDIA_TYPE)
        .header('content-disposition', attachmentHeader('资金预算.xlsx', 'fund-budgets.xlsx'))
        .send(file);
    },
  );

  app.get(
    '/api/v1/funds/budgets/:id',
    {
      config: { access: 'funds.read' },
      schema: {
        tags: ['funds'],
        summary: '预算详情 A budget with its balances',
        params,
        response: { 200: z.object({ budget: budgetSchema }), ...errorResponses },
      },
    },
    async (request) => ({ budget: await funds.get(request.ctx.actor!, request.params.id) }),
  );

  app.post(
    '/api/v1/funds/budgets/:id/adjustments',
    {
      config: { access: 'funds.manage' },
      schema: {
        tags: ['funds'],
        summary: '调整预算（须带 Idempotency-Key 请求头） Increase or decrease a budget, with the reason',
        params,
        body: adjustBudgetBody,
        response: { 200: z.object({ budget: budgetSchema }), ...moneyErrors },
      },
    },
    async (request, reply) =>
      replyIdempotent(db, request, reply, 200, async (tx) => ({
        budget: await funds.adjustBudget(tx, request.ctx, request.params.id, request.body),
      })),
  );

  app.get(
    '/api/v1/funds/budgets/:id/ledger',
    {
      config: { access: 'funds.read' },
      schema: {
        tags: ['funds'],
        summary: '资金台账 A budget’s ledger, newest entry first',
        params,
        querystring: ledgerQuery,
        response: { 200: pageSchema(ledgerEntrySchema), ...errorResponses },
      },
    },
    async (request) => funds.ledger(request.ctx.actor!, request.params.id, request.query),
  );

  app.get(
    '/api/v1/funds/budgets/:id/reconciliation',
    {
      config: { access: 'funds.read' },
      schema: {
        tags: ['funds'],
        summary: '对账 Recompute a budget’s totals from its ledger and report any difference',
        params,
        response: { 200: reconciliationSchema, ...errorResponses },
      },
    },
    async (request) => {
      await funds.get(request.ctx.actor!, request.params.id);
      return funds.reconcile(request.params.id);
    },
  );

  app.get(
    '/api/v1/funds/reconciliation',
    {
      config: { access: 'funds.read' },
      schema: {
        tags: ['funds'],
        summary: '区域对账 Reconcile every budget of a region (the caller’s own by default)',
        querystring: reconciliationQuery,
        response: { 200: regionReconciliationSchema, ...errorResponses },
      },
    },
    async (request) => funds.reconcileInScope(request.ctx, request.query.region),
  );
}
