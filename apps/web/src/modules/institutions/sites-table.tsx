import { Empty, Table, type TableColumnsType, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../app/i18n/locale-context';
import type { Site } from './institutions-api';
import { institutionMessages } from './messages';

/** An institution's training sites, retired ones included and marked. */
export function SitesTable({ sites, actions }: { sites: Site[]; actions?: (site: Site) => ReactNode }) {
  const t = useT(institutionMessages);
  const columns: TableColumnsType<Site> = [
    { key: 'name', dataIndex: 'name', title: t('siteName') },
    { key: 'region', dataIndex: 'regionName', title: t('siteRegion') },
    { key: 'address', dataIndex: 'address', title: t('siteAddress') },
    {
      key: 'capacity',
      title: t('capacity'),
      align: 'right',
      render: (_, site) => t('capacityValue', { capacity: site.capacity }),
    },
    { key: 'equipment', dataIndex: 'equipment', title: t('equipment') },
    {
      key: 'state',
      title: t('state'),
      render: (_, site) =>
        site.retired ? <Tag>{t('siteRetired')}</Tag> : <Tag color="green">{t('siteInUse')}</Tag>,
    },
  ];
  if (actions) columns.push({ key: 'actions', title: t('actions'), render: (_, site) => actions(site) });
  return (
    <Table<Site>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={sites}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noSites')} /> }}
      data-testid="sites-table"
    />
  );
}
