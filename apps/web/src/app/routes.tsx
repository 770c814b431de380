import type { Permission } from '@qiancheng/domain';
import { lazy, type ReactNode, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { ForbiddenPage } from '../modules/errors/forbidden-page';
import { NotFoundPage } from '../modules/errors/not-found-page';
import { RequireAuth, RequirePermission } from './auth/require-auth';
import { PageLoading } from './components/page-loading';
import { AdaptiveLayout } from './layout/adaptive-layout';
import { AppLayout } from './layout/app-layout';
import { PublicLayout } from './layout/public-layout';

// Each page is its own chunk, so a visitor of the portal never downloads the administration pages.
const HomePage = lazy(() => import('../modules/public/home-page').then((m) => ({ default: m.HomePage })));
const LoginPage = lazy(() => import('../modules/auth/login-page').then((m) => ({ default: m.LoginPage })));
const RegisterWorkerPage = lazy(() =>
  import('../modules/auth/register-worker-page').then((m) => ({ default: m.RegisterWorkerPage })),
);
const RegisterInstitutionPage = lazy(() =>
  import('../modules/institutions/register-institution-page').then((m) => ({
    default: m.RegisterInstitutionPage,
  })),
);
const MyInstitutionPage = lazy(() =>
  import('../modules/institutions/my-institution-page').then((m) => ({ default: m.MyInstitutionPage })),
);
const InstitutionsPage = lazy(() =>
  import('../modules/institutions/institutions-page').then((m) => ({ default: m.InstitutionsPage })),
);
const InstitutionPage = lazy(() =>
  import('../modules/institutions/institution-page').then((m) => ({ default: m.InstitutionPage })),
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
const MyDemandPage = lazy(() =>
  import('../modules/demand/my-demand-page').then((m) => ({ default: m.MyDemandPage })),
);
const DemandPage = lazy(() =>
  import('../modules/demand/demand-page').then((m) => ({ default: m.DemandPage })),
);
const MyWishesPage = lazy(() =>
  import('../modules/wishes/my-wishes-page').then((m) => ({ default: m.MyWishesPage })),
);
const WishesPage = lazy(() =>
  import('../modules/wishes/wishes-page').then((m) => ({ default: m.WishesPage })),
);
const AggregatePage = lazy(() =>
  import('../modules/aggregate/aggregate-page').then((m) => ({ default: m.AggregatePage })),
);
const ProjectsPage = lazy(() =>
  import('../modules/projects/projects-page').then((m) => ({ default: m.ProjectsPage })),
);
const ProjectPage = lazy(() =>
  import('../modules/projects/project-page').then((m) => ({ default: m.ProjectPage })),
);
const CataloguesPage = lazy(() =>
  import('../modules/catalogues/catalogues-page').then((m) => ({ default: m.CataloguesPage })),
);
const CataloguePage = lazy(() =>
  import('../modules/catalogues/catalogue-page').then((m) => ({ default: m.CataloguePage })),
);
const PortalProjectsPage = lazy(() =>
  import('../modules/portal/projects-search-page').then((m) => ({ default: m.ProjectsSearchPage })),
);
const PortalProjectPage = lazy(() =>
  import('../modules/portal/project-detail-page').then((m) => ({ default: m.ProjectDetailPage })),
);
const NavigationPage = lazy(() =>
  import('../modules/portal/navigation-page').then((m) => ({ default: m.NavigationPage })),
);
const JobsPage = lazy(() => import('../modules/portal/jobs-page').then((m) => ({ default: m.JobsPage })));
const PortalCataloguesPage = lazy(() =>
  import('../modules/portal/catalogues-page').then((m) => ({ default: m.PortalCataloguesPage })),
);
const PortalCataloguePage = lazy(() =>
  import('../modules/portal/catalogue-detail-page').then((m) => ({ default: m.PortalCataloguePage })),
);
const BrandsPage = lazy(() =>
  import('../modules/brands/brands-page').then((m) => ({ default: m.BrandsPage })),
);
const PortalBrandsPage = lazy(() =>
  import('../modules/portal/brands-page').then((m) => ({ default: m.PortalBrandsPage })),
);
const PortalInstitutionsPage = lazy(() =>
  import('../modules/portal/institutions-page').then((m) => ({ default: m.PortalInstitutionsPage })),
);
const PortalInstitutionPage = lazy(() =>
  import('../modules/portal/institution-detail-page').then((m) => ({ default: m.PortalInstitutionPage })),
);
const SelectionRoundsPage = lazy(() =>
  import('../modules/selection/rounds-page').then((m) => ({ default: m.RoundsPage })),
);
const SelectionRoundPage = lazy(() =>
  import('../modules/selection/round-page').then((m) => ({ default: m.RoundPage })),
);
const MyApplicationsPage = lazy(() =>
  import('../modules/selection/my-applications-page').then((m) => ({ default: m.MyApplicationsPage })),
);
const PublicRoundsPage = lazy(() =>
  import('../modules/selection/public-rounds-page').then((m) => ({ default: m.PublicRoundsPage })),
);
const PublicRoundPage = lazy(() =>
  import('../modules/selection/public-round-page').then((m) => ({ default: m.PublicRoundPage })),
);
const TeachersPage = lazy(() =>
  import('../modules/teachers/teachers-page').then((m) => ({ default: m.TeachersPage })),
);
const ResourcesPage = lazy(() =>
  import('../modules/resources/resources-page').then((m) => ({ default: m.ResourcesPage })),
);
const VerifyPage = lazy(() =>
  import('../modules/credentials/verify-page').then((m) => ({ default: m.VerifyPage })),
);
const MyCertificatesPage = lazy(() =>
  import('../modules/credentials/my-certificates-page').then((m) => ({ default: m.MyCertificatesPage })),
);
const CertificatePrintPage = lazy(() =>
  import('../modules/credentials/certificate-print-page').then((m) => ({ default: m.CertificatePrintPage })),
);
const CertificatesPage = lazy(() =>
  import('../modules/credentials/certificates-page').then((m) => ({ default: m.CertificatesPage })),
);
const SubsidyPoliciesPage = lazy(() =>
  import('../modules/subsidy-policies/subsidy-policies-page').then((m) => ({
    default: m.SubsidyPoliciesPage,
  })),
);
const SubsidyPolicyPage = lazy(() =>
  import('../modules/subsidy-policies/policy-page').then((m) => ({ default: m.PolicyPage })),
);
const FundsPage = lazy(() => import('../modules/funds/funds-page').then((m) => ({ default: m.FundsPage })));
const SubsidyQuotePage = lazy(() =>
  import('../modules/subsidies/subsidy-quote-page').then((m) => ({ default: m.SubsidyQuotePage })),
);
const ClaimsPage = lazy(() =>
  import('../modules/claims/claims-page').then((m) => ({ default: m.ClaimsPage })),
);
const ClaimPage = lazy(() => import('../modules/claims/claim-page').then((m) => ({ default: m.ClaimPage })));
const PaymentsPage = lazy(() =>
  import('../modules/payments/payments-page').then((m) => ({ default: m.PaymentsPage })),
);
const VouchersPage = lazy(() =>
  import('../modules/vouchers/vouchers-page').then((m) => ({ default: m.VouchersPage })),
);
const OfferingsPage = lazy(() =>
  import('../modules/vouchers/offerings-page').then((m) => ({ default: m.OfferingsPage })),
);
const MyVouchersPage = lazy(() =>
  import('../modules/vouchers/my-vouchers-page').then((m) => ({ default: m.MyVouchersPage })),
);
const MySubsidiesPage = lazy(() =>
  import('../modules/my-subsidies/my-subsidies-page').then((m) => ({ default: m.MySubsidiesPage })),
);
const BatchPage = lazy(() =>
  import('../modules/payments/batch-page').then((m) => ({ default: m.BatchPage })),
);
const RegionOverviewPage = lazy(() =>
  import('../modules/regions/region-overview-page').then((m) => ({ default: m.RegionOverviewPage })),
);

const SupervisionPage = lazy(() =>
  import('../modules/supervision/supervision-page').then((m) => ({ default: m.SupervisionPage })),
);
const SupervisionCheckPage = lazy(() =>
  import('../modules/supervision/check-page').then((m) => ({ default: m.CheckPage })),
);
const SupervisionSamplePage = lazy(() =>
  import('../modules/supervision/sample-page').then((m) => ({ default: m.SamplePage })),
);
const MySupervisionPage = lazy(() =>
  import('../modules/supervision/my-supervision-page').then((m) => ({ default: m.MySupervisionPage })),
);

const ClassesPage = lazy(() =>
  import('../modules/classes/classes-page').then((m) => ({ default: m.ClassesPage })),
);
const ClassPage = lazy(() => import('../modules/classes/class-page').then((m) => ({ default: m.ClassPage })));
const ClassEditorPage = lazy(() =>
  import('../modules/classes/class-editor-page').then((m) => ({ default: m.ClassEditorPage })),
);
const AttendancePage = lazy(() =>
  import('../modules/attendance/attendance-page').then((m) => ({ default: m.AttendancePage })),
);
const ClassAttendancePage = lazy(() =>
  import('../modules/attendance/class-attendance-page').then((m) => ({ default: m.ClassAttendancePage })),
);
const TerminalsPage = lazy(() =>
  import('../modules/attendance/terminals-page').then((m) => ({ default: m.TerminalsPage })),
);
const QrDisplayPage = lazy(() =>
  import('../modules/attendance/qr-display-page').then((m) => ({ default: m.QrDisplayPage })),
);
const CheckInPage = lazy(() =>
  import('../modules/attendance/checkin-page').then((m) => ({ default: m.CheckInPage })),
);
const MyAttendancePage = lazy(() =>
  import('../modules/attendance/my-attendance-page').then((m) => ({ default: m.MyAttendancePage })),
);

const CalendarPage = lazy(() =>
  import('../modules/calendar/calendar-page').then((m) => ({ default: m.CalendarPage })),
);
const AssessmentBodiesPage = lazy(() =>
  import('../modules/assessment/bodies-page').then((m) => ({ default: m.BodiesPage })),
);
const EvaluationPage = lazy(() =>
  import('../modules/assessment/evaluation-page').then((m) => ({ default: m.EvaluationPage })),
);
const EvaluationClassPage = lazy(() =>
  import('../modules/assessment/evaluation-class-page').then((m) => ({ default: m.EvaluationClassPage })),
);
const MyClassesPage = lazy(() =>
  import('../modules/my-classes/my-classes-page').then((m) => ({ default: m.MyClassesPage })),
);
const MyAttendanceCard = lazy(() =>
  import('../modules/attendance/my-attendance-card').then((m) => ({ default: m.MyAttendanceCard })),
);
const MyClassPage = lazy(() =>
  import('../modules/my-classes/my-class-page').then((m) => ({ default: m.MyClassPage })),
);

function guarded(permission: Permission, page: ReactNode) {
  return <RequirePermission permission={permission}>{page}</RequirePermission>;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route index element={<HomePage />} />
        <Route path="login" element={<LoginPage />} />
        <Route path="register" element={<RegisterWorkerPage />} />
        <Route path="register/institution" element={<RegisterInstitutionPage />} />
        <Route path="projects" element={<PortalProjectsPage />} />
        <Route path="projects/:id" element={<PortalProjectPage />} />
        <Route path="navigation" element={<NavigationPage />} />
        <Route path="jobs" element={<JobsPage />} />
        <Route path="catalogues" element={<PortalCataloguesPage />} />
        <Route path="catalogues/:id" element={<PortalCataloguePage />} />
        <Route path="brands" element={<PortalBrandsPage />} />
        <Route path="selection" element={<PublicRoundsPage />} />
        <Route path="selection/:id" element={<PublicRoundPage />} />
        <Route path="institutions" element={<PortalInstitutionsPage />} />
        <Route path="institutions/:id" element={<PortalInstitutionPage />} />
        <Route path="verify" element={<VerifyPage />} />
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

      <Route path="checkin" element={<RequireAuth />}>
        <Route element={<AdaptiveLayout />}>
          <Route index element={<CheckInPage />} />
        </Route>
      </Route>

      <Route path="app" element={<RequireAuth />}>
        {/* The classroom screen's code fills the whole screen, outside the frame. */}
        <Route
          path="attendance/sessions/:sessionId/qr"
          element={guarded(
            'attendance.record',
            <Suspense fallback={<PageLoading />}>
              <QrDisplayPage />
            </Suspense>,
          )}
        />
        <Route element={<AppLayout />}>
          <Route index element={<DashboardPage />} />
          <Route path="profile" element={<ProfilePage />} />
          <Route path="my-demand" element={guarded('demand.declare', <MyDemandPage />)} />
          <Route path="my-wishes" element={guarded('wishes.declare', <MyWishesPage />)} />
          <Route path="my-attendance" element={guarded('attendance.checkIn', <MyAttendancePage />)} />
          <Route path="attendance" element={<AttendancePage />} />
          <Route path="attendance/classes/:id" element={<ClassAttendancePage />} />
          <Route path="attendance/terminals" element={guarded('attendance.record', <TerminalsPage />)} />
          <Route path="my-certificates" element={guarded('certificates.mine', <MyCertificatesPage />)} />
          <Route
            path="my-certificates/:id"
            element={guarded('certificates.mine', <CertificatePrintPage />)}
          />
          <Route path="demand" element={guarded('demand.read', <DemandPage />)} />
          <Route path="wishes" element={guarded('wishes.read', <WishesPage />)} />
          <Route path="aggregate" element={guarded('demand.aggregate', <AggregatePage />)} />
          <Route path="projects" element={guarded('projects.read', <ProjectsPage />)} />
          <Route path="projects/:id" element={guarded('projects.read', <ProjectPage />)} />
          <Route path="catalogues" element={guarded('catalogue.manage', <CataloguesPage />)} />
          <Route path="catalogues/:id" element={guarded('catalogue.manage', <CataloguePage />)} />
          <Route path="teachers" element={guarded('teachers.read', <TeachersPage />)} />
          <Route path="resources" element={guarded('resources.read', <ResourcesPage />)} />
          <Route path="my-institution" element={guarded('institutions.manageOwn', <MyInstitutionPage />)} />
          <Route path="institutions" element={guarded('institutions.read', <InstitutionsPage />)} />
          <Route path="institutions/:id" element={guarded('institutions.read', <InstitutionPage />)} />
          <Route path="brands" element={guarded('brands.read', <BrandsPage />)} />
          <Route path="certificates" element={guarded('certificates.read', <CertificatesPage />)} />
          <Route path="issued-certificates" element={guarded('certificates.issue', <CertificatesPage />)} />
          <Route path="selection" element={guarded('selection.read', <SelectionRoundsPage />)} />
          <Route path="selection/:id" element={guarded('selection.read', <SelectionRoundPage />)} />
          <Route path="my-applications" element={guarded('selection.apply', <MyApplicationsPage />)} />
          <Route path="classes" element={guarded('classes.file', <ClassesPage />)} />
          <Route path="classes/new" element={guarded('classes.file', <ClassEditorPage />)} />
          <Route path="classes/:id/edit" element={guarded('classes.file', <ClassEditorPage />)} />
          <Route path="classes/:id" element={<ClassPage />} />
          <Route path="class-review" element={guarded('classes.read', <ClassesPage review />)} />
          <Route path="my-classes" element={guarded('classes.enrol', <MyClassesPage />)} />
          <Route
            path="my-classes/:id"
            element={guarded(
              'classes.enrol',
              <MyClassPage renderAttendance={(id) => <MyAttendanceCard classId={id} />} />,
            )}
          />
          <Route path="calendar" element={guarded('calendar.manage', <CalendarPage />)} />
          <Route path="assessment-bodies" element={guarded('assessment.bodies', <AssessmentBodiesPage />)} />
          <Route path="evaluation" element={guarded('assessment.evaluate', <EvaluationPage />)} />
          <Route
            path="evaluation/:classId"
            element={guarded('assessment.evaluate', <EvaluationClassPage />)}
          />
          <Route path="supervision" element={guarded('supervision.read', <SupervisionPage />)} />
          <Route
            path="supervision/checks/:id"
            element={guarded('supervision.read', <SupervisionCheckPage />)}
          />
          <Route
            path="supervision/samples/:id"
            element={guarded('supervision.read', <SupervisionSamplePage />)}
          />
          <Route path="my-supervision" element={guarded('supervision.respond', <MySupervisionPage />)} />
          <Route path="subsidy-policies" element={guarded('subsidyPolicies.read', <SubsidyPoliciesPage />)} />
          <Route
            path="subsidy-policies/:id"
            element={guarded('subsidyPolicies.read', <SubsidyPolicyPage />)}
          />
          <Route path="funds" element={guarded('funds.read', <FundsPage />)} />
          <Route path="subsidy-quote" element={guarded('subsidies.quote', <SubsidyQuotePage />)} />
          <Route path="claims" element={guarded('claims.read', <ClaimsPage />)} />
          <Route path="claims/:id" element={guarded('claims.read', <ClaimPage />)} />
          <Route path="payments" element={guarded('payments.read', <PaymentsPage />)} />
          <Route path="vouchers" element={guarded('vouchers.read', <VouchersPage />)} />
          <Route path="vouchers/offerings" element={guarded('vouchers.read', <OfferingsPage />)} />
          <Route path="my-vouchers" element={guarded('vouchers.mine', <MyVouchersPage />)} />
          <Route path="my-subsidies" element={guarded('subsidies.mine', <MySubsidiesPage />)} />
          <Route path="payments/:id" element={guarded('payments.read', <BatchPage />)} />
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
