import { ApiOutlined } from '@ant-design/icons';
import { ATTENDANCE_THRESHOLD } from '@qiancheng/domain/attendance/attendance-rate';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Flex, type TableColumnsType, Typography } from 'antd';
import { api } from '../../app/api/client';
import type { Page } from '../../app/api/types';
import { useCurrentUser } from '../../app/auth/auth-context';
import { LinkButton } from '../../app/components/link-button';
import { PageTitle } from '../../app/components/page-title';
import { PagedTable } from '../../app/components/paged-table';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { useUrlSearch } from '../../app/url/use-url-search';
import { ForbiddenPage } from '../errors/forbidden-page';
import { readsClassAttendance } from './attendance-access';
import { attendanceLabels } from './attendance-labels';
import { attendanceMessages } from './messages';

interface ClassItem {
  id: string;
  code: string;
  name: string;
  startDate: string;
  endDate: string;
  status: string;
}

const NO_FILTERS = [] as const;

/**
 * 考勤管理: the classes the user may read (an institution's own, a region's for staff), newest first,
 * each opening its attendance; an institution also reaches its terminals from here.
 */
export function AttendancePage() {
  const t = useT(attendanceMessages);
  const { locale } = useLocale();
  const labels = attendanceLabels(locale);
  const me = useCurrentUser();
  const [search, update] = useUrlSearch(NO_FILTERS);
  const classes = useQuery({
    queryKey: ['attendance', 'classes', search],
    queryFn: () => api.get<Page<ClassItem>>('/api/v1/classes', { ...search }),
    placeholderData: keepPreviousData,
    enabled: readsClassAttendance(me.role),
  });
  if (!readsClassAttendance(me.role)) return <ForbiddenPage />;
  const columns: TableColumnsType<ClassItem> = [
    { key: 'code', dataIndex: 'code', title: t('classCode') },
    { key: 'name', dataIndex: 'name', title: t('className') },
    { key: 'dates', title: t('classDates'), render: (_, c) => `${c.startDate} — ${c.endDate}` },
    {
      key: 'status',
      dataIndex: 'status',
      title: t('classStatus'),
      render: (s: string) => labels.classStatus(s),
    },
    {
      key: 'open',
      render: (_, c) => (
        <LinkButton
          to={`/app/attendance/classes/${c.id}`}
          size="small"
          data-testid={`open-attendance-${c.code}`}
        >
          {t('openAttendance')}
        </LinkButton>
      ),
    },
  ];
  return (
    <>
      <PageTitle
        title={t('attendanceTitle')}
        extra={
          me.role === 'institution' && (
            <LinkButton to="/app/attendance/terminals" icon={<ApiOutlined />} data-testid="open-terminals">
              {t('terminalsLink')}
            </LinkButton>
          )
        }
      />
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('attendanceIntro', { threshold: ATTENDANCE_THRESHOLD })}
        </Typography.Paragraph>
        <Card>
          <PagedTable
            query={classes}
            paging={search}
            onPage={update}
            columns={columns}
            empty={t('noClasses')}
            totalText={(total) => t('classesTotal', { total })}
            pager="sizeChanger"
            data-testid="attendance-classes"
          />
        </Card>
      </Flex>
    </>
  );
}
