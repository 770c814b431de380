import { isRecruiting } from '@qiancheng/domain/demand/demand-line';
import { useQuery } from '@tanstack/react-query';
import { Alert, Modal, Table, type TableColumnsType, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { QueryError } from '../../app/components/query-error';
import { useT } from '../../app/i18n/locale-context';
import { type DemandLine, demandListQuery } from '../demand/demand-api';
import { DemandStatusTag } from '../demand/demand-status-tag';
import { projectMessages } from './messages';
import { useCreateProject } from './use-create-project';

export interface DemandGroup {
  regionCode: string;
  regionName: string;
  occupationCode: string;
  occupationName: string;
}

const OK_TEST_ID = { 'data-testid': 'pick-lines-ok' };

/**
 * From a summary row (region × occupation) to a draft project: the row's demand lines are listed,
 * those still recruiting already ticked, and staff confirm which the project serves.
 */
export function DemandPickerModal({ group, onClose }: { group: DemandGroup | null; onClose: () => void }) {
  const t = useT(projectMessages);
  const [selected, setSelected] = useState<string[]>([]);
  const [missing, setMissing] = useState(false);
  const createProject = useCreateProject();
  const lines = useQuery({
    ...demandListQuery({
      region: group?.regionCode,
      occupation: group?.occupationCode,
      page: 1,
      pageSize: 100,
    }),
    enabled: group !== null,
  });

  useEffect(() => {
    setSelected((lines.data?.items ?? []).filter((line) => isRecruiting(line.status)).map((line) => line.id));
    setMissing(false);
  }, [lines.data]);

  const columns: TableColumnsType<DemandLine> = [
    { key: 'enterprise', title: t('enterprise'), render: (_, line) => line.enterprise.name },
    { key: 'region', dataIndex: 'regionName', title: t('region') },
    { key: 'headcount', dataIndex: 'headcount', title: t('headcount'), align: 'right' },
    { key: 'status', title: t('status'), render: (_, line) => <DemandStatusTag status={line.status} /> },
  ];

  const create = () => {
    if (!group) return;
    if (selected.length === 0) {
      setMissing(true);
      return;
    }
    createProject.mutate({ demandLineIds: selected, regionCode: group.regionCode });
  };

  return (
    <Modal
      open={group !== null}
      title={t('pickLinesTitle')}
      okText={t('pickLinesOk')}
      cancelText={t('cancel')}
      okButtonProps={{ ...OK_TEST_ID }}
      onOk={create}
      onCancel={onClose}
      confirmLoading={createProject.isPending}
      width={720}
      destroyOnHidden
      data-testid="demand-picker-modal"
    >
      {group && (
        <Typography.Paragraph>
          {t('pickLinesHint', { region: group.regionName, occupation: group.occupationName })}
        </Typography.Paragraph>
      )}
      {missing && <Alert type="warning" showIcon title={t('pickLinesNone')} style={{ marginBottom: 12 }} />}
      {lines.isError ? (
        <QueryError error={lines.error} onRetry={() => lines.refetch()} />
      ) : (
        <Table<DemandLine>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={lines.data?.items}
          loading={lines.isFetching}
          rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)) }}
          pagination={false}
          locale={{ emptyText: t('noLines') }}
          data-testid="demand-picker-table"
        />
      )}
    </Modal>
  );
}
