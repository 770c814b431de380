import { Table, type TableColumnsType } from 'antd';
import type { ErrorDetail } from '../../api/api-error';
import { useT } from '../../i18n/locale-context';
import { importMessages } from './messages';

/**
 * Each rejected cell of an import: which row, which column, what is wrong with it. `headers` turns
 * the server's field names into the template's own column headers, as the user sees them.
 */
export function ImportErrorsTable({
  errors,
  headers,
}: {
  errors: ErrorDetail[];
  headers: ReadonlyMap<string, string>;
}) {
  const t = useT(importMessages);
  const columns: TableColumnsType<ErrorDetail & { key: number }> = [
    { key: 'row', dataIndex: 'row', title: t('row'), width: 80 },
    {
      key: 'column',
      dataIndex: 'field',
      title: t('column'),
      width: 180,
      render: (field: string | undefined) => (field ? (headers.get(field) ?? field) : null),
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
      data-testid="import-errors"
    />
  );
}
