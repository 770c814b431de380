import { Layout, theme } from 'antd';
import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useCurrentUser } from '../auth/auth-context';
import { ErrorBoundary } from '../components/error-boundary';
import { PageLoading } from '../components/page-loading';
import { AppHeader } from './app-header';
import { SideMenu } from './side-menu';

/** The signed-in frame: header with the user, side menu derived from the user's role, page beside it. */
export function AppLayout() {
  const user = useCurrentUser();
  const { pathname } = useLocation();
  const { token } = theme.useToken();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <AppHeader user={user} />
      <Layout>
        <Layout.Sider
          width={208}
          breakpoint="lg"
          collapsedWidth={0}
          style={{
            background: token.colorBgContainer,
            borderInlineEnd: `1px solid ${token.colorBorderSecondary}`,
          }}
        >
          <SideMenu role={user.role} />
        </Layout.Sider>
        <Layout.Content style={{ padding: 24, minWidth: 0 }}>
          <ErrorBoundary resetKey={pathname}>
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
