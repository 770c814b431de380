import type { CreditStatus } from '@qiancheng/domain/institutions/credit-status';
import type { QualificationKind, QualificationState } from '@qiancheng/domain/institutions/qualifications';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import type { Page, User } from '../../app/api/types';

export type ReviewStatus = 'pending' | 'approved' | 'returned';
export const REVIEW_STATUSES: readonly ReviewStatus[] = ['pending', 'approved', 'returned'];

export const FINDING_SOURCES = ['supervision', 'complaint', 'audit', 'other'] as const;
export type FindingSource = (typeof FINDING_SOURCES)[number];
export const FINDING_SEVERITIES = ['minor', 'serious'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];

/** A row of the staff list. */
export interface InstitutionItem {
  id: string;
  creditCode: string;
  name: string;
  type: string;
  regionCode: string;
  regionName: string;
  reviewStatus: ReviewStatus;
  creditStatus: string;
  /** At least one qualification has expired: a warning, and class filings are blocked. */
  qualificationExpired: boolean;
  createdAt: string;
}

export interface Qualification {
  id: string;
  kind: string;
  number: string;
  issuer: string;
  validFrom: string;
  validUntil: string | null;
  state: QualificationState;
  documentId: string | null;
}

export interface Site {
  id: string;
  name: string;
  address: string;
  regionCode: string;
  regionName: string;
  latitude: number | null;
  longitude: number | null;
  capacity: number;
  equipment: string;
  retired: boolean;
}

export interface StatusDecision {
  id: string;
  status: string;
  reason: string;
  effectiveFrom: string;
  effectiveUntil: string | null;
  decidedAt: string;
}

export interface Finding {
  id: string;
  source: string;
  severity: string;
  description: string;
  foundOn: string;
}

export interface InstitutionDetail extends InstitutionItem {
  address: string;
  legalRepresentative: string;
  contactName: string;
  contactPhoneMasked: string;
  introduction: string | null;
  reviewNote: string | null;
  reviewedAt: string | null;
  qualifications: Qualification[];
  qualificationSummary: { inForce: number; expired: number; expiring: number; blocksFiling: boolean };
  sites: Site[];
  occupations: { code: string; name: string }[];
  decisions: StatusDecision[];
  findings: Finding[];
  pledge: { version: string; signerName: string; signedAt: string } | null;
}

export interface QualificationInput {
  kind: QualificationKind;
  number: string;
  issuer: string;
  validFrom: string;
  /** Null when the document does not expire. */
  validUntil: string | null;
}

export interface SiteInput {
  name: string;
  address: string;
  regionCode: string;
  latitude: number | null;
  longitude: number | null;
  capacity: number;
  equipment: string;
}

/** What an institution may change about itself; the credit code is fixed once registered. */
export interface InstitutionProfile {
  name: string;
  type: string;
  regionCode: string;
  address: string;
  legalRepresentative: string;
  contactName: string;
  contactPhone: string;
  introduction?: string;
}

export interface InstitutionRegistration {
  account: { username: string; password: string };
  institution: InstitutionProfile & { creditCode: string };
  qualifications: QualificationInput[];
  sites: SiteInput[];
  occupationCodes: string[];
}

export interface Pledge {
  version: string;
  text: string;
  signed: { signerName: string; signedAt: string } | null;
}

export interface CreditDecisionInput {
  status: CreditStatus;
  reason: string;
  effectiveFrom?: string;
  effectiveUntil?: string | null;
}

export interface FindingInput {
  source: FindingSource;
  severity: FindingSeverity;
  description: string;
  foundOn: string;
}

export const INSTITUTION_FILTERS = [
  'review',
  'credit',
  'type',
  'region',
  'occupation',
  'q',
  'expired',
] as const;
export type InstitutionFilter = (typeof INSTITUTION_FILTERS)[number];
export type InstitutionSearch = Partial<Record<InstitutionFilter, string>> & {
  page: number;
  pageSize: number;
};

export const INSTITUTIONS_QUERY_ROOT = ['institutions'] as const;

export function institutionsQuery(search: InstitutionSearch) {
  return queryOptions({
    queryKey: [...INSTITUTIONS_QUERY_ROOT, 'list', search],
    queryFn: () => api.get<Page<InstitutionItem>>('/api/v1/institutions', { ...search }),
  });
}

export function institutionQuery(id: string) {
  return queryOptions({
    queryKey: [...INSTITUTIONS_QUERY_ROOT, 'detail', id],
    queryFn: async () =>
      (await api.get<Envelope>(`/api/v1/institutions/${encodeURIComponent(id)}`)).institution,
  });
}

export const myInstitutionQuery = queryOptions({
  queryKey: [...INSTITUTIONS_QUERY_ROOT, 'mine'],
  queryFn: async () => (await api.get<Envelope>('/api/v1/institutions/mine')).institution,
});

export const myPledgeQuery = queryOptions({
  queryKey: [...INSTITUTIONS_QUERY_ROOT, 'mine', 'pledge'],
  queryFn: async () => (await api.get<{ pledge: Pledge }>('/api/v1/institutions/mine/pledge')).pledge,
});

type Envelope = { institution: InstitutionDetail };

async function sendForInstitution(method: 'PUT' | 'DELETE', path: string, body?: unknown) {
  const envelope = method === 'PUT' ? await api.put<Envelope>(path, body) : await api.delete<Envelope>(path);
  return envelope.institution;
}
const MINE = '/api/v1/institutions/mine';
const staffPath = (id: string, action: string) => `/api/v1/institutions/${encodeURIComponent(id)}${action}`;

export async function registerInstitution(
  registration: InstitutionRegistration,
): Promise<{ user: User; institutionId: string }> {
  return api.post('/api/v1/institutions/register', registration);
}

export async function updateMyInstitution(patch: Partial<InstitutionProfile>): Promise<InstitutionDetail> {
  return (await api.patch<Envelope>(MINE, patch)).institution;
}

export async function resubmitMyInstitution(): Promise<InstitutionDetail> {
  return (await api.post<Envelope>(`${MINE}/resubmit`)).institution;
}

export async function addQualification(
  input: QualificationInput & { documentId: string | null },
): Promise<InstitutionDetail> {
  return (await api.post<Envelope>(`${MINE}/qualifications`, input)).institution;
}

export async function removeQualification(id: string): Promise<InstitutionDetail> {
  return sendForInstitution('DELETE', `${MINE}/qualifications/${encodeURIComponent(id)}`);
}

export async function addSite(input: SiteInput): Promise<InstitutionDetail> {
  return (await api.post<Envelope>(`${MINE}/sites`, input)).institution;
}

export async function retireSite(id: string): Promise<InstitutionDetail> {
  return (await api.post<Envelope>(`${MINE}/sites/${encodeURIComponent(id)}/retire`)).institution;
}

export async function setOccupations(occupationCodes: string[]): Promise<InstitutionDetail> {
  return sendForInstitution('PUT', `${MINE}/occupations`, { occupationCodes });
}

export async function signPledge(input: { signerName: string; version: string }): Promise<Pledge> {
  return (await api.post<{ pledge: Pledge }>(`${MINE}/pledge`, { ...input, agree: true })).pledge;
}

export async function reviewInstitution(
  id: string,
  decision: 'approve' | 'return',
  note?: string,
): Promise<InstitutionDetail> {
  return (await api.post<Envelope>(staffPath(id, '/review'), { decision, note })).institution;
}

export async function decideCreditStatus(id: string, input: CreditDecisionInput): Promise<InstitutionDetail> {
  return (await api.post<Envelope>(staffPath(id, '/status'), input)).institution;
}

export async function recordFinding(id: string, input: FindingInput): Promise<InstitutionDetail> {
  return (await api.post<Envelope>(staffPath(id, '/findings'), input)).institution;
}
