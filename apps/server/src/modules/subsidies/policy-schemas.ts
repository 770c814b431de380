import { POLICY_STATUSES } from '@qiancheng/domain/subsidy/policy-lifecycle';
import { z } from 'zod';
import { civilDateSchema, paginationQuery, regionCodeSchema } from '../../platform/http/schemas';

export const policyListQuery = z.strictObject({
  ...paginationQuery,
  region: regionCodeSchema.optional(),
  status: z.enum(POLICY_STATUSES).optional(),
});
export type PolicyListQuery = z.infer<typeof policyListQuery>;

const title = z.string().trim().min(1).max(100);
const note = z.string().trim().max(1000);
/** The rules document is checked by the domain's policy check, which names every problem's path. */
const document = z.unknown().meta({ description: 'The rules A1–C2 and the 急需紧缺 list, as JSON' });

export const draftBody = z.strictObject({
  /** A region inside the caller's; the caller's own when left out. */
  regionCode: regionCodeSchema.optional(),
  title,
  effectiveFrom: civilDateSchema,
  note: note.optional(),
  /** Left out: a copy of the rules in force for the region today. */
  document: document.optional(),
});
export type DraftInput = z.infer<typeof draftBody>;

export const policyUpdateBody = z.strictObject({
  title,
  effectiveFrom: civilDateSchema,
  note: note.optional(),
  document,
});
export type PolicyUpdateInput = z.infer<typeof policyUpdateBody>;

export const decisionBody = z.strictObject({ note: note.optional() });
export type DecisionInput = z.infer<typeof decisionBody>;

/** Returning and withdrawing say why. */
export const reasonBody = z.strictObject({ note: note.min(1) });

/** Which rules apply in a region on a day (today when left out). */
export const effectiveQuery = z.strictObject({
  region: regionCodeSchema,
  on: civilDateSchema.optional(),
});
