import type {
  CertificateKind,
  CertificateStatus,
  IssuerKind,
} from '@qiancheng/domain/credentials/certificate-kinds';
import type { SkillLevelCode } from '@qiancheng/domain/reference/skill-levels';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../app/api/client';
import type { ItemList, Page } from '../../app/api/types';

interface CertificateFacts {
  number: string;
  kind: CertificateKind;
  occupationCode: string;
  occupationName: string;
  skillLevel: SkillLevelCode | null;
  issuedOn: string;
  revokedReason: string | null;
}

/** A certificate as its holder, its issuer and staff of its region see it. */
export interface Certificate extends CertificateFacts {
  id: string;
  status: CertificateStatus;
  personId: string;
  holderName: string;
  issuer: { kind: IssuerKind; id: string; name: string };
  regionCode: string;
  regionName: string;
  enrolmentId: string | null;
  classId: string | null;
  keyId: string;
  revokedAt: string | null;
  verificationUrl: string;
  createdAt: string;
}

/** What the public verification answers about a certificate. */
export interface PublicCertificate extends CertificateFacts {
  holderNameMasked: string;
  issuerName: string;
  revokedOn: string | null;
}

export type Verification =
  | { result: 'valid' | 'revoked'; certificate: PublicCertificate }
  | { result: 'not_found'; certificate: null };

export const CERTIFICATE_FILTERS = ['kind', 'status', 'number', 'class'] as const;
export type CertificateFilter = (typeof CERTIFICATE_FILTERS)[number];
export type CertificateSearch = Partial<Record<CertificateFilter, string>> & {
  page: number;
  pageSize: number;
};

export const CERTIFICATES_QUERY_ROOT = ['certificates'] as const;

export function certificatesQuery(search: CertificateSearch) {
  return queryOptions({
    queryKey: [...CERTIFICATES_QUERY_ROOT, 'list', search],
    queryFn: () => api.get<Page<Certificate>>('/api/v1/certificates', { ...search }),
  });
}

export const myCertificatesQuery = queryOptions({
  queryKey: [...CERTIFICATES_QUERY_ROOT, 'mine'],
  queryFn: () => api.get<ItemList<Certificate>>('/api/v1/certificates/mine'),
});

export function certificateQuery(id: string) {
  return queryOptions({
    queryKey: [...CERTIFICATES_QUERY_ROOT, 'one', id],
    queryFn: async () =>
      (await api.get<{ certificate: Certificate }>(`/api/v1/certificates/${encodeURIComponent(id)}`))
        .certificate,
  });
}

export function verificationQuery(number: string, name: string) {
  return queryOptions({
    queryKey: ['public', 'certificate-verification', number, name],
    queryFn: () => api.get<Verification>('/api/v1/public/certificates/verify', { number, name }),
    // A refusal (a mistyped number, too many misses) is the answer; asking again changes nothing.
    retry: false,
    staleTime: 0,
  });
}

export const pdfPath = (id: string) => `/api/v1/certificates/${encodeURIComponent(id)}/pdf`;
export const credentialPath = (id: string) => `/api/v1/certificates/${encodeURIComponent(id)}/credential`;

export async function revokeCertificate(id: string, reason: string): Promise<Certificate> {
  const path = `/api/v1/certificates/${encodeURIComponent(id)}/revoke`;
  return (await api.post<{ certificate: Certificate }>(path, { reason })).certificate;
}
