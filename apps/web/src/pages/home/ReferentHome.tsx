import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { cursorParam, useOrganisations, usePagedList } from '../../api/hooks';
import type { Membership, Page, ReferredCase } from '../../api/views';
import { useAuth } from '../../auth/auth';
import { CardTable } from '../../components/CardTable';
import { IdentificationBadge } from '../../components/badges';
import { Empty, ErrorAlert, Loading, MoreButton, Section } from '../../components/common';
import { frDate } from '../../domain/labels';
import { MyDeadlines } from './MyDeadlines';

/** Public partners cases are referred to: their home is a work queue. */
const REFERENT_KINDS = ['prefecture', 'parquet', 'police', 'gendarmerie', 'labour_inspection', 'ase'];
const INVESTIGATION_KINDS = ['police', 'gendarmerie', 'labour_inspection'];
/** The case-blind roles (CASE_BLIND_ROLES in @mnio/platform): no case work on their home. */
const NO_CASE_ROLES = ['national_analyst', 'platform_admin', 'dpo'];

export const isReferent = (m: Membership): boolean => REFERENT_KINDS.includes(m.organisationKind) && !NO_CASE_ROLES.includes(m.role);

function ReferredToMe({ investigator }: { investigator: boolean }) {
  const orgs = useOrganisations();
  const q = usePagedList(['referrals', 'received'], (cursor) =>
    unwrap<Page<ReferredCase>>(api.GET('/api/referrals/received', { params: { query: { limit: 20, ...cursorParam(cursor) } } })),
  );
  const items = q.items;
  return (
    <Section title="Situations qui me sont adressées" id="adressees">
      {investigator && items.length > 0 && <p className="fr-text--sm">Ouvrez une situation pour enregistrer l’identification formelle après l’audition de la personne.</p>}
      {q.isPending && <Loading />}
      <ErrorAlert error={q.error} />
      {q.loaded &&
        (items.length === 0 ? (
          <Empty>Aucune situation ne vous a été signalée.</Empty>
        ) : (
          <CardTable
            caption="Situations qui me sont adressées"
            headers={['Situation', 'Département', 'Adressée par', 'Le', 'Identification']}
            rowKeys={items.map((r) => `${r.caseId}-${r.organisationId}`)}
            rows={items.map((r) => [
              <Link key="l" to={`/cases/${r.caseId}`}>
                {r.reference}
              </Link>,
              r.territory,
              orgs.name(r.referredByOrganisationId),
              frDate(r.referredAt),
              <span key="i">
                <IdentificationBadge state={r.identificationStatus} />
                {r.minor ? ' Mineur ou mineure' : ''}
              </span>,
            ])}
          />
        ))}
      <MoreButton list={q}>Afficher les situations suivantes</MoreButton>
    </Section>
  );
}

/**
 * The home of the préfecture, parquet, police, gendarmerie, labour inspection and ASE: what is waiting for them —
 * the cases referred to them, the orientation requests they answer (`requests`, the home's own section), and their own deadlines.
 */
export function ReferentHome({ requests, withDeadlines = true }: { requests?: ReactNode; withDeadlines?: boolean }) {
  const { me } = useAuth();
  const investigator = me.memberships.some((m) => isReferent(m) && INVESTIGATION_KINDS.includes(m.organisationKind));
  return (
    <>
      <ReferredToMe investigator={investigator} />
      {requests}
      {withDeadlines && <MyDeadlines />}
    </>
  );
}
