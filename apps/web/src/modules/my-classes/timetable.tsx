import { SESSION_KIND_NAMES } from '@qiancheng/domain/classes/class-lifecycle';
import { Empty, Table, type TableColumnsType, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useLocale, useT } from '../../app/i18n/locale-context';
import type { ClassSession } from '../classes/classes-api';
import { myClassesMessages } from './messages';

/** A class's sessions in order, read-only: when, how long, what kind, who teaches, where. */
export function Timetable({ sessions }: { sessions: ClassSession[] }) {
  const t = useT(myClassesMessages);
  const { locale } = useLocale();
  const sorted = [...sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const columns: TableColumnsType<ClassSession> = [
    {
      key: 'day',
      title: t('sessionDay'),
      render: (_, s) => (
        <Typography.Text delete={s.cancelled}>
          {s.day} {dayjs(s.day).format('ddd')}
        </Typography.Text>
      ),
    },
    { key: 'time', title: t('sessionTime'), render: (_, s) => `${s.startTime}–${s.endTime}` },
    { key: 'hours', dataIndex: 'hours', title: t('sessionHours'), align: 'right' },
    {
      key: 'kind',
      title: t('sessionKind'),
      render: (_, s) => SESSION_KIND_NAMES[s.kind]?.[locale] ?? s.kind,
    },
    { key: 'teacher', dataIndex: 'teacherName', title: t('sessionTeacher') },
    { key: 'room', dataIndex: 'room', title: t('sessionRoom') },
    {
      key: 'cancelled',
      render: (_, s) => s.cancelled && <Tag color="default">{t('sessionCancelled')}</Tag>,
    },
  ];
  return (
    <Table<ClassSession>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={sorted}
      scroll={{ x: 'max-content' }}
      pagination={sorted.length > 30 ? { pageSize: 30, showSizeChanger: false } : false}
      locale={{ emptyText: <Empty description={t('noSessions')} /> }}
      data-testid="class-timetable"
    />
  );
}
