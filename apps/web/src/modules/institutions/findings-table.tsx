import { Empty, Table, type TableColumnsType, Tag } from 'antd';
import { useT } from '../../app/i18n/locale-context';
import type { Finding } from './institutions-api';
import { institutionMessages } from './messages';

export const SOURCE_KEYS = {
  supervision: 'sourceSupervision',
  complaint: 'sourceComplaint',
  audit: 'sourceAudit',
  other: 'sourceOther',
} as const;

export const SEVERITY_KEYS = { minor: 'severityMinor', serious: 'severitySerious' } as const;

/** Problems found in supervision, complaints and audits, newest first. */
export function FindingsTable({ findings }: { findings: Finding[] }) {
  const t = useT(institutionMessages);
  const columns: TableColumnsType<Finding> = [
    { key: 'foundOn', dataIndex: 'foundOn', title: t('foundOn'), width: 120 },
    {
      key: 'source',
      title: t('findingSource'),
      render: (_, f) => {
        const key = SOURCE_KEYS[f.source as keyof typeof SOURCE_KEYS];
        return key ? t(key) : f.source;
      },
    },
    {
      key: 'severity',
      title: t('findingSeverity'),
      render: (_, f) => {
        const key = SEVERITY_KEYS[f.severity as keyof typeof SEVERITY_KEYS];
        return <Tag color={f.severity === 'serious' ? 'red' : 'orange'}>{key ? t(key) : f.severity}</Tag>;
      },
    },
    { key: 'description', dataIndex: 'description', title: t('findingDescription') },
  ];
  const newestFirst = [...findings].sort((a, b) => b.foundOn.localeCompare(a.foundOn));
  return (
    <Table<Finding>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={newestFirst}
      pagination={newestFirst.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noFindings')} /> }}
      data-testid="institution-findings"
    />
  );
}
