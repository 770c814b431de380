import { Button, Card, Empty, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useT } from '../../app/i18n/locale-context';
import type { ClaimDetail, ClaimObjection } from './claims-api';
import { claimMessages } from './messages';
import { DecideObjectionModal, type ObjectionDecision, objectionLine } from './objection-modals';

const STATUS_COLORS = { open: 'orange', upheld: 'red', dismissed: 'default' } as const;

/**
 * 公示异议: the objections recorded against the claim's trainees during the notice, each with its
 * outcome; staff uphold (the trainee's amount is struck and returns to the budget) or dismiss an
 * open one, with a note.
 */
export function ClaimObjections({ claim, canDecide }: { claim: ClaimDetail; canDecide: boolean }) {
  const t = useT(claimMessages);
  const [deciding, setDeciding] = useState<{ objection: ClaimObjection; decision: ObjectionDecision } | null>(
    null,
  );
  const open = claim.objections.filter((objection) => objection.status === 'open').length;

  const columns: TableColumnsType<ClaimObjection> = [
    {
      key: 'trainee',
      title: t('trainee'),
      render: (_, objection) => objectionLine(claim, objection)?.name ?? '—',
    },
    { key: 'content', dataIndex: 'content', title: t('objectionContent') },
    {
      key: 'raisedBy',
      title: t('objectionRaisedBy'),
      render: (_, objection) => objection.raisedBy ?? '—',
    },
    {
      key: 'recordedAt',
      title: t('objectionRecordedAt'),
      render: (_, objection) => dayjs(objection.recordedAt).format('YYYY-MM-DD HH:mm'),
    },
    {
      key: 'status',
      title: t('objectionStatus'),
      render: (_, objection) => (
        <Tag color={STATUS_COLORS[objection.status]} data-testid={`claim-objection-${objection.status}`}>
          {t(`objection_${objection.status}`)}
        </Tag>
      ),
    },
    {
      key: 'decisionNote',
      title: t('objectionNote'),
      render: (_, objection) => objection.decisionNote ?? '—',
    },
  ];
  if (canDecide) {
    columns.push({
      key: 'actions',
      render: (_, objection) =>
        objection.status === 'open' && (
          <Space size={0}>
            <Button
              type="link"
              danger
              onClick={() => setDeciding({ objection, decision: 'uphold' })}
              data-testid="claim-objection-uphold"
            >
              {t('uphold')}
            </Button>
            <Button
              type="link"
              onClick={() => setDeciding({ objection, decision: 'dismiss' })}
              data-testid="claim-objection-dismiss"
            >
              {t('dismiss')}
            </Button>
          </Space>
        ),
    });
  }

  return (
    <Card
      title={t('objections')}
      extra={open > 0 && <Typography.Text type="warning">{t('objectionsOpen', { open })}</Typography.Text>}
    >
      <Table<ClaimObjection>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={claim.objections}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('noObjections')} /> }}
        data-testid="claim-objections"
      />
      {deciding && (
        <DecideObjectionModal
          claim={claim}
          objection={deciding.objection}
          decision={deciding.decision}
          onClose={() => setDeciding(null)}
        />
      )}
    </Card>
  );
}
