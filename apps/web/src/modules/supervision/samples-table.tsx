import { can } from '@qiancheng/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Space, type TableColumnsType, Typography } from 'antd';
import { Link } from 'react-router';
import { useCurrentUser } from '../../app/auth/auth-context';
import { DownloadButton } from '../../app/components/download-button';
import { PagedTable } from '../../app/components/paged-table';
import { useT } from '../../app/i18n/locale-context';
import { CheckKindText } from './check-tags';
import { supervisionMessages } from './messages';
import { type SampleItem, sampleExportPath, samplesQuery } from './supervision-api';

/** The samples drawn in the reader's region, newest first. */
export function SamplesTable({
  paging,
  onPage,
}: {
  paging: { page: number; pageSize: number };
  onPage: (patch: { page?: number; pageSize?: number }) => void;
}) {
  const t = useT(supervisionMessages);
  const me = useCurrentUser();
  const canExport = can(me.role, 'supervision.manage');
  const samples = useQuery({ ...samplesQuery(paging), placeholderData: keepPreviousData });
  const columns: TableColumnsType<SampleItem> = [
    {
      key: 'drawnOn',
      title: t('drawnOn'),
      render: (_, sample) => (
        <Link to={`/app/supervision/samples/${sample.id}`} data-testid={`sample-open-${sample.id}`}>
          {sample.drawnOn}
        </Link>
      ),
    },
    { key: 'region', title: t('region'), render: (_, sample) => sample.regionName ?? sample.regionCode },
    { key: 'kind', title: t('kind'), render: (_, sample) => <CheckKindText kind={sample.kind} /> },
    { key: 'population', dataIndex: 'population', title: t('population'), align: 'right' },
    { key: 'drawn', dataIndex: 'drawn', title: t('drawnCount'), align: 'right' },
    {
      key: 'progress',
      title: t('progress'),
      align: 'right',
      render: (_, sample) => `${sample.completed} / ${sample.drawn}`,
    },
    {
      key: 'seed',
      title: t('seed'),
      render: (_, sample) => (
        <Typography.Text code copyable={{ text: sample.seed }}>
          {sample.seed.slice(0, 8)}…
        </Typography.Text>
      ),
    },
    {
      key: 'actions',
      title: t('actions'),
      render: (_, sample) => (
        <Space>
          {canExport && (
            <DownloadButton
              size="small"
              path={sampleExportPath(sample.id)}
              fileName={`supervision-${sample.drawnOn}.xlsx`}
              data-testid={`sample-export-${sample.id}`}
            >
              {t('export')}
            </DownloadButton>
          )}
        </Space>
      ),
    },
  ];
  return (
    <PagedTable
      query={samples}
      paging={paging}
      onPage={onPage}
      columns={columns}
      empty={t('noSamples')}
      totalText={(total) => t('totalSamples', { total })}
      data-testid="samples-table"
    />
  );
}
