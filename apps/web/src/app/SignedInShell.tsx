import type { MainNavigationProps } from '@codegouvfr/react-dsfr/MainNavigation';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useLocation } from 'react-router';
import { api, unwrap } from '../api/client';
import { useAuth } from '../auth/auth';
import { CaseAccessBanner } from '../pages/case/CaseAccessBanner';
import { Shell } from './Layout';

export function useUnreadCount(): number | undefined {
  const q = useQuery({
    queryKey: ['notifications', 'unread-count'],
    queryFn: () => unwrap<{ unread: number }>(api.GET('/api/notifications/unread-count')),
    refetchInterval: 30_000,
  });
  return q.data?.unread;
}

/** The signed-in shell: navigation shows only what the user's roles allow (the API still checks every call). */
export function SignedInShell({ children }: { children: ReactNode }) {
  const { me, can, hasRole, signOut } = useAuth();
  const unread = useUnreadCount();
  const { pathname } = useLocation();
  const active = (prefix: string) => (prefix === '/' ? pathname === '/' : pathname.startsWith(prefix));

  const nav: MainNavigationProps.Item[] = [{ text: 'Accueil', linkProps: { to: '/' }, isActive: active('/') }];
  if (can('create', 'Case')) nav.push({ text: 'Nouvelle situation', linkProps: { to: '/situations/nouvelle' }, isActive: active('/situations/nouvelle') });
  if (can('read', 'Case')) nav.push({ text: 'Situations', linkProps: { to: '/situations' }, isActive: pathname === '/situations' || active('/cases') });
  if (can('act_as_target', 'Orientation') || can('act_as_host', 'Orientation')) nav.push({ text: 'Demandes reçues', linkProps: { to: '/demandes' }, isActive: active('/demandes') });
  // The place board: the coordinations that place people (Ac.Sé, the minors' centre); a host declares its own places on its page.
  const placing = me.memberships.some((m) => (m.organisationKind === 'acse_coordination' && ['coordinator', 'case_worker'].includes(m.role)) || (m.organisationKind === 'minors_centre' && ['coordinator', 'host_operator'].includes(m.role)));
  if (placing) nav.push({ text: 'Places', linkProps: { to: '/places' }, isActive: active('/places') });
  if (me.memberships.some((m) => ['host', 'minors_centre'].includes(m.organisationKind) && can('update_capacity', 'Host', { id: m.organisationId }))) nav.push({ text: 'Ma structure', linkProps: { to: '/ma-structure' }, isActive: active('/ma-structure') });
  if (can('read', 'ClavCell')) nav.push({ text: 'Cellule TEH', linkProps: { to: '/cellule' }, isActive: active('/cellule') });
  const acseCoordination = me.memberships.some((m) => m.organisationKind === 'acse_coordination' && m.role === 'coordinator');
  if (hasRole('national_analyst') || acseCoordination) nav.push({ text: 'Statistiques', linkProps: { to: '/statistiques' }, isActive: active('/statistiques') });
  if (can('read', 'SurveyQuestionnaire')) nav.push({ text: 'Enquête annuelle', linkProps: { to: '/enquete-annuelle' }, isActive: active('/enquete-annuelle') });
  const privacy = can('read', 'RetentionRun') || can('erase', 'CaseErasure') || can('read', 'AccessJournal') || can('request', 'SubjectAccess');
  if (privacy) nav.push({ text: 'Protection des données', linkProps: { to: '/protection-des-donnees' }, isActive: active('/protection-des-donnees') });
  if (can('create', 'User')) nav.push({ text: 'Administration', linkProps: { to: '/administration' }, isActive: active('/administration') });

  const unreadText = unread === undefined ? 'Notifications' : unread === 0 ? 'Notifications (aucune non lue)' : `Notifications (${unread} non lue${unread > 1 ? 's' : ''})`;
  return (
    <Shell
      navigation={nav}
      quickAccessItems={[
        { iconId: 'fr-icon-notification-3-line', text: unreadText, linkProps: { to: '/notifications', id: 'header-notifications' } },
        // The name only: with the organisation too, the quick access squeezed the Marianne block at 1280 px (« RÉPUBLIQU »).
        // The account page says which organisations and roles the user acts for.
        { iconId: 'fr-icon-account-circle-line', text: me.displayName, linkProps: { to: '/compte', title: 'Mon compte : organisations, rôles et double authentification' } },
        { iconId: 'fr-icon-logout-box-r-line', text: 'Se déconnecter', buttonProps: { onClick: () => void signOut(), type: 'button' } },
      ]}
    >
      <CaseAccessBanner />
      {children}
    </Shell>
  );
}
