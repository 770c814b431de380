import { can } from '@qiancheng/domain';
import {
  PAYMENT_BATCH_STATUS_NAMES,
  PAYMENT_BATCH_STATUSES,
} from '@qiancheng/domain/payments/payment-lifecycle';
import { FUND_SOURCES, fundSource } from '@qiancheng/domain/subsidy/fund-sources';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Flex, Select, type TableColumnsType } from 'antd';
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
import { yuan } from '../../app/format/money';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { useUrlSearch } from '../../app/url/use-url-search';
import { CreateBatchModal } from './create-batch-modal';
import { paymentMessages } from './messages';
import { BatchStatusTag } from './payment-status-tags';
import { BATCH_FILTERS, batchesQuery, type PaymentBatch } from './payments-api';

const money = (fen: number) => yuan(fen, { grouped: true });

/**
 * 支付批次: the payment batches of the reader's region, filtered in the address by status and fund
 * source; finance makes a new one from the payable claims.
 */
export function PaymentsPage() {
  const t = useT(paymentMessages);
  const { locale } = useLocale();
  const me = useCurrentUser();
  const canManage = can(me.role, 'payments.manage');
  const [search, update] = useUrlSearch(BATCH_FILTERS);
  const batches = useQuery({ ...batchesQuery(search), placeholderData: keepPreviousData });
  const [creating, setCreating] = useState(false);
  const filtered = BATCH_FILTERS.some((key) => search[key]);

  const columns: TableColumnsType<PaymentBatch> = [
    {
      key: 'number',
      title: t('number'),
      render: (_, batch) => (
        <Link to={`/app/payments/${batch.id}`} data-testid={`batch-link-${batch.number}`}>
          {batch.number}
        </Link>
      ),
    },
    { key: 'fund', title: t('fundSource'), render: (_, batch) => fundSource(batch.fundSource).name[locale] },
    { key: 'lines', title: t('lineCount'), align: 'right', dataIndex: 'lineCount' },
    { key: 'total', title: t('total'), align: 'right', render: (_, batch) => money(batch.totalFen) },
    { key: 'paid', title: t('paid'), align: 'right', render: (_, batch) => money(batch.paidFen) },
    { key: 'failed', title: t('failed'), align: 'right', render: (_, batch) => money(batch.failedFen) },
    { key: 'status', title: t('status'), render: (_, batch) => <BatchStatusTag status={batch.status} /> },
    {
      key: 'createdAt',
      title: t('createdAt'),
      render: (_, batch) => dayjs(batch.createdAt).format('YYYY-MM-DD HH:mm'),
    },
  ];

  return (
    <>
      <PageTitle
        title={t('title')}
        extra={
          canManage && (
            <CreateButton onClick={() => setCreating(true)} data-testid="batch-create">
              {t('create')}
            </CreateButton>
          )
        }
      />
      <Flex vertical gap={16}>
        <PageIntro>{t('intro')}</PageIntro>
        {!canManage && (
          <Alert type="info" showIcon title={t('readOnlyNote')} data-testid="payments-read-only" />
        )}
        <ListCard
          filters={
            <>
              <StatusFilter
                statuses={PAYMENT_BATCH_STATUSES}
                names={PAYMENT_BATCH_STATUS_NAMES}
                placeholder={t('allStatuses')}
                value={search.status}
                onChange={(status) => update({ status })}
                minWidth={140}
                data-testid="batches-status-filter"
              />
              <Select<string>
                allowClear
                placeholder={t('allFunds')}
                value={search.fundSource}
                onChange={(fund) => update({ fundSource: fund })}
                options={FUND_SOURCES.map((source) => ({ value: source.code, label: source.name[locale] }))}
                style={{ minWidth: 160 }}
                data-testid="batches-fund-filter"
              />
            </>
          }
          query={batches}
          paging={search}
          onPage={update}
          columns={columns}
          empty={
            <ListEmpty
              filtered={filtered}
              noneMatch={t('noBatchesMatch')}
              none={t('noBatches')}
              hint={t('noBatchesHint')}
            />
          }
          totalText={(total) => t('totalBatches', { total })}
          data-testid="batches-table"
        />
      </Flex>
      {canManage && <CreateBatchModal open={creating} onClose={() => setCreating(false)} />}
    </>
  );
}
