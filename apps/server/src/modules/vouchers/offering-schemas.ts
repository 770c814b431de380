import { TARGET_GROUP_CODES, type TargetGroupCode } from '@qiancheng/domain/reference/target-groups';
import {
  OFFERING_MAX_AGE,
  OFFERING_MIN_AGE,
  OFFERING_STATUSES,
} from '@qiancheng/domain/vouchers/offering-rules';
import { VOUCHER_KINDS } from '@qiancheng/domain/vouchers/voucher-rules';
import { z } from 'zod';
import { civilDateSchema, paginationQuery, regionCodeSchema } from '../../platform/http/schemas';
import { voucherTermsFields } from './schemas';

const groupCode = z.enum(TARGET_GROUP_CODES as unknown as [TargetGroupCode, ...TargetGroupCode[]]);
const age = z.number().int().min(OFFERING_MIN_AGE).max(OFFERING_MAX_AGE).nullable().default(null);

export const createOfferingBody = z.strictObject({
  name: z.string().trim().min(2).max(100),
  /** The region whose workers may claim; the staff member's own when left out. */
  regionCode: regionCodeSchema.optional(),
  ...voucherTermsFields,
  quantity: z.number().int().min(1).max(1_000_000),
  claimFrom: civilDateSchema,
  claimTo: civilDateSchema,
  minAge: age,
  maxAge: age,
  targetGroups: z.array(groupCode).max(TARGET_GROUP_CODES.length).default([]),
  note: z.string().trim().max(500).optional(),
});
export type CreateOfferingInput = z.infer<typeof createOfferingBody>;

export const offeringListQuery = z.strictObject({
  ...paginationQuery,
  status: z.enum(OFFERING_STATUSES).optional(),
});
export type OfferingListQuery = z.infer<typeof offeringListQuery>;

export const claimOfferingBody = z.strictObject({
  /** The group the claimant belongs to, required when the offering names groups. */
  targetGroup: groupCode.nullable().default(null),
});
export type ClaimOfferingInput = z.infer<typeof claimOfferingBody>;

export const offeringSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    regionCode: z.string(),
    regionName: z.string().nullable(),
    kind: z.enum(VOUCHER_KINDS),
    faceValueFen: z.number().nullable(),
    percentBasisPoints: z.number().nullable(),
    capFen: z.number().nullable(),
    projectId: z.string().nullable(),
    occupationCode: z.string().nullable(),
    institutionId: z.string().nullable(),
    quantity: z.number(),
    claimedCount: z.number(),
    claimFrom: z.string(),
    claimTo: z.string(),
    minAge: z.number().nullable(),
    maxAge: z.number().nullable(),
    targetGroups: z.array(groupCode),
    status: z.enum(OFFERING_STATUSES),
    note: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'VoucherOffering' });
export type OfferingView = z.infer<typeof offeringSchema>;

/** An offering open today as a worker sees it: whether they may claim, and if not, why. */
export const availableOfferingSchema = offeringSchema
  .extend({
    eligible: z.boolean(),
    /** Every reason they may not claim, by error code, in the reader's language. */
    reasons: z.array(z.object({ code: z.string(), message: z.string() })),
  })
  .meta({ id: 'AvailableVoucherOffering' });
export type AvailableOfferingView = z.infer<typeof availableOfferingSchema>;
