import { can } from '@qiancheng/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Card, Flex, Space, type TableColumnsType, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link, useNavigate } from 'react-router';
import { useCurrentUser } from '../../app/auth/auth-context';
import { PageTitle } from '../../app/components/page-title';
import { PagedTable } from '../../app/components/paged-table';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { useUrlSearch } from '../../app/url/use-url-search';
import { institutionTypeName } from './code-labels';
import { InstitutionFilters } from './institution-filters';
import { CreditStatusTag, ReviewStatusTag } from './institution-tags';
import { INSTITUTION_FILTERS, type InstitutionItem, institutionsQuery } from './institutions-api';
import { institutionMessages } from './messages';
import { staffMessages } from './staff-messages';

/** Staff (and, read-only, finance, auditors and administrators) see the institutions of their region. */
export function InstitutionsPage() {
  const t = useT(staffMessages);
  const ti = useT(institutionMessages);
  const { locale } = useLocale();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const canReview = can(me.role, 'institutions.review');
  const root = me.regionCode ? { code: me.regionCode, name: me.regionName ?? me.regionCode } : null;
  const [search, update] = useUrlSearch(INSTITUTION_FILTERS);
  const institutions = useQuery({ ...institutionsQuery(search), placeholderData: keepPreviousData });
  const filtered = INSTITUTION_FILTERS.some((key) => search[key]);

  const columns: TableColumnsType<InstitutionItem> = [
    {
      key: 'name',
      title: ti('name'),
      render: (_, item) => (
        <>
          <Link
            to={`/app/institutions/${item.id}`}
            onClick={(event) => event.stopPropagation()}
            data-testid={`institution-link-${item.id}`}
          >
            {item.name}
          </Link>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {item.creditCode}
          </Typography.Text>
        </>
      ),
    },
    { key: 'type', title: ti('type'), render: (_, item) => institutionTypeName(item.type, locale) },
    { key: 'region', dataIndex: 'regionName', title: ti('region') },
    {
      key: 'review',
      title: ti('reviewStatus'),
      render: (_, item) => <ReviewStatusTag status={item.reviewStatus} />,
    },
    {
      key: 'credit',
      title: ti('creditStatus'),
      render: (_, item) => (
        <Space size={4} wrap>
          <CreditStatusTag status={item.creditStatus} />
          {item.qualificationExpired && <Tag color="red">{ti('expiredQualification')}</Tag>}
        </Space>
      ),
    },
    {
      key: 'createdAt',
      dataIndex: 'createdAt',
      title: ti('registeredAt'),
      render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm'),
    },
  ];

  return (
    <>
      <PageTitle title={t('title')} />
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('intro')}
        </Typography.Paragraph>
        {!canReview && <Alert type="info" showIcon title={t('readOnlyNote')} />}
        <Card>
          <InstitutionFilters search={search} update={update} root={root} />
          <PagedTable
            query={institutions}
            paging={search}
            onPage={update}
            columns={columns}
            onRow={(item) => ({
              onClick: () => navigate(`/app/institutions/${item.id}`),
              style: { cursor: 'pointer' },
            })}
            empty={filtered ? t('noInstitutionsMatch') : t('noInstitutions')}
            pager="sizeChanger"
            totalText={(total) => t('total', { total })}
            data-testid="institutions-table"
          />
        </Card>
      </Flex>
    </>
  );
}
