import { VOUCHER_KINDS, VOUCHER_STATUSES } from '@qiancheng/domain/vouchers/voucher-rules';
import { z } from 'zod';
import { paginationQuery, regionCodeSchema, uuidSchema } from '../../platform/http/schemas';
import { CARD_STATES } from './card-sync';

const fen = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** A voucher's terms as a request gives them, for issuing one and for setting up an offering. */
export const voucherTermsFields = {
  kind: z.enum(VOUCHER_KINDS),
  faceValueFen: fen.nullable().default(null),
  percentBasisPoints: z.number().int().min(0).max(100_000).nullable().default(null),
  capFen: fen.nullable().default(null),
  projectId: uuidSchema.nullable().default(null),
  occupationCode: z
    .string()
    .regex(/^\d-\d{2}-\d{2}-\d{2}$/)
    .nullable()
    .default(null),
  institutionId: uuidSchema.nullable().default(null),
};

export const issueVoucherBody = z.strictObject({
  idNumber: z.string().trim().min(15).max(18),
  ...voucherTermsFields,
  note: z.string().trim().max(500).optional(),
});
export type IssueVoucherInput = z.infer<typeof issueVoucherBody>;

export const redeemVoucherBody = z.strictObject({
  code: z.string().trim().min(1).max(20),
  enrolmentId: uuidSchema,
});
export type RedeemVoucherInput = z.infer<typeof redeemVoucherBody>;

export const cancelVoucherBody = z.strictObject({ reason: z.string().trim().min(2).max(500) });

export const voucherListQuery = z.strictObject({
  ...paginationQuery,
  region: regionCodeSchema.optional(),
  status: z.enum(VOUCHER_STATUSES).optional(),
});
export type VoucherListQuery = z.infer<typeof voucherListQuery>;

export const voucherSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    regionCode: z.string(),
    personId: z.string(),
    holderName: z.string(),
    kind: z.enum(VOUCHER_KINDS),
    faceValueFen: z.number().nullable(),
    percentBasisPoints: z.number().nullable(),
    capFen: z.number().nullable(),
    projectId: z.string().nullable(),
    occupationCode: z.string().nullable(),
    institutionId: z.string().nullable(),
    issuedOn: z.string(),
    validUntil: z.string(),
    /** The stored status, except that an unused voucher past its last day reads as expired. */
    status: z.enum(VOUCHER_STATUSES),
    committedFen: z.number(),
    enrolmentId: z.string().nullable(),
    valueFen: z.number().nullable(),
    note: z.string().nullable(),
    redeemedAt: z.string().nullable(),
    /** The class claim that settled it, and when. */
    settledClaimId: z.string().nullable(),
    settledAt: z.string().nullable(),
    closedReason: z.string().nullable(),
    /** The 领券活动 it was claimed from, and the target group its holder declared. */
    offeringId: z.string().nullable(),
    targetGroup: z.string().nullable(),
    /** Its copy on the holder's electronic social security card, and the last failure to sync it. */
    cardState: z.enum(CARD_STATES),
    cardSyncedAt: z.string().nullable(),
    cardError: z.string().nullable(),
  })
  .meta({ id: 'TrainingVoucher' });
export type VoucherView = z.infer<typeof voucherSchema>;
