import type { PaymentBatchStatus, PaymentLineStatus } from '@qiancheng/domain/payments/payment-lifecycle';
import type { FundSourceCode } from '@qiancheng/domain/subsidy/fund-sources';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import type { Page } from '../../app/api/types';

export interface PaymentBatch {
  id: string;
  /** 支付批次号: `ZF` + region + year + sequence. */
  number: string;
  regionCode: string;
  fundSource: FundSourceCode;
  lineCount: number;
  totalFen: number;
  status: PaymentBatchStatus;
  pendingFen: number;
  paidFen: number;
  failedFen: number;
  recoveredFen: number;
  note: string | null;
  createdAt: string;
  exportedAt: string | null;
}

/** 追回: a receivable of money paid, with the reason, and when it came back. */
export interface PaymentRecovery {
  id: string;
  lineId: string;
  claimId: string;
  claimLineId: string | null;
  amountFen: number;
  reason: string;
  status: 'outstanding' | 'collected';
  decidedAt: string;
  collectedAt: string | null;
  collectionNote: string | null;
}

export interface PaymentLine {
  id: string;
  position: number;
  /** 明细号, which the bank echoes in its result. */
  lineNumber: string;
  claimId: string;
  claimNumber: string;
  accountName: string;
  accountNumberMasked: string;
  bankName: string;
  amountFen: number;
  status: PaymentLineStatus;
  failureReason: string | null;
  resultAt: string | null;
  recoveredFen: number;
  correctionReason: string | null;
  recoveries: PaymentRecovery[];
}

export interface PaymentBatchDetail extends PaymentBatch {
  lines: PaymentLine[];
  imports: {
    id: string;
    fileName: string | null;
    paidCount: number;
    failedCount: number;
    importedAt: string;
  }[];
}

export interface PayeeAccount {
  accountName: string;
  accountNumberMasked: string;
  bankName: string;
  updatedAt: string;
}

export interface PayeeAccountInput {
  accountName: string;
  accountNumber: string;
  bankName: string;
}

export const BATCH_FILTERS = ['status', 'fundSource'] as const;
export type BatchSearch = Partial<Record<(typeof BATCH_FILTERS)[number], string>> & {
  page: number;
  pageSize: number;
};

export const PAYMENTS_QUERY_ROOT = ['payments'] as const;
const BASE = '/api/v1/payments';
const batchPath = (id: string, rest = '') => `${BASE}/batches/${encodeURIComponent(id)}${rest}`;

export function batchesQuery(search: BatchSearch) {
  return queryOptions({
    queryKey: [...PAYMENTS_QUERY_ROOT, 'batches', search],
    queryFn: () => api.get<Page<PaymentBatch>>(`${BASE}/batches`, { ...search }),
  });
}

export function batchQuery(id: string) {
  return queryOptions({
    queryKey: [...PAYMENTS_QUERY_ROOT, 'batch', id],
    queryFn: async () => (await api.get<{ batch: PaymentBatchDetail }>(batchPath(id))).batch,
  });
}

export function payeeAccountQuery() {
  return queryOptions({
    queryKey: [...PAYMENTS_QUERY_ROOT, 'payee-account'],
    queryFn: async () =>
      (await api.get<{ account: PayeeAccount | null }>('/api/v1/payee-accounts/mine')).account,
  });
}

export async function savePayeeAccount(input: PayeeAccountInput): Promise<PayeeAccount> {
  return (await api.put<{ account: PayeeAccount }>('/api/v1/payee-accounts/mine', input)).account;
}

/** 生成支付批次: moves claims into payment, so it carries the submission's idempotency key. */
export async function createBatch(
  input: { fundSource: string; claimIds: string[]; note?: string },
  key: string,
): Promise<PaymentBatchDetail> {
  return (await api.postOnce<{ batch: PaymentBatchDetail }>(`${BASE}/batches`, input, key)).batch;
}

export function batchFilePath(id: string): string {
  return batchPath(id, '/file');
}

/** 导入银行回盘: the bank's file as it came back, .xlsx or CSV. */
export async function importBankResult(
  id: string,
  file: File,
): Promise<{ paid: number; failed: number; batch: PaymentBatchDetail }> {
  const csv = file.name.toLowerCase().endsWith('.csv');
  return api.upload(`${batchPath(id, '/result')}?fileName=${encodeURIComponent(file.name)}`, {
    data: file,
    contentType: csv ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
}

export async function correctLine(
  lineId: string,
  input: PayeeAccountInput & { reason: string },
): Promise<PaymentBatchDetail> {
  return (
    await api.post<{ batch: PaymentBatchDetail }>(
      `${BASE}/lines/${encodeURIComponent(lineId)}/correct`,
      input,
    )
  ).batch;
}

/** 追回: moves money back, so it carries the submission's idempotency key. */
export async function recoverPayment(
  lineId: string,
  input: { amountFen: number; claimLineId?: string; reason: string },
  key: string,
): Promise<PaymentRecovery> {
  const url = `${BASE}/lines/${encodeURIComponent(lineId)}/recoveries`;
  return (await api.postOnce<{ recovery: PaymentRecovery }>(url, input, key)).recovery;
}

export async function collectRecovery(id: string, note?: string): Promise<PaymentRecovery> {
  const url = `${BASE}/recoveries/${encodeURIComponent(id)}/collect`;
  return (await api.post<{ recovery: PaymentRecovery }>(url, note ? { note } : {})).recovery;
}
