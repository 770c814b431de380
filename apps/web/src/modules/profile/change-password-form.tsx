import { useMutation } from '@tanstack/react-query';
import { App, Button, Form, Input } from 'antd';
import { changePassword } from '../../app/auth/auth-api';
import { matchesFieldRule, strongPasswordRule } from '../../app/forms/field-rules';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { profileMessages } from './messages';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export function ChangePasswordForm() {
  const t = useT(profileMessages);
  const { locale } = useLocale();
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordForm>();
  const reportError = useApiErrorReporter(form);

  const change = useMutation({
    mutationFn: changePassword,
    onSuccess: () => {
      form.resetFields();
      message.success(t('changed'));
    },
    onError: reportError,
  });

  return (
    <Form<PasswordForm>
      form={form}
      layout="vertical"
      style={{ maxWidth: 420 }}
      disabled={change.isPending}
      onFinish={({ currentPassword, newPassword }) => change.mutate({ currentPassword, newPassword })}
    >
      <Form.Item
        name="currentPassword"
        label={t('currentPassword')}
        rules={[{ required: true, message: t('currentRequired') }]}
      >
        <Input.Password autoComplete="current-password" data-testid="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('newPassword')}
        extra={t('passwordHint')}
        dependencies={['currentPassword']}
        validateFirst
        rules={[
          { required: true, message: t('newRequired') },
          strongPasswordRule(locale),
          ({ getFieldValue }) => ({
            validator: async (_rule, value: unknown) => {
              if (value && value === getFieldValue('currentPassword')) throw new Error(t('sameAsCurrent'));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('confirmPassword')}
        dependencies={['newPassword']}
        validateFirst
        rules={[{ required: true, message: t('confirmRequired') }, matchesFieldRule(locale, 'newPassword')]}
      >
        <Input.Password autoComplete="new-password" data-testid="confirm-password" />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        loading={change.isPending}
        data-testid="change-password-submit"
      >
        {t('submit')}
      </Button>
    </Form>
  );
}
