import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Flex, type TableColumnsType, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { PageTitle } from '../../app/components/page-title';
import { PagedTable } from '../../app/components/paged-table';
import { useT } from '../../app/i18n/locale-context';
import { useUrlSearch } from '../../app/url/use-url-search';
import type { CatalogueListItem } from '../catalogues/catalogues-api';
import { RegionCascader } from '../reference/region-cascader';
import { useDeploymentRegion } from '../reference/use-deployment-region';
import { portalMessages } from './messages';
import { publicCataloguesQuery } from './portal-api';

const FILTERS = ['region'] as const;

export function PortalCataloguesPage() {
  const t = useT(portalMessages);
  const province = useDeploymentRegion();
  const [search, update] = useUrlSearch(FILTERS);
  const catalogues = useQuery({ ...publicCataloguesQuery(search), placeholderData: keepPreviousData });

  const columns: TableColumnsType<CatalogueListItem> = [
    {
      key: 'title',
      dataIndex: 'title',
      title: t('catalogueTitle'),
      render: (title: string, catalogue) => (
        <Link to={`/catalogues/${catalogue.id}`} data-testid={`portal-catalogue-${catalogue.id}`}>
          {title}
        </Link>
      ),
    },
    { key: 'region', dataIndex: 'regionName', title: t('region') },
    {
      key: 'period',
      title: t('period'),
      render: (_, catalogue) => t('periodValue', { start: catalogue.periodStart, end: catalogue.periodEnd }),
    },
    { key: 'entries', dataIndex: 'entryCount', title: t('entries'), align: 'right' },
    {
      key: 'publishedAt',
      dataIndex: 'publishedAt',
      title: t('publishedAt'),
      render: (at: string | null) => (at ? dayjs(at).format('YYYY-MM-DD') : null),
    },
  ];

  return (
    <>
      <PageTitle title={t('cataloguesTitle')} />
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('cataloguesIntro')}
        </Typography.Paragraph>
        <Card>
          <Flex wrap gap={12} style={{ marginBottom: 16 }}>
            <RegionCascader
              root={province}
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
            empty={t('noPublicCatalogues')}
            pager="hideOnSinglePage"
            data-testid="portal-catalogues"
          />
        </Card>
      </Flex>
    </>
  );
}
