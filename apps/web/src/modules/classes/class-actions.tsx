import { can } from '@qiancheng/domain';
import { isClassEditable } from '@qiancheng/domain/classes/class-lifecycle';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useCurrentUser } from '../../app/auth/auth-context';
import { LinkButton } from '../../app/components/link-button';
import { ReasonModal } from '../../app/components/reason-modal';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import {
  CLASSES_QUERY_ROOT,
  type ClassAction,
  type ClassDetail,
  cancelClass,
  reviewClass,
  runClassAction,
} from './classes-api';
import { classMessages } from './messages';

type Dialog = 'cancel' | 'return' | null;

/**
 * What the signed-in user may do with the class now: the institution edits, files, starts and
 * completes it; staff approve or return a filing and close an assessed class; both may cancel.
 */
export function ClassActions({ detail }: { detail: ClassDetail }) {
  const t = useT(classMessages);
  const { message } = App.useApp();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const report = useApiErrorReporter();
  const [dialog, setDialog] = useState<Dialog>(null);
  const isInstitution = can(me.role, 'classes.file');
  const isStaff = can(me.role, 'classes.review');
  const done = () => {
    setDialog(null);
    void queryClient.invalidateQueries({ queryKey: CLASSES_QUERY_ROOT });
    message.success(t('done'));
  };
  const act = useMutation({
    mutationFn: (action: ClassAction) => runClassAction(detail.id, action),
    onSuccess: done,
    onError: report,
  });
  const review = useMutation({
    mutationFn: (input: { decision: 'approve' | 'return'; note?: string }) =>
      reviewClass(detail.id, input.decision, input.note),
    onSuccess: done,
    onError: report,
  });
  const cancel = useMutation({
    mutationFn: (reason: string) => cancelClass(detail.id, reason),
    onSuccess: done,
    onError: report,
  });

  const confirm = (action: ClassAction, label: string, text: string, primary = true) => (
    <Popconfirm title={text} onConfirm={() => act.mutate(action)} okButtonProps={{ loading: act.isPending }}>
      <Button type={primary ? 'primary' : 'default'} data-testid={`class-${action}`}>
        {label}
      </Button>
    </Popconfirm>
  );
  const status = detail.status;
  const cancellable = ['draft', 'filed', 'returned', 'approved', 'in_progress'].includes(status);

  return (
    <Space wrap>
      {isInstitution && isClassEditable(status) && (
        <LinkButton to={`/app/classes/${detail.id}/edit`} data-testid="class-edit">
          {t('edit')}
        </LinkButton>
      )}
      {isInstitution && isClassEditable(status) && confirm('file', t('file'), t('fileConfirm'))}
      {isInstitution && status === 'approved' && confirm('start', t('start'), t('startConfirm'))}
      {isInstitution && status === 'in_progress' && confirm('complete', t('complete'), t('completeConfirm'))}
      {isStaff && status === 'filed' && (
        <>
          <Popconfirm title={t('approveConfirm')} onConfirm={() => review.mutate({ decision: 'approve' })}>
            <Button type="primary" loading={review.isPending} data-testid="class-approve">
              {t('approve')}
            </Button>
          </Popconfirm>
          <Button onClick={() => setDialog('return')} data-testid="class-return">
            {t('return')}
          </Button>
        </>
      )}
      {isStaff && status === 'assessed' && confirm('close', t('close'), t('closeConfirm'), false)}
      {(isInstitution || isStaff) && cancellable && (
        <Button danger onClick={() => setDialog('cancel')} data-testid="class-cancel">
          {t('cancel')}
        </Button>
      )}
      <ReasonModal
        open={dialog === 'return'}
        title={t('returnTitle')}
        description={t('returnDescription')}
        okText={t('return')}
        pending={review.isPending}
        onSubmit={(note) => review.mutate({ decision: 'return', note })}
        onClose={() => setDialog(null)}
        data-testid="class-return-modal"
      />
      <ReasonModal
        open={dialog === 'cancel'}
        title={t('cancelTitle')}
        description={t('cancelDescription')}
        okText={t('cancel')}
        danger
        pending={cancel.isPending}
        onSubmit={(reason) => cancel.mutate(reason ?? '')}
        onClose={() => setDialog(null)}
        data-testid="class-cancel-modal"
      />
    </Space>
  );
}
