import { can } from '@qiancheng/domain';
import { DEFAULT_NOTICE_DAYS } from '@qiancheng/domain/claims/claim-lifecycle';
import { fundSource } from '@qiancheng/domain/subsidy/fund-sources';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useSubmissionKey } from '../../app/api/submission-key';
import { useCurrentUser } from '../../app/auth/auth-context';
import { ReasonModal } from '../../app/components/reason-modal';
import { yuan } from '../../app/format/money';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { claimSteps } from './claim-steps';
import {
  approveClaim,
  type ClaimDetail,
  returnClaim,
  reviewClaim,
  submitClaim,
  withdrawClaim,
} from './claims-api';
import { DecisionModal } from './decision-modal';
import { claimMessages } from './messages';
import { useClaimMutation } from './use-claim-mutation';

const SUBMIT_OK = { 'data-testid': 'claim-submit-ok' };
const WITHDRAW_OK = { danger: true, 'data-testid': 'claim-withdraw-ok' };

/**
 * What the reader may do with a claim in its status, each step confirmed first: the institution
 * submits or withdraws its draft; staff pass the first review (初审) of a submitted claim, approve
 * (复审) a reviewed one — another staff member than the reviewer, with the submission's
 * idempotency key, since it commits money — or return either with the reason.
 */
export function ClaimActions({ claim }: { claim: ClaimDetail }) {
  const t = useT(claimMessages);
  const { locale } = useLocale();
  const { modal } = App.useApp();
  const me = useCurrentUser();
  const approval = useSubmissionKey();
  const [open, setOpen] = useState<'review' | 'approve' | 'return' | null>(null);
  const close = () => setOpen(null);
  const number = claim.number;

  const submit = useClaimMutation(
    () => submitClaim(claim.id),
    () => t('submitted'),
  );
  const withdraw = useClaimMutation(
    () => withdrawClaim(claim.id),
    () => t('withdrawn'),
  );
  const review = useClaimMutation(
    (note: string | undefined) => reviewClaim(claim.id, note),
    () => t('reviewed'),
    { onDone: close },
  );
  const giveBack = useClaimMutation(
    (note: string) => returnClaim(claim.id, note),
    () => t('returned'),
    { onDone: close },
  );
  const approve = useClaimMutation(
    (note: string | undefined) => approveClaim(claim.id, note, approval.for({ id: claim.id, note })),
    (approved) => t('approved', { date: approved.noticeUntil ?? '' }),
    {
      onDone: () => {
        approval.reset();
        close();
      },
    },
  );

  const steps = claimSteps(claim.status, {
    submit: can(me.role, 'claims.submit'),
    review: can(me.role, 'claims.review'),
  });
  if (steps.length === 0) return null;

  const confirmSubmit = () =>
    modal.confirm({
      title: t('submitConfirmTitle', { number }),
      content: t('submitConfirmContent'),
      okText: t('submit'),
      okButtonProps: SUBMIT_OK,
      cancelText: t('cancel'),
      onOk: () => submit.mutateAsync(undefined).catch(() => undefined),
    });
  const confirmWithdraw = () =>
    modal.confirm({
      title: t('withdrawConfirmTitle', { number }),
      content: t('withdrawConfirmContent'),
      okText: t('withdraw'),
      okButtonProps: WITHDRAW_OK,
      cancelText: t('cancel'),
      onOk: () => withdraw.mutateAsync(undefined).catch(() => undefined),
    });

  return (
    <Space wrap>
      {steps.includes('submit') && (
        <Button type="primary" loading={submit.isPending} onClick={confirmSubmit} data-testid="claim-submit">
          {t('submit')}
        </Button>
      )}
      {steps.includes('withdraw') && (
        <Button danger loading={withdraw.isPending} onClick={confirmWithdraw} data-testid="claim-withdraw">
          {t('withdraw')}
        </Button>
      )}
      {steps.includes('review') && (
        <Button type="primary" onClick={() => setOpen('review')} data-testid="claim-review">
          {t('review')}
        </Button>
      )}
      {steps.includes('approve') && (
        <Button type="primary" onClick={() => setOpen('approve')} data-testid="claim-approve">
          {t('approve')}
        </Button>
      )}
      {steps.includes('return') && (
        <Button danger onClick={() => setOpen('return')} data-testid="claim-return">
          {t('returnToDraft')}
        </Button>
      )}
      <DecisionModal
        open={open === 'review'}
        title={t('reviewTitle', { number })}
        content={t('reviewContent')}
        noteLabel={t('reviewNote')}
        okText={t('review')}
        pending={review.isPending}
        onSubmit={(note) => review.mutate(note)}
        onClose={close}
        testId="claim-review"
      />
      <DecisionModal
        open={open === 'approve'}
        title={t('approveTitle', { number })}
        content={t('approveContent', {
          total: yuan(claim.totalFen, { grouped: true }),
          source: fundSource(claim.fundSource)?.name[locale] ?? claim.fundSource,
          days: DEFAULT_NOTICE_DAYS,
        })}
        noteLabel={t('approveNote')}
        okText={t('approve')}
        pending={approve.isPending}
        onSubmit={(note) => approve.mutate(note)}
        onClose={close}
        testId="claim-approve"
      />
      <ReasonModal
        open={open === 'return'}
        title={t('returnToDraft')}
        description={t('returnDescription')}
        okText={t('returnToDraft')}
        danger
        pending={giveBack.isPending}
        maxLength={1000}
        onSubmit={(reason) => reason && giveBack.mutate(reason)}
        onClose={close}
        data-testid="claim-return-modal"
      />
    </Space>
  );
}
