import { CLAIM_KINDS, CLAIM_STATUSES } from '@qiancheng/domain/claims/claim-lifecycle';
import { FUND_SOURCE_CODES } from '@qiancheng/domain/subsidy/fund-sources';
import { z } from 'zod';
import { paginationQuery, regionCodeSchema, uuidSchema } from '../../platform/http/schemas';

export const claimListQuery = z.strictObject({
  ...paginationQuery,
  region: regionCodeSchema.optional(),
  status: z.enum(CLAIM_STATUSES).optional(),
  fundSource: z.enum(FUND_SOURCE_CODES).optional(),
  classId: uuidSchema.optional(),
  kind: z.enum(CLAIM_KINDS).optional(),
});
export type ClaimListQuery = z.infer<typeof claimListQuery>;

export const createClaimBody = z.strictObject({
  classId: uuidSchema,
  note: z.string().trim().max(1000).optional(),
});
export type CreateClaimInput = z.infer<typeof createClaimBody>;

/** A worker applies for the skill-upgrade subsidy of one of their certificates. */
export const upgradeApplicationBody = z.strictObject({
  certificateId: uuidSchema,
  note: z.string().trim().max(1000).optional(),
});
export type UpgradeApplicationInput = z.infer<typeof upgradeApplicationBody>;

const note = z.string().trim().max(1000);
export const decisionBody = z.strictObject({ note: note.optional() });
export type ClaimDecisionInput = z.infer<typeof decisionBody>;
/** Returning says why. */
export const reasonBody = z.strictObject({ note: note.min(1) });
