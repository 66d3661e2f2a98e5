import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { CasePage } from '../features/case/case-page';
import { LoginPage } from '../features/login/login-page';
import { QueueCasePane, QueueNoSelection, QueuePage } from '../features/queue/queue-page';
import { Spinner } from '../ui/spinner';
import { AppShell } from './app-shell';
import { useAuth } from './auth-context';
import { canAccess, landingPath, PASSWORD_PATH, type Area } from './role-routes';

// recharts is the heaviest dependency and only managers need it: load the dashboard on demand.
// A collector's first load holds the queue and the case; the team board, the password screen and
// every other area load when opened.
const TeamPage = lazy(() => import('../features/team/team-page').then((m) => ({ default: m.TeamPage })));
const TeamNoSelection = lazy(() => import('../features/team/team-page').then((m) => ({ default: m.TeamNoSelection })));
const CollectorCases = lazy(() => import('../features/team/collector-cases').then((m) => ({ default: m.CollectorCases })));
const UnassignedPool = lazy(() => import('../features/team/unassigned-pool').then((m) => ({ default: m.UnassignedPool })));
const ChangePasswordPage = lazy(() => import('../features/login/change-password-page').then((m) => ({ default: m.ChangePasswordPage })));
const DashboardPage = lazy(() => import('../features/dashboard/dashboard-page').then((m) => ({ default: m.DashboardPage })));
const KpiCasesPage = lazy(() => import('../features/dashboard/kpi-cases-page').then((m) => ({ default: m.KpiCasesPage })));
// Leads' and admins' screens load when first opened, so a collector's workbench starts with less.
const BankPage = lazy(() => import('../features/bank/bank-page').then((m) => ({ default: m.BankPage })));
const CreditorsPage = lazy(() => import('../features/creditors/creditors-page').then((m) => ({ default: m.CreditorsPage })));
const DunningPage = lazy(() => import('../features/dunning/dunning-page').then((m) => ({ default: m.DunningPage })));
const InterestRatesPage = lazy(() => import('../features/interest-rates/interest-rates-page').then((m) => ({ default: m.InterestRatesPage })));
const IntakePage = lazy(() => import('../features/intake/intake-page').then((m) => ({ default: m.IntakePage })));
const LimitationPage = lazy(() => import('../features/limitation/limitation-page').then((m) => ({ default: m.LimitationPage })));
const TemplatesPage = lazy(() => import('../features/templates/templates-page').then((m) => ({ default: m.TemplatesPage })));
const SettlementsPage = lazy(() => import('../features/case/settlements-page').then((m) => ({ default: m.SettlementsPage })));
const AuditPage = lazy(() => import('../features/audit/audit-page').then((m) => ({ default: m.AuditPage })));
const PeoplePage = lazy(() => import('../features/people/people-page').then((m) => ({ default: m.PeoplePage })));
// The debtor portal is public and separate from the workbench: its own bundle, session, client and translations.
const PortalApp = lazy(() => import('../portal/portal-app'));
const CreditorReportPage = lazy(() => import('../features/dashboard/creditor-report-page').then((m) => ({ default: m.CreditorReportPage })));

function RequireAuth({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  const location = useLocation();
  if (!user) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  // A one-time password must be changed before anything else opens.
  if (user.mustChangePassword && location.pathname !== PASSWORD_PATH) {
    return <Navigate to={PASSWORD_PATH} replace state={{ from: location.pathname + location.search }} />;
  }
  return children;
}

function RequireArea({ area, children }: { area: Area; children: ReactNode }) {
  const { user } = useAuth();
  if (!user) return null;
  if (!canAccess(user.role, area)) return <Navigate to={landingPath(user.role)} replace />;
  return children;
}

function LandingRedirect() {
  const { user } = useAuth();
  return <Navigate to={user ? landingPath(user.role) : '/login'} replace />;
}

export function AppRoutes() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route
          path="/p/:token/*"
          element={
            <Suspense fallback={<Spinner />}>
              <PortalApp />
            </Suspense>
          }
        />
        <Route
          element={
            <RequireAuth>
              <AppShell />
            </RequireAuth>
          }
        >
          <Route index element={<LandingRedirect />} />
          <Route
            path="queue"
            element={
              <RequireArea area="queue">
                <QueuePage />
              </RequireArea>
            }
          >
            <Route index element={<QueueNoSelection />} />
            <Route path=":caseId" element={<QueueCasePane />} />
          </Route>
          <Route path="cases/:id" element={<CasePage />} />
          <Route
            path="team"
            element={
              <RequireArea area="team">
                <TeamPage />
              </RequireArea>
            }
          >
            <Route index element={<Suspense fallback={<Spinner />}><TeamNoSelection /></Suspense>} />
            <Route path="collectors/:collectorId" element={<Suspense fallback={<Spinner />}><CollectorCases /></Suspense>} />
            <Route path="pool" element={<Suspense fallback={<Spinner />}><UnassignedPool /></Suspense>} />
          </Route>
          <Route
            path="dashboard"
            element={
              <RequireArea area="dashboard">
                <Suspense fallback={<Spinner />}>
                  <DashboardPage />
                </Suspense>
              </RequireArea>
            }
          />
          <Route path="dashboard/cases" element={<RequireArea area="dashboard"><Suspense fallback={<Spinner />}><KpiCasesPage /></Suspense></RequireArea>} />
          <Route path="dashboard/creditor-report" element={<RequireArea area="dashboard"><Suspense fallback={<Spinner />}><CreditorReportPage /></Suspense></RequireArea>} />
          <Route
            path="audit"
            element={
              <RequireArea area="audit">
                <Suspense fallback={<Spinner />}>
                  <AuditPage />
                </Suspense>
              </RequireArea>
            }
          />
          <Route
            path="bank"
            element={
              <RequireArea area="bank">
                <BankPage />
              </RequireArea>
            }
          />
          <Route
            path="dunning"
            element={
              <RequireArea area="dunning">
                <DunningPage />
              </RequireArea>
            }
          />
          <Route
            path="creditors/:creditorId?"
            element={
              <RequireArea area="creditors">
                <CreditorsPage />
              </RequireArea>
            }
          />
          <Route path="password" element={<ChangePasswordPage />} />
          <Route
            path="people"
            element={
              <RequireArea area="people">
                <PeoplePage />
              </RequireArea>
            }
          />
          <Route
            path="intake"
            element={
              <RequireArea area="intake">
                <IntakePage />
              </RequireArea>
            }
          />
          <Route
            path="interest-rates"
            element={
              <RequireArea area="rates">
                <InterestRatesPage />
              </RequireArea>
            }
          />
          <Route
            path="templates"
            element={
              <RequireArea area="templates">
                <Suspense fallback={<Spinner />}>
                  <TemplatesPage />
                </Suspense>
              </RequireArea>
            }
          />
          <Route
            path="limitation"
            element={
              <RequireArea area="limitation">
                <LimitationPage />
              </RequireArea>
            }
          />
          <Route
            path="settlements"
            element={
              <RequireArea area="settlements">
                <SettlementsPage />
              </RequireArea>
            }
          />
          <Route path="*" element={<LandingRedirect />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
