import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { ForbiddenPage } from '../modules/errors/forbidden-page';
import { NotFoundPage } from '../modules/errors/not-found-page';
import { RequireAuth, RequirePermission } from './auth/require-auth';
import { AdaptiveLayout } from './layout/adaptive-layout';
import { AppLayout } from './layout/app-layout';
import { PublicLayout } from './layout/public-layout';

// Each page is its own chunk, so a visitor of the portal never downloads the administration pages.
const HomePage = lazy(() => import('../modules/public/home-page').then((m) => ({ default: m.HomePage })));
const LoginPage = lazy(() => import('../modules/auth/login-page').then((m) => ({ default: m.LoginPage })));
const RegisterWorkerPage = lazy(() =>
  import('../modules/auth/register-worker-page').then((m) => ({ default: m.RegisterWorkerPage })),
);
const ReferenceShell = lazy(() =>
  import('../modules/reference/reference-shell').then((m) => ({ default: m.ReferenceShell })),
);
const RegionsPage = lazy(() =>
  import('../modules/reference/regions-page').then((m) => ({ default: m.RegionsPage })),
);
const OccupationsPage = lazy(() =>
  import('../modules/reference/occupations-page').then((m) => ({ default: m.OccupationsPage })),
);
const CodeTablePage = lazy(() =>
  import('../modules/reference/code-table-page').then((m) => ({ default: m.CodeTablePage })),
);
const DashboardPage = lazy(() =>
  import('../modules/dashboard/dashboard-page').then((m) => ({ default: m.DashboardPage })),
);
const ProfilePage = lazy(() =>
  import('../modules/profile/profile-page').then((m) => ({ default: m.ProfilePage })),
);
const UsersPage = lazy(() => import('../modules/users/users-page').then((m) => ({ default: m.UsersPage })));
const RegionOverviewPage = lazy(() =>
  import('../modules/regions/region-overview-page').then((m) => ({ default: m.RegionOverviewPage })),
);

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route index element={<HomePage />} />
        <Route path="login" element={<LoginPage />} />
        <Route path="register" element={<RegisterWorkerPage />} />
      </Route>

      <Route path="reference" element={<AdaptiveLayout />}>
        <Route element={<ReferenceShell />}>
          <Route index element={<Navigate to="regions" replace />} />
          <Route path="regions" element={<RegionsPage />} />
          <Route path="occupations" element={<OccupationsPage />} />
          <Route path="skill-levels" element={<CodeTablePage table="skill-levels" />} />
          <Route path="target-groups" element={<CodeTablePage table="target-groups" />} />
          <Route path="institution-types" element={<CodeTablePage table="institution-types" />} />
          <Route path="priority-fields" element={<CodeTablePage table="priority-fields" />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>

      <Route path="app" element={<RequireAuth />}>
        <Route element={<AppLayout />}>
          <Route index element={<DashboardPage />} />
          <Route path="profile" element={<ProfilePage />} />
          <Route
            path="users"
            element={
              <RequirePermission permission="users.read">
                <UsersPage />
              </RequirePermission>
            }
          />
          <Route
            path="regions/:code?"
            element={
              <RequirePermission permission="region.overview">
                <RegionOverviewPage />
              </RequirePermission>
            }
          />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>

      <Route element={<AdaptiveLayout />}>
        <Route path="403" element={<ForbiddenPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
