import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useAuth } from '../../app/auth/auth-context';
import { loginPathFor } from '../../app/auth/safe-next';
import { LinkButton } from '../../app/components/link-button';
import { QueryError } from '../../app/components/query-error';
import { useT } from '../../app/i18n/locale-context';
import { type EnrolAction, enrolActionFor } from './enrol-choices';
import { EnrolModal } from './enrol-modal';
import { feeText } from './fee-text';
import { myClassesMessages } from './messages';
import { myClassesQuery, type PublicClass, publicProjectClassesQuery } from './my-classes-api';

/**
 * 开班信息 of a public project: its classes taking enrolments or under way, with places left and
 * the fee, and 报名 where online enrolment is open — a visitor signs in first and comes back here.
 */
export function ProjectClassesCard({
  projectId,
  targetGroups,
}: {
  projectId: string;
  /** The groups the project is for: the choices offered on enrolment. */
  targetGroups: readonly string[];
}) {
  const t = useT(myClassesMessages);
  const { user } = useAuth();
  const location = useLocation();
  const classes = useQuery(publicProjectClassesQuery(projectId));
  const isWorker = user?.role === 'worker';
  const mine = useQuery({ ...myClassesQuery, enabled: isWorker });
  const enrolled = useMemo(
    () =>
      new Set((mine.data?.items ?? []).filter((m) => m.enrolmentStatus !== 'dropped').map((m) => m.class.id)),
    [mine.data],
  );
  const [enrolling, setEnrolling] = useState<PublicClass | null>(null);

  const action = (c: PublicClass, what: EnrolAction) => {
    const testId = `enrol-${c.id}`;
    switch (what) {
      case 'enrol':
        return (
          <Button type="primary" onClick={() => setEnrolling(c)} data-testid={testId}>
            {t('enrol')}
          </Button>
        );
      case 'sign-in':
        return (
          <LinkButton type="primary" to={loginPathFor(location)} data-testid={testId}>
            {t('signInToEnrol')}
          </LinkButton>
        );
      case 'enrolled':
        return (
          <Link to={`/app/my-classes/${c.id}`} data-testid={testId}>
            <Tag color="green">{t('enrolled')}</Tag>
          </Link>
        );
      case 'workers-only':
        return (
          <Tooltip title={t('enrolOnlyWorkers')}>
            <Button disabled data-testid={testId}>
              {t('enrol')}
            </Button>
          </Tooltip>
        );
      case 'full':
        return <Tag>{t('full')}</Tag>;
      default:
        return <Typography.Text type="secondary">{t('notEnrollable')}</Typography.Text>;
    }
  };

  const columns: TableColumnsType<PublicClass> = [
    {
      key: 'class',
      title: t('className'),
      render: (_, c) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>{c.name}</Typography.Text>
          <Link to={`/institutions/${c.institutionId}`}>{c.institutionName}</Link>
        </Flex>
      ),
    },
    {
      key: 'period',
      title: t('period'),
      render: (_, c) => t('periodValue', { start: c.startDate, end: c.endDate }),
    },
    { key: 'region', title: t('region'), render: (_, c) => c.regionName ?? '—' },
    {
      key: 'seats',
      title: t('seatsLeft'),
      align: 'right',
      render: (_, c) => t('seatsValue', { left: c.seatsLeft, planned: c.plannedTrainees }),
    },
    { key: 'fee', title: t('trainingFee'), render: (_, c) => feeText(t, c.feeFen) },
    { key: 'own', title: t('ownShare'), render: (_, c) => feeText(t, c.individualFen) },
    {
      key: 'action',
      render: (_, c) =>
        action(c, enrolActionFor(c, { role: user?.role ?? null, enrolledClassIds: enrolled })),
    },
  ];

  return (
    <Card title={t('openingsTitle')} data-testid="project-classes">
      {classes.isError ? (
        <QueryError error={classes.error} onRetry={() => classes.refetch()} />
      ) : (
        <Table<PublicClass>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={classes.data?.items}
          loading={classes.isFetching}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('openingsEmpty')} />,
          }}
        />
      )}
      {enrolling && (
        <EnrolModal
          cls={enrolling}
          projectId={projectId}
          projectGroups={targetGroups}
          onClose={() => setEnrolling(null)}
        />
      )}
    </Card>
  );
}
