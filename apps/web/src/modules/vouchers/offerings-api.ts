import type { TargetGroupCode } from '@qiancheng/domain/reference/target-groups';
import type { OfferingStatus } from '@qiancheng/domain/vouchers/offering-rules';
import type { VoucherKind } from '@qiancheng/domain/vouchers/voucher-rules';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import type { Page } from '../../app/api/types';
import { VOUCHERS_QUERY_ROOT, type Voucher } from './vouchers-api';

/** 领券活动: vouchers on one set of terms for the region's eligible workers to claim. */
export interface Offering {
  id: string;
  name: string;
  regionCode: string;
  regionName: string | null;
  kind: VoucherKind;
  faceValueFen: number | null;
  percentBasisPoints: number | null;
  capFen: number | null;
  projectId: string | null;
  occupationCode: string | null;
  institutionId: string | null;
  quantity: number;
  claimedCount: number;
  claimFrom: string;
  claimTo: string;
  minAge: number | null;
  maxAge: number | null;
  targetGroups: TargetGroupCode[];
  status: OfferingStatus;
  note: string | null;
  createdAt: string;
}

/** An offering open today as the worker sees it: whether they may claim, and why not. */
export interface AvailableOffering extends Offering {
  eligible: boolean;
  reasons: { code: string; message: string }[];
}

export interface NewOffering {
  name: string;
  kind: VoucherKind;
  faceValueFen: number | null;
  percentBasisPoints: number | null;
  capFen: number | null;
  occupationCode: string | null;
  quantity: number;
  claimFrom: string;
  claimTo: string;
  minAge: number | null;
  maxAge: number | null;
  targetGroups: TargetGroupCode[];
  note?: string;
}

export const OFFERING_FILTERS = ['status'] as const;
export type OfferingSearch = Partial<Record<(typeof OFFERING_FILTERS)[number], string>> & {
  page: number;
  pageSize: number;
};

/** Under the vouchers' root, so what changes vouchers refreshes offerings and the other way round. */
export const OFFERINGS_QUERY_ROOT = [...VOUCHERS_QUERY_ROOT, 'offerings'] as const;
const BASE = '/api/v1/vouchers/offerings';

export function offeringsQuery(search: OfferingSearch) {
  return queryOptions({
    queryKey: [...OFFERINGS_QUERY_ROOT, 'region', search],
    queryFn: () => api.get<Page<Offering>>(BASE, { ...search }),
  });
}

export function availableOfferingsQuery() {
  return queryOptions({
    queryKey: [...OFFERINGS_QUERY_ROOT, 'available'],
    queryFn: () => api.get<{ items: AvailableOffering[] }>(`${BASE}/available`),
  });
}

export async function createOffering(input: NewOffering): Promise<Offering> {
  return (await api.post<{ offering: Offering }>(BASE, input)).offering;
}

export async function setOfferingStatus(id: string, to: 'open' | 'close'): Promise<Offering> {
  return (await api.post<{ offering: Offering }>(`${BASE}/${encodeURIComponent(id)}/${to}`)).offering;
}

/** 批量发放: issues vouchers and commits their most, so it carries the submission's key. */
export async function issueOfferingToAll(
  id: string,
  key: string,
): Promise<{ issued: number; offering: Offering }> {
  return api.postOnce(`${BASE}/${encodeURIComponent(id)}/issue-all`, {}, key);
}

/** 领取: issues a voucher and commits its most, so it carries the submission's key. */
export async function claimOffering(
  id: string,
  targetGroup: TargetGroupCode | null,
  key: string,
): Promise<Voucher> {
  return (
    await api.postOnce<{ voucher: Voucher }>(`${BASE}/${encodeURIComponent(id)}/claim`, { targetGroup }, key)
  ).voucher;
}
