import { Button, Card, Empty, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useT } from '../../app/i18n/locale-context';
import { selectionMessages } from './messages';
import { HandleObjectionModal, RecordObjectionModal } from './objection-modals';
import type { Objection, RoundDetail } from './selection-api';

/** Objections to a result on notice: recorded as received, each handled before the result takes effect. */
export function ObjectionsCard({ detail, canManage }: { detail: RoundDetail; canManage: boolean }) {
  const t = useT(selectionMessages);
  const [recording, setRecording] = useState(false);
  const [handling, setHandling] = useState<Objection | null>(null);
  const onNotice = canManage && detail.round.status === 'publicized';
  const names = new Map(detail.applications.map((a) => [a.id, a.institutionName]));

  const columns: TableColumnsType<Objection> = [
    { key: 'receivedOn', dataIndex: 'receivedOn', title: t('receivedOn') },
    { key: 'objector', dataIndex: 'objector', title: t('objector') },
    {
      key: 'application',
      title: t('institution'),
      render: (_, objection) => (objection.applicationId ? names.get(objection.applicationId) : null),
    },
    { key: 'content', dataIndex: 'content', title: t('objectionContent') },
    {
      key: 'outcome',
      title: t('outcome'),
      render: (_, objection) =>
        objection.outcome === null ? (
          <Tag color="orange">{t('pendingObjection')}</Tag>
        ) : (
          <Tag color={objection.outcome === 'upheld' ? 'red' : 'default'}>{t(objection.outcome)}</Tag>
        ),
    },
    { key: 'handling', dataIndex: 'handling', title: t('handling') },
  ];
  if (onNotice) {
    columns.push({
      key: 'actions',
      render: (_, objection) =>
        objection.outcome === null && (
          <Button
            type="link"
            style={{ paddingInline: 0 }}
            onClick={() => setHandling(objection)}
            data-testid={`handle-${objection.id}`}
          >
            {t('handle')}
          </Button>
        ),
    });
  }

  return (
    <Card
      title={t('objections')}
      extra={
        onNotice && (
          <Button onClick={() => setRecording(true)} data-testid="record-objection">
            {t('recordObjection')}
          </Button>
        )
      }
    >
      <Table<Objection>
        rowKey="id"
        columns={columns}
        dataSource={detail.objections}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('noObjections')} /> }}
        data-testid="round-objections"
      />
      {recording && <RecordObjectionModal detail={detail} onClose={() => setRecording(false)} />}
      {handling && (
        <HandleObjectionModal
          roundId={detail.round.id}
          objection={handling}
          onClose={() => setHandling(null)}
        />
      )}
    </Card>
  );
}
