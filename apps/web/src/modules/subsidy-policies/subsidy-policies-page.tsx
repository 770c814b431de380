import { can } from '@qiancheng/domain';
import { POLICY_STATUS_NAMES, POLICY_STATUSES } from '@qiancheng/domain/subsidy/policy-lifecycle';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Flex, Space, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCurrentUser } from '../../app/auth/auth-context';
import { CreateButton } from '../../app/components/create-button';
import { ListCard } from '../../app/components/list-card';
import { ListEmpty } from '../../app/components/list-empty';
import { PageIntro } from '../../app/components/page-intro';
import { PageTitle } from '../../app/components/page-title';
import { StatusFilter } from '../../app/components/status-filter';
import { useT } from '../../app/i18n/locale-context';
import { useUrlSearch } from '../../app/url/use-url-search';
import { RegionCascader } from '../reference/region-cascader';
import { CreatePolicyModal } from './create-policy-modal';
import { EffectivePolicyCard } from './effective-policy-card';
import { policyMessages } from './messages';
import { nationalDefaultQuery, POLICY_FILTERS, type PolicyItem, policiesQuery } from './policies-api';
import { PolicyStatusTag } from './policy-status-tag';
import { RegionName } from './reference-names';
import { RulesDrawer } from './rules-drawer';

/**
 * 补贴政策: the versions of the reader's region subtree, filtered in the address by region and
 * status, the lookup of which version applies, and — for administrators — a new draft.
 */
export function SubsidyPoliciesPage() {
  const t = useT(policyMessages);
  const me = useCurrentUser();
  const canManage = can(me.role, 'subsidyPolicies.manage');
  const root = me.regionCode ? { code: me.regionCode, name: me.regionName ?? me.regionCode } : null;
  const [search, update] = useUrlSearch(POLICY_FILTERS);
  const policies = useQuery({ ...policiesQuery(search), placeholderData: keepPreviousData });
  const [creating, setCreating] = useState(false);
  const [showDefault, setShowDefault] = useState(false);
  const nationalDefault = useQuery({ ...nationalDefaultQuery, enabled: showDefault });
  const filtered = POLICY_FILTERS.some((key) => search[key]);

  const columns: TableColumnsType<PolicyItem> = [
    {
      key: 'label',
      title: t('version'),
      render: (_, policy) => (
        <Link to={`/app/subsidy-policies/${policy.id}`} data-testid={`policy-link-${policy.id}`}>
          {policy.label}
        </Link>
      ),
    },
    { key: 'title', dataIndex: 'title', title: t('policyTitle') },
    { key: 'region', title: t('region'), render: (_, policy) => <RegionName code={policy.regionCode} /> },
    { key: 'status', title: t('status'), render: (_, policy) => <PolicyStatusTag status={policy.status} /> },
    { key: 'effectiveFrom', dataIndex: 'effectiveFrom', title: t('effectiveFrom') },
    {
      key: 'updatedAt',
      dataIndex: 'updatedAt',
      title: t('updatedAt'),
      render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm'),
    },
  ];

  return (
    <>
      <PageTitle
        title={t('title')}
        extra={
          <Space wrap>
            <Button onClick={() => setShowDefault(true)} data-testid="national-default">
              {t('nationalDefault')}
            </Button>
            {canManage && (
              <CreateButton onClick={() => setCreating(true)} data-testid="policy-create">
                {t('create')}
              </CreateButton>
            )}
          </Space>
        }
      />
      <Flex vertical gap={16}>
        <PageIntro>{t('intro')}</PageIntro>
        {!canManage && <Alert type="info" showIcon title={t('readOnlyNote')} />}
        <EffectivePolicyCard />
        <ListCard
          filters={
            <>
              <StatusFilter
                statuses={POLICY_STATUSES}
                names={POLICY_STATUS_NAMES}
                placeholder={t('allStatuses')}
                value={search.status}
                onChange={(status) => update({ status })}
                data-testid="policies-status-filter"
              />
              <RegionCascader
                root={root}
                value={search.region}
                placeholder={t('allRegions')}
                onChange={(region) => update({ region })}
                style={{ minWidth: 220 }}
                data-testid="policies-region-filter"
              />
            </>
          }
          query={policies}
          paging={search}
          onPage={update}
          columns={columns}
          empty={
            <ListEmpty
              filtered={filtered}
              noneMatch={t('noPoliciesMatch')}
              none={t('noPolicies')}
              hint={t('noPoliciesHint')}
            />
          }
          totalText={(total) => t('total', { total })}
          data-testid="policies-table"
        />
      </Flex>
      {canManage && <CreatePolicyModal open={creating} onClose={() => setCreating(false)} />}
      <RulesDrawer
        title={t('nationalDefault')}
        intro={t('nationalDefaultIntro')}
        document={showDefault ? (nationalDefault.data?.document ?? null) : null}
        onClose={() => setShowDefault(false)}
      />
    </>
  );
}
