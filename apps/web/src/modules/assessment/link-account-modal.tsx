import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Typography } from 'antd';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useT } from '../../app/i18n/locale-context';
import { ASSESSMENT_QUERY_ROOT, type AssessmentBody, linkAssessorAccount } from './assessment-api';
import { assessmentMessages } from './messages';

const OK_TEST_ID = { 'data-testid': 'link-account-submit' };

/** Links an assessor account, by its username, to act for the body. */
export function LinkAccountModal({ body, onClose }: { body: AssessmentBody; onClose: () => void }) {
  const t = useT(assessmentMessages);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ username: string }>();
  const reportError = useApiErrorReporter(form);
  const link = useMutation({
    mutationFn: (username: string) => linkAssessorAccount(body.id, username),
    onSuccess: (_, username) => {
      message.success(t('linked', { username, name: body.name }));
      void queryClient.invalidateQueries({ queryKey: ASSESSMENT_QUERY_ROOT });
      onClose();
    },
    onError: reportError,
  });

  return (
    <Modal
      open
      title={t('linkTitle', { name: body.name })}
      okText={t('link')}
      cancelText={t('cancel')}
      okButtonProps={OK_TEST_ID}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={link.isPending}
      destroyOnHidden
      data-testid="link-account-modal"
    >
      <Typography.Paragraph type="secondary">{t('linkIntro')}</Typography.Paragraph>
      <Form<{ username: string }>
        form={form}
        layout="vertical"
        disabled={link.isPending}
        onFinish={(values) => link.mutate(values.username.trim())}
      >
        <Form.Item
          name="username"
          label={t('username')}
          rules={[{ required: true, whitespace: true, message: t('usernameRequired') }]}
        >
          <Input maxLength={64} autoComplete="off" data-testid="link-account-username" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
