import { ArrowLeftOutlined } from '@ant-design/icons';
import { can } from '@qiancheng/domain';
import { isUnderNotice } from '@qiancheng/domain/claims/claim-lifecycle';
import { fundSource } from '@qiancheng/domain/subsidy/fund-sources';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Flex, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useParams } from 'react-router';
import { useCurrentUser } from '../../app/auth/auth-context';
import { LinkButton } from '../../app/components/link-button';
import { PageTitle } from '../../app/components/page-title';
import { RecordPage } from '../../app/components/record-page';
import { yuan } from '../../app/format/money';
import { chinaToday } from '../../app/forms/china-today';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { useBudgetName } from '../funds/budget-name';
import { ClaimActions } from './claim-actions';
import { ClaimLinesTable } from './claim-lines-table';
import { ClaimObjections } from './claim-objections';
import { ClaimStatusTag } from './claim-status-tag';
import { ClaimSubject } from './claim-subject';
import { type ClaimDetail, claimBudgetQuery, claimQuery } from './claims-api';
import { claimMessages } from './messages';
import { RecordObjectionModal } from './objection-modals';

const moment = (at: string | null) => (at ? dayjs(at).format('YYYY-MM-DD HH:mm') : '—');

/** One claim: its facts, the steps its status allows the reader, and its lines with the reasons. */
export function ClaimPage() {
  const t = useT(claimMessages);
  const { id = '' } = useParams<{ id: string }>();
  const claim = useQuery(claimQuery(id));
  const back = (
    <LinkButton icon={<ArrowLeftOutlined />} to="/app/claims">
      {t('back')}
    </LinkButton>
  );
  return (
    <RecordPage query={claim} title={t('title')} back={back}>
      {(data) => (
        <>
          <PageTitle
            title={
              <Space wrap>
                <span data-testid="claim-heading">{data.number}</span>
                <ClaimStatusTag status={data.status} />
              </Space>
            }
            extra={
              <Space wrap>
                <ClaimActions key={`${data.id}:${data.status}`} claim={data} />
                {back}
              </Space>
            }
          />
          <ClaimView claim={data} />
        </>
      )}
    </RecordPage>
  );
}

/** The budget the approval committed against, named as people say it; readers of funds only. */
function BudgetText({ budgetId }: { budgetId: string | null }) {
  const t = useT(claimMessages);
  const me = useCurrentUser();
  const readable = budgetId !== null && can(me.role, 'funds.read');
  const budget = useQuery({ ...claimBudgetQuery(budgetId ?? ''), enabled: readable });
  const budgetName = useBudgetName();
  if (budgetId === null) return <>{t('budgetPending')}</>;
  if (!readable) return <>—</>;
  return <>{budget.data ? budgetName(budget.data) : '…'}</>;
}

function ClaimView({ claim }: { claim: ClaimDetail }) {
  const t = useT(claimMessages);
  const { locale } = useLocale();
  const me = useCurrentUser();
  const included = claim.lines.filter((line) => line.included).length;
  const excluded = new Set(claim.lines.filter((line) => !line.included).map((line) => line.personId)).size;
  const returned = claim.status === 'draft' && claim.decisionNote !== null;
  const staff = can(me.role, 'claims.review');
  const objectable = staff && isUnderNotice(claim.status, claim.noticeUntil, chinaToday());
  const [objecting, setObjecting] = useState<string | null>(null);

  return (
    <Flex vertical gap={16}>
      {claim.status === 'notice' && claim.noticeUntil && (
        <Alert
          type="info"
          showIcon
          title={t('noticeAlert', { date: claim.noticeUntil })}
          data-testid="claim-notice"
        />
      )}
      {claim.status === 'payable' && claim.noticeUntil && (
        <Alert type="success" showIcon title={t('payableAlert', { date: claim.noticeUntil })} />
      )}
      {returned && (
        <Alert
          type="warning"
          showIcon
          title={t('returnedAlert', { note: claim.decisionNote })}
          data-testid="claim-returned"
        />
      )}
      {claim.status === 'reviewed' && claim.reviewedBy === me.id && (
        <Alert type="info" showIcon title={t('ownClaimNote')} data-testid="claim-own-review" />
      )}
      <Card title={t('facts')}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          data-testid="claim-facts"
          items={[
            { key: 'number', label: t('number'), children: claim.number },
            { key: 'status', label: t('status'), children: <ClaimStatusTag status={claim.status} /> },
            {
              key: 'total',
              label: t('amountLabel'),
              children: (
                <Typography.Text strong data-testid="claim-total">
                  {t('yuanValue', { yuan: yuan(claim.totalFen, { grouped: true }) })}
                </Typography.Text>
              ),
            },
            {
              key: 'subject',
              label: claim.kind === 'skill_upgrade' ? t('applicant') : t('class'),
              children: <ClaimSubject claim={claim} applicant={claim.lines[0]} />,
            },
            {
              key: 'fundSource',
              label: t('fundSource'),
              children: fundSource(claim.fundSource)?.name[locale] ?? claim.fundSource,
            },
            { key: 'budget', label: t('budget'), children: <BudgetText budgetId={claim.budgetId} /> },
            {
              key: 'noticeUntil',
              label: t('noticeUntil'),
              children: <span data-testid="claim-notice-until">{claim.noticeUntil ?? '—'}</span>,
            },
            { key: 'createdAt', label: t('createdAt'), children: moment(claim.createdAt) },
            { key: 'submittedAt', label: t('submittedTime'), children: moment(claim.submittedAt) },
            { key: 'reviewedAt', label: t('reviewedAt'), children: moment(claim.reviewedAt) },
            { key: 'approvedAt', label: t('approvedTime'), children: moment(claim.approvedAt) },
            { key: 'note', label: t('claimNote'), children: claim.note ?? '—' },
            {
              key: 'decisionNote',
              label: t('decisionNote'),
              children: <span data-testid="claim-decision-note">{claim.decisionNote ?? '—'}</span>,
              span: 'filled',
            },
          ]}
        />
      </Card>
      <Card
        title={t('lines')}
        extra={
          <Typography.Text type="secondary">{t('linesSummary', { included, excluded })}</Typography.Text>
        }
      >
        <ClaimLinesTable
          lines={claim.lines}
          onObject={objectable ? (line) => setObjecting(line.id) : undefined}
        />
      </Card>
      {(claim.status === 'notice' || claim.objections.length > 0) && (
        <ClaimObjections claim={claim} canDecide={staff} />
      )}
      {objecting && (
        <RecordObjectionModal claim={claim} lineId={objecting} onClose={() => setObjecting(null)} />
      )}
    </Flex>
  );
}
