import { EditOutlined } from '@ant-design/icons';
import { CALENDAR_DAY_KIND_NAMES } from '@qiancheng/domain/classes/working-days';
import { Button, Empty, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useLocale, useT } from '../../app/i18n/locale-context';
import type { CalendarEntry } from './calendar-api';
import { calendarMessages } from './messages';
import { RemoveDayButton } from './remove-day-button';

/** The year's entries as a list: the region's own may be changed or removed, inherited ones overridden. */
export function CalendarEntriesTable({
  region,
  year,
  entries,
  loading,
  onEdit,
}: {
  region: string;
  year: number;
  entries: CalendarEntry[];
  loading: boolean;
  onEdit: (entry: CalendarEntry) => void;
}) {
  const t = useT(calendarMessages);
  const { locale } = useLocale();
  const columns: TableColumnsType<CalendarEntry> = [
    { key: 'day', dataIndex: 'day', title: t('day') },
    { key: 'weekday', title: t('weekday'), render: (_, e) => dayjs(e.day).format('dddd') },
    {
      key: 'kind',
      title: t('kind'),
      render: (_, e) => (
        <Tag color={e.kind === 'holiday' ? 'red' : 'blue'}>{CALENDAR_DAY_KIND_NAMES[e.kind][locale]}</Tag>
      ),
    },
    { key: 'name', dataIndex: 'name', title: t('name') },
    {
      key: 'setBy',
      title: t('setBy'),
      render: (_, e) =>
        e.inherited ? (
          <Typography.Text type="secondary">{t('inheritedFrom', { region: e.regionName })}</Typography.Text>
        ) : (
          t('own')
        ),
    },
    {
      key: 'actions',
      title: t('actions'),
      render: (_, e) => (
        <Space size={12}>
          <Button
            type="link"
            icon={<EditOutlined />}
            style={{ paddingInline: 0 }}
            onClick={() => onEdit(e)}
            data-testid={`calendar-edit-${e.day}`}
          >
            {e.inherited ? t('override') : t('edit')}
          </Button>
          {!e.inherited && <RemoveDayButton region={region} day={e.day} link />}
        </Space>
      ),
    },
  ];
  return (
    <Table<CalendarEntry>
      rowKey="day"
      size="small"
      columns={columns}
      dataSource={entries}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={{
        pageSize: 50,
        hideOnSinglePage: true,
        showTotal: (total) => t('entriesTotal', { total }),
      }}
      locale={{ emptyText: <Empty description={t('noEntries', { year })} /> }}
      data-testid="calendar-entries"
    />
  );
}
