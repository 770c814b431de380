import { mayActOnPolicy } from '@qiancheng/domain/subsidy/policy-lifecycle';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { ReasonModal } from '../../app/components/reason-modal';
import { useT } from '../../app/i18n/locale-context';
import { policyMessages } from './messages';
import { type PolicyDetail, publishPolicy, returnPolicy, submitPolicy, withdrawPolicy } from './policies-api';
import { PublishModal } from './publish-modal';
import type { SettingProblems } from './setting-problems';
import { usePolicyMutation } from './use-policy-mutation';

const SUBMIT_OK_TEST_ID = { 'data-testid': 'policy-submit-ok' };

/**
 * What an administrator may do with a version in its status, each step confirmed first: a draft
 * is submitted; a submitted version is published (with an optional note) or returned with a
 * reason; a published one is withdrawn with a reason.
 */
export function PolicyActions({
  policy,
  onProblems,
}: {
  policy: PolicyDetail;
  onProblems: (problems: SettingProblems) => void;
}) {
  const t = useT(policyMessages);
  const { modal } = App.useApp();
  const [open, setOpen] = useState<'publish' | 'return' | 'withdraw' | null>(null);
  const close = () => setOpen(null);
  const label = policy.label;

  const submit = usePolicyMutation(
    () => submitPolicy(policy.id),
    () => t('submitted'),
    { onProblems },
  );
  const publish = usePolicyMutation(
    (note: string | undefined) => publishPolicy(policy.id, note),
    () => t('published', { label }),
    { onDone: close, onProblems },
  );
  const giveBack = usePolicyMutation(
    (note: string) => returnPolicy(policy.id, note),
    () => t('returned'),
    { onDone: close },
  );
  const withdraw = usePolicyMutation(
    (note: string) => withdrawPolicy(policy.id, note),
    () => t('withdrawn', { label }),
    { onDone: close },
  );
  const may = (action: Parameters<typeof mayActOnPolicy>[1]) => mayActOnPolicy(policy.status, action);

  const confirmSubmit = () =>
    modal.confirm({
      title: t('submitConfirmTitle', { label }),
      content: t('submitConfirmContent'),
      okText: t('submit'),
      okButtonProps: SUBMIT_OK_TEST_ID,
      cancelText: t('cancel'),
      onOk: () => submit.mutateAsync(undefined).catch(() => undefined),
    });

  return (
    <Space wrap>
      {may('submit') && (
        <Button type="primary" loading={submit.isPending} onClick={confirmSubmit} data-testid="policy-submit">
          {t('submit')}
        </Button>
      )}
      {may('publish') && (
        <Button type="primary" onClick={() => setOpen('publish')} data-testid="policy-publish">
          {t('publish')}
        </Button>
      )}
      {may('return') && (
        <Button danger onClick={() => setOpen('return')} data-testid="policy-return">
          {t('returnToDraft')}
        </Button>
      )}
      {may('withdraw') && (
        <Button danger onClick={() => setOpen('withdraw')} data-testid="policy-withdraw">
          {t('withdraw')}
        </Button>
      )}
      <PublishModal
        policy={policy}
        open={open === 'publish'}
        pending={publish.isPending}
        onSubmit={(note) => publish.mutate(note)}
        onClose={close}
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
        data-testid="policy-return-modal"
      />
      <ReasonModal
        open={open === 'withdraw'}
        title={t('withdraw')}
        description={t('withdrawDescription')}
        okText={t('withdraw')}
        danger
        pending={withdraw.isPending}
        maxLength={1000}
        onSubmit={(reason) => reason && withdraw.mutate(reason)}
        onClose={close}
        data-testid="policy-withdraw-modal"
      />
    </Space>
  );
}
