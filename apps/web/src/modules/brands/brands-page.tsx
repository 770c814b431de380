import { PlusOutlined, SendOutlined } from '@ant-design/icons';
import { can, isRegionScoped } from '@qiancheng/domain';
import {
  BRAND_STATUS_NAMES,
  BRAND_STATUSES,
  nextBrandStatus,
} from '@qiancheng/domain/brands/brand-lifecycle';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Flex, Row, Select, Space, type TableColumnsType, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import type { User } from '../../app/api/types';
import { useCurrentUser } from '../../app/auth/auth-context';
import { PageTitle } from '../../app/components/page-title';
import { PagedTable } from '../../app/components/paged-table';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { useUrlSearch } from '../../app/url/use-url-search';
import { OccupationSelect } from '../reference/occupation-select';
import { RegionCascader } from '../reference/region-cascader';
import { BrandBatchesList } from './brand-batches-list';
import { BrandFormModal } from './brand-form-modal';
import { BrandReviewActions } from './brand-review-actions';
import { BrandStatusTag } from './brand-status-tag';
import { applicantQuery, BRAND_FILTERS, brandsQuery, type TrainingBrand } from './brands-api';
import { brandMessages } from './messages';
import { PublishBatchModal } from './publish-batch-modal';

/** An application the signed-in user made and may now edit and submit again. */
function mayResubmit(me: User, brand: TrainingBrand): boolean {
  if (!can(me.role, 'brands.apply') || !nextBrandStatus(brand.status, 'resubmit')) return false;
  return (brand.applicantKind === 'institution') === (me.role === 'institution');
}

/**
 * 培训品牌 in the workbench: institutions apply for and follow their own brands; staff apply for
 * their regions, review the applications of their region and publish approved brands in batches;
 * auditors and administrators read.
 */
export function BrandsPage() {
  const t = useT(brandMessages);
  const { locale } = useLocale();
  const me = useCurrentUser();
  const canApply = can(me.role, 'brands.apply');
  const canReview = can(me.role, 'brands.review');
  const scoped = isRegionScoped(me.role);
  const root = scoped && me.regionCode ? { code: me.regionCode, name: me.regionName ?? me.regionCode } : null;
  const applicant = useQuery({ ...applicantQuery, enabled: canApply });
  const [search, update] = useUrlSearch(BRAND_FILTERS);
  const brands = useQuery({ ...brandsQuery(search), placeholderData: keepPreviousData });
  const [form, setForm] = useState<{ editing: TrainingBrand | null } | null>(null);
  const [publishing, setPublishing] = useState(false);
  const filtered = BRAND_FILTERS.some((key) => search[key]);

  const columns: TableColumnsType<TrainingBrand> = [
    {
      key: 'name',
      title: t('name'),
      render: (_, brand) => (
        <Flex vertical gap={2} style={{ maxWidth: 320 }}>
          <Typography.Text strong>{brand.name}</Typography.Text>
          <Typography.Text type="secondary" ellipsis={{ tooltip: brand.description }}>
            {brand.description}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'region', dataIndex: 'regionName', title: t('region') },
    { key: 'occupation', dataIndex: 'occupationName', title: t('occupation') },
    {
      key: 'applicant',
      title: t('applicant'),
      render: (_, brand) => brand.institutionName ?? t('applicantRegion', { region: brand.regionName }),
    },
    {
      key: 'status',
      title: t('status'),
      render: (_, brand) => (
        <Flex vertical gap={2} align="start">
          <BrandStatusTag status={brand.status} />
          {brand.reviewNote && (brand.status === 'returned' || brand.status === 'rejected') && (
            <Typography.Text
              type="secondary"
              style={{ maxWidth: 220 }}
              data-testid={`brand-note-${brand.id}`}
            >
              {t('reviewNote')}：{brand.reviewNote}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'batch',
      title: t('batch'),
      render: (_, brand) =>
        brand.batch ? <Link to={`/brands?batch=${brand.batch.id}`}>{brand.batch.title}</Link> : null,
    },
    {
      key: 'updatedAt',
      dataIndex: 'updatedAt',
      title: t('updatedAt'),
      render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm'),
    },
    {
      key: 'actions',
      title: t('actions'),
      render: (_, brand) => (
        <Space size={12}>
          {canReview && <BrandReviewActions brand={brand} />}
          {mayResubmit(me, brand) && (
            <Button
              type="link"
              style={{ paddingInline: 0 }}
              onClick={() => setForm({ editing: brand })}
              data-testid={`brand-resubmit-${brand.id}`}
            >
              {t('resubmit')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <PageTitle
        title={t('title')}
        extra={
          <Space wrap>
            {canApply && applicant.data && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setForm({ editing: null })}
                data-testid="apply-brand"
              >
                {t('apply')}
              </Button>
            )}
            {canReview && root && (
              <Button icon={<SendOutlined />} onClick={() => setPublishing(true)} data-testid="publish-batch">
                {t('publishBatch')}
              </Button>
            )}
          </Space>
        }
      />
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('intro')}
        </Typography.Paragraph>
        {!canApply && !canReview && <Alert type="info" showIcon title={t('readOnlyNote')} />}
        {me.role === 'institution' && applicant.data && (
          <Alert type="info" showIcon title={t('institutionNote')} />
        )}
        {applicant.isError && (
          <Alert
            type="warning"
            showIcon
            title={t('applyBlocked', { message: applicant.error.message })}
            data-testid="brand-apply-blocked"
          />
        )}
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={17}>
            <Card>
              <Flex wrap gap={12} style={{ marginBottom: 16 }}>
                <Select<string>
                  allowClear
                  placeholder={t('allStatuses')}
                  value={search.status}
                  onChange={(status) => update({ status })}
                  options={BRAND_STATUSES.map((value) => ({
                    value,
                    label: BRAND_STATUS_NAMES[value][locale],
                  }))}
                  style={{ minWidth: 150 }}
                  data-testid="brands-status-filter"
                />
                {root && (
                  <RegionCascader
                    root={root}
                    value={search.region}
                    placeholder={t('allRegions')}
                    onChange={(region) => update({ region })}
                    style={{ minWidth: 220 }}
                  />
                )}
                <OccupationSelect
                  value={search.occupation}
                  placeholder={t('allOccupations')}
                  onChange={(occupation) => update({ occupation })}
                  style={{ minWidth: 240 }}
                />
              </Flex>
              <PagedTable
                query={brands}
                paging={search}
                onPage={update}
                columns={columns}
                empty={filtered ? t('noBrandsMatch') : t('noBrands')}
                pager="sizeChanger"
                totalText={(total) => t('total', { total })}
                data-testid="brands-table"
              />
            </Card>
          </Col>
          <Col xs={24} xl={7}>
            <Card title={t('batches')}>
              <BrandBatchesList
                region={root?.code ?? applicant.data?.regionCode}
                testId="brand-batches"
                renderTitle={(batch) => <Link to={`/brands?batch=${batch.id}`}>{batch.title}</Link>}
              />
            </Card>
          </Col>
        </Row>
      </Flex>
      {applicant.data && (
        <BrandFormModal
          open={form !== null}
          applicant={applicant.data}
          editing={form?.editing ?? null}
          onClose={() => setForm(null)}
        />
      )}
      {canReview && root && (
        <PublishBatchModal open={publishing} root={root} onClose={() => setPublishing(false)} />
      )}
    </>
  );
}
