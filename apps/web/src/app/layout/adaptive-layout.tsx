import { useAuth } from '../auth/auth-context';
import { PageLoading } from '../components/page-loading';
import { AppLayout } from './app-layout';
import { PublicLayout } from './public-layout';

/**
 * Pages open to everyone (reference data) stay inside the signed-in frame for users, so the side
 * menu does not vanish when they follow 参考数据, and use the portal frame for visitors.
 */
export function AdaptiveLayout() {
  const { user, loading } = useAuth();
  if (loading) return <PageLoading minHeight={400} />;
  return user ? <AppLayout /> : <PublicLayout />;
}
