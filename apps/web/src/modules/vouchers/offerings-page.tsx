import { can } from '@qiancheng/domain';
import { OFFERING_STATUS_NAMES, OFFERING_STATUSES } from '@qiancheng/domain/vouchers/offering-rules';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Space, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useSubmissionKey } from '../../app/api/submission-key';
import { useCurrentUser } from '../../app/auth/auth-context';
import { CreateButton } from '../../app/components/create-button';
import { ListCard } from '../../app/components/list-card';
import { ListEmpty } from '../../app/components/list-empty';
import { PageIntro } from '../../app/components/page-intro';
import { PageTitle } from '../../app/components/page-title';
import { StatusFilter } from '../../app/components/status-filter';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { useUrlSearch } from '../../app/url/use-url-search';
import { CreateOfferingModal } from './create-offering-modal';
import { offeringMessages } from './offering-messages';
import { OfferingStatusTag, useOfferingCriteria } from './offering-text';
import {
  issueOfferingToAll,
  OFFERING_FILTERS,
  OFFERINGS_QUERY_ROOT,
  type Offering,
  offeringsQuery,
  setOfferingStatus,
} from './offerings-api';
import { VoucherTabs } from './voucher-tabs';
import { useVoucherWorth } from './voucher-text';
import { VOUCHERS_QUERY_ROOT } from './vouchers-api';

const CONFIRM_OK = { 'data-testid': 'offering-confirm-ok' };

/**
 * 领券活动 of the reader's region, filtered in the address by status: staff set one up, open it for
 * claims and close it, each after saying what it will do.
 */
export function OfferingsPage() {
  const t = useT(offeringMessages);
  const { message, modal } = App.useApp();
  const me = useCurrentUser();
  const canManage = can(me.role, 'vouchers.issue');
  const [search, update] = useUrlSearch(OFFERING_FILTERS);
  const offerings = useQuery({ ...offeringsQuery(search), placeholderData: keepPreviousData });
  const [creating, setCreating] = useState(false);
  const worth = useVoucherWorth();
  const criteria = useOfferingCriteria();
  const queryClient = useQueryClient();
  const reportError = useApiErrorReporter();
  const transition = useMutation({
    mutationFn: ({ id, to }: { id: string; to: 'open' | 'close' }) => setOfferingStatus(id, to),
    onSuccess: async (offering) => {
      await queryClient.invalidateQueries({ queryKey: OFFERINGS_QUERY_ROOT });
      message.success(t(offering.status === 'open' ? 'opened' : 'closed'));
    },
    onError: reportError,
  });
  const submission = useSubmissionKey();
  const issueAll = useMutation({
    mutationFn: (id: string) => issueOfferingToAll(id, submission.for({ id })),
    onSuccess: async (outcome) => {
      submission.reset();
      await queryClient.invalidateQueries({ queryKey: VOUCHERS_QUERY_ROOT });
      message.success(t('issuedAll', { issued: outcome.issued }));
    },
    onError: reportError,
  });
  const confirmIssueAll = (offering: Offering) =>
    modal.confirm({
      title: t('issueAllTitle', { name: offering.name }),
      content: t('issueAllContent', {
        region: offering.regionName ?? offering.regionCode,
        remaining: offering.quantity - offering.claimedCount,
      }),
      okText: t('issueAll'),
      okButtonProps: CONFIRM_OK,
      cancelText: t('cancel'),
      onOk: () => issueAll.mutateAsync(offering.id).catch(() => undefined),
    });
  const confirm = (offering: Offering, to: 'open' | 'close') =>
    modal.confirm({
      title: t(to === 'open' ? 'openConfirmTitle' : 'closeConfirmTitle', { name: offering.name }),
      content:
        to === 'open'
          ? t('openConfirmContent', {
              region: offering.regionName ?? offering.regionCode,
              from: offering.claimFrom,
              to: offering.claimTo,
              quantity: offering.quantity,
            })
          : t('closeConfirmContent'),
      okText: t(to),
      okButtonProps: { danger: to === 'close', ...CONFIRM_OK },
      cancelText: t('cancel'),
      onOk: () => transition.mutateAsync({ id: offering.id, to }).catch(() => undefined),
    });

  const columns: TableColumnsType<Offering> = [
    { key: 'name', dataIndex: 'name', title: t('name') },
    { key: 'region', title: t('region'), render: (_, o) => o.regionName ?? o.regionCode },
    { key: 'terms', title: t('terms'), render: (_, o) => worth(o) },
    {
      key: 'claimed',
      title: t('claimed'),
      render: (_, o) => t('claimedOf', { claimed: o.claimedCount, quantity: o.quantity }),
    },
    { key: 'window', title: t('window'), render: (_, o) => `${o.claimFrom} ~ ${o.claimTo}` },
    { key: 'criteria', title: t('criteria'), render: (_, o) => criteria(o) },
    { key: 'status', title: t('status'), render: (_, o) => <OfferingStatusTag status={o.status} /> },
    ...(canManage
      ? [
          {
            key: 'actions',
            title: t('actions'),
            render: (_: unknown, o: Offering) =>
              o.status === 'open' ? (
                <Space size={4}>
                  <Button
                    size="small"
                    danger
                    onClick={() => confirm(o, 'close')}
                    data-testid={`offering-close-${o.id}`}
                  >
                    {t('close')}
                  </Button>
                  {o.targetGroups.length === 0 && o.claimedCount < o.quantity && (
                    <Button
                      size="small"
                      onClick={() => confirmIssueAll(o)}
                      data-testid={`offering-issue-all-${o.id}`}
                    >
                      {t('issueAll')}
                    </Button>
                  )}
                </Space>
              ) : (
                <Button
                  size="small"
                  type="primary"
                  onClick={() => confirm(o, 'open')}
                  data-testid={`offering-open-${o.id}`}
                >
                  {t('open')}
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
          canManage && (
            <CreateButton onClick={() => setCreating(true)} data-testid="offering-create">
              {t('create')}
            </CreateButton>
          )
        }
      />
      <VoucherTabs active="offerings" />
      <Flex vertical gap={16}>
        <PageIntro>{t('intro')}</PageIntro>
        <ListCard
          filters={
            <StatusFilter
              statuses={OFFERING_STATUSES}
              names={OFFERING_STATUS_NAMES}
              placeholder={t('allStatuses')}
              value={search.status}
              onChange={(status) => update({ status })}
              data-testid="offerings-status-filter"
            />
          }
          query={offerings}
          paging={search}
          onPage={update}
          columns={columns}
          empty={
            <ListEmpty
              filtered={Boolean(search.status)}
              noneMatch={t('noOfferingsMatch')}
              none={t('noOfferings')}
              hint={canManage && t('noOfferingsHint')}
            />
          }
          totalText={(total) => t('total', { total })}
          data-testid="offerings-table"
        />
      </Flex>
      {creating && <CreateOfferingModal onClose={() => setCreating(false)} />}
    </>
  );
}
