import { APPLICANT_KIND_NAMES } from '@qiancheng/domain/brands/brand-lifecycle';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Col, Flex, Row, Select, type TableColumnsType, Typography } from 'antd';
import dayjs from 'dayjs';
import { PageTitle } from '../../app/components/page-title';
import { PagedTable } from '../../app/components/paged-table';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { useUrlSearch } from '../../app/url/use-url-search';
import { BrandBatchesList } from '../brands/brand-batches-list';
import {
  PUBLIC_BRAND_FILTERS,
  type PublicBrand,
  publicBrandBatchesQuery,
  publicBrandsQuery,
} from '../brands/brands-api';
import { brandMessages } from '../brands/messages';
import { OccupationSelect } from '../reference/occupation-select';
import { RegionCascader } from '../reference/region-cascader';
import { useDeploymentRegion } from '../reference/use-deployment-region';

/** 培训品牌 on the portal: published brands by region, occupation and batch, with the batches beside. */
export function PortalBrandsPage() {
  const t = useT(brandMessages);
  const { locale } = useLocale();
  const province = useDeploymentRegion();
  const [search, update] = useUrlSearch(PUBLIC_BRAND_FILTERS);
  const brands = useQuery({ ...publicBrandsQuery(search), placeholderData: keepPreviousData });
  const batches = useQuery(publicBrandBatchesQuery({ page: 1, pageSize: 200 }));
  const filtered = PUBLIC_BRAND_FILTERS.some((key) => search[key]);

  const columns: TableColumnsType<PublicBrand> = [
    {
      key: 'name',
      title: t('name'),
      render: (_, brand) => (
        <Typography.Text strong data-testid={`portal-brand-${brand.id}`}>
          {brand.name}
        </Typography.Text>
      ),
    },
    { key: 'region', dataIndex: 'regionName', title: t('region') },
    { key: 'occupation', dataIndex: 'occupationName', title: t('occupation') },
    {
      key: 'applicant',
      title: t('applicant'),
      render: (_, brand) => brand.institutionName ?? APPLICANT_KIND_NAMES[brand.applicantKind][locale],
    },
    {
      key: 'batch',
      title: t('batch'),
      render: (_, brand) => (
        <Flex vertical gap={2} align="start">
          <Typography.Link onClick={() => update({ batch: brand.batch.id })}>
            {brand.batch.title}
          </Typography.Link>
          <Typography.Text type="secondary">
            {t('publishedOn', { date: dayjs(brand.batch.publishedAt).format('YYYY-MM-DD') })}
          </Typography.Text>
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageTitle title={t('portalTitle')} />
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('portalIntro')}
        </Typography.Paragraph>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={17}>
            <Card>
              <Flex wrap gap={12} style={{ marginBottom: 16 }}>
                <RegionCascader
                  root={province}
                  value={search.region}
                  placeholder={t('portalAllRegions')}
                  onChange={(region) => update({ region })}
                  style={{ minWidth: 200 }}
                />
                <OccupationSelect
                  value={search.occupation}
                  placeholder={t('allOccupations')}
                  onChange={(occupation) => update({ occupation })}
                  style={{ minWidth: 220 }}
                />
                <Select<string>
                  allowClear
                  placeholder={t('portalAllBatches')}
                  value={search.batch}
                  onChange={(batch) => update({ batch })}
                  options={batches.data?.items.map((batch) => ({ value: batch.id, label: batch.title }))}
                  style={{ minWidth: 240 }}
                  data-testid="portal-brand-batch"
                />
              </Flex>
              <PagedTable
                query={brands}
                paging={search}
                onPage={update}
                columns={columns}
                expandable={{
                  expandedRowRender: (brand) => (
                    <Typography.Paragraph style={{ margin: 0 }}>{brand.description}</Typography.Paragraph>
                  ),
                }}
                empty={filtered ? t('portalEmptyMatch') : t('portalEmpty')}
                pager="hideOnSinglePage"
                totalText={(total) => t('portalTotal', { total })}
                data-testid="portal-brands"
              />
            </Card>
          </Col>
          <Col xs={24} xl={7}>
            <Card title={t('portalBatches')}>
              <BrandBatchesList
                region={search.region}
                testId="portal-brand-batches"
                renderTitle={(batch) => (
                  <Typography.Link
                    strong={search.batch === batch.id}
                    onClick={() => update({ batch: batch.id })}
                  >
                    {batch.title}
                  </Typography.Link>
                )}
              />
            </Card>
          </Col>
        </Row>
      </Flex>
    </>
  );
}
