import { PlusOutlined } from '@ant-design/icons';
import { can } from '@qiancheng/domain';
import { RESOURCE_KINDS } from '@qiancheng/domain/teachers/resources';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useCurrentUser } from '../../app/auth/auth-context';
import { PageTitle } from '../../app/components/page-title';
import { PagedTable } from '../../app/components/paged-table';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { useUrlSearch } from '../../app/url/use-url-search';
import { OccupationSelect } from '../reference/occupation-select';
import { SkillLevelSelect } from '../reference/skill-level-select';
import { AddResourceModal } from './add-resource-modal';
import { resourceMessages } from './messages';
import { useResourceColumns } from './resource-columns';
import { RESOURCE_FILTERS, resourcesQuery } from './resources-api';

/** 教学资源库: resources shared by region, with their files or links, filtered and paged. */
export function ResourcesPage() {
  const t = useT(resourceMessages);
  const { locale } = useLocale();
  const me = useCurrentUser();
  const canManage = can(me.role, 'resources.manage');
  const isInstitution = me.role === 'institution';
  const regionRoot =
    !isInstitution && me.regionCode ? { code: me.regionCode, name: me.regionName ?? me.regionCode } : null;
  const [search, update] = useUrlSearch(RESOURCE_FILTERS);
  const [adding, setAdding] = useState(false);
  const resources = useQuery({ ...resourcesQuery(search), placeholderData: keepPreviousData });
  const columns = useResourceColumns();
  const filtered = RESOURCE_FILTERS.some((key) => search[key]);

  return (
    <>
      <PageTitle
        title={t('title')}
        extra={
          canManage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setAdding(true)}
              data-testid="add-resource"
            >
              {t('add')}
            </Button>
          )
        }
      />
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {isInstitution ? t('introInstitution') : t('introStaff')}
        </Typography.Paragraph>
        {!canManage && <Alert type="info" showIcon title={t('readOnlyNote')} />}
        <Card>
          <Flex wrap gap={12} style={{ marginBottom: 16 }}>
            <Input.Search
              allowClear
              defaultValue={search.q}
              placeholder={t('searchText')}
              onSearch={(q) => update({ q: q.trim() || undefined })}
              style={{ width: 220 }}
              data-testid="resources-search"
            />
            <Select<string>
              allowClear
              placeholder={t('allKinds')}
              value={search.kind}
              onChange={(kind) => update({ kind })}
              options={RESOURCE_KINDS.map((k) => ({ value: k.code, label: k.name[locale] }))}
              style={{ minWidth: 130 }}
              data-testid="resources-kind-filter"
            />
            <OccupationSelect
              value={search.occupation}
              placeholder={t('allOccupations')}
              onChange={(occupation) => update({ occupation })}
              style={{ minWidth: 240 }}
            />
            <SkillLevelSelect
              allowClear
              placeholder={t('allLevels')}
              value={search.level}
              onChange={(level) => update({ level })}
              style={{ minWidth: 160 }}
            />
            <Select<string>
              value={search.status ?? 'active'}
              onChange={(status) => update({ status: status === 'active' ? undefined : status })}
              options={[
                { value: 'active', label: t('inUse') },
                { value: 'withdrawn', label: t('withdrawnStatus') },
              ]}
              style={{ minWidth: 110 }}
              data-testid="resources-status-filter"
            />
          </Flex>
          <PagedTable
            query={resources}
            paging={search}
            onPage={update}
            columns={columns}
            expandable={{
              expandedRowRender: (r) => r.description,
              rowExpandable: (r) => Boolean(r.description),
            }}
            empty={filtered ? t('noResourcesMatch') : t('noResources')}
            pager="sizeChanger"
            totalText={(total) => t('total', { total })}
            data-testid="resources-table"
          />
        </Card>
      </Flex>
      {canManage && (
        <AddResourceModal open={adding} regionRoot={regionRoot} onClose={() => setAdding(false)} />
      )}
    </>
  );
}
