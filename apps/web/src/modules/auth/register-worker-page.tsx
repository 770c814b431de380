import { useMutation } from '@tanstack/react-query';
import { App, Button, Checkbox, Form, Input, Typography } from 'antd';
import { Link, Navigate, useNavigate } from 'react-router';
import { registerWorker, type WorkerRegistration } from '../../app/auth/auth-api';
import { useAuth } from '../../app/auth/auth-context';
import {
  idNumberRule,
  matchesFieldRule,
  mobileRule,
  strongPasswordRule,
  usernameRule,
} from '../../app/forms/field-rules';
import { useApiErrorReporter } from '../../app/forms/use-api-error-reporter';
import { useLocale, useT } from '../../app/i18n/locale-context';
import { AuthCard } from './auth-card';
import { authMessages } from './messages';

interface RegistrationForm extends WorkerRegistration {
  confirmPassword: string;
  consent: boolean;
}

export function RegisterWorkerPage() {
  const t = useT(authMessages);
  const { locale } = useLocale();
  const { user, signedIn } = useAuth();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<RegistrationForm>();
  const reportError = useApiErrorReporter(form);

  const register = useMutation({
    mutationFn: registerWorker,
    onSuccess: (registered) => {
      signedIn(registered);
      message.success(t('registered'));
      navigate('/app', { replace: true });
    },
    onError: reportError,
  });

  if (user && !register.isPending && !register.isSuccess) return <Navigate to="/app" replace />;

  const submit = ({ username, password, name, idNumber, mobile }: RegistrationForm) =>
    register.mutate({
      username,
      password,
      name: name.trim(),
      idNumber: idNumber.trim(),
      mobile: mobile.trim(),
    });

  return (
    <AuthCard title={t('registerTitle')} subtitle={t('registerSubtitle')}>
      <Form<RegistrationForm>
        form={form}
        layout="vertical"
        onFinish={submit}
        disabled={register.isPending}
        scrollToFirstError
      >
        <Form.Item
          name="name"
          label={t('realName')}
          rules={[{ required: true, whitespace: true, message: t('realNameRequired') }]}
        >
          <Input autoComplete="name" maxLength={50} data-testid="register-name" />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label={t('idNumber')}
          extra={t('idNumberHint')}
          validateFirst
          rules={[{ required: true, message: t('idNumberRequired') }, idNumberRule(locale)]}
        >
          <Input autoComplete="off" maxLength={18} data-testid="register-id-number" />
        </Form.Item>
        <Form.Item
          name="mobile"
          label={t('mobile')}
          validateFirst
          rules={[{ required: true, message: t('mobileRequired') }, mobileRule(locale)]}
        >
          <Input autoComplete="tel" inputMode="tel" maxLength={20} data-testid="register-mobile" />
        </Form.Item>
        <Form.Item
          name="username"
          label={t('username')}
          validateFirst
          rules={[{ required: true, message: t('usernameRequired') }, usernameRule(locale)]}
        >
          <Input autoComplete="username" maxLength={32} data-testid="register-username" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('password')}
          extra={t('passwordHint')}
          validateFirst
          rules={[{ required: true, message: t('passwordRequired') }, strongPasswordRule(locale)]}
        >
          <Input.Password autoComplete="new-password" data-testid="register-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('confirmPassword')}
          dependencies={['password']}
          validateFirst
          rules={[{ required: true, message: t('confirmRequired') }, matchesFieldRule(locale, 'password')]}
        >
          <Input.Password autoComplete="new-password" data-testid="register-confirm-password" />
        </Form.Item>
        <Form.Item
          name="consent"
          valuePropName="checked"
          rules={[
            {
              validator: async (_rule, value: unknown) => {
                if (value !== true) throw new Error(t('consentRequired'));
              },
            },
          ]}
        >
          <Checkbox data-testid="register-consent">{t('consent')}</Checkbox>
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          block
          size="large"
          loading={register.isPending}
          data-testid="register-submit"
        >
          {t('submitRegister')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 8 }}>
        {t('haveAccount')} <Link to="/login">{t('loginLink')}</Link>
      </Typography.Paragraph>
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        {t('institutionPrompt')}{' '}
        <Link to="/register/institution" data-testid="register-institution-link">
          {t('institutionRegisterLink')}
        </Link>
      </Typography.Paragraph>
    </AuthCard>
  );
}
