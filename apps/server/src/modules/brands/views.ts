import type { ApplicantKind, BrandStatus } from '@qiancheng/domain/brands/index';
import type { BatchRecord, BatchRow, BrandRecord } from './repository';

/** The batch a published brand belongs to. */
export interface BatchRef {
  id: string;
  regionCode: string;
  number: number;
  title: string;
  publishedAt: string;
}

export interface BatchView extends BatchRef {
  regionName: string;
  brandCount: number;
}

/** A brand application as its applicant and reviewing staff see it. */
export interface BrandView {
  id: string;
  name: string;
  applicantKind: ApplicantKind;
  institutionId: string | null;
  institutionName: string | null;
  regionCode: string;
  regionName: string;
  occupationCode: string;
  occupationName: string;
  description: string;
  status: BrandStatus;
  reviewNote: string | null;
  reviewedAt: string | null;
  reviewedByName: string | null;
  batch: BatchRef | null;
  createdAt: string;
  updatedAt: string;
}

/** A published brand as the public sees it: no review notes, no reviewer. */
export interface PublicBrandView {
  id: string;
  name: string;
  applicantKind: ApplicantKind;
  institutionName: string | null;
  regionCode: string;
  regionName: string;
  occupationCode: string;
  occupationName: string;
  description: string;
  batch: BatchRef;
}

export interface BatchPreview {
  regionCode: string;
  regionName: string;
  number: number;
  title: string;
  brands: BrandView[];
}

export interface PublicBatchDetail {
  batch: BatchView;
  brands: PublicBrandView[];
}

export function batchRef(batch: BatchRow): BatchRef {
  return {
    id: batch.id,
    regionCode: batch.regionCode,
    number: batch.number,
    title: batch.title,
    publishedAt: batch.publishedAt.toISOString(),
  };
}

export function batchView(record: BatchRecord): BatchView {
  return { ...batchRef(record.batch), regionName: record.regionName, brandCount: record.brandCount };
}

export function brandView(record: BrandRecord, institutionName: string | null): BrandView {
  const { brand } = record;
  return {
    id: brand.id,
    name: brand.name,
    applicantKind: brand.applicantKind as ApplicantKind,
    institutionId: brand.institutionId,
    institutionName,
    regionCode: brand.regionCode,
    regionName: record.regionName,
    occupationCode: brand.occupationCode,
    occupationName: record.occupationName,
    description: brand.description,
    status: brand.status as BrandStatus,
    reviewNote: brand.reviewNote,
    reviewedAt: brand.reviewedAt?.toISOString() ?? null,
    reviewedByName: record.reviewedByName,
    batch: record.batch ? batchRef(record.batch) : null,
    createdAt: brand.createdAt.toISOString(),
    updatedAt: brand.updatedAt.toISOString(),
  };
}

export function publicBrandView(record: BrandRecord, institutionName: string | null): PublicBrandView {
  const { brand, batch } = record;
  if (!batch) throw new Error(`published brand ${brand.id} has no batch`);
  return {
    id: brand.id,
    name: brand.name,
    applicantKind: brand.applicantKind as ApplicantKind,
    institutionName,
    regionCode: brand.regionCode,
    regionName: record.regionName,
    occupationCode: brand.occupationCode,
    occupationName: record.occupationName,
    description: brand.description,
    batch: batchRef(batch),
  };
}

/** What the audit trail keeps of an application. */
export function auditView(brand: BrandRecord['brand']) {
  return {
    name: brand.name,
    applicantKind: brand.applicantKind,
    institutionId: brand.institutionId,
    regionCode: brand.regionCode,
    occupationCode: brand.occupationCode,
    description: brand.description,
    status: brand.status,
    reviewNote: brand.reviewNote,
    batchId: brand.batchId,
  };
}
