import { ATTENDANCE_THRESHOLD } from '@qiancheng/domain/attendance/attendance-rate';
import { useQuery } from '@tanstack/react-query';
import { Empty, Flex, Typography } from 'antd';
import { api } from '../../app/api/client';
import type { ItemList } from '../../app/api/types';
import { PageLoading } from '../../app/components/page-loading';
import { PageTitle } from '../../app/components/page-title';
import { QueryError } from '../../app/components/query-error';
import { useT } from '../../app/i18n/locale-context';
import { attendanceMessages } from './messages';
import { MyAttendanceCard } from './my-attendance-card';

/** 我的考勤: the signed-in worker's attendance in each class they are on the roster of. */
export function MyAttendancePage() {
  const t = useT(attendanceMessages);
  const classes = useQuery({
    queryKey: ['attendance', 'my-classes'],
    queryFn: () =>
      api.get<ItemList<{ enrolmentStatus: string; class: { id: string } }>>('/api/v1/classes/mine'),
  });
  const active = classes.data?.items.filter((item) => item.enrolmentStatus !== 'dropped') ?? [];
  return (
    <>
      <PageTitle title={t('myTitle')} />
      <Typography.Paragraph type="secondary">
        {t('myIntro', { threshold: ATTENDANCE_THRESHOLD })}
      </Typography.Paragraph>
      {classes.isPending ? (
        <PageLoading />
      ) : classes.isError ? (
        <QueryError error={classes.error} onRetry={() => classes.refetch()} />
      ) : active.length === 0 ? (
        <Empty description={t('myNoClasses')} />
      ) : (
        <Flex vertical gap={16}>
          {active.map((item) => (
            <MyAttendanceCard key={item.class.id} classId={item.class.id} />
          ))}
        </Flex>
      )}
    </>
  );
}
