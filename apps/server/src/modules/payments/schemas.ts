import { PAYMENT_BATCH_STATUSES } from '@qiancheng/domain/payments/payment-lifecycle';
import { FUND_SOURCE_CODES } from '@qiancheng/domain/subsidy/fund-sources';
import { z } from 'zod';
import { paginationQuery, regionCodeSchema, uuidSchema } from '../../platform/http/schemas';
import { payeeAccountBody } from './payee-accounts';

export const batchListQuery = z.strictObject({
  ...paginationQuery,
  region: regionCodeSchema.optional(),
  fundSource: z.enum(FUND_SOURCE_CODES).optional(),
  status: z.enum(PAYMENT_BATCH_STATUSES).optional(),
});
export type BatchListQuery = z.infer<typeof batchListQuery>;

export const createBatchBody = z.strictObject({
  fundSource: z.enum(FUND_SOURCE_CODES),
  /** The claims to pay; all payable claims of the fund source in the caller's region when left out. */
  claimIds: z.array(uuidSchema).min(1).max(5000).optional(),
  note: z.string().trim().max(500).optional(),
});
export type CreateBatchInput = z.infer<typeof createBatchBody>;

export const fileQuery = z.strictObject({ format: z.enum(['xlsx', 'csv']).default('xlsx') });

export const correctLineBody = payeeAccountBody.extend({
  reason: z.string().trim().min(1).max(500),
});
export type CorrectLineInput = z.infer<typeof correctLineBody>;

export const recoveryBody = z.strictObject({
  amountFen: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  /** The trainee of the claim whose subsidy is recovered, when it is one trainee's. */
  claimLineId: uuidSchema.optional(),
  reason: z.string().trim().min(1).max(1000),
});
export type RecoveryInput = z.infer<typeof recoveryBody>;

export const collectBody = z.strictObject({ note: z.string().trim().max(500).optional() });
export type CollectInput = z.infer<typeof collectBody>;
