import { Button, Empty, Table, type TableColumnsType, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { yuan } from '../../app/format/money';
import { useT } from '../../app/i18n/locale-context';
import { selectionMessages } from './messages';
import { ApplicationStatusTag } from './round-tags';
import { ScoreModal } from './score-modal';
import type { Application, Round } from './selection-api';

/** Every institution's offer on a round; staff score them while the round is being scored. */
export function ApplicationsTable({
  round,
  applications,
  canManage,
}: {
  round: Round;
  applications: Application[];
  canManage: boolean;
}) {
  const t = useT(selectionMessages);
  const [scoring, setScoring] = useState<Application | null>(null);
  const mayScore = canManage && round.status === 'scoring' && round.method === 'scoring';

  const columns: TableColumnsType<Application> = [
    { key: 'institution', dataIndex: 'institutionName', title: t('institution') },
    {
      key: 'price',
      dataIndex: 'priceFen',
      title: t('price'),
      align: 'right',
      render: (fen: number) => yuan(fen),
    },
    {
      key: 'plan',
      dataIndex: 'planSummary',
      title: t('plan'),
      render: (plan: string) => (
        <Typography.Paragraph
          ellipsis={{ rows: 2, expandable: 'collapsible' }}
          style={{ margin: 0, maxWidth: 360 }}
        >
          {plan}
        </Typography.Paragraph>
      ),
    },
    {
      key: 'status',
      title: t('applicationStatus'),
      render: (_, application) => <ApplicationStatusTag status={application.status} />,
    },
    {
      key: 'total',
      dataIndex: 'totalScore',
      title: t('totalScore'),
      align: 'right',
      render: (total: number | null) => (total === null ? null : total.toFixed(2)),
    },
    {
      key: 'submittedAt',
      dataIndex: 'submittedAt',
      title: t('submittedAt'),
      render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm'),
    },
  ];
  if (mayScore) {
    columns.push({
      key: 'actions',
      render: (_, application) =>
        application.status !== 'withdrawn' && (
          <Button
            type="link"
            style={{ paddingInline: 0 }}
            onClick={() => setScoring(application)}
            data-testid={`score-${application.id}`}
          >
            {application.totalScore === null ? t('score') : t('rescore')}
          </Button>
        ),
    });
  }

  return (
    <>
      <Table<Application>
        rowKey="id"
        columns={columns}
        dataSource={applications}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('noApplications')} /> }}
        data-testid="round-applications"
      />
      {scoring && <ScoreModal round={round} application={scoring} onClose={() => setScoring(null)} />}
    </>
  );
}
