import { Table, type TableColumnsType, Tag } from 'antd';
import { useLocale, useT } from '../../app/i18n/locale-context';
import type { ClassAttendance, TraineeAttendance } from './attendance-api';
import { attendanceLabels } from './attendance-labels';
import { attendanceMessages } from './messages';

/** Each trainee's hours by evidence, rate and flag: the table staff and the institution read first. */
export function TraineesTable({ summary }: { summary: ClassAttendance }) {
  const t = useT(attendanceMessages);
  const { locale } = useLocale();
  const labels = attendanceLabels(locale);
  const hours = (value: number) => t('hoursValue', { hours: value });
  const columns: TableColumnsType<TraineeAttendance> = [
    { key: 'name', dataIndex: 'name', title: t('name'), fixed: 'left' },
    { key: 'idNumber', dataIndex: 'idNumberMasked', title: t('idNumber') },
    {
      key: 'status',
      dataIndex: 'enrolmentStatus',
      title: t('enrolmentStatus'),
      render: (status: string) => labels.enrolmentStatus(status),
    },
    { key: 'attended', dataIndex: 'attendedHours', title: t('attendedHours'), align: 'right', render: hours },
    {
      key: 'electronic',
      dataIndex: 'electronicHours',
      title: t('electronicHours'),
      align: 'right',
      render: hours,
    },
    {
      key: 'manual',
      title: t('manualHours'),
      align: 'right',
      render: (_, trainee) => (
        <span data-testid={`manual-hours-${trainee.personId}`}>
          {hours(trainee.manualHours)}
          {trainee.manualEntries > 0 && ` (${trainee.manualEntries})`}
        </span>
      ),
    },
    {
      key: 'scheduled',
      dataIndex: 'scheduledHours',
      title: t('scheduledHours'),
      align: 'right',
      render: hours,
    },
    {
      key: 'rate',
      dataIndex: 'rate',
      title: t('rate'),
      align: 'right',
      render: (rate: number | null) => (rate === null ? t('notDueYet') : `${rate.toFixed(1)}%`),
    },
    {
      key: 'flag',
      title: t('flag'),
      render: (_, trainee) =>
        trainee.dueHours === 0 ? (
          t('notDueYet')
        ) : trainee.flagged ? (
          <Tag color="red" data-testid={`flag-${trainee.personId}`}>
            {t('belowThreshold', { threshold: summary.threshold })}
          </Tag>
        ) : (
          <Tag color="green">{t('meetsThreshold')}</Tag>
        ),
    },
  ];
  return (
    <Table<TraineeAttendance>
      rowKey="personId"
      size="middle"
      columns={columns}
      dataSource={summary.trainees}
      pagination={summary.trainees.length > 50 ? { pageSize: 50 } : false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('noTrainees') }}
      data-testid="attendance-trainees"
    />
  );
}
