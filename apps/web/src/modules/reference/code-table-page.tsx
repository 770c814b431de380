import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Table, type TableColumnsType, Typography } from 'antd';
import { QueryError } from '../../app/components/query-error';
import { useT } from '../../app/i18n/locale-context';
import { type ReferenceMessageKey, referenceMessages } from './messages';
import { type CodeTable, type CodeTableItem, codeTableQuery } from './reference-api';

const INTROS: Record<CodeTable, ReferenceMessageKey> = {
  'skill-levels': 'skillLevelsIntro',
  'target-groups': 'targetGroupsIntro',
  'institution-types': 'institutionTypesIntro',
  'priority-fields': 'priorityFieldsIntro',
};

const CATEGORY_KEYS: Record<string, ReferenceMessageKey> = {
  school: 'categorySchool',
  enterprise: 'categoryEnterprise',
  training_provider: 'categoryTrainingProvider',
};

/** The small fixed code tables: each shows code and both names, plus what is particular to it. */
export function CodeTablePage({ table }: { table: CodeTable }) {
  const t = useT(referenceMessages);
  const items = useQuery(codeTableQuery(table));

  const columns: TableColumnsType<CodeTableItem> = [
    { key: 'code', dataIndex: 'code', title: t('code'), width: 220 },
    { key: 'nameZh', title: t('nameZh'), render: (_, item) => item.name['zh-CN'] },
    { key: 'nameEn', title: t('nameEn'), render: (_, item) => item.name['en-US'] },
  ];
  if (table === 'skill-levels') {
    columns.splice(1, 0, { key: 'rank', dataIndex: 'rank', title: t('rank'), width: 100 });
  }
  if (table === 'institution-types') {
    columns.push({
      key: 'category',
      dataIndex: 'category',
      title: t('category'),
      render: (category: string | undefined) => {
        const key = category ? CATEGORY_KEYS[category] : undefined;
        return key ? t(key) : category;
      },
    });
  }
  if (table === 'target-groups') {
    columns.push({ key: 'evidence', dataIndex: 'evidence', title: t('evidence') });
  }

  return (
    <Card>
      <Typography.Paragraph type="secondary">{t(INTROS[table])}</Typography.Paragraph>
      {items.isError ? (
        <QueryError error={items.error} onRetry={() => items.refetch()} />
      ) : (
        <Table<CodeTableItem>
          rowKey="code"
          columns={columns}
          dataSource={items.data?.items}
          loading={items.isPending}
          pagination={false}
          locale={{ emptyText: <Empty description={t('noItems')} /> }}
          data-testid={`${table}-table`}
        />
      )}
    </Card>
  );
}
