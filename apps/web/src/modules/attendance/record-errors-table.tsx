import { Table, type TableColumnsType } from 'antd';
import type { ErrorDetail } from '../../app/api/api-error';
import { useT } from '../../app/i18n/locale-context';
import type { MessageKey } from '../../app/i18n/messages';
import { attendanceMessages } from './messages';

const FIELD_LABELS: Record<string, MessageKey<typeof attendanceMessages>> = {
  terminal: 'columnTerminal',
  person: 'columnPerson',
  time: 'columnTime',
  score: 'columnScore',
  line: 'columnLine',
};

/** Each refused terminal record: its row in the file, the column, and why. */
export function RecordErrorsTable({ errors }: { errors: ErrorDetail[] }) {
  const t = useT(attendanceMessages);
  const columns: TableColumnsType<ErrorDetail & { key: number }> = [
    { key: 'row', dataIndex: 'row', title: t('row'), width: 72 },
    {
      key: 'column',
      dataIndex: 'field',
      title: t('column'),
      width: 140,
      render: (field: string | undefined) => (field && FIELD_LABELS[field] ? t(FIELD_LABELS[field]) : field),
    },
    { key: 'problem', dataIndex: 'message', title: t('problem') },
  ];
  return (
    <Table
      size="small"
      rowKey="key"
      columns={columns}
      dataSource={errors.map((error, key) => ({ ...error, key }))}
      pagination={errors.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      data-testid="record-errors"
    />
  );
}
