import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useOrganisations } from '../../api/hooks';
import { Empty, ErrorAlert, Loading, Section } from '../../components/common';
import { DataTable } from '../../components/DataTable';
import { frDateTime, label, ROLES } from '../../domain/labels';
import { REQUEST_STATUS, type MembershipRequest } from '../home/MembershipRequestsPanel';

export interface CreatedUser {
  id: string;
  enrolment: { token: string; path: string; expiresAt: string };
  memberships: { id: string; organisationId: string; role: string }[];
  requests: { id: string; organisationId: string; role: string }[];
}

/**
 * The enrolment link of an account just created, shown this once: the administrator hands it to the person
 * by a channel of its own (in person, by telephone), never by the same message as the address.
 */
export function EnrolmentLinkNotice({ created, displayName, onClose }: { created: CreatedUser; displayName: string; onClose: () => void }) {
  const orgs = useOrganisations();
  const link = `${window.location.origin}${created.enrolment.path}`;
  return (
    <Alert
      severity="success"
      className="fr-mb-3w"
      title={`Compte créé pour ${displayName}`}
      description={
        <>
          <p>
            Transmettez ce lien d’inscription à la personne elle-même, de vive voix ou par un canal distinct de son adresse électronique. Il ne
            fonctionne qu’une fois et expire le {frDateTime(created.enrolment.expiresAt)}. Il ne sera plus affiché.
          </p>
          <p className="fr-text--sm" style={{ wordBreak: 'break-all' }}>
            <code>{link}</code>
          </p>
          {created.requests.length > 0 && (
            <p>
              Rôles envoyés pour approbation à la coordination de l’organisation :{' '}
              {created.requests.map((r) => `${label(ROLES, r.role)} (${orgs.name(r.organisationId)})`).join(', ')}. La personne n’aura accès à aucune
              situation avant cette approbation.
            </p>
          )}
          <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
            <li>
              <Button size="small" priority="secondary" onClick={() => void navigator.clipboard?.writeText(link)}>
                Copier le lien
              </Button>
            </li>
            <li>
              <Button size="small" priority="tertiary" onClick={onClose}>
                J’ai transmis le lien
              </Button>
            </li>
          </ul>
        </>
      }
    />
  );
}

/** The administrator's own membership requests and what each organisation decided. */
export function AdminMembershipRequests() {
  const orgs = useOrganisations();
  const q = useQuery({ queryKey: ['membership-requests'], queryFn: () => unwrap<MembershipRequest[]>(api.GET('/api/membership-requests')) });
  return (
    <Section title="Demandes de rattachement" id="demandes-rattachement">
      <p>
        Un rôle qui donne accès à l’identité des personnes (accompagnement, coordination, référence TEH, enquête, accueil) n’est accordé que
        par la coordination de l’organisation concernée : votre demande lui est envoyée et attend son approbation.
      </p>
      {q.isPending && <Loading />}
      <ErrorAlert error={q.error} />
      {q.data && q.data.length === 0 && <Empty>Aucune demande récente.</Empty>}
      {q.data && q.data.length > 0 && (
        <DataTable
          caption="Demandes de rattachement"
          headers={['Personne', 'Rôle demandé', 'Organisation', 'Demandée le', 'État']}
          rowKeys={q.data.map((r) => r.id)}
          rows={q.data.map((r) => [r.user.displayName, label(ROLES, r.role), orgs.name(r.organisationId), frDateTime(r.createdAt), REQUEST_STATUS[r.status]])}
        />
      )}
    </Section>
  );
}
