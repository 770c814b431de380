import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Flex, Progress, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { QueryError } from '../../app/components/query-error';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { type MyAttendance, myAttendanceQuery } from './attendance-api';
import { attendanceLabels } from './attendance-labels';
import { chinaClock } from './clock-time';
import { attendanceMessages } from './messages';

type MySession = MyAttendance['sessions'][number];

/** A worker's own attendance in one class: hours, rate against the bar, and each session's records. */
export function MyAttendanceCard({ classId }: { classId: string }) {
  const t = useT(attendanceMessages);
  const { locale } = useLocale();
  const labels = attendanceLabels(locale);
  const mine = useQuery(myAttendanceQuery(classId));
  if (mine.isError) return <QueryError error={mine.error} onRetry={() => mine.refetch()} />;
  const data = mine.data;
  const columns: TableColumnsType<MySession> = [
    { key: 'day', title: t('session'), render: (_, s) => `${s.day} ${s.startTime}—${s.endTime}` },
    { key: 'hours', dataIndex: 'hours', title: t('hours'), align: 'right' },
    {
      key: 'attended',
      title: t('attendedHours'),
      align: 'right',
      render: (_, s) => (s.cancelled ? <Tag>{t('cancelled')}</Tag> : s.attendedHours),
    },
    {
      key: 'records',
      title: t('myRecords'),
      render: (_, s) =>
        s.records.length === 0
          ? t('myNoRecord')
          : s.records.map((r) => (
              <Tag key={r.occurredAt + r.direction} color={r.source === 'manual' ? 'orange' : 'blue'}>
                {labels.direction(r.direction)} {chinaClock(r.occurredAt)} · {labels.source(r.source)}
              </Tag>
            )),
    },
  ];
  return (
    <Card
      loading={mine.isPending}
      title={data ? `${data.class.name}（${data.class.code}）` : ''}
      data-testid={`my-attendance-${classId}`}
    >
      {data && (
        <Flex vertical gap={12}>
          <Flex wrap gap={24} align="center">
            <Progress
              type="circle"
              size={72}
              percent={data.rate ?? 0}
              status={data.flagged ? 'exception' : 'normal'}
              format={() => (data.rate === null ? '—' : `${data.rate}%`)}
            />
            <Flex vertical>
              <Typography.Text strong data-testid="my-attended">
                {t('myAttended', { attended: data.attendedHours, scheduled: data.scheduledHours })}
              </Typography.Text>
              <Typography.Text type="secondary">
                {t('electronicHours')} {data.electronicHours} · {t('manualHours')} {data.manualHours}
              </Typography.Text>
            </Flex>
          </Flex>
          {data.flagged && (
            <Alert type="warning" showIcon title={t('myFlagged', { threshold: data.threshold })} />
          )}
          <Table<MySession>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={data.sessions}
            pagination={false}
            scroll={{ x: 'max-content' }}
          />
        </Flex>
      )}
    </Card>
  );
}
