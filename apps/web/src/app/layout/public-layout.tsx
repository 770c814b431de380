import { Flex, Layout, Menu, type MenuProps, Typography, theme } from 'antd';
import { Suspense } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useAuth } from '../auth/auth-context';
import { ErrorBoundary } from '../components/error-boundary';
import { PageLoading } from '../components/page-loading';
import { useT } from '../i18n/locale-context';
import { menuMessages } from '../menus/messages';
import { Brand } from './brand';
import { LocaleSwitch } from './locale-switch';
import { layoutMessages } from './messages';

const PORTAL_SECTIONS = [
  ['portal-projects', '/projects'],
  ['portal-navigation', '/navigation'],
  ['portal-jobs', '/jobs'],
  ['portal-catalogues', '/catalogues'],
  ['portal-selection', '/selection'],
  ['portal-institutions', '/institutions'],
  ['portal-brands', '/brands'],
  ['portal-verify', '/verify'],
] as const;

function selectedPublicKey(pathname: string): string {
  for (const [key, path] of PORTAL_SECTIONS) {
    if (pathname === path || pathname.startsWith(`${path}/`)) return key;
  }
  if (pathname.startsWith('/reference')) return 'reference';
  if (pathname.startsWith('/login')) return 'login';
  if (pathname.startsWith('/register')) return 'register';
  return pathname === '/' ? 'home' : '';
}

/** The frame for visitors without an account: portal header, page, footer. */
export function PublicLayout() {
  const t = useT(menuMessages);
  const tl = useT(layoutMessages);
  const { user } = useAuth();
  const { pathname } = useLocation();
  const { token } = theme.useToken();

  const link = (key: string, to: string, label: string) => ({
    key,
    label: (
      <Link to={to} data-menu-key={key}>
        {label}
      </Link>
    ),
  });
  const items: MenuProps['items'] = [
    link('home', '/', t('home')),
    ...PORTAL_SECTIONS.map(([key, path]) => link(key, path, t(key))),
    link('reference', '/reference', t('reference')),
    user ? link('dashboard', '/app', t('dashboard')) : link('login', '/login', t('login')),
  ];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
          paddingInline: 24,
        }}
      >
        <Flex align="center" gap={24} style={{ height: '100%' }}>
          <Brand to="/" />
          <Menu
            mode="horizontal"
            data-testid="public-menu"
            aria-label={tl('mainNavigation')}
            selectedKeys={[selectedPublicKey(pathname)]}
            items={items}
            style={{ flex: 1, minWidth: 0, borderBottom: 'none' }}
          />
          <LocaleSwitch />
        </Flex>
      </Layout.Header>
      <Layout.Content style={{ padding: '24px', maxWidth: 1200, width: '100%', margin: '0 auto' }}>
        <ErrorBoundary resetKey={pathname}>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center' }}>
        <Typography.Text type="secondary">{tl('footer')}</Typography.Text>
      </Layout.Footer>
    </Layout>
  );
}
