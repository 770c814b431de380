import type { VoucherKind, VoucherStatus } from '@qiancheng/domain/vouchers/voucher-rules';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import type { Page } from '../../app/api/types';

export interface Voucher {
  id: string;
  /** 券码: `PX` and 11 digits, the last a check digit. */
  code: string;
  regionCode: string;
  personId: string;
  holderName: string;
  kind: VoucherKind;
  faceValueFen: number | null;
  percentBasisPoints: number | null;
  capFen: number | null;
  projectId: string | null;
  occupationCode: string | null;
  institutionId: string | null;
  issuedOn: string;
  validUntil: string;
  status: VoucherStatus;
  committedFen: number;
  enrolmentId: string | null;
  valueFen: number | null;
  note: string | null;
  redeemedAt: string | null;
  settledClaimId: string | null;
  settledAt: string | null;
  closedReason: string | null;
  /** The 领券活动 it was claimed from, and the target group its holder declared. */
  offeringId: string | null;
  targetGroup: string | null;
  /** Its copy on the holder's electronic social security card. */
  cardState: 'pending' | 'delivered' | 'withdrawing' | 'withdrawn';
  cardSyncedAt: string | null;
  cardError: string | null;
}

export interface IssueVoucherInput {
  idNumber: string;
  kind: VoucherKind;
  faceValueFen: number | null;
  percentBasisPoints: number | null;
  capFen: number | null;
  occupationCode: string | null;
  note?: string;
}

export const VOUCHER_FILTERS = ['status'] as const;
export type VoucherSearch = Partial<Record<(typeof VOUCHER_FILTERS)[number], string>> & {
  page: number;
  pageSize: number;
};

export const VOUCHERS_QUERY_ROOT = ['vouchers'] as const;
const BASE = '/api/v1/vouchers';

export function vouchersQuery(search: VoucherSearch, mine = false) {
  return queryOptions({
    queryKey: [...VOUCHERS_QUERY_ROOT, mine ? 'mine' : 'region', search],
    queryFn: () => api.get<Page<Voucher>>(mine ? `${BASE}/mine` : BASE, { ...search }),
  });
}

/** 发放: commits the voucher's most against the budget, so it carries the submission's key. */
export async function issueVoucher(input: IssueVoucherInput, key: string): Promise<Voucher> {
  return (await api.postOnce<{ voucher: Voucher }>(BASE, input, key)).voucher;
}

/** 抵用 at a trainee's enrolment: moves money, so it carries the submission's key. */
export async function redeemVoucher(
  input: { code: string; enrolmentId: string },
  key: string,
): Promise<Voucher> {
  return (await api.postOnce<{ voucher: Voucher }>(`${BASE}/redeem`, input, key)).voucher;
}

export async function cancelVoucher(id: string, reason: string, key: string): Promise<Voucher> {
  return (
    await api.postOnce<{ voucher: Voucher }>(`${BASE}/${encodeURIComponent(id)}/cancel`, { reason }, key)
  ).voucher;
}

/** 重试: re-sends the region's due deliveries to and withdrawals from social security cards. */
export function syncVoucherCards(): Promise<{ delivered: number; withdrawn: number; failed: number }> {
  return api.post(`${BASE}/card-sync`);
}

export function expireDueVouchers(): Promise<{ expired: number; releasedFen: number }> {
  return api.post(`${BASE}/expire-due`);
}
