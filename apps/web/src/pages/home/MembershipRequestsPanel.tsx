import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useAuth } from '../../auth/auth';
import { ErrorAlert, Loading, Section } from '../../components/common';
import { frDate, label, ROLES } from '../../domain/labels';

export interface MembershipRequest {
  id: string;
  organisationId: string;
  organisationName: string;
  role: string;
  status: 'pending' | 'approved' | 'refused';
  user: { id: string; displayName: string; email: string; enrolled: boolean };
  requestedBy: { id: string; displayName: string };
  createdAt: string;
  decidedAt: string | null;
}

export const REQUEST_STATUS: Record<MembershipRequest['status'], string> = {
  pending: 'En attente de la coordination',
  approved: 'Approuvée',
  refused: 'Refusée',
};

export function useMembershipRequests(enabled: boolean) {
  return useQuery({
    queryKey: ['membership-requests'],
    queryFn: () => unwrap<MembershipRequest[]>(api.GET('/api/membership-requests')),
    enabled,
  });
}

/**
 * For an organisation's coordinator: the roles the platform's administration asks to give to people of the
 * organisation. Each gives access to victims' identity, so nothing is granted until the coordinator approves.
 */
export function MembershipRequestsPanel() {
  const { can, hasRole } = useAuth();
  const client = useQueryClient();
  const coordinator = hasRole('coordinator') && can('list', 'MembershipRequest');
  const q = useMembershipRequests(coordinator);
  const decide = useMutation({
    mutationFn: ({ id, decision }: { id: string; decision: 'approve' | 'refuse' }) =>
      unwrap(api.POST('/api/membership-requests/{id}/decision', { params: { path: { id } }, body: { decision } })),
    onSettled: () => client.invalidateQueries({ queryKey: ['membership-requests'] }),
  });
  if (!coordinator) return null;
  const pending = (q.data ?? []).filter((r) => r.status === 'pending');
  if (q.data && pending.length === 0) return null;
  return (
    <Section title="Demandes d’accès à approuver" id="demandes-acces">
      <p>
        L’administration de la plateforme demande à donner ces rôles à des personnes de votre organisation. Chacun permet de lire l’identité des
        personnes suivies : approuvez seulement si la personne travaille bien avec vous et en a besoin.
      </p>
      {q.isPending && <Loading />}
      <ErrorAlert error={q.error ?? decide.error} />
      <ul className="fr-raw-list">
        {pending.map((r) => (
          <li key={r.id} className="fr-p-2w fr-mb-2w fr-background-alt--grey">
            <p className="fr-mb-1w">
              <strong>{r.user.displayName}</strong> ({r.user.email}) — {label(ROLES, r.role)}, {r.organisationName}
            </p>
            <p className="fr-text--sm fr-mb-1w">
              Demandé par {r.requestedBy.displayName} le {frDate(r.createdAt)}.{' '}
              {r.user.enrolled ? <Badge severity="success" small>Compte activé</Badge> : <Badge severity="info" small>Compte pas encore activé</Badge>}
            </p>
            <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
              <li>
                <Button size="small" disabled={decide.isPending} onClick={() => decide.mutate({ id: r.id, decision: 'approve' })}>
                  Approuver<span className="fr-sr-only"> l’accès de {r.user.displayName}</span>
                </Button>
              </li>
              <li>
                <Button size="small" priority="secondary" disabled={decide.isPending} onClick={() => decide.mutate({ id: r.id, decision: 'refuse' })}>
                  Refuser<span className="fr-sr-only"> l’accès de {r.user.displayName}</span>
                </Button>
              </li>
            </ul>
          </li>
        ))}
      </ul>
    </Section>
  );
}
