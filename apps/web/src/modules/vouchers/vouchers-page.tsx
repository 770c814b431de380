import { can } from '@qiancheng/domain';
import { VOUCHER_STATUS_NAMES, VOUCHER_STATUSES } from '@qiancheng/domain/vouchers/voucher-rules';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Space, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useSubmissionKey } from '../../app/api/submission-key';
import { useCurrentUser } from '../../app/auth/auth-context';
import { CreateButton } from '../../app/components/create-button';
import { ListCard } from '../../app/components/list-card';
import { ListEmpty } from '../../app/components/list-empty';
import { PageIntro } from '../../app/components/page-intro';
import { PageTitle } from '../../app/components/page-title';
import { ReasonModal } from '../../app/components/reason-modal';
import { StatusFilter } from '../../app/components/status-filter';
import { yuan } from '../../app/format/money';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { useUrlSearch } from '../../app/url/use-url-search';
import { FUNDS_QUERY_ROOT } from '../funds/funds-api';
import { IssueVoucherModal } from './issue-voucher-modal';
import { voucherMessages } from './messages';
import { VoucherTabs } from './voucher-tabs';
import { useVoucherWorth, VoucherStatusTag } from './voucher-text';
import {
  cancelVoucher,
  expireDueVouchers,
  syncVoucherCards,
  VOUCHER_FILTERS,
  VOUCHERS_QUERY_ROOT,
  type Voucher,
  vouchersQuery,
} from './vouchers-api';

/**
 * 职业培训券 of the reader's region, filtered in the address by status; staff issue vouchers, cancel
 * unused ones with the reason, and expire lapsed ones so their money returns to the budget.
 */
export function VouchersPage() {
  const t = useT(voucherMessages);
  const { message } = App.useApp();
  const me = useCurrentUser();
  const canIssue = can(me.role, 'vouchers.issue');
  const [search, update] = useUrlSearch(VOUCHER_FILTERS);
  const vouchers = useQuery({ ...vouchersQuery(search), placeholderData: keepPreviousData });
  const [issuing, setIssuing] = useState(false);
  const [cancelling, setCancelling] = useState<Voucher | null>(null);
  const worth = useVoucherWorth();
  const queryClient = useQueryClient();
  const reportError = useApiErrorReporter();
  const submission = useSubmissionKey();
  const refresh = () =>
    Promise.all(
      [VOUCHERS_QUERY_ROOT, FUNDS_QUERY_ROOT].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    );
  const cancel = useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      cancelVoucher(id, reason, submission.for({ id, reason })),
    onSuccess: async () => {
      submission.reset();
      await refresh();
      message.success(t('cancelled'));
      setCancelling(null);
    },
    onError: reportError,
  });
  const syncCards = useMutation({
    mutationFn: syncVoucherCards,
    onSuccess: async (outcome) => {
      await refresh();
      message.success(t('cardSynced', outcome));
    },
    onError: reportError,
  });
  const expire = useMutation({
    mutationFn: expireDueVouchers,
    onSuccess: async (outcome) => {
      await refresh();
      message.success(
        t('expiredDone', { count: outcome.expired, yuan: yuan(outcome.releasedFen, { grouped: true }) }),
      );
    },
    onError: reportError,
  });

  const columns: TableColumnsType<Voucher> = [
    { key: 'code', dataIndex: 'code', title: t('code') },
    { key: 'holder', dataIndex: 'holderName', title: t('holder') },
    { key: 'value', title: t('value'), render: (_, v) => worth(v) },
    {
      key: 'direction',
      title: t('kind'),
      render: (_, v) => (v.occupationCode ? t('directedTo', { code: v.occupationCode }) : t('general')),
    },
    { key: 'validUntil', dataIndex: 'validUntil', title: t('validUntil') },
    {
      key: 'status',
      title: t('status'),
      render: (_, v) => (
        <Space size={4} wrap>
          <VoucherStatusTag status={v.status} />
          {(v.cardState === 'pending' || v.cardState === 'withdrawing') && v.cardError && (
            <Tooltip title={v.cardError}>
              <Tag color="warning" data-testid={`voucher-card-due-${v.code}`}>
                {t('cardDue')}
              </Tag>
            </Tooltip>
          )}
          {v.valueFen !== null && (
            <Typography.Text type="secondary">
              {t('redeemedValue', { yuan: yuan(v.valueFen, { grouped: true }) })}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    ...(canIssue
      ? [
          {
            key: 'actions',
            title: t('actions'),
            render: (_: unknown, v: Voucher) =>
              v.status === 'issued' && (
                <Button
                  size="small"
                  danger
                  onClick={() => setCancelling(v)}
                  data-testid={`voucher-cancel-${v.code}`}
                >
                  {t('cancel')}
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageTitle
        title={t('title')}
        extra={
          canIssue && (
            <Space wrap>
              <Button
                loading={syncCards.isPending}
                onClick={() => syncCards.mutate()}
                data-testid="vouchers-card-sync"
              >
                {t('cardSync')}
              </Button>
              <Button
                loading={expire.isPending}
                onClick={() => expire.mutate()}
                data-testid="vouchers-expire-due"
              >
                {t('expireDue')}
              </Button>
              <CreateButton onClick={() => setIssuing(true)} data-testid="voucher-issue">
                {t('issue')}
              </CreateButton>
            </Space>
          )
        }
      />
      <VoucherTabs active="vouchers" />
      <Flex vertical gap={16}>
        <PageIntro>{t('intro')}</PageIntro>
        <ListCard
          filters={
            <StatusFilter
              statuses={VOUCHER_STATUSES}
              names={VOUCHER_STATUS_NAMES}
              placeholder={t('allStatuses')}
              value={search.status}
              onChange={(status) => update({ status })}
              data-testid="vouchers-status-filter"
            />
          }
          query={vouchers}
          paging={search}
          onPage={update}
          columns={columns}
          empty={
            <ListEmpty
              filtered={Boolean(search.status)}
              noneMatch={t('noVouchersMatch')}
              none={t('noVouchers')}
              hint={canIssue && t('noVouchersHint')}
            />
          }
          totalText={(total) => t('totalVouchers', { total })}
          data-testid="vouchers-table"
        />
      </Flex>
      {issuing && <IssueVoucherModal onClose={() => setIssuing(false)} />}
      <ReasonModal
        open={cancelling !== null}
        title={t('cancelTitle')}
        description={t('cancelDescription')}
        okText={t('cancel')}
        danger
        pending={cancel.isPending}
        onSubmit={(reason) => cancelling && reason && cancel.mutate({ id: cancelling.id, reason })}
        onClose={() => setCancelling(null)}
        data-testid="voucher-cancel-modal"
      />
    </>
  );
}
