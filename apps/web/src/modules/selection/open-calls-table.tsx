import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { PagedTable } from '../../app/components/paged-table';
import { useT } from '../../app/i18n/locale-context';
import { selectionMessages } from './messages';
import { MethodText } from './round-tags';
import { publicRoundsQuery, type Round } from './selection-api';

/** The calls open for applications (the public list), each with its conditions and an Apply button. */
export function OpenCallsTable({
  applied,
  onApply,
}: {
  applied: ReadonlySet<string>;
  onApply: (round: Round) => void;
}) {
  const t = useT(selectionMessages);
  const [page, setPage] = useState({ page: 1, pageSize: 10 });
  const calls = useQuery({
    ...publicRoundsQuery({ status: 'open', ...page }),
    placeholderData: keepPreviousData,
  });

  const columns: TableColumnsType<Round> = [
    { key: 'project', dataIndex: 'projectTitle', title: t('project') },
    { key: 'occupation', dataIndex: 'occupationName', title: t('occupation') },
    { key: 'method', title: t('method'), render: (_, round) => <MethodText method={round.method} /> },
    { key: 'places', dataIndex: 'places', title: t('places'), align: 'right' },
    { key: 'deadline', dataIndex: 'applicationDeadline', title: t('deadline') },
    {
      key: 'conditions',
      dataIndex: 'conditions',
      title: t('conditions'),
      render: (conditions: string) => (
        <Typography.Paragraph
          ellipsis={{ rows: 2, expandable: 'collapsible' }}
          style={{ margin: 0, maxWidth: 360 }}
        >
          {conditions}
        </Typography.Paragraph>
      ),
    },
    {
      key: 'actions',
      render: (_, round) =>
        applied.has(round.id) ? (
          <Tag color="blue">{t('applied')}</Tag>
        ) : (
          <Button
            type="primary"
            size="small"
            onClick={() => onApply(round)}
            data-testid={`apply-${round.id}`}
          >
            {t('apply')}
          </Button>
        ),
    },
  ];

  return (
    <PagedTable
      query={calls}
      paging={page}
      onPage={(patch) => setPage({ page: patch.page ?? 1, pageSize: patch.pageSize ?? page.pageSize })}
      columns={columns}
      empty={t('noOpenCalls')}
      pager="hideOnSinglePage"
      data-testid="open-calls"
    />
  );
}
