import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { type Credentials, signIn } from '../../app/auth/auth-api';
import { useAuth } from '../../app/auth/auth-context';
import { safeNextPath } from '../../app/auth/safe-next';
import { useT } from '../../app/i18n/locale-context';
import { AuthCard } from './auth-card';
import { authMessages } from './messages';

export function LoginPage() {
  const t = useT(authMessages);
  const { user, signedIn } = useAuth();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next')) ?? '/app';

  const login = useMutation({
    mutationFn: signIn,
    onSuccess: (signedInUser) => {
      signedIn(signedInUser);
      navigate(next, { replace: true });
    },
  });

  // Someone already signed in (another tab, the back button) has nothing to do here.
  if (user && !login.isPending && !login.isSuccess) return <Navigate to={next} replace />;

  return (
    <AuthCard title={t('loginTitle')} subtitle={t('loginSubtitle')}>
      {login.isError && (
        <Alert
          type="error"
          showIcon
          title={login.error.message}
          style={{ marginBottom: 16 }}
          data-testid="login-error"
        />
      )}
      <Form<Credentials>
        layout="vertical"
        requiredMark={false}
        onFinish={(values) => login.mutate(values)}
        disabled={login.isPending}
      >
        <Form.Item
          name="username"
          label={t('username')}
          rules={[{ required: true, message: t('usernameRequired') }]}
        >
          <Input prefix={<UserOutlined />} autoComplete="username" autoFocus data-testid="login-username" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('password')}
          rules={[{ required: true, message: t('passwordRequired') }]}
        >
          <Input.Password
            prefix={<LockOutlined />}
            autoComplete="current-password"
            data-testid="login-password"
          />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          block
          size="large"
          loading={login.isPending}
          data-testid="login-submit"
        >
          {t('submitLogin')}
        </Button>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 8 }}>
        {t('noAccount')} <Link to="/register">{t('registerLink')}</Link>
      </Typography.Paragraph>
      <Typography.Paragraph style={{ marginBottom: 8 }}>
        {t('institutionPrompt')}{' '}
        <Link to="/register/institution" data-testid="login-register-institution">
          {t('institutionRegisterLink')}
        </Link>
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('orgAccounts')}
      </Typography.Paragraph>
    </AuthCard>
  );
}
