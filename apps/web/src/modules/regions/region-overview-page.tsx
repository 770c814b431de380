import { ArrowUpOutlined } from '@ant-design/icons';
import { isWithinRegion, parentRegionCode } from '@qiancheng/domain';
import { useQuery } from '@tanstack/react-query';
import {
  Card,
  Col,
  Empty,
  Flex,
  Result,
  Row,
  Statistic,
  Table,
  type TableColumnsType,
  Typography,
} from 'antd';
import { Link, useParams } from 'react-router';
import { useCurrentUser } from '../../app/auth/auth-context';
import { LinkButton } from '../../app/components/link-button';
import { PageLoading } from '../../app/components/page-loading';
import { PageTitle } from '../../app/components/page-title';
import { QueryError } from '../../app/components/query-error';
import { useT } from '../../app/i18n/locale-context';
import { regionOverviewMessages } from './messages';
import { RegionBreadcrumb } from './region-breadcrumb';
import { type RegionChildFigures, regionOverviewQuery } from './regions-api';

export function RegionOverviewPage() {
  const t = useT(regionOverviewMessages);
  const user = useCurrentUser();
  const params = useParams<{ code?: string }>();
  const code = params.code ?? user.regionCode;
  const overview = useQuery({ ...regionOverviewQuery(code ?? ''), enabled: code !== null });

  if (!code || !user.regionCode) return <Result status="info" title={t('title')} subTitle={t('noRegion')} />;

  const columns: TableColumnsType<RegionChildFigures> = [
    { key: 'code', dataIndex: 'code', title: t('code'), width: 140 },
    {
      key: 'name',
      dataIndex: 'name',
      title: t('name'),
      render: (name: string, child) => <Link to={`/app/regions/${child.code}`}>{name}</Link>,
    },
    { key: 'users', dataIndex: 'users', title: t('users'), align: 'right' },
    { key: 'people', dataIndex: 'people', title: t('people'), align: 'right' },
  ];

  const parent = parentRegionCode(code);
  const canGoUp = parent !== null && isWithinRegion(parent, user.regionCode);

  return (
    <>
      <PageTitle
        title={t('title')}
        extra={
          canGoUp && (
            <LinkButton icon={<ArrowUpOutlined />} to={`/app/regions/${parent}`}>
              {t('up')}
            </LinkButton>
          )
        }
      />
      {overview.isPending ? (
        <PageLoading />
      ) : overview.isError ? (
        <QueryError error={overview.error} onRetry={() => overview.refetch()} />
      ) : (
        <Flex vertical gap={16}>
          <RegionBreadcrumb code={code} name={overview.data.region.name} scope={user.regionCode} />
          <Typography.Text type="secondary">
            {t('subtitle', { name: overview.data.region.name })}
          </Typography.Text>
          <Row gutter={16}>
            <Col xs={12} md={6}>
              <Card>
                <Statistic
                  title={t('users')}
                  value={overview.data.totals.users}
                  data-testid="region-total-users"
                />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card>
                <Statistic
                  title={t('people')}
                  value={overview.data.totals.people}
                  data-testid="region-total-people"
                />
              </Card>
            </Col>
          </Row>
          <Card title={t('children')}>
            <Table<RegionChildFigures>
              rowKey="code"
              columns={columns}
              dataSource={overview.data.children}
              pagination={overview.data.children.length > 50 ? { pageSize: 50 } : false}
              locale={{ emptyText: <Empty description={t('noChildren')} /> }}
              data-testid="region-children"
            />
          </Card>
        </Flex>
      )}
    </>
  );
}
