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
import { AccessibilityPage } from '../pages/AccessibilityPage';
import { AccountPage } from '../pages/AccountPage';
import { AdminPage } from '../pages/admin/AdminPage';
import { CasePage } from '../pages/case/CasePage';
import { CasesListPage } from '../pages/CasesListPage';
import { CellPage } from '../pages/cell/CellPage';
import { CellMembersPage } from '../pages/cell/CellMembersPage';
import { CellStatisticsPage } from '../pages/cell/CellStatisticsPage';
import { MeetingPage } from '../pages/cell/MeetingPage';
import { MinutesPrintPage } from '../pages/cell/MinutesPrintPage';
import { DuplicateLinkPage } from '../pages/DuplicateLinkPage';
import { DuplicatesPage } from '../pages/DuplicatesPage';
import { ENROLMENT_PATH, EnrolmentPage } from '../pages/enrolment/EnrolmentPage';
import { HomePage } from '../pages/home/HomePage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { NotificationsPage } from '../pages/notifications/NotificationsPage';
import { PreferencesPage } from '../pages/notifications/PreferencesPage';
import { InboxPage } from '../pages/orientations/InboxPage';
import { OrientationPage } from '../pages/orientations/OrientationPage';
import { RequestOrientationPage } from '../pages/orientations/RequestOrientationPage';
import { RecordSituationPage } from '../pages/record/RecordSituationPage';
import { DraftProvider } from '../pages/record/draft';
import { StatisticsPage } from '../pages/StatisticsPage';
import { SurveyCampaignPage } from '../pages/survey/SurveyCampaignPage';
import { SurveyQuestionnairePage } from '../pages/survey/SurveyQuestionnairePage';
import { Shell, SignedInShell } from './Layout';

function DeadlineRedirect() {
  const { caseId } = useParams();
  return <Navigate to={`/cases/${caseId}`} replace />;
}

export function AppRoutes() {
  return (
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
      <Route path="/compte" element={<AccountPage />} />
      <Route path="/accessibilite" element={<AccessibilityPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
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
        {location.pathname === ENROLMENT_PATH ? <EnrolmentPage onDone={() => navigate('/', { replace: true })} /> : <SignInPage />}
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
