import type { ClaimStatus } from '@qiancheng/domain/claims/claim-lifecycle';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import type { ClaimDetail } from '../claims/claims-api';

export interface MySubsidies {
  grants: {
    scheme: string;
    occupationCode: string;
    skillLevel: string | null;
    certificateDate: string;
    regionCode: string;
    amountFen: number;
    /** False while approved and not yet paid. */
    paid: boolean;
  }[];
  lines: {
    claimId: string;
    claimNumber: string;
    /** class_training (the institution claimed) or skill_upgrade (the worker applied). */
    kind: string;
    scheme: string;
    certificateId: string | null;
    decisionNote: string | null;
    status: ClaimStatus;
    stage: string | null;
    amountFen: number;
    included: boolean;
    reasons: string[];
    createdAt: string;
  }[];
}
export type MyGrant = MySubsidies['grants'][number];
export type MyClaimLine = MySubsidies['lines'][number];

export const MY_SUBSIDIES_QUERY_ROOT = ['subsidies', 'mine'] as const;

export const mySubsidiesQuery = queryOptions({
  queryKey: MY_SUBSIDIES_QUERY_ROOT,
  queryFn: () => api.get<MySubsidies>('/api/v1/subsidies/mine'),
});

/** 申请技能提升补贴 for one of the worker's own certificates. */
export async function applyForUpgrade(input: { certificateId: string; note?: string }): Promise<ClaimDetail> {
  return (await api.post<{ claim: ClaimDetail }>('/api/v1/claims/skill-upgrade', input)).claim;
}
