import { POLICY_STATUSES, policyVersionLabel } from '@qiancheng/domain/subsidy/policy-lifecycle';
import { z } from 'zod';
import type { PolicyRow } from './policy-repository';

export const policyItemSchema = z
  .object({
    id: z.string(),
    regionCode: z.string(),
    version: z.number(),
    label: z.string(),
    title: z.string(),
    effectiveFrom: z.string(),
    status: z.enum(POLICY_STATUSES),
    updatedAt: z.string(),
    publishedAt: z.string().nullable(),
  })
  .meta({ id: 'SubsidyPolicyItem' });
export type PolicyItem = z.infer<typeof policyItemSchema>;

export const policyDetailSchema = policyItemSchema
  .extend({
    note: z.string().nullable(),
    document: z.unknown(),
    createdBy: z.string().nullable(),
    submittedBy: z.string().nullable(),
    submittedAt: z.string().nullable(),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    decisionNote: z.string().nullable(),
  })
  .meta({ id: 'SubsidyPolicy' });
export type PolicyDetail = z.infer<typeof policyDetailSchema>;

const iso = (value: Date | null) => value?.toISOString() ?? null;

export function presentPolicyItem(row: PolicyRow): PolicyItem {
  return {
    id: row.id,
    regionCode: row.regionCode,
    version: row.version,
    label: policyVersionLabel(row.regionCode, row.version),
    title: row.title,
    effectiveFrom: row.effectiveFrom,
    status: row.status as PolicyItem['status'],
    updatedAt: row.updatedAt.toISOString(),
    publishedAt: iso(row.publishedAt),
  };
}

export function presentPolicyDetail(row: PolicyRow): PolicyDetail {
  return {
    ...presentPolicyItem(row),
    note: row.note,
    document: row.document,
    createdBy: row.createdBy,
    submittedBy: row.submittedBy,
    submittedAt: iso(row.submittedAt),
    decidedBy: row.decidedBy,
    decidedAt: iso(row.decidedAt),
    decisionNote: row.decisionNote,
  };
}
