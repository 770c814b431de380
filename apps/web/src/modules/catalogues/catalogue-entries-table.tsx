import { TRAINING_MODE_NAMES, type TrainingMode } from '@qiancheng/domain/projects/project-lifecycle';
import { Empty, Table, type TableColumnsType, Tag } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { priorityFieldName } from '../reference/code-names';
import type { CatalogueEntry } from './catalogues-api';
import { catalogueMessages } from './messages';

/** A catalogue's projects; titles link to `projectPath` (the portal page or the staff page). */
export function CatalogueEntriesTable({
  entries,
  projectPath,
  actions,
}: {
  entries: CatalogueEntry[];
  projectPath: (projectId: string) => string;
  actions?: (entry: CatalogueEntry) => ReactNode;
}) {
  const t = useT(catalogueMessages);
  const { locale } = useLocale();
  const columns: TableColumnsType<CatalogueEntry> = [
    {
      key: 'title',
      dataIndex: 'title',
      title: t('projectTitle'),
      render: (title: string, entry) => <Link to={projectPath(entry.id)}>{title}</Link>,
    },
    { key: 'occupation', dataIndex: 'occupationName', title: t('occupation') },
    {
      key: 'field',
      dataIndex: 'priorityField',
      title: t('priorityField'),
      render: (field: string) => <Tag color="blue">{priorityFieldName(field, locale)}</Tag>,
    },
    { key: 'region', dataIndex: 'regionName', title: t('region') },
    { key: 'posts', dataIndex: 'postsAvailable', title: t('posts'), align: 'right' },
    {
      key: 'hours',
      title: t('hours'),
      align: 'right',
      render: (_, entry) =>
        entry.hoursTheory == null && entry.hoursPractice == null
          ? null
          : (entry.hoursTheory ?? 0) + (entry.hoursPractice ?? 0),
    },
    {
      key: 'mode',
      dataIndex: 'mode',
      title: t('mode'),
      render: (mode: TrainingMode | null) => (mode ? TRAINING_MODE_NAMES[mode]?.[locale] : null),
    },
  ];
  if (actions) columns.push({ key: 'actions', title: t('actions'), render: (_, entry) => actions(entry) });
  return (
    <Table<CatalogueEntry>
      rowKey="id"
      columns={columns}
      dataSource={entries}
      scroll={{ x: 'max-content' }}
      pagination={entries.length > 20 ? { pageSize: 20 } : false}
      locale={{ emptyText: <Empty description={t('noEntries')} /> }}
      data-testid="catalogue-entries"
    />
  );
}
