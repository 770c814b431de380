import { EnvironmentOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { ROLE_NAMES } from '@qiancheng/domain';
import { App, Button, Flex, Grid, Layout, Space, Tag, Typography, theme } from 'antd';
import { useState } from 'react';
import type { User } from '../api/types';
import { useAuth } from '../auth/auth-context';
import { useLocale, useT } from '../i18n/locale-context';
import { Brand } from './brand';
import { LocaleSwitch } from './locale-switch';
import { layoutMessages } from './messages';

export function AppHeader({ user }: { user: User }) {
  const t = useT(layoutMessages);
  const { locale } = useLocale();
  const { signOut } = useAuth();
  const { message } = App.useApp();
  const { token } = theme.useToken();
  const [leaving, setLeaving] = useState(false);
  // Narrow screens keep the name, the switch and sign-out; role and region are on the workbench.
  const { md } = Grid.useBreakpoint();

  const leave = async () => {
    setLeaving(true);
    try {
      await signOut();
    } catch {
      message.warning(t('signOutFailed'));
    } finally {
      setLeaving(false);
    }
  };

  return (
    <Layout.Header
      style={{
        background: token.colorBgContainer,
        borderBottom: `1px solid ${token.colorBorderSecondary}`,
        paddingInline: 24,
      }}
    >
      <Flex align="center" justify="space-between" style={{ height: '100%', lineHeight: 'normal' }} gap={16}>
        <Brand to="/app" />
        <Space size={md ? 'middle' : 'small'} wrap={false}>
          <Flex align="center" gap={4}>
            <UserOutlined />
            <Typography.Text strong ellipsis style={{ maxWidth: md ? 240 : 96 }} data-testid="header-user">
              {user.displayName}
            </Typography.Text>
          </Flex>
          {md && (
            <>
              <Tag color="blue" data-testid="header-role">
                {ROLE_NAMES[user.role][locale]}
              </Tag>
              <Space size={4} data-testid="header-region">
                <EnvironmentOutlined />
                <Typography.Text>{user.regionName ?? t('allRegions')}</Typography.Text>
              </Space>
            </>
          )}
          <LocaleSwitch compact={!md} />
          <Button
            icon={<LogoutOutlined />}
            loading={leaving}
            onClick={leave}
            aria-label={t('signOut')}
            data-testid="logout"
          >
            {md && t('signOut')}
          </Button>
        </Space>
      </Flex>
    </Layout.Header>
  );
}
