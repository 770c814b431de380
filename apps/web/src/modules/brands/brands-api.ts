import type { ApplicantKind, BrandStatus } from '@qiancheng/domain/brands/brand-lifecycle';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import type { Page } from '../../app/api/types';

export interface BatchRef {
  id: string;
  regionCode: string;
  number: number;
  title: string;
  publishedAt: string;
}

export interface BrandBatch extends BatchRef {
  regionName: string;
  brandCount: number;
}

interface BrandFields {
  id: string;
  name: string;
  applicantKind: ApplicantKind;
  institutionName: string | null;
  regionCode: string;
  regionName: string;
  occupationCode: string;
  occupationName: string;
  description: string;
}

export interface TrainingBrand extends BrandFields {
  institutionId: string | null;
  status: BrandStatus;
  reviewNote: string | null;
  reviewedAt: string | null;
  reviewedByName: string | null;
  batch: BatchRef | null;
  createdAt: string;
  updatedAt: string;
}

export interface PublicBrand extends BrandFields {
  batch: BatchRef;
}

export interface BrandInput {
  name: string;
  regionCode: string;
  occupationCode: string;
  description: string;
}

/** Whom the signed-in user applies as, and for which region. */
export interface ApplicantContext {
  applicantKind: ApplicantKind;
  regionCode: string;
  regionName: string;
  organizationName: string | null;
}

export interface BatchPreview {
  regionCode: string;
  regionName: string;
  number: number;
  title: string;
  brands: TrainingBrand[];
}

export const BRAND_FILTERS = ['status', 'region', 'occupation'] as const;
export type BrandFilter = (typeof BRAND_FILTERS)[number];
export type BrandSearch = Partial<Record<BrandFilter, string>> & { page: number; pageSize: number };

export const BRANDS_QUERY_ROOT = ['brands'] as const;

export function brandsQuery(search: BrandSearch) {
  return queryOptions({
    queryKey: [...BRANDS_QUERY_ROOT, 'list', search],
    queryFn: () => api.get<Page<TrainingBrand>>('/api/v1/brands', { ...search }),
  });
}

export const applicantQuery = queryOptions({
  queryKey: [...BRANDS_QUERY_ROOT, 'applicant'],
  queryFn: () => api.get<ApplicantContext>('/api/v1/brands/applicant'),
});

export function batchPreviewQuery(region: string | undefined) {
  return queryOptions({
    queryKey: [...BRANDS_QUERY_ROOT, 'preview', region ?? null],
    queryFn: () => api.get<BatchPreview>('/api/v1/brand-batches/preview', { region }),
    // What a publication would publish must be read at the moment the dialog opens.
    staleTime: 0,
  });
}

const path = (id: string, action: string) => `/api/v1/brands/${encodeURIComponent(id)}/${action}`;

export async function applyBrand(input: BrandInput): Promise<TrainingBrand> {
  return (await api.post<{ brand: TrainingBrand }>('/api/v1/brands', input)).brand;
}

export async function resubmitBrand(id: string, input: BrandInput): Promise<TrainingBrand> {
  return (await api.post<{ brand: TrainingBrand }>(path(id, 'resubmit'), input)).brand;
}

export async function approveBrand(id: string): Promise<TrainingBrand> {
  return (await api.post<{ brand: TrainingBrand }>(path(id, 'approve'))).brand;
}

export async function returnBrand(id: string, reason: string): Promise<TrainingBrand> {
  return (await api.post<{ brand: TrainingBrand }>(path(id, 'return'), { reason })).brand;
}

export async function rejectBrand(id: string, reason: string): Promise<TrainingBrand> {
  return (await api.post<{ brand: TrainingBrand }>(path(id, 'reject'), { reason })).brand;
}

export async function publishBatch(input: {
  regionCode: string;
  title: string;
  brandIds: string[];
}): Promise<BrandBatch> {
  return (await api.post<{ batch: BrandBatch }>('/api/v1/brand-batches', input)).batch;
}

// ---- public ------------------------------------------------------------------------------------

export const PUBLIC_BRAND_FILTERS = ['region', 'occupation', 'batch'] as const;
export type PublicBrandFilter = (typeof PUBLIC_BRAND_FILTERS)[number];
export type PublicBrandSearch = Partial<Record<PublicBrandFilter, string>> & {
  page: number;
  pageSize: number;
};

export function publicBrandsQuery(search: PublicBrandSearch) {
  return queryOptions({
    queryKey: ['public', 'brands', search],
    queryFn: () => api.get<Page<PublicBrand>>('/api/v1/public/brands', { ...search }),
  });
}

export function publicBrandBatchesQuery(search: { region?: string; page: number; pageSize: number }) {
  return queryOptions({
    queryKey: ['public', 'brand-batches', search],
    queryFn: () => api.get<Page<BrandBatch>>('/api/v1/public/brand-batches', { ...search }),
  });
}

export function batchExportPath(id: string): string {
  return `/api/v1/public/brand-batches/${encodeURIComponent(id)}/export`;
}
