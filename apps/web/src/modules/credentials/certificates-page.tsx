import { can, type Role } from '@qiancheng/domain';
import {
  CERTIFICATE_KIND_NAMES,
  CERTIFICATE_KINDS,
  CERTIFICATE_STATUS_NAMES,
  CERTIFICATE_STATUSES,
} from '@qiancheng/domain/credentials/certificate-kinds';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Card, Flex, Input, Select, Space, type TableColumnsType, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useCurrentUser } from '../../app/auth/auth-context';
import { PageTitle } from '../../app/components/page-title';
import { PagedTable } from '../../app/components/paged-table';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { useUrlSearch } from '../../app/url/use-url-search';
import { CertificateDownloads } from './certificate-downloads';
import { useCertificateNames } from './certificate-names';
import { CertificateStatusTag } from './certificate-status-tag';
import { CERTIFICATE_FILTERS, type Certificate, certificatesQuery } from './credentials-api';
import { credentialMessages } from './messages';
import { RevokeCertificateAction } from './revoke-certificate-action';

/** Issuers see the certificates they issued; everything listed for them is theirs to revoke. */
const isIssuer = (role: Role) => can(role, 'certificates.issue');

/**
 * 证书管理 for staff, auditors and administrators (their region's certificates) and 已发证书 for
 * institutions and assessment bodies (their own), with filters, the PDF, and revocation with a reason
 * for those who may revoke. A class page links here with `?class=` to list that class's certificates.
 */
export function CertificatesPage() {
  const t = useT(credentialMessages);
  const { locale } = useLocale();
  const { kindName, achievement } = useCertificateNames();
  const me = useCurrentUser();
  const issuer = isIssuer(me.role);
  const mayRevoke = can(me.role, 'certificates.revoke');
  const mayQuote = can(me.role, 'subsidies.quote');
  const [search, update] = useUrlSearch(CERTIFICATE_FILTERS);
  const certificates = useQuery({ ...certificatesQuery(search), placeholderData: keepPreviousData });
  const filtered = CERTIFICATE_FILTERS.some((key) => search[key]);

  const columns: TableColumnsType<Certificate> = [
    {
      key: 'number',
      title: t('number'),
      render: (_, c) => (
        <Flex vertical gap={2}>
          <Typography.Text copyable>{c.number}</Typography.Text>
          <Typography.Text type="secondary">{kindName(c.kind)}</Typography.Text>
        </Flex>
      ),
    },
    { key: 'holder', dataIndex: 'holderName', title: t('holder') },
    {
      key: 'occupation',
      title: t('occupation'),
      render: (_, c) => achievement(c.occupationName, c.skillLevel),
    },
    ...(issuer
      ? []
      : [{ key: 'issuer', title: t('issuer'), render: (_: unknown, c: Certificate) => c.issuer.name }]),
    { key: 'region', dataIndex: 'regionName', title: t('region') },
    { key: 'issuedOn', dataIndex: 'issuedOn', title: t('issuedOn') },
    {
      key: 'status',
      title: t('status'),
      render: (_, c) => (
        <Flex vertical gap={2} align="start">
          <CertificateStatusTag status={c.status} />
          {c.revokedReason && (
            <Typography.Text
              type="secondary"
              style={{ maxWidth: 220 }}
              data-testid={`certificate-reason-${c.id}`}
            >
              {c.revokedReason}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'actions',
      title: t('actions'),
      render: (_, c) => (
        <Space size={12}>
          <CertificateDownloads certificate={c} link />
          {mayRevoke && c.status === 'issued' && <RevokeCertificateAction certificate={c} />}
          {mayQuote && c.kind === 'skill_level' && c.status === 'issued' && (
            <Link
              to={`/app/subsidy-quote?kind=certificate&number=${c.number}`}
              data-testid={`certificate-quote-${c.id}`}
            >
              {t('subsidyQuote')}
            </Link>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageTitle title={issuer ? t('issuedTitle') : t('title')} />
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {issuer ? t('issuedIntro') : t('intro')}
        </Typography.Paragraph>
        {!mayRevoke && <Alert type="info" showIcon title={t('readOnlyNote')} />}
        <Card>
          <Flex wrap gap={12} style={{ marginBottom: 16 }}>
            <Select<string>
              allowClear
              placeholder={t('allKinds')}
              value={search.kind}
              onChange={(kind) => update({ kind })}
              options={CERTIFICATE_KINDS.map((value) => ({
                value,
                label: CERTIFICATE_KIND_NAMES[value][locale],
              }))}
              style={{ minWidth: 180 }}
              data-testid="certificates-kind-filter"
            />
            <Select<string>
              allowClear
              placeholder={t('allStatuses')}
              value={search.status}
              onChange={(status) => update({ status })}
              options={CERTIFICATE_STATUSES.map((value) => ({
                value,
                label: CERTIFICATE_STATUS_NAMES[value][locale],
              }))}
              style={{ minWidth: 140 }}
              data-testid="certificates-status-filter"
            />
            <Input.Search
              allowClear
              key={search.number ?? ''}
              defaultValue={search.number}
              placeholder={t('searchNumber')}
              onSearch={(number) => update({ number: number.trim() || undefined })}
              style={{ width: 300 }}
              data-testid="certificates-number-filter"
            />
            {search.class && (
              <Tag
                closable
                onClose={() => update({ class: undefined })}
                data-testid="certificates-class-filter"
              >
                {t('classFilter')}
              </Tag>
            )}
          </Flex>
          <PagedTable
            query={certificates}
            paging={search}
            onPage={update}
            columns={columns}
            empty={filtered ? t('noneMatch') : t('noneIssued')}
            pager="sizeChanger"
            totalText={(total) => t('total', { total })}
            data-testid="certificates-table"
          />
        </Card>
      </Flex>
    </>
  );
}
