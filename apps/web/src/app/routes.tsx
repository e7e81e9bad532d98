// Every page is its own chunk (React.lazy), so the first screen after login loads only what it shows.
import { lazy } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { useAuth } from './auth';
import { homePath } from './navigation';
import { Shell } from './Shell';

const LoginPage = lazy(() => import('../pages/LoginPage'));
const InboxPage = lazy(() => import('../pages/inbox/InboxPage'));
const RegisterPage = lazy(() => import('../pages/inbox/RegisterPage'));
const NotificationsPage = lazy(() => import('../pages/inbox/NotificationsPage'));
const CasesPage = lazy(() => import('../pages/cases/CasesPage'));
const CasePage = lazy(() => import('../pages/case/CasePage'));
const DecisionsPage = lazy(() => import('../pages/decisions/DecisionsPage'));
const RulesPage = lazy(() => import('../pages/settings/RulesPage'));
const CalendarPage = lazy(() => import('../pages/settings/CalendarPage'));
const AuthorityPage = lazy(() => import('../pages/settings/AuthorityPage'));
const AuditPage = lazy(() => import('../pages/audit/AuditPage'));
const StatisticsPage = lazy(() => import('../pages/statistics/StatisticsPage'));
const ReportsPage = lazy(() => import('../modules/reports/ReportsPage'));
const OrganisationPage = lazy(() => import('../pages/admin/OrganisationPage'));
const UsersPage = lazy(() => import('../pages/admin/UsersPage'));
const QueuesPage = lazy(() => import('../pages/admin/QueuesPage'));
const TemplatesPage = lazy(() => import('../pages/admin/TemplatesPage'));
const AccountPage = lazy(() => import('../pages/account/AccountPage'));
const NotFoundPage = lazy(() => import('../pages/NotFoundPage'));

export function AppRoutes() {
  const { signedIn, hasRole } = useAuth();
  const location = useLocation();
  if (!signedIn) {
    return (
      <Routes>
        <Route path="/dang-nhap" element={<LoginPage />} />
        <Route path="*" element={<Navigate to="/dang-nhap" replace state={{ from: location.pathname + location.search }} />} />
      </Routes>
    );
  }
  return (
    <Routes>
      <Route path="/dang-nhap" element={<Navigate to="/" replace />} />
      <Route element={<Shell />}>
        <Route index element={<Navigate to={homePath(hasRole)} replace />} />
        <Route path="hop-viec" element={<InboxPage />} />
        <Route path="tiep-nhan" element={<RegisterPage />} />
        <Route path="thong-bao" element={<NotificationsPage />} />
        <Route path="vu-viec" element={<CasesPage />} />
        <Route path="vu-viec/:id" element={<CasePage />} />
        <Route path="cho-quyet-dinh" element={<DecisionsPage />} />
        <Route path="quy-tac" element={<RulesPage />} />
        <Route path="lich" element={<CalendarPage />} />
        <Route path="tham-quyen" element={<AuthorityPage />} />
        <Route path="kiem-toan" element={<AuditPage />} />
        <Route path="thong-ke" element={<StatisticsPage />} />
        <Route path="bao-cao" element={<ReportsPage />} />
        <Route path="to-chuc" element={<OrganisationPage />} />
        <Route path="nguoi-dung" element={<UsersPage />} />
        <Route path="hang-doi" element={<QueuesPage />} />
        <Route path="mau-van-ban" element={<TemplatesPage />} />
        <Route path="tai-khoan" element={<AccountPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
