import type { SubsidyPolicy } from '@qiancheng/domain/subsidy/policy';
import type { PolicyStatus } from '@qiancheng/domain/subsidy/policy-lifecycle';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import type { Page } from '../../app/api/types';

export interface PolicyItem {
  id: string;
  regionCode: string;
  version: number;
  /** How quotes and claims name the version: `410000-v3`. */
  label: string;
  title: string;
  effectiveFrom: string;
  status: PolicyStatus;
  updatedAt: string;
  publishedAt: string | null;
}

export interface PolicyDetail extends PolicyItem {
  note: string | null;
  document: SubsidyPolicy;
  createdBy: string | null;
  submittedBy: string | null;
  submittedAt: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
}

/** The rules in force for a region on a day; `policyId` is null for the national default. */
export interface EffectivePolicy {
  version: string;
  policyId: string | null;
  regionCode: string | null;
  document: SubsidyPolicy;
}

export interface NewPolicy {
  regionCode?: string;
  title: string;
  effectiveFrom: string;
  note?: string;
}

export interface PolicyUpdate {
  title: string;
  effectiveFrom: string;
  note?: string;
  document: SubsidyPolicy;
}

export const POLICY_FILTERS = ['region', 'status'] as const;
export type PolicySearch = Partial<Record<(typeof POLICY_FILTERS)[number], string>> & {
  page: number;
  pageSize: number;
};

export const POLICIES_QUERY_ROOT = ['subsidyPolicies'] as const;
const BASE = '/api/v1/subsidies/policies';
const path = (id: string, rest = '') => `${BASE}/${encodeURIComponent(id)}${rest}`;

export function policiesQuery(search: PolicySearch) {
  return queryOptions({
    queryKey: [...POLICIES_QUERY_ROOT, 'list', search],
    queryFn: () => api.get<Page<PolicyItem>>(BASE, { ...search }),
  });
}

export function policyQuery(id: string) {
  return queryOptions({
    queryKey: [...POLICIES_QUERY_ROOT, 'detail', id],
    queryFn: async () => (await api.get<{ policy: PolicyDetail }>(path(id))).policy,
  });
}

export function effectivePolicyQuery(region: string, on: string) {
  return queryOptions({
    queryKey: [...POLICIES_QUERY_ROOT, 'effective', region, on],
    queryFn: () => api.get<EffectivePolicy>(`${BASE}/effective`, { region, on }),
  });
}

export const nationalDefaultQuery = queryOptions({
  queryKey: [...POLICIES_QUERY_ROOT, 'national-default'],
  queryFn: () => api.get<{ version: string; document: SubsidyPolicy }>(`${BASE}/national-default`),
  staleTime: Number.POSITIVE_INFINITY,
});

/** A new draft; the server copies the rules in force for the region today. */
export async function createPolicy(input: NewPolicy): Promise<PolicyDetail> {
  return (await api.post<{ policy: PolicyDetail }>(BASE, input)).policy;
}

export async function updatePolicy(id: string, input: PolicyUpdate): Promise<PolicyDetail> {
  return (await api.put<{ policy: PolicyDetail }>(path(id), input)).policy;
}

export async function submitPolicy(id: string): Promise<PolicyDetail> {
  return (await api.post<{ policy: PolicyDetail }>(path(id, '/submit'))).policy;
}

export async function publishPolicy(id: string, note?: string): Promise<PolicyDetail> {
  return (await api.post<{ policy: PolicyDetail }>(path(id, '/publish'), note ? { note } : {})).policy;
}

/** Returning and withdrawing say why. */
export async function returnPolicy(id: string, note: string): Promise<PolicyDetail> {
  return (await api.post<{ policy: PolicyDetail }>(path(id, '/return'), { note })).policy;
}

export async function withdrawPolicy(id: string, note: string): Promise<PolicyDetail> {
  return (await api.post<{ policy: PolicyDetail }>(path(id, '/withdraw'), { note })).policy;
}
