import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useCurrentUser } from '../../app/auth/auth-context';
import { LinkButton } from '../../app/components/link-button';
import { PageTitle } from '../../app/components/page-title';
import { useT } from '../../app/i18n/locale-context';
import { ForbiddenPage } from '../errors/forbidden-page';
import { readsClassAttendance } from './attendance-access';
import { classAttendanceQuery } from './attendance-api';
import { AttendanceTab } from './attendance-tab';
import { attendanceMessages } from './messages';

/** One class's attendance on a page of its own (the class page shows the same as a tab). */
export function ClassAttendancePage() {
  const t = useT(attendanceMessages);
  const me = useCurrentUser();
  const { id = '' } = useParams();
  const summary = useQuery({ ...classAttendanceQuery(id), enabled: readsClassAttendance(me.role) });
  if (!readsClassAttendance(me.role)) return <ForbiddenPage />;
  const heading = summary.data
    ? `${summary.data.class.name}（${summary.data.class.code}）`
    : t('attendanceTitle');
  return (
    <>
      <PageTitle
        title={<span data-testid="class-attendance-heading">{heading}</span>}
        extra={
          <LinkButton to="/app/attendance" icon={<ArrowLeftOutlined />}>
            {t('attendanceTitle')}
          </LinkButton>
        }
      />
      <AttendanceTab classId={id} />
    </>
  );
}
