import { useQuery } from '@tanstack/react-query';
import { Button, Card, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../app/components/query-error';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { ClaimStatusTag } from '../claims/claim-status-tag';
import { type Certificate, myCertificatesQuery } from '../credentials/credentials-api';
import { skillLevelName } from '../reference/code-names';
import { isUpgradable } from '../subsidies/quote-request';
import { mySubsidiesMessages } from './messages';
import type { MyClaimLine } from './my-subsidies-api';
import { UpgradeApplicationModal } from './upgrade-application-modal';

/**
 * The worker's skill-level certificates in force, each with its application's progress or a button
 * to quote and apply for its skill-upgrade subsidy.
 */
export function UpgradeCertificatesCard({ applications }: { applications: Map<string, MyClaimLine> }) {
  const t = useT(mySubsidiesMessages);
  const { locale } = useLocale();
  const certificates = useQuery(myCertificatesQuery);
  const [applying, setApplying] = useState<Certificate | null>(null);
  const upgradable = (certificates.data?.items ?? []).filter(isUpgradable);
  const columns: TableColumnsType<Certificate> = [
    { key: 'number', title: t('certificateNumber'), dataIndex: 'number' },
    { key: 'occupation', title: t('occupation'), dataIndex: 'occupationName' },
    {
      key: 'level',
      title: t('level'),
      render: (_, c) => (c.skillLevel ? skillLevelName(c.skillLevel, locale) : '—'),
    },
    { key: 'date', title: t('certificateDate'), dataIndex: 'issuedOn' },
    {
      key: 'action',
      title: t('actions'),
      render: (_, certificate) => {
        const application = applications.get(certificate.id);
        return application ? (
          <span data-testid={`upgrade-applied-${certificate.number}`}>
            {t('applied')} <ClaimStatusTag status={application.status} />
          </span>
        ) : (
          <Button
            size="small"
            type="primary"
            onClick={() => setApplying(certificate)}
            data-testid={`upgrade-apply-${certificate.number}`}
          >
            {t('apply')}
          </Button>
        );
      },
    },
  ];
  return (
    <Card title={t('upgradeTitle')} data-testid="upgrade-certificates">
      <Typography.Paragraph type="secondary">{t('upgradeIntro')}</Typography.Paragraph>
      {certificates.isError ? (
        <QueryError error={certificates.error} onRetry={() => certificates.refetch()} />
      ) : (
        <Table<Certificate>
          rowKey="id"
          size="small"
          loading={certificates.isLoading}
          columns={columns}
          dataSource={upgradable}
          pagination={upgradable.length > 10 ? { pageSize: 10 } : false}
          locale={{ emptyText: t('noCertificates') }}
        />
      )}
      {applying && <UpgradeApplicationModal certificate={applying} onClose={() => setApplying(null)} />}
    </Card>
  );
}
