import { can, type Permission } from '@qiancheng/domain';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ForbiddenPage } from '../../modules/errors/forbidden-page';
import { PageLoading } from '../components/page-loading';
import { QueryError } from '../components/query-error';
import { useAuth } from './auth-context';
import { loginPathFor } from './safe-next';

/** Renders the nested routes for a signed-in user and sends everyone else to sign in. */
export function RequireAuth() {
  const { user, loading, error, retry, signedOutHere } = useAuth();
  const location = useLocation();
  if (loading) return <PageLoading minHeight={400} />;
  if (error) return <QueryError error={error} onRetry={retry} />;
  if (!user) return <Navigate to={signedOutHere ? '/login' : loginPathFor(location)} replace />;
  return <Outlet />;
}

/**
 * Hides a page from roles the permission table does not allow. The server enforces the same
 * table; this only spares the user a page that would fail on every request.
 */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { user } = useAuth();
  if (!user || !can(user.role, permission)) return <ForbiddenPage />;
  return children;
}
