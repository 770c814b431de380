import { AccountBookOutlined, ArrowLeftOutlined } from '@ant-design/icons';
import { can } from '@qiancheng/domain';
import { CLAIMABLE_CLASS_STATUSES } from '@qiancheng/domain/claims/claim-lifecycle';
import { useQuery } from '@tanstack/react-query';
import { Badge, Space, Tabs } from 'antd';
import { useParams, useSearchParams } from 'react-router';
import { useCurrentUser } from '../../app/auth/auth-context';
import { LinkButton } from '../../app/components/link-button';
import { PageTitle } from '../../app/components/page-title';
import { RecordPage } from '../../app/components/record-page';
import { useT } from '../../app/i18n/locale-context';
import { ClassResultsTab } from '../assessment/class-results-tab';
import { AttendanceTab } from '../attendance/attendance-tab';
import { ChangesTab } from './changes-tab';
import { ClassActions } from './class-actions';
import { ClassOverview } from './class-overview';
import { ClassStatusTag } from './class-tags';
import { classQuery } from './classes-api';
import { classMessages } from './messages';
import { RosterTab } from './roster-tab';

const TABS = ['overview', 'roster', 'attendance', 'results', 'changes'] as const;
type Tab = (typeof TABS)[number];

/** One class for its institution and for staff: overview and actions, roster, attendance, results, changes. */
export function ClassPage() {
  const t = useT(classMessages);
  const me = useCurrentUser();
  const { id = '' } = useParams<{ id: string }>();
  const [params, setParams] = useSearchParams();
  const detail = useQuery(classQuery(id));
  const tab: Tab = TABS.find((x) => x === params.get('tab')) ?? 'overview';
  const back = (
    <LinkButton
      icon={<ArrowLeftOutlined />}
      to={can(me.role, 'classes.file') ? '/app/classes' : '/app/class-review'}
    >
      {t('back')}
    </LinkButton>
  );
  return (
    <RecordPage query={detail} title={t('title')} back={back}>
      {(c) => {
        const started = !['draft', 'filed', 'returned', 'cancelled'].includes(c.status);
        return (
          <>
            <PageTitle
              title={
                <Space wrap>
                  <span data-testid="class-heading">{c.name}</span>
                  <ClassStatusTag status={c.status} />
                </Space>
              }
              extra={
                <Space wrap>
                  <ClassActions detail={c} />
                  {can(me.role, 'claims.read') && CLAIMABLE_CLASS_STATUSES.includes(c.status) && (
                    <LinkButton
                      icon={<AccountBookOutlined />}
                      to={`/app/claims?classId=${c.id}`}
                      data-testid="class-claims"
                    >
                      {t('claims')}
                    </LinkButton>
                  )}
                  {back}
                </Space>
              }
            />
            <Tabs
              activeKey={tab}
              onChange={(key) => setParams(key === 'overview' ? {} : { tab: key }, { replace: true })}
              destroyOnHidden
              items={[
                { key: 'overview', label: t('overview'), children: <ClassOverview detail={c} /> },
                { key: 'roster', label: t('rosterTab'), children: <RosterTab detail={c} /> },
                ...(started
                  ? [
                      {
                        key: 'attendance',
                        label: t('attendanceTab'),
                        children: <AttendanceTab classId={c.id} />,
                      },
                      {
                        key: 'results',
                        label: t('resultsTab'),
                        children: <ClassResultsTab classId={c.id} classEnd={c.endDate} />,
                      },
                    ]
                  : []),
                {
                  key: 'changes',
                  label: (
                    <Badge count={c.pendingChanges} size="small" offset={[8, 0]}>
                      {t('changesTab')}
                    </Badge>
                  ),
                  children: <ChangesTab detail={c} />,
                },
              ]}
              data-testid="class-tabs"
            />
          </>
        );
      }}
    </RecordPage>
  );
}
