import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate, useParams } from 'react-router';
import { AuthProvider, useAuth, useIdleWarning, useSessionStatus } from '../auth/auth';
import { IdleWarningDialog } from '../auth/IdleWarningDialog';
import { SessionExpiredDialog } from '../auth/SessionExpiredDialog';
import { SignInPage } from '../auth/SignInPage';
import { PROCONNECT_CALLBACK_PATH } from '../auth/proconnect';
import { ProConnectCallbackPage } from '../auth/ProConnectCallbackPage';
import { ProConnectPopupPage } from '../auth/ProConnectPopupPage';
import { PROCONNECT_POPUP_PATH } from '../auth/proconnect-popup';
import { Loading } from '../components/common';
import { ENROLMENT_PATH } from '../pages/enrolment/path';
import { DraftProvider } from '../pages/record/draft';
import { Shell, SignedInShell } from './Layout';

/**
 * Each page is its own chunk, loaded when its route is first shown (the sign-in page ships only what it needs);
 * `Suspense` says so in French meanwhile.
 */
const AccessibilityPage = lazy(() => import('../pages/AccessibilityPage').then((m) => ({ default: m.AccessibilityPage })));
const AccountPage = lazy(() => import('../pages/AccountPage').then((m) => ({ default: m.AccountPage })));
const AdminPage = lazy(() => import('../pages/admin/AdminPage').then((m) => ({ default: m.AdminPage })));
const CasePage = lazy(() => import('../pages/case/CasePage').then((m) => ({ default: m.CasePage })));
const CasesListPage = lazy(() => import('../pages/CasesListPage').then((m) => ({ default: m.CasesListPage })));
const CellMembersPage = lazy(() => import('../pages/cell/CellMembersPage').then((m) => ({ default: m.CellMembersPage })));
const CellPage = lazy(() => import('../pages/cell/CellPage').then((m) => ({ default: m.CellPage })));
const CellStatisticsPage = lazy(() => import('../pages/cell/CellStatisticsPage').then((m) => ({ default: m.CellStatisticsPage })));
const DuplicateLinkPage = lazy(() => import('../pages/DuplicateLinkPage').then((m) => ({ default: m.DuplicateLinkPage })));
const DuplicatesPage = lazy(() => import('../pages/DuplicatesPage').then((m) => ({ default: m.DuplicatesPage })));
const EnrolmentPage = lazy(() => import('../pages/enrolment/EnrolmentPage').then((m) => ({ default: m.EnrolmentPage })));
const HomePage = lazy(() => import('../pages/home/HomePage').then((m) => ({ default: m.HomePage })));
const KeysPage = lazy(() => import('../pages/privacy/keys/KeysPage').then((m) => ({ default: m.KeysPage })));
const InboxPage = lazy(() => import('../pages/orientations/InboxPage').then((m) => ({ default: m.InboxPage })));
const MeetingPage = lazy(() => import('../pages/cell/MeetingPage').then((m) => ({ default: m.MeetingPage })));
const MinutesPrintPage = lazy(() => import('../pages/cell/MinutesPrintPage').then((m) => ({ default: m.MinutesPrintPage })));
const NotFoundPage = lazy(() => import('../pages/NotFoundPage').then((m) => ({ default: m.NotFoundPage })));
const NotificationsPage = lazy(() => import('../pages/notifications/NotificationsPage').then((m) => ({ default: m.NotificationsPage })));
const OrientationPage = lazy(() => import('../pages/orientations/OrientationPage').then((m) => ({ default: m.OrientationPage })));
const PreferencesPage = lazy(() => import('../pages/notifications/PreferencesPage').then((m) => ({ default: m.PreferencesPage })));
const RecordSituationPage = lazy(() => import('../pages/record/RecordSituationPage').then((m) => ({ default: m.RecordSituationPage })));
const RequestOrientationPage = lazy(() => import('../pages/orientations/RequestOrientationPage').then((m) => ({ default: m.RequestOrientationPage })));
const StatisticsPage = lazy(() => import('../pages/StatisticsPage').then((m) => ({ default: m.StatisticsPage })));
const SurveyCampaignPage = lazy(() => import('../pages/survey/SurveyCampaignPage').then((m) => ({ default: m.SurveyCampaignPage })));
const SurveyQuestionnairePage = lazy(() => import('../pages/survey/SurveyQuestionnairePage').then((m) => ({ default: m.SurveyQuestionnairePage })));
const AccessJournalPage = lazy(() => import('../pages/privacy/AccessJournalPage').then((m) => ({ default: m.AccessJournalPage })));
const PrivacyPage = lazy(() => import('../pages/privacy/PrivacyPage').then((m) => ({ default: m.PrivacyPage })));
const RetentionReportPage = lazy(() => import('../pages/privacy/PrivacyPage').then((m) => ({ default: m.RetentionReportPage })));
const SubjectAccessPage = lazy(() => import('../pages/privacy/SubjectAccessPage').then((m) => ({ default: m.SubjectAccessPage })));
const HostPlacesPage = lazy(() => import('../pages/hosts/HostPlacesPage').then((m) => ({ default: m.HostPlacesPage })));
const PlaceBoardPage = lazy(() => import('../pages/hosts/PlaceBoardPage').then((m) => ({ default: m.PlaceBoardPage })));

function DeadlineRedirect() {
  const { caseId } = useParams();
  return <Navigate to={`/cases/${caseId}`} replace />;
}

export function AppRoutes() {
  return (
    <Suspense fallback={<Loading what="Chargement de la page…" />}>
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route path="/situations" element={<CasesListPage />} />
        <Route path="/situations/nouvelle" element={<RecordSituationPage />} />
        <Route path="/cases/:caseId" element={<CasePage />} />
        <Route path="/cases/:caseId/orientations/nouvelle" element={<RequestOrientationPage />} />
        <Route path="/cases/:caseId/orientations/:orientationId" element={<OrientationPage />} />
        <Route path="/cases/:caseId/deadlines/:deadlineId" element={<DeadlineRedirect />} />
        <Route path="/demandes" element={<InboxPage />} />
        <Route path="/notifications" element={<NotificationsPage />} />
        <Route path="/notifications/preferences" element={<PreferencesPage />} />
        <Route path="/duplicate-links/:linkId" element={<DuplicateLinkPage />} />
        <Route path="/rapprochements" element={<DuplicatesPage />} />
        <Route path="/cellule" element={<CellPage />} />
        <Route path="/cellule/reunions/:meetingId" element={<MeetingPage />} />
        <Route path="/cellule/reunions/:meetingId/compte-rendu" element={<MinutesPrintPage />} />
        <Route path="/cellule/membres" element={<CellMembersPage />} />
        <Route path="/cellule/statistiques" element={<CellStatisticsPage />} />
        <Route path="/statistiques" element={<StatisticsPage />} />
        <Route path="/statistiques/campagne" element={<SurveyCampaignPage />} />
        <Route path="/enquete-annuelle" element={<SurveyQuestionnairePage />} />
        <Route path="/administration" element={<AdminPage />} />
        <Route path="/administration/cles" element={<KeysPage />} />
        <Route path="/administration/:section" element={<AdminPage />} />
        <Route path="/compte" element={<AccountPage />} />
        <Route path="/accessibilite" element={<AccessibilityPage />} />
        <Route path="/protection-des-donnees/journal" element={<AccessJournalPage />} />
        <Route path="/protection-des-donnees" element={<PrivacyPage />} />
        <Route path="/protection-des-donnees/rapports/:runId" element={<RetentionReportPage />} />
        <Route path="/protection-des-donnees/droit-d-acces" element={<SubjectAccessPage />} />
        <Route path="/places" element={<PlaceBoardPage />} />
        <Route path="/ma-structure" element={<HostPlacesPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
}

function SignedIn() {
  const status = useSessionStatus();
  const warning = useIdleWarning();
  const { me, signOut } = useAuth();
  return (
    <DraftProvider>
      <SignedInShell>
        <AppRoutes />
      </SignedInShell>
      {status === 'signed_in' && warning && <IdleWarningDialog key={warning.endsAt} warning={warning} onSignOut={() => void signOut()} />}
      {status === 'expired' && <SessionExpiredDialog email={me.email} userId={me.id} onSignOut={() => void signOut()} />}
    </DraftProvider>
  );
}

/** Signed out: the sign-in page at any address (which is kept, so the page asked for opens after sign-in). */
export function App() {
  const status = useSessionStatus();
  const navigate = useNavigate();
  const location = useLocation();
  if (location.pathname === PROCONNECT_POPUP_PATH) {
    return (
      <Shell>
        <ProConnectPopupPage status={status} />
      </Shell>
    );
  }
  if (status === 'restoring') {
    return (
      <Shell>
        <Loading what="Reprise de la session…" />
      </Shell>
    );
  }
  if (status === 'signed_out' && location.pathname === PROCONNECT_CALLBACK_PATH) {
    return (
      <Shell>
        <ProConnectCallbackPage onRetry={() => navigate('/', { replace: true })} />
      </Shell>
    );
  }
  if (status === 'signed_out') {
    return (
      <Shell>
        {location.pathname === ENROLMENT_PATH ? (
          <Suspense fallback={<Loading what="Chargement de la page…" />}>
            <EnrolmentPage onDone={() => navigate('/', { replace: true })} />
          </Suspense>
        ) : (
          <SignInPage />
        )}
      </Shell>
    );
  }
  return (
    <AuthProvider
      fallback={
        <Shell>
          <Loading what="Ouverture de la session…" />
        </Shell>
      }
    >
      <SignedIn />
    </AuthProvider>
  );
}
