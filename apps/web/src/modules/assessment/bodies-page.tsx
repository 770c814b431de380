import { LinkOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useCurrentUser } from '../../app/auth/auth-context';
import { PageTitle } from '../../app/components/page-title';
import { QueryError } from '../../app/components/query-error';
import { useT } from '../../app/i18n/locale-context';
import { type AssessmentBody, assessmentBodiesQuery } from './assessment-api';
import { CreateBodyModal } from './create-body-modal';
import { LinkAccountModal } from './link-account-modal';
import { assessmentMessages } from './messages';

/** 评价机构 for staff and administrators: the registered bodies, registering one, linking accounts. */
export function BodiesPage() {
  const t = useT(assessmentMessages);
  const me = useCurrentUser();
  const root = me.regionCode ? { code: me.regionCode, name: me.regionName ?? me.regionCode } : null;
  const bodies = useQuery(assessmentBodiesQuery);
  const [creating, setCreating] = useState(false);
  const [linking, setLinking] = useState<AssessmentBody | null>(null);

  const columns: TableColumnsType<AssessmentBody> = [
    { key: 'code', dataIndex: 'code', title: t('code'), width: 100 },
    {
      key: 'name',
      title: t('name'),
      render: (_, b) => (
        <Flex vertical gap={2}>
          <Typography.Text strong>{b.name}</Typography.Text>
          <Typography.Text type="secondary">{b.creditCode}</Typography.Text>
        </Flex>
      ),
    },
    { key: 'region', title: t('region'), render: (_, b) => b.regionName ?? b.regionCode },
    { key: 'siteCode', dataIndex: 'siteCode', title: t('siteCode') },
    {
      key: 'occupations',
      title: t('occupations'),
      render: (_, b) => (
        <Flex wrap gap={4} style={{ maxWidth: 360 }}>
          {b.occupationCodes.map((code) => (
            <Tag key={code}>{code}</Tag>
          ))}
        </Flex>
      ),
    },
    {
      key: 'actions',
      title: t('actions'),
      render: (_, b) => (
        <Button
          type="link"
          icon={<LinkOutlined />}
          style={{ paddingInline: 0 }}
          onClick={() => setLinking(b)}
          data-testid={`link-account-${b.code}`}
        >
          {t('linkAccount')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageTitle
        title={t('bodiesTitle')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="register-body"
          >
            {t('registerBody')}
          </Button>
        }
      />
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('bodiesIntro')}
        </Typography.Paragraph>
        <Card>
          {bodies.isError ? (
            <QueryError error={bodies.error} onRetry={() => bodies.refetch()} />
          ) : (
            <Table<AssessmentBody>
              rowKey="id"
              columns={columns}
              dataSource={bodies.data?.items}
              loading={bodies.isFetching}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: <Empty description={t('noBodies')} /> }}
              pagination={{ hideOnSinglePage: true, showTotal: (total) => t('bodiesTotal', { total }) }}
              data-testid="bodies-table"
            />
          )}
        </Card>
      </Flex>
      <CreateBodyModal open={creating} root={root} onClose={() => setCreating(false)} />
      {linking && <LinkAccountModal body={linking} onClose={() => setLinking(null)} />}
    </>
  );
}
