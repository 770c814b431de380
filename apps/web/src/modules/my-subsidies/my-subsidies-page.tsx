import { useQuery } from '@tanstack/react-query';
import { Card, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { LinkButton } from '../../app/components/link-button';
import { PageTitle } from '../../app/components/page-title';
import { QueryError } from '../../app/components/query-error';
import { yuan } from '../../app/format/money';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { ClaimStatusTag } from '../claims/claim-status-tag';
import { PayeeAccountCard } from '../payments/payee-account-card';
import { skillLevelName } from '../reference/code-names';
import { applicationsByCertificate } from './application-lines';
import { mySubsidiesMessages } from './messages';
import { type MyClaimLine, type MyGrant, mySubsidiesQuery } from './my-subsidies-api';
import { ReturnedApplicationActions } from './returned-application-actions';
import { UpgradeCertificatesCard } from './upgrade-certificates-card';

const SCHEMES = new Set(['training', 'skill_upgrade', 'evaluation']);
const STAGE_KEYS: Record<string, 'certification' | 'employment' | 'upgradeStage'> = {
  certification: 'certification',
  employment: 'employment',
  skill_upgrade: 'upgradeStage',
};

/**
 * 我的补贴: what a worker has been granted, what is claimed for them or applied for by them with
 * where each stands, their certificates to apply for the skill-upgrade subsidy with, and the social
 * security card account it is paid to.
 */
export function MySubsidiesPage() {
  const t = useT(mySubsidiesMessages);
  const { locale } = useLocale();
  const mine = useQuery(mySubsidiesQuery);
  const scheme = (code: string) => (SCHEMES.has(code) ? t(code as 'training') : code);
  const grantColumns: TableColumnsType<MyGrant> = [
    {
      key: 'scheme',
      title: t('scheme'),
      render: (_, g) => (
        <>
          {scheme(g.scheme)} {!g.paid && <Tag color="gold">{t('unpaid')}</Tag>}
        </>
      ),
    },
    { key: 'occupation', title: t('occupation'), dataIndex: 'occupationCode' },
    {
      key: 'level',
      title: t('level'),
      render: (_, g) => (g.skillLevel ? skillLevelName(g.skillLevel, locale) : '—'),
    },
    { key: 'date', title: t('certificateDate'), dataIndex: 'certificateDate' },
    {
      key: 'amount',
      title: t('amount'),
      align: 'right',
      render: (_, g) => yuan(g.amountFen, { grouped: true }),
    },
  ];
  const lineColumns: TableColumnsType<MyClaimLine> = [
    { key: 'number', title: t('claimNumber'), dataIndex: 'claimNumber' },
    { key: 'scheme', title: t('scheme'), render: (_, l) => scheme(l.scheme) },
    {
      key: 'stage',
      title: t('stage'),
      render: (_, l) => (l.included ? t(STAGE_KEYS[l.stage ?? ''] ?? 'certification') : t('notClaimed')),
    },
    {
      key: 'amount',
      title: t('amount'),
      align: 'right',
      render: (_, l) => yuan(l.amountFen, { grouped: true }),
    },
    { key: 'status', title: t('status'), render: (_, l) => <ClaimStatusTag status={l.status} /> },
    {
      key: 'actions',
      title: t('actions'),
      render: (_, l) =>
        l.kind === 'skill_upgrade' && l.status === 'draft' ? <ReturnedApplicationActions line={l} /> : null,
    },
  ];
  const lines = mine.data?.lines ?? [];
  return (
    <>
      <PageTitle title={t('title')} extra={<LinkButton to="/app/subsidy-quote">{t('quote')}</LinkButton>} />
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('intro')}
        </Typography.Paragraph>
        {mine.isError ? (
          <QueryError error={mine.error} onRetry={() => mine.refetch()} />
        ) : (
          <>
            <Card title={t('granted')}>
              <Table<MyGrant>
                rowKey={(g) => `${g.certificateDate}:${g.occupationCode}:${g.scheme}:${g.amountFen}`}
                size="small"
                loading={mine.isLoading}
                columns={grantColumns}
                dataSource={mine.data?.grants ?? []}
                pagination={false}
                locale={{ emptyText: t('noGrants') }}
                data-testid="my-grants"
              />
            </Card>
            <Card title={t('claimed')}>
              <Table<MyClaimLine>
                rowKey={(l) => `${l.claimNumber}:${l.stage}:${l.createdAt}`}
                size="small"
                loading={mine.isLoading}
                columns={lineColumns}
                dataSource={lines}
                pagination={lines.length > 20 ? { pageSize: 20 } : false}
                locale={{ emptyText: t('noLines') }}
                data-testid="my-claim-lines"
              />
            </Card>
            <UpgradeCertificatesCard applications={applicationsByCertificate(lines)} />
            <PayeeAccountCard payee="person" />
          </>
        )}
      </Flex>
    </>
  );
}
