import { Button } from '@codegouvfr/react-dsfr/Button';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import type { DuplicateLink, DuplicateMatch } from '../api/views';
import { useAuth } from '../auth/auth';
import { DataTable } from '../components/DataTable';
import { Empty, ErrorAlert, Loading, Section, usePageTitle } from '../components/common';
import { DUPLICATE_LINK_STATUSES, frDate, label, ORGANISATION_KINDS } from '../domain/labels';

function ProposeLink({ match }: { match: DuplicateMatch }) {
  const client = useQueryClient();
  const propose = useMutation({
    mutationFn: () => unwrap(api.POST('/api/duplicate-matches/{id}/link', { params: { path: { id: match.matchId } } })),
    onSettled: () => client.invalidateQueries({ queryKey: ['duplicate-matches'] }),
  });
  if (match.linkStatus) return <>{`Rapprochement ${label(DUPLICATE_LINK_STATUSES, match.linkStatus).toLowerCase()}`}</>;
  return (
    <>
      <ErrorAlert error={propose.error} />
      <Button size="small" priority="secondary" onClick={() => propose.mutate()} disabled={propose.isPending}>
        Proposer un rapprochement
      </Button>
    </>
  );
}

/**
 * Possible duplicates of my organisation's cases, and the link requests in both directions. The organisation
 * that recorded the newer case is never named, and never learns mine: only a territory and a kind of organisation.
 */
export function DuplicatesPage() {
  usePageTitle('Rapprochements de situations');
  const { can } = useAuth();
  const matches = useQuery({ queryKey: ['duplicate-matches'], queryFn: () => unwrap<DuplicateMatch[]>(api.GET('/api/duplicate-matches')) });
  const links = useQuery({ queryKey: ['duplicate-links'], queryFn: () => unwrap<DuplicateLink[]>(api.GET('/api/duplicate-links')) });
  return (
    <>
      <h1>Rapprochements de situations</h1>
      <p>
        Quand une autre organisation enregistre une personne qui ressemble à l’une des vôtres, vous en êtes avisé ici. Si vous pensez qu’il s’agit de la
        même personne, proposez un rapprochement : l’autre organisation décide. Aucune identité n’est échangée. Les situations de votre propre structure
        qui se ressemblent y figurent aussi, avec leur référence.
      </p>
      <Section title="Doublons possibles de vos situations" id="doublons">
        {matches.isPending && <Loading />}
        <ErrorAlert error={matches.error} />
        {matches.data &&
          (matches.data.length === 0 ? (
            <Empty>Aucun doublon possible.</Empty>
          ) : (
            <DataTable
              caption="Doublons possibles de vos situations"
              headers={['Votre situation', 'Ressemble à une situation suivie par', 'Repéré le', 'Suite']}
              rowKeys={matches.data.map((m) => m.matchId)}
              rows={matches.data.map((m) => [
                <Link key="c" to={`/cases/${m.caseId}`}>{m.reference}</Link>,
                m.otherCaseId && m.otherReference ? (
                  <Link key="o" to={`/cases/${m.otherCaseId}`}>{`votre structure (situation ${m.otherReference})`}</Link>
                ) : (
                  `${label(ORGANISATION_KINDS, m.otherOrganisationKind)} (département ${m.otherTerritory})`
                ),
                frDate(m.foundAt),
                can('check_duplicates', 'Case') ? <ProposeLink key="p" match={m} /> : '—',
              ])}
            />
          ))}
      </Section>
      <Section title="Demandes de rapprochement" id="demandes-rapprochement">
        {links.isPending && <Loading />}
        <ErrorAlert error={links.error} />
        {links.data &&
          (links.data.length === 0 ? (
            <Empty>Aucune demande de rapprochement.</Empty>
          ) : (
            <DataTable
              caption="Demandes de rapprochement"
              headers={['Votre situation', 'Sens', 'Autre organisation', 'Demandée le', 'État']}
              rowKeys={links.data.map((l) => l.linkId)}
              rows={links.data.map((l) => [
                <Link key="c" to={`/duplicate-links/${l.linkId}`}>{l.reference}</Link>,
                l.direction === 'incoming' ? 'Reçue' : 'Envoyée',
                `${label(ORGANISATION_KINDS, l.otherOrganisationKind)} (département ${l.otherTerritory})`,
                frDate(l.requestedAt),
                label(DUPLICATE_LINK_STATUSES, l.status),
              ])}
            />
          ))}
      </Section>
    </>
  );
}
