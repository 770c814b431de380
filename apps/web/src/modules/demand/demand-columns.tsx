import type { TableColumnsType } from 'antd';
import { Descriptions, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { skillLevelName } from '../reference/code-names';
import type { DemandLine } from './demand-api';
import { DemandStatusTag } from './demand-status-tag';
import { demandMessages } from './messages';

const SOURCE_KEYS = { enterprise: 'sourceEnterprise', staff: 'sourceStaff', import: 'sourceImport' } as const;

/** The columns every demand list shares; the enterprise column only where lines of many show. */
export function useDemandColumns(options: {
  showEnterprise: boolean;
  actions?: (line: DemandLine) => ReactNode;
}): TableColumnsType<DemandLine> {
  const t = useT(demandMessages);
  const { locale } = useLocale();
  const columns: TableColumnsType<DemandLine> = [];
  if (options.showEnterprise) {
    columns.push({ key: 'enterprise', title: t('enterprise'), render: (_, line) => line.enterprise.name });
  }
  columns.push(
    {
      key: 'occupation',
      title: t('occupation'),
      render: (_, line) => (
        <>
          {line.occupationName}
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
            {line.occupationCode}
          </Typography.Text>
        </>
      ),
    },
    { key: 'region', dataIndex: 'regionName', title: t('region') },
    {
      key: 'skillLevel',
      dataIndex: 'skillLevel',
      title: t('skillLevel'),
      render: (level: string | null) => (level ? skillLevelName(level, locale) : t('allLevels')),
    },
    { key: 'headcount', dataIndex: 'headcount', title: t('headcount'), align: 'right' },
    { key: 'filled', dataIndex: 'filledCount', title: t('filled'), align: 'right' },
    {
      key: 'wage',
      title: t('wage'),
      render: (_, line) => t('wageRange', { min: line.wageMin, max: line.wageMax }),
    },
    { key: 'deadline', dataIndex: 'deadline', title: t('deadline') },
    {
      key: 'status',
      dataIndex: 'status',
      title: t('status'),
      render: (_, line) => <DemandStatusTag status={line.status} />,
    },
  );
  const { actions } = options;
  if (actions) columns.push({ key: 'actions', title: t('actions'), render: (_, line) => actions(line) });
  return columns;
}

/** What a row unfolds to: the text and contact a table has no room for. */
export function DemandLineDetails({ line }: { line: DemandLine }) {
  const t = useT(demandMessages);
  const sourceKey = SOURCE_KEYS[line.source as keyof typeof SOURCE_KEYS];
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2 }}
      items={[
        { key: 'skills', label: t('skillRequirements'), children: line.skillRequirements, span: 2 },
        { key: 'enterprise', label: t('enterprise'), children: line.enterprise.name },
        { key: 'creditCode', label: t('creditCode'), children: line.enterprise.creditCode },
        { key: 'contact', label: t('contactName'), children: line.contactName },
        { key: 'phone', label: t('contactPhone'), children: line.contactPhoneMasked },
        { key: 'source', label: t('source'), children: sourceKey ? t(sourceKey) : line.source },
        {
          key: 'createdAt',
          label: t('createdAt'),
          children: dayjs(line.createdAt).format('YYYY-MM-DD HH:mm'),
        },
      ]}
    />
  );
}
