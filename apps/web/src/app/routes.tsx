import { type ComponentType, isValidElement, lazy, Suspense } from 'react';
import { createRoutesFromChildren, matchRoutes, Navigate, Route, Routes, useParams } from 'react-router';
import { Loading } from '../components/common';

/**
 * Each page is its own chunk, loaded when its route is first shown (the sign-in page ships only what it needs);
 * `Suspense` says so in French meanwhile. `preload` starts the same download ahead (see `preloadPage`).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a page's own props (React.lazy's own bound)
export function page<P extends ComponentType<any>>(load: () => Promise<{ default: P }>) {
  let loading: ReturnType<typeof load> | undefined;
  const once = () => (loading ??= load());
  return Object.assign(lazy(once), { preload: once });
}
const AccessibilityPage = page(() => import('../pages/AccessibilityPage').then((m) => ({ default: m.AccessibilityPage })));
const AccountPage = page(() => import('../pages/AccountPage').then((m) => ({ default: m.AccountPage })));
const AdminPage = page(() => import('../pages/admin/AdminPage').then((m) => ({ default: m.AdminPage })));
const CasePage = page(() => import('../pages/case/CasePage').then((m) => ({ default: m.CasePage })));
const CasesListPage = page(() => import('../pages/CasesListPage').then((m) => ({ default: m.CasesListPage })));
const CellMembersPage = page(() => import('../pages/cell/CellMembersPage').then((m) => ({ default: m.CellMembersPage })));
const CellPage = page(() => import('../pages/cell/CellPage').then((m) => ({ default: m.CellPage })));
const CellStatisticsPage = page(() => import('../pages/cell/CellStatisticsPage').then((m) => ({ default: m.CellStatisticsPage })));
const DuplicateLinkPage = page(() => import('../pages/DuplicateLinkPage').then((m) => ({ default: m.DuplicateLinkPage })));
const DuplicatesPage = page(() => import('../pages/DuplicatesPage').then((m) => ({ default: m.DuplicatesPage })));
export const EnrolmentPage = page(() => import('../pages/enrolment/EnrolmentPage').then((m) => ({ default: m.EnrolmentPage })));
const HomePage = page(() => import('../pages/home/HomePage').then((m) => ({ default: m.HomePage })));
const KeysPage = page(() => import('../pages/privacy/keys/KeysPage').then((m) => ({ default: m.KeysPage })));
const InboxPage = page(() => import('../pages/orientations/InboxPage').then((m) => ({ default: m.InboxPage })));
const MeetingPage = page(() => import('../pages/cell/MeetingPage').then((m) => ({ default: m.MeetingPage })));
const MinutesPrintPage = page(() => import('../pages/cell/MinutesPrintPage').then((m) => ({ default: m.MinutesPrintPage })));
const NotFoundPage = page(() => import('../pages/NotFoundPage').then((m) => ({ default: m.NotFoundPage })));
const NotificationsPage = page(() => import('../pages/notifications/NotificationsPage').then((m) => ({ default: m.NotificationsPage })));
const OrientationPage = page(() => import('../pages/orientations/OrientationPage').then((m) => ({ default: m.OrientationPage })));
const PreferencesPage = page(() => import('../pages/notifications/PreferencesPage').then((m) => ({ default: m.PreferencesPage })));
const RecordSituationPage = page(() => import('../pages/record/RecordSituationPage').then((m) => ({ default: m.RecordSituationPage })));
const RequestOrientationPage = page(() => import('../pages/orientations/RequestOrientationPage').then((m) => ({ default: m.RequestOrientationPage })));
const StatisticsPage = page(() => import('../pages/StatisticsPage').then((m) => ({ default: m.StatisticsPage })));
const SurveyCampaignPage = page(() => import('../pages/survey/SurveyCampaignPage').then((m) => ({ default: m.SurveyCampaignPage })));
const SurveyQuestionnairePage = page(() => import('../pages/survey/SurveyQuestionnairePage').then((m) => ({ default: m.SurveyQuestionnairePage })));
const AccessJournalPage = page(() => import('../pages/privacy/AccessJournalPage').then((m) => ({ default: m.AccessJournalPage })));
const PrivacyPage = page(() => import('../pages/privacy/PrivacyPage').then((m) => ({ default: m.PrivacyPage })));
const RetentionReportPage = page(() => import('../pages/privacy/PrivacyPage').then((m) => ({ default: m.RetentionReportPage })));
const SubjectAccessPage = page(() => import('../pages/privacy/SubjectAccessPage').then((m) => ({ default: m.SubjectAccessPage })));
const HostPlacesPage = page(() => import('../pages/hosts/HostPlacesPage').then((m) => ({ default: m.HostPlacesPage })));
const PlaceBoardPage = page(() => import('../pages/hosts/PlaceBoardPage').then((m) => ({ default: m.PlaceBoardPage })));

function DeadlineRedirect() {
  const { caseId } = useParams();
  return <Navigate to={`/cases/${caseId}`} replace />;
}

const ROUTES = (
  <>
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
  </>
);

/**
 * Starts loading the chunk of the page at `pathname` (once the session is known to be open: it then downloads
 * while the user's profile is fetched, instead of after).
 */
export function preloadPage(pathname: string): void {
  const element = matchRoutes(createRoutesFromChildren(ROUTES), pathname)?.at(-1)?.route.element;
  const preload = isValidElement(element) ? (element.type as { preload?: () => unknown }).preload : undefined;
  if (typeof preload === 'function') void preload();
}

export function AppRoutes() {
  return (
    <Suspense fallback={<Loading what="Chargement de la page…" />}>
      <Routes>{ROUTES}</Routes>
    </Suspense>
  );
}
