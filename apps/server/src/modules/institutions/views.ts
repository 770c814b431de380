import { qualificationState } from '@qiancheng/domain/institutions/qualifications';
import { z } from 'zod';
import type * as repo from './repository';

export const institutionItemSchema = z
  .object({
    id: z.string(),
    creditCode: z.string(),
    name: z.string(),
    type: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
    reviewStatus: z.enum(['pending', 'approved', 'returned']),
    creditStatus: z.string(),
    /** At least one qualification has expired: a warning, and filings are blocked. */
    qualificationExpired: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'InstitutionItem' });
export type InstitutionItem = z.infer<typeof institutionItemSchema>;

export const institutionDetailSchema = institutionItemSchema
  .extend({
    address: z.string(),
    legalRepresentative: z.string(),
    contactName: z.string(),
    contactPhoneMasked: z.string(),
    introduction: z.string().nullable(),
    reviewNote: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    qualifications: z.array(
      z.object({
        id: z.string(),
        kind: z.string(),
        number: z.string(),
        issuer: z.string(),
        validFrom: z.string(),
        validUntil: z.string().nullable(),
        state: z.enum(['valid', 'expiring', 'expired', 'not_yet_valid']),
        documentId: z.string().nullable(),
      }),
    ),
    qualificationSummary: z.object({
      inForce: z.number(),
      expired: z.number(),
      expiring: z.number(),
      blocksFiling: z.boolean(),
    }),
    sites: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        address: z.string(),
        regionCode: z.string(),
        regionName: z.string(),
        latitude: z.number().nullable(),
        longitude: z.number().nullable(),
        capacity: z.number(),
        equipment: z.string(),
        retired: z.boolean(),
      }),
    ),
    occupations: z.array(z.object({ code: z.string(), name: z.string() })),
    decisions: z.array(
      z.object({
        id: z.string(),
        status: z.string(),
        reason: z.string(),
        effectiveFrom: z.string(),
        effectiveUntil: z.string().nullable(),
        decidedAt: z.string(),
      }),
    ),
    findings: z.array(
      z.object({
        id: z.string(),
        source: z.string(),
        severity: z.string(),
        description: z.string(),
        foundOn: z.string(),
      }),
    ),
    pledge: z.object({ version: z.string(), signerName: z.string(), signedAt: z.string() }).nullable(),
    /** Classes run, completion, certification and employment rates, once classes exist. */
    quality: z.null(),
  })
  .meta({ id: 'InstitutionDetail' });
export type InstitutionDetail = z.infer<typeof institutionDetailSchema>;

export function presentItem(row: repo.InstitutionListRow): InstitutionItem {
  const i = row.institution;
  return {
    id: i.id,
    creditCode: i.creditCode,
    name: i.name,
    type: i.type,
    regionCode: i.regionCode,
    regionName: row.regionName,
    reviewStatus: i.reviewStatus as InstitutionItem['reviewStatus'],
    creditStatus: row.creditStatus,
    qualificationExpired: row.hasExpired,
    createdAt: i.createdAt.toISOString(),
  };
}

export function presentDetail(input: {
  row: repo.InstitutionRow;
  regionName: string | null;
  qualifications: repo.QualificationRow[];
  sites: { site: repo.SiteRow; regionName: string }[];
  occupations: { code: string; name: string }[];
  decisions: repo.DecisionRow[];
  findings: repo.FindingRow[];
  pledge: repo.PledgeRow | null;
  today: string;
  creditStatus: string;
  summary: InstitutionDetail['qualificationSummary'];
}): InstitutionDetail {
  const i = input.row;
  return {
    ...presentItem({
      institution: i,
      regionName: input.regionName ?? i.regionCode,
      creditStatus: input.creditStatus,
      hasExpired: input.summary.expired > 0,
    }),
    address: i.address,
    legalRepresentative: i.legalRepresentative,
    contactName: i.contactName,
    contactPhoneMasked: i.contactPhoneMasked,
    introduction: i.introduction,
    reviewNote: i.reviewNote,
    reviewedAt: i.reviewedAt?.toISOString() ?? null,
    qualifications: input.qualifications.map((q) => ({
      id: q.id,
      kind: q.kind,
      number: q.number,
      issuer: q.issuer,
      validFrom: q.validFrom,
      validUntil: q.validUntil,
      state: qualificationState(q, input.today),
      documentId: q.documentId,
    })),
    qualificationSummary: input.summary,
    sites: input.sites.map(({ site, regionName }) => ({
      id: site.id,
      name: site.name,
      address: site.address,
      regionCode: site.regionCode,
      regionName,
      latitude: site.latitude,
      longitude: site.longitude,
      capacity: site.capacity,
      equipment: site.equipment,
      retired: site.retiredAt !== null,
    })),
    occupations: input.occupations,
    decisions: input.decisions.map((d) => ({
      id: d.id,
      status: d.status,
      reason: d.reason,
      effectiveFrom: d.effectiveFrom,
      effectiveUntil: d.effectiveUntil,
      decidedAt: d.decidedAt.toISOString(),
    })),
    findings: input.findings.map((f) => ({
      id: f.id,
      source: f.source,
      severity: f.severity,
      description: f.description,
      foundOn: f.foundOn,
    })),
    pledge: input.pledge
      ? {
          version: input.pledge.textVersion,
          signerName: input.pledge.signerName,
          signedAt: input.pledge.signedAt.toISOString(),
        }
      : null,
    quality: null,
  };
}
