import { PlusOutlined } from '@ant-design/icons';
import { can } from '@qiancheng/domain';
import { TARGET_GROUPS } from '@qiancheng/domain/reference/target-groups';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { useCurrentUser } from '../../app/auth/auth-context';
import { PageTitle } from '../../app/components/page-title';
import { PagedTable } from '../../app/components/paged-table';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { useUrlSearch } from '../../app/url/use-url-search';
import { codeOptions } from '../reference/code-names';
import { OccupationSelect } from '../reference/occupation-select';
import { RegionCascader } from '../reference/region-cascader';
import { DeclareWishModal } from './declare-wish-modal';
import { wishMessages } from './messages';
import { useWishColumns } from './wish-columns';
import { WISH_FILTERS, wishesQuery } from './wishes-api';

/** Staff see the wishes of their region and record them for people who come to the counter. */
export function WishesPage() {
  const t = useT(wishMessages);
  const { locale } = useLocale();
  const me = useCurrentUser();
  const canManage = can(me.role, 'wishes.manage');
  const root = me.regionCode ? { code: me.regionCode, name: me.regionName ?? me.regionCode } : null;
  const [search, update] = useUrlSearch(WISH_FILTERS);
  const [recording, setRecording] = useState(false);
  const wishes = useQuery({ ...wishesQuery(search), placeholderData: keepPreviousData });
  const columns = useWishColumns({ showPerson: true });
  const filtered = WISH_FILTERS.some((key) => search[key]);

  return (
    <>
      <PageTitle
        title={t('manageTitle')}
        extra={
          canManage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setRecording(true)}
              data-testid="record-wish"
            >
              {t('record')}
            </Button>
          )
        }
      />
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('manageIntro')}
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
                { value: 'active', label: t('active') },
                { value: 'withdrawn', label: t('withdrawn') },
              ]}
              style={{ minWidth: 120 }}
              data-testid="wishes-status-filter"
            />
            <RegionCascader
              root={root}
              value={search.region}
              placeholder={t('allRegions')}
              onChange={(region) => update({ region })}
              style={{ minWidth: 220 }}
            />
            <Select<string>
              allowClear
              placeholder={t('allGroups')}
              value={search.targetGroup}
              onChange={(targetGroup) => update({ targetGroup })}
              options={codeOptions(TARGET_GROUPS, locale)}
              style={{ minWidth: 200 }}
            />
            <OccupationSelect
              value={search.occupation}
              placeholder={t('allOccupations')}
              onChange={(occupation) => update({ occupation })}
              style={{ minWidth: 240 }}
            />
          </Flex>
          <PagedTable
            query={wishes}
            paging={search}
            onPage={update}
            columns={columns}
            empty={filtered ? t('noWishesMatch') : t('noWishes')}
            pager="sizeChanger"
            totalText={(total) => t('total', { total })}
            data-testid="wishes-table"
          />
        </Card>
      </Flex>
      {canManage && (
        <DeclareWishModal open={recording} forWalkIn root={root} onClose={() => setRecording(false)} />
      )}
    </>
  );
}
