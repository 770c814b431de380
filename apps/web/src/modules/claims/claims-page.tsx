import { PlusOutlined } from '@ant-design/icons';
import { can } from '@qiancheng/domain';
import {
  CLAIM_KIND_NAMES,
  CLAIM_KINDS,
  CLAIM_STATUS_NAMES,
  CLAIM_STATUSES,
} from '@qiancheng/domain/claims/claim-lifecycle';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Select, type TableColumnsType, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCurrentUser } from '../../app/auth/auth-context';
import { PageTitle } from '../../app/components/page-title';
import { PagedTable } from '../../app/components/paged-table';
import { yuan } from '../../app/format/money';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { useUrlSearch } from '../../app/url/use-url-search';
import { PayeeAccountCard } from '../payments/payee-account-card';
import { ClaimStatusTag } from './claim-status-tag';
import { ClaimSubject } from './claim-subject';
import { CLAIM_FILTERS, type ClaimItem, claimsQuery } from './claims-api';
import { ClassLink } from './class-link';
import { CreateClaimModal } from './create-claim-modal';
import { claimMessages } from './messages';

const day = (at: string | null) => (at ? dayjs(at).format('YYYY-MM-DD') : '—');

/**
 * 补贴申领: an institution's own claims, or for staff, finance, auditors and administrators the
 * claims of their region, filtered in the address by status (and by class, from a class's page);
 * institutions draft a new claim from a completed class.
 */
export function ClaimsPage() {
  const t = useT(claimMessages);
  const { locale } = useLocale();
  const me = useCurrentUser();
  const canSubmit = can(me.role, 'claims.submit');
  const [search, update] = useUrlSearch(CLAIM_FILTERS);
  const claims = useQuery({ ...claimsQuery(search), placeholderData: keepPreviousData });
  const [creating, setCreating] = useState(false);
  const filtered = CLAIM_FILTERS.some((key) => search[key]);

  const columns: TableColumnsType<ClaimItem> = [
    {
      key: 'number',
      title: t('number'),
      render: (_, claim) => (
        <Link to={`/app/claims/${claim.id}`} data-testid={`claim-link-${claim.id}`}>
          {claim.number}
        </Link>
      ),
    },
    { key: 'subject', title: t('subject'), render: (_, claim) => <ClaimSubject claim={claim} /> },
    {
      key: 'total',
      title: t('total'),
      align: 'right',
      render: (_, claim) => yuan(claim.totalFen, { grouped: true }),
    },
    { key: 'status', title: t('status'), render: (_, claim) => <ClaimStatusTag status={claim.status} /> },
    { key: 'noticeUntil', title: t('noticeUntil'), render: (_, claim) => claim.noticeUntil ?? '—' },
    { key: 'submittedAt', title: t('submittedAt'), render: (_, claim) => day(claim.submittedAt) },
    { key: 'approvedAt', title: t('approvedAt'), render: (_, claim) => day(claim.approvedAt) },
  ];

  return (
    <>
      <PageTitle
        title={t('title')}
        extra={
          canSubmit && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="claim-create"
            >
              {t('create')}
            </Button>
          )
        }
      />
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('intro')}
        </Typography.Paragraph>
        {!canSubmit && !can(me.role, 'claims.review') && (
          <Alert type="info" showIcon title={t('readOnlyNote')} data-testid="claims-read-only" />
        )}
        {canSubmit && <PayeeAccountCard />}
        {search.classId && (
          <Alert
            type="info"
            showIcon
            title={
              <Flex gap={8} wrap align="center">
                <span>{t('classFilter')}</span>
                <ClassLink classId={search.classId} />
              </Flex>
            }
            action={
              <Button size="small" onClick={() => update({ classId: undefined })}>
                {t('clearClassFilter')}
              </Button>
            }
          />
        )}
        <Card>
          <Flex wrap gap={12} style={{ marginBottom: 16 }}>
            <Select<string>
              allowClear
              placeholder={t('allStatuses')}
              value={search.status}
              onChange={(status) => update({ status })}
              options={CLAIM_STATUSES.map((status) => ({
                value: status,
                label: CLAIM_STATUS_NAMES[status][locale],
              }))}
              style={{ minWidth: 130 }}
              data-testid="claims-status-filter"
            />
            {!canSubmit && (
              <Select<string>
                allowClear
                placeholder={t('allKinds')}
                value={search.kind}
                onChange={(kind) => update({ kind })}
                options={CLAIM_KINDS.map((kind) => ({ value: kind, label: CLAIM_KIND_NAMES[kind][locale] }))}
                style={{ minWidth: 180 }}
                data-testid="claims-kind-filter"
              />
            )}
          </Flex>
          <PagedTable
            query={claims}
            paging={search}
            onPage={update}
            columns={columns}
            empty={
              filtered ? (
                t('noClaimsMatch')
              ) : (
                <Flex vertical gap={4}>
                  <span>{t('noClaims')}</span>
                  <Typography.Text type="secondary">
                    {canSubmit ? t('noClaimsInstitution') : t('noClaimsStaff')}
                  </Typography.Text>
                </Flex>
              )
            }
            pager="sizeChanger"
            totalText={(total) => t('totalClaims', { total })}
            data-testid="claims-table"
          />
        </Card>
      </Flex>
      {canSubmit && <CreateClaimModal open={creating} onClose={() => setCreating(false)} />}
    </>
  );
}
