import { useQuery } from '@tanstack/react-query';
import { Empty, Flex, Space, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { DownloadButton } from '../../app/components/download-button';
import { ItemList } from '../../app/components/item-list';
import { QueryError } from '../../app/components/query-error';
import { useT } from '../../app/i18n/locale-context';
import { type BrandBatch, batchExportPath, publicBrandBatchesQuery } from './brands-api';
import { brandMessages } from './messages';

interface BrandBatchesListProps {
  /** Batches of this region, of the regions above it and of those below it; all when absent. */
  region?: string;
  /** What a batch's title does: a link to its brands, or a filter. */
  renderTitle: (batch: BrandBatch) => ReactNode;
  testId?: string;
}

/** Published batches, newest first, each with its number, size, date and an .xlsx export. */
export function BrandBatchesList({ region, renderTitle, testId }: BrandBatchesListProps) {
  const t = useT(brandMessages);
  const batches = useQuery(publicBrandBatchesQuery({ region, page: 1, pageSize: 50 }));
  if (batches.isError) return <QueryError error={batches.error} onRetry={() => batches.refetch()} />;
  if (batches.isPending) return <Spin />;
  if (batches.data.items.length === 0) return <Empty description={t('noBatches')} />;
  return (
    <ItemList
      testId={testId}
      items={batches.data.items.map((batch) => ({
        key: batch.id,
        testId: `brand-batch-${batch.id}`,
        content: (
          <Flex vertical gap={2}>
            {renderTitle(batch)}
            <Space size={8} wrap>
              <Typography.Text type="secondary">{t('batchNumber', { number: batch.number })}</Typography.Text>
              <Typography.Text type="secondary">
                {t('batchBrands', { count: batch.brandCount })}
              </Typography.Text>
              <Typography.Text type="secondary">
                {t('publishedOn', { date: dayjs(batch.publishedAt).format('YYYY-MM-DD') })}
              </Typography.Text>
            </Space>
          </Flex>
        ),
        extra: (
          <DownloadButton
            size="small"
            path={batchExportPath(batch.id)}
            fileName={t('exportFile')}
            data-testid={`brand-batch-export-${batch.id}`}
          >
            {t('export')}
          </DownloadButton>
        ),
      }))}
    />
  );
}
