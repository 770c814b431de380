import { PlusOutlined } from '@ant-design/icons';
import { can } from '@qiancheng/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Select, type TableColumnsType, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCurrentUser } from '../../app/auth/auth-context';
import { PageTitle } from '../../app/components/page-title';
import { PagedTable } from '../../app/components/paged-table';
import { useT } from '../../app/i18n/locale-context';
import { useUrlSearch } from '../../app/url/use-url-search';
import { RegionCascader } from '../reference/region-cascader';
import { CatalogueStatusTag } from './catalogue-status-tag';
import { CATALOGUE_FILTERS, type CatalogueListItem, cataloguesQuery } from './catalogues-api';
import { CreateCatalogueModal } from './create-catalogue-modal';
import { catalogueMessages } from './messages';

export function CataloguesPage() {
  const t = useT(catalogueMessages);
  const me = useCurrentUser();
  const canManage = can(me.role, 'catalogue.manage');
  const root = me.regionCode ? { code: me.regionCode, name: me.regionName ?? me.regionCode } : null;
  const [search, update] = useUrlSearch(CATALOGUE_FILTERS);
  const [creating, setCreating] = useState(false);
  const catalogues = useQuery({ ...cataloguesQuery(search), placeholderData: keepPreviousData });

  const columns: TableColumnsType<CatalogueListItem> = [
    {
      key: 'title',
      dataIndex: 'title',
      title: t('catalogueTitle'),
      render: (title: string, catalogue) => <Link to={`/app/catalogues/${catalogue.id}`}>{title}</Link>,
    },
    { key: 'region', dataIndex: 'regionName', title: t('region') },
    {
      key: 'period',
      title: t('period'),
      render: (_, catalogue) => t('periodValue', { start: catalogue.periodStart, end: catalogue.periodEnd }),
    },
    { key: 'entries', dataIndex: 'entryCount', title: t('entries'), align: 'right' },
    {
      key: 'status',
      title: t('status'),
      render: (_, catalogue) => <CatalogueStatusTag status={catalogue.status} />,
    },
    {
      key: 'publishedAt',
      dataIndex: 'publishedAt',
      title: t('publishedAt'),
      render: (at: string | null) => (at ? dayjs(at).format('YYYY-MM-DD HH:mm') : null),
    },
  ];

  return (
    <>
      <PageTitle
        title={t('title')}
        extra={
          canManage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="create-catalogue"
            >
              {t('create')}
            </Button>
          )
        }
      />
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('intro')}
        </Typography.Paragraph>
        {!canManage && <Alert type="info" showIcon title={t('readOnlyNote')} />}
        <Card>
          <Flex wrap gap={12} style={{ marginBottom: 16 }}>
            <Select<string>
              allowClear
              placeholder={t('allStatuses')}
              value={search.status}
              onChange={(status) => update({ status })}
              options={[
                { value: 'draft', label: t('statusDraft') },
                { value: 'published', label: t('statusPublished') },
              ]}
              style={{ minWidth: 130 }}
            />
            <RegionCascader
              root={root}
              value={search.region}
              placeholder={t('allRegions')}
              onChange={(region) => update({ region })}
              style={{ minWidth: 220 }}
            />
          </Flex>
          <PagedTable
            query={catalogues}
            paging={search}
            onPage={update}
            columns={columns}
            empty={t('noCatalogues')}
            totalText={(total) => t('total', { total })}
            data-testid="catalogues-table"
          />
        </Card>
      </Flex>
      {canManage && <CreateCatalogueModal open={creating} root={root} onClose={() => setCreating(false)} />}
    </>
  );
}
