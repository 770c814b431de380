import { PlusOutlined } from '@ant-design/icons';
import { can } from '@qiancheng/domain';
import { CLASS_STATUS_NAMES, CLASS_STATUSES } from '@qiancheng/domain/classes/class-lifecycle';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Flex, Input, Select, type TableColumnsType, Typography } from 'antd';
import { Link } from 'react-router';
import { useCurrentUser } from '../../app/auth/auth-context';
import { LinkButton } from '../../app/components/link-button';
import { PageTitle } from '../../app/components/page-title';
import { PagedTable } from '../../app/components/paged-table';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { useUrlSearch } from '../../app/url/use-url-search';
import { RegionCascader } from '../reference/region-cascader';
import { ClassStatusTag } from './class-tags';
import { CLASS_FILTERS, type ClassItem, classesQuery } from './classes-api';
import { classMessages } from './messages';

/**
 * 培训班: an institution's own classes, or for staff the classes of their region, with the status
 * filter set to 已备案待审核 from the review menu so filings waiting for a decision come first.
 */
export function ClassesPage({ review = false }: { review?: boolean }) {
  const t = useT(classMessages);
  const { locale } = useLocale();
  const me = useCurrentUser();
  const isInstitution = can(me.role, 'classes.file');
  const [search, update] = useUrlSearch(CLASS_FILTERS);
  const classes = useQuery({ ...classesQuery(search), placeholderData: keepPreviousData });
  const filtered = CLASS_FILTERS.some((key) => search[key]);

  const columns: TableColumnsType<ClassItem> = [
    {
      key: 'code',
      title: t('code'),
      render: (_, c) => (
        <Flex vertical gap={2}>
          <Link to={`/app/classes/${c.id}`} data-testid={`class-link-${c.id}`}>
            {c.name}
          </Link>
          <Typography.Text type="secondary">{c.code}</Typography.Text>
        </Flex>
      ),
    },
    { key: 'project', dataIndex: 'projectTitle', title: t('project') },
    ...(isInstitution ? [] : [{ key: 'institution', dataIndex: 'institutionName', title: t('institution') }]),
    { key: 'region', dataIndex: 'regionName', title: t('region') },
    {
      key: 'dates',
      title: t('dates'),
      render: (_, c) => t('dateRange', { start: c.startDate, end: c.endDate }),
    },
    {
      key: 'roster',
      title: t('roster'),
      align: 'right',
      render: (_, c) => t('rosterValue', { size: c.rosterSize, planned: c.plannedTrainees }),
    },
    { key: 'status', title: t('status'), render: (_, c) => <ClassStatusTag status={c.status} /> },
  ];

  return (
    <>
      <PageTitle
        title={review ? t('reviewTitle') : t('title')}
        extra={
          isInstitution && (
            <LinkButton type="primary" icon={<PlusOutlined />} to="/app/classes/new" data-testid="new-class">
              {t('newClass')}
            </LinkButton>
          )
        }
      />
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {isInstitution ? t('intro') : t('reviewIntro')}
        </Typography.Paragraph>
        <Card>
          <Flex wrap gap={12} style={{ marginBottom: 16 }}>
            <Select<string>
              allowClear
              placeholder={t('allStatuses')}
              value={search.status}
              onChange={(status) => update({ status })}
              options={CLASS_STATUSES.map((value) => ({ value, label: CLASS_STATUS_NAMES[value][locale] }))}
              style={{ minWidth: 160 }}
              data-testid="classes-status-filter"
            />
            {!isInstitution && me.regionCode && (
              <RegionCascader
                root={{ code: me.regionCode, name: me.regionName ?? me.regionCode }}
                value={search.region}
                placeholder={t('allRegions')}
                onChange={(region) => update({ region })}
                style={{ minWidth: 200 }}
              />
            )}
            <Input.Search
              allowClear
              placeholder={t('searchPlaceholder')}
              defaultValue={search.q}
              onSearch={(q) => update({ q: q || undefined })}
              style={{ maxWidth: 280 }}
              data-testid="classes-search"
            />
          </Flex>
          <PagedTable<ClassItem>
            query={classes}
            paging={search}
            onPage={update}
            columns={columns}
            empty={filtered ? t('emptyMatch') : t('empty')}
            totalText={(total) => t('total', { total })}
            pager="sizeChanger"
            data-testid="classes-table"
          />
        </Card>
      </Flex>
    </>
  );
}
