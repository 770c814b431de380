import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Popconfirm, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { PageTitle } from '../../app/components/page-title';
import { QueryError } from '../../app/components/query-error';
import { yuan } from '../../app/format/money';
import { useT } from '../../app/i18n/locale-context';
import { ApplyModal } from './apply-modal';
import { selectionMessages } from './messages';
import { OpenCallsTable } from './open-calls-table';
import { ApplicationStatusTag, MethodText, RoundStatusTag } from './round-tags';
import { type Application, myApplicationsQuery, type Round, withdrawApplication } from './selection-api';
import { useRoundMutation } from './use-round-mutation';

type Row = { application: Application; round: Round };

export function MyApplicationsPage() {
  const t = useT(selectionMessages);
  const mine = useQuery(myApplicationsQuery);
  const [applying, setApplying] = useState<Round | null>(null);
  const withdraw = useRoundMutation(
    (roundId: string) => withdrawApplication(roundId),
    () => t('withdrawn'),
  );
  const active = new Set(
    (mine.data?.items ?? [])
      .filter((row) => row.application.status !== 'withdrawn')
      .map((row) => row.round.id),
  );

  const columns: TableColumnsType<Row> = [
    { key: 'project', title: t('project'), render: (_, row) => row.round.projectTitle },
    { key: 'method', title: t('method'), render: (_, row) => <MethodText method={row.round.method} /> },
    { key: 'deadline', title: t('deadline'), render: (_, row) => row.round.applicationDeadline },
    { key: 'price', title: t('price'), align: 'right', render: (_, row) => yuan(row.application.priceFen) },
    {
      key: 'roundStatus',
      title: t('roundStatus'),
      render: (_, row) => <RoundStatusTag status={row.round.status} />,
    },
    {
      key: 'result',
      title: t('result'),
      render: (_, row) => (
        <Flex gap={8} align="center">
          <ApplicationStatusTag status={row.application.status} />
          {row.application.totalScore?.toFixed(2)}
        </Flex>
      ),
    },
    {
      key: 'actions',
      render: (_, row) =>
        row.round.status === 'open' &&
        (row.application.status === 'submitted' ? (
          <Popconfirm
            title={t('withdrawConfirm')}
            onConfirm={() => withdraw.mutateAsync(row.round.id).catch(() => {})}
          >
            <Button type="link" danger style={{ paddingInline: 0 }} data-testid={`withdraw-${row.round.id}`}>
              {t('withdraw')}
            </Button>
          </Popconfirm>
        ) : (
          row.application.status === 'withdrawn' && (
            <Button type="link" style={{ paddingInline: 0 }} onClick={() => setApplying(row.round)}>
              {t('apply')}
            </Button>
          )
        )),
    },
  ];

  return (
    <>
      <PageTitle title={t('myTitle')} />
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('myIntro')}
        </Typography.Paragraph>
        <Card title={t('myApplications')}>
          {mine.isError ? (
            <QueryError error={mine.error} onRetry={() => mine.refetch()} />
          ) : (
            <Table<Row>
              rowKey={(row) => row.application.id}
              columns={columns}
              dataSource={mine.data?.items}
              loading={mine.isFetching}
              pagination={false}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: <Empty description={t('noMyApplications')} /> }}
              data-testid="my-applications"
            />
          )}
        </Card>
        <Card title={t('openCalls')}>
          <OpenCallsTable applied={active} onApply={setApplying} />
        </Card>
      </Flex>
      {applying && <ApplyModal round={applying} onClose={() => setApplying(null)} />}
    </>
  );
}
