import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, Table, type TableColumnsType, Typography } from 'antd';
import { Link } from 'react-router';
import { LinkButton } from '../../app/components/link-button';
import { PageTitle } from '../../app/components/page-title';
import { QueryError } from '../../app/components/query-error';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { ClassStatusTag, EnrolmentStatusTag } from '../classes/class-tags';
import { targetGroupName } from '../reference/code-names';
import { feeText } from './fee-text';
import { myClassesMessages } from './messages';
import { type MyClass, myClassesQuery } from './my-classes-api';

/** 我的培训班: the signed-in worker's enrolments, newest class first, each opening to its class. */
export function MyClassesPage() {
  const t = useT(myClassesMessages);
  const { locale } = useLocale();
  const mine = useQuery(myClassesQuery);

  const columns: TableColumnsType<MyClass> = [
    {
      key: 'class',
      title: t('className'),
      render: (_, m) => (
        <Flex vertical gap={2}>
          <Link to={`/app/my-classes/${m.class.id}`} data-testid={`my-class-${m.class.id}`}>
            {m.class.name}
          </Link>
          <Typography.Text type="secondary">{m.class.code}</Typography.Text>
        </Flex>
      ),
    },
    { key: 'institution', title: t('institution'), render: (_, m) => m.class.institutionName },
    {
      key: 'occupation',
      title: t('occupation'),
      render: (_, m) => m.class.occupationName ?? m.class.occupationCode,
    },
    {
      key: 'period',
      title: t('period'),
      render: (_, m) => t('periodValue', { start: m.class.startDate, end: m.class.endDate }),
    },
    {
      key: 'classStatus',
      title: t('classStatus'),
      render: (_, m) => <ClassStatusTag status={m.class.status} />,
    },
    {
      key: 'enrolmentStatus',
      title: t('enrolmentStatus'),
      render: (_, m) => <EnrolmentStatusTag status={m.enrolmentStatus} />,
    },
    { key: 'targetGroup', title: t('targetGroup'), render: (_, m) => targetGroupName(m.targetGroup, locale) },
    { key: 'fee', title: t('fee'), render: (_, m) => feeText(t, m.individualFen) },
  ];

  return (
    <>
      <PageTitle title={t('title')} />
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('intro')}
        </Typography.Paragraph>
        <Card>
          {mine.isError ? (
            <QueryError error={mine.error} onRetry={() => mine.refetch()} />
          ) : (
            <Table<MyClass>
              rowKey="enrolmentId"
              columns={columns}
              dataSource={mine.data?.items}
              loading={mine.isFetching}
              scroll={{ x: 'max-content' }}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              locale={{
                emptyText: (
                  <Empty description={t('noClasses')}>
                    <LinkButton type="primary" to="/projects" data-testid="my-classes-find">
                      {t('findClasses')}
                    </LinkButton>
                  </Empty>
                ),
              }}
              data-testid="my-classes-table"
            />
          )}
        </Card>
      </Flex>
    </>
  );
}
