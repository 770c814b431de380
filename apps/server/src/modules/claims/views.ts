import { CLAIM_STATUSES, effectiveClaimStatus } from '@qiancheng/domain/claims/claim-lifecycle';
import type { SubsidyQuote } from '@qiancheng/domain/subsidy/quote-types';
import { z } from 'zod';
import { objectionSchema } from './objections';
import type { ClaimLineRow, ClaimRow } from './repository';

export const claimItemSchema = z
  .object({
    id: z.string(),
    number: z.string(),
    kind: z.string(),
    scheme: z.string(),
    regionCode: z.string(),
    classId: z.string().nullable(),
    institutionId: z.string().nullable(),
    /** The applicant and payee of an individual claim. */
    personId: z.string().nullable(),
    fundSource: z.string(),
    totalFen: z.number(),
    /** The stored status, except that a notice past its last day reads as payable. */
    status: z.enum(CLAIM_STATUSES),
    noticeUntil: z.string().nullable(),
    budgetId: z.string().nullable(),
    createdAt: z.string(),
    submittedAt: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    approvedAt: z.string().nullable(),
    decisionNote: z.string().nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: 'SubsidyClaim' });
export type ClaimItem = z.infer<typeof claimItemSchema>;

export const claimLineSchema = z.object({
  id: z.string(),
  personId: z.string(),
  name: z.string(),
  idNumberMasked: z.string(),
  enrolmentId: z.string().nullable(),
  certificateId: z.string().nullable(),
  stage: z.string().nullable(),
  amountFen: z.number(),
  included: z.boolean(),
  reasons: z.array(z.string()),
  /**
   * The conditions the quote behind the line found unmet, with the values their texts name
   * (`a3_attendance_low` with the attendance and the rate required), so a reason reads in words.
   */
  unmet: z.array(
    z.object({
      ruleId: z.string(),
      code: z.string(),
      params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
    }),
  ),
  policyVersion: z.string(),
  ruleIds: z.array(z.string()),
});
export type ClaimLineView = z.infer<typeof claimLineSchema>;

export const claimDetailSchema = claimItemSchema.extend({
  lines: z.array(claimLineSchema),
  objections: z.array(objectionSchema),
  reviewedBy: z.string().nullable(),
  approvedBy: z.string().nullable(),
  createdBy: z.string().nullable(),
});
export type ClaimDetail = z.infer<typeof claimDetailSchema>;

const iso = (value: Date | null) => (value ? value.toISOString() : null);

export function presentClaim(row: ClaimRow, today: string, openObjections = 0): ClaimItem {
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    scheme: row.scheme,
    regionCode: row.regionCode,
    classId: row.classId,
    institutionId: row.institutionId,
    personId: row.personId,
    fundSource: row.fundSource,
    totalFen: row.totalFen,
    status: effectiveClaimStatus(row.status as ClaimItem['status'], row.noticeUntil, today, openObjections),
    noticeUntil: row.noticeUntil,
    budgetId: row.budgetId,
    createdAt: row.createdAt.toISOString(),
    submittedAt: iso(row.submittedAt),
    reviewedAt: iso(row.reviewedAt),
    approvedAt: iso(row.approvedAt),
    decisionNote: row.decisionNote,
    note: row.note,
  };
}

export function presentLine(
  row: ClaimLineRow,
  person: { name: string; idNumberMasked: string } | undefined,
): ClaimLineView {
  return {
    id: row.id,
    personId: row.personId,
    name: person?.name ?? '',
    idNumberMasked: person?.idNumberMasked ?? '',
    enrolmentId: row.enrolmentId,
    certificateId: row.certificateId,
    stage: row.stage,
    amountFen: row.amountFen,
    included: row.included,
    reasons: row.reasons as string[],
    unmet: (row.quote as SubsidyQuote).unmet.map(({ ruleId, code, params }) => ({
      ruleId,
      code,
      params: { ...params },
    })),
    policyVersion: row.policyVersion,
    ruleIds: row.ruleIds as string[],
  };
}
