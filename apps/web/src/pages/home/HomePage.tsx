import { DataTable } from '../../components/DataTable';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useOrganisations } from '../../api/hooks';
import type { Occupancy, Orientation, Page } from '../../api/views';
import { useAuth } from '../../auth/auth';
import { OrientationStateBadge } from '../../components/badges';
import { Empty, ErrorAlert, Loading, MoreButton, Section, usePageTitle } from '../../components/common';
import { label, PLACE_KINDS, TARGET_KINDS } from '../../domain/labels';
import { CasesTable, useCases } from '../CasesListPage';
import { AseHome } from './AseHome';
import { CellDashboardView } from '../cell/CellPage';
import { CellActionsHome } from './CellActionsHome';
import { InboxTable, useInbox } from '../orientations/InboxPage';
import { MyDeadlines } from './MyDeadlines';
import { isReferent, ReferentHome } from './ReferentHome';
import { BreakGlassHome } from '../case/BreakGlassOffer';
import { TransfersHome } from './TransfersHome';
import { MembershipRequestsPanel } from './MembershipRequestsPanel';
import { AccessRequestsPanel } from './AccessRequestsPanel';
import { DpoHome } from './DpoHome';

function MyCases({ orgId }: { orgId: string }) {
  const q = useCases({ ownerOrganisationId: orgId }, 10);
  return (
    <Section title="Mes situations" id="mes-situations">
      {q.isPending && <Loading />}
      <ErrorAlert error={q.error} />
      {q.loaded && (q.items.length === 0 ? <Empty>Aucune situation suivie pour l’instant.</Empty> : <CasesTable items={q.items} caption="Mes situations" />)}
      <p>
        <Link to="/situations">Toutes les situations</Link> · <Link to="/situations?suivies=moi">Les situations que je suis</Link>
      </p>
    </Section>
  );
}

function AnswersToMyRequests() {
  const orgs = useOrganisations();
  const q = useQuery({ queryKey: ['orientations', 'mine'], queryFn: () => unwrap<Page<Orientation>>(api.GET('/api/orientations', { params: { query: { limit: 20 } } })) });
  const mine = (q.data?.items ?? []).filter((o) => o.parties.includes('requester'));
  return (
    <Section title="Réponses à mes demandes d’orientation" id="reponses">
      {q.isPending && <Loading />}
      <ErrorAlert error={q.error} />
      {q.data &&
        (mine.length === 0 ? (
          <Empty>Aucune demande d’orientation.</Empty>
        ) : (
          <ul>
            {mine.map((o) => (
              <li key={o.id} className="fr-mb-1w">
                <Link to={`/cases/${o.caseId}/orientations/${o.id}`}>
                  {o.reference} — {label(TARGET_KINDS, o.targetKind)}
                </Link>{' '}
                ({orgs.name(o.targetOrganisationId)}) <OrientationStateBadge state={o.state} />
              </li>
            ))}
          </ul>
        ))}
    </Section>
  );
}

function RequestsToAnswer() {
  const q = useInbox(true);
  return (
    <Section title="Demandes à traiter" id="demandes">
      {q.isPending && <Loading />}
      <ErrorAlert error={q.error} />
      {q.loaded && (q.items.length === 0 ? <Empty>Aucune demande en attente.</Empty> : <InboxTable items={q.items} caption="Demandes à traiter" />)}
      <MoreButton list={q}>Afficher les demandes suivantes</MoreButton>
    </Section>
  );
}

function HostOccupancy({ hostId, name }: { hostId: string; name: string }) {
  const { can } = useAuth();
  const q = useQuery({ queryKey: ['occupancy', hostId], queryFn: () => unwrap<Occupancy>(api.GET('/api/hosts/{id}/occupancy', { params: { path: { id: hostId } } })) });
  return (
    <Section title={`Occupation — ${name}`} id={`occupation-${hostId}`}>
      {q.isPending && <Loading />}
      <ErrorAlert error={q.error} />
      {q.data &&
        (q.data.places.length === 0 ? (
          <Empty>Aucune place déclarée.</Empty>
        ) : (
          <DataTable caption="Places"  headers={['Type de place', 'Capacité', 'Réservées', 'Occupées', 'Libres']} rows={q.data.places.map((p) => [label(PLACE_KINDS, p.placeKind), p.capacity, p.reserved, p.occupied, p.free])} />
        ))}
      {can('update_capacity', 'Host', { id: hostId }) && (
        <p>
          <Link to="/ma-structure">Déclarer vos places et votre adresse</Link>
        </p>
      )}
    </Section>
  );
}

/** One home, sections per role held: the user sees the work of each of their memberships. */
export function HomePage() {
  usePageTitle('Accueil');
  const { me, can, hasRole } = useAuth();
  const recorder = me.memberships.find((m) => ['case_worker', 'coordinator'].includes(m.role) && ['association', 'ase', 'police', 'gendarmerie', 'labour_inspection', 'ofii'].includes(m.organisationKind));
  const isTarget = can('act_as_target', 'Orientation') || can('act_as_host', 'Orientation');
  const hosts = me.memberships.filter((m) => ['host', 'minors_centre'].includes(m.organisationKind) && can('read_occupancy', 'Host', { id: m.organisationId }));
  const referent = me.memberships.find(isReferent);
  const placing = me.memberships.some((m) => (m.organisationKind === 'acse_coordination' && ['coordinator', 'case_worker'].includes(m.role)) || (m.organisationKind === 'minors_centre' && ['coordinator', 'host_operator'].includes(m.role)));
  const cell = me.memberships.find((m) => m.organisationKind === 'clav_cell' && ['cell_coordinator', 'cell_member'].includes(m.role));

  return (
    <>
      <h1>Bonjour {me.displayName}</h1>
      {hasRole('dpo') && <DpoHome />}
      {me.memberships.some((m) => m.organisationKind === 'ase') && <AseHome />}
      <TransfersHome />
      <MembershipRequestsPanel />
      <AccessRequestsPanel />
      {recorder && (
        <>
          <Button linkProps={{ to: '/situations/nouvelle' }} iconId="fr-icon-add-line" className="fr-mb-4w">
            Enregistrer une nouvelle situation
          </Button>
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-lg-6">
              <MyDeadlines />
            </div>
            <div className="fr-col-12 fr-col-lg-6">
              <AnswersToMyRequests />
            </div>
          </div>
          <MyCases orgId={recorder.organisationId} />
        </>
      )}
      {isTarget && !recorder && !referent && <RequestsToAnswer />}
      {placing && (
        <Section title="Places disponibles" id="places">
          <p>
            <Link to="/places">Voir le tableau des places libres par type et par région</Link>
          </p>
        </Section>
      )}
      {hosts.map((h) => (
        <HostOccupancy key={h.organisationId} hostId={h.organisationId} name={h.organisationName} />
      ))}
      {referent && <ReferentHome requests={isTarget ? <RequestsToAnswer /> : null} withDeadlines={!recorder} />}
      <CellActionsHome />
      {cell && <CellDashboardView cellId={cell.organisationId} />}
      <BreakGlassHome />
      {hasRole('national_analyst') && (
        <Section title="Statistiques" id="statistiques">
          <p>
            Votre rôle donne accès aux statistiques pseudonymisées uniquement. <Link to="/statistiques">Voir les statistiques</Link>
          </p>
        </Section>
      )}
      {hasRole('platform_admin') && (
        <Section title="Administration" id="administration">
          <p>
            <Link to="/administration">Gérer les comptes, les rattachements et les organisations</Link>
          </p>
        </Section>
      )}
    </>
  );
}
