import { DEMAND_COLUMNS } from '@qiancheng/domain/demand/demand-row';
import { Table, type TableColumnsType } from 'antd';
import type { ErrorDetail } from '../../app/api/api-error';
import { useT } from '../../app/i18n/locale-context';
import { demandMessages } from './messages';

const HEADERS = new Map<string, string>(DEMAND_COLUMNS.map((column) => [column.key, column.header]));

/** Each rejected cell of an import: which row, which column, what is wrong with it. */
export function ImportErrorsTable({ errors }: { errors: ErrorDetail[] }) {
  const t = useT(demandMessages);
  const columns: TableColumnsType<ErrorDetail & { key: number }> = [
    { key: 'row', dataIndex: 'row', title: t('row'), width: 80 },
    {
      key: 'column',
      dataIndex: 'field',
      title: t('column'),
      width: 180,
      // The template's own header, as the user sees it in the spreadsheet.
      render: (field: string | undefined) => (field ? (HEADERS.get(field) ?? field) : null),
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
