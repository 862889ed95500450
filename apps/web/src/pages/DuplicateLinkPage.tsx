import { Button } from '@codegouvfr/react-dsfr/Button';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import type { DuplicateLink } from '../api/views';
import { useAuth } from '../auth/auth';
import { ErrorAlert, Loading, usePageTitle } from '../components/common';
import { DUPLICATE_LINK_STATUSES, frDate, label, ORGANISATION_KINDS } from '../domain/labels';
import { NotFoundPage } from './NotFoundPage';

/** A request to link two cases that may be the same person: the other side learns a territory and a kind, never an identity. */
export function DuplicateLinkPage() {
  const { linkId = '' } = useParams();
  usePageTitle('Demande de rapprochement');
  const { can } = useAuth();
  const client = useQueryClient();
  const q = useQuery({ queryKey: ['duplicate-links'], queryFn: () => unwrap<DuplicateLink[]>(api.GET('/api/duplicate-links')) });
  const answer = useMutation({
    mutationFn: (accept: boolean) =>
      unwrap(accept ? api.POST('/api/duplicate-links/{id}/accept', { params: { path: { id: linkId } } }) : api.POST('/api/duplicate-links/{id}/refuse', { params: { path: { id: linkId } }, body: { reasonCode: 'not_same_person' } })),
    onSettled: () => client.invalidateQueries({ queryKey: ['duplicate-links'] }),
  });
  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorAlert error={q.error} />;
  const link = q.data.find((l) => l.linkId === linkId);
  if (!link) return <NotFoundPage />;
  return (
    <>
      <h1>Demande de rapprochement</h1>
      <p>
        Votre situation <Link to={`/cases/${link.caseId}`}>{link.reference}</Link> ressemble à une situation suivie par : {label(ORGANISATION_KINDS, link.otherOrganisationKind)} (département {link.otherTerritory}). Demande du {frDate(link.requestedAt)} — {label(DUPLICATE_LINK_STATUSES, link.status)}.
      </p>
      <p>
        <Link to="/rapprochements">Tous les rapprochements</Link>
      </p>
      <ErrorAlert error={answer.error} />
      {link.direction === 'incoming' && link.status === 'requested' && can('answer_duplicate_link', 'CaseLink') && (
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <Button onClick={() => answer.mutate(true)} disabled={answer.isPending}>
              Accepter le rapprochement
            </Button>
          </li>
          <li>
            <Button priority="secondary" onClick={() => answer.mutate(false)} disabled={answer.isPending}>
              Refuser : ce n’est pas la même personne
            </Button>
          </li>
        </ul>
      )}
    </>
  );
}
