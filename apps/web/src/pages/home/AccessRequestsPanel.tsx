import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/SelectNext';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useAuth } from '../../auth/auth';
import { ErrorAlert, Loading, Section } from '../../components/common';
import { frDate, label, ROLES } from '../../domain/labels';

export interface AccessRequest {
  id: string;
  organisationId: string;
  organisationName: string;
  email: string;
  displayName: string;
  status: 'pending' | 'accepted' | 'refused';
  role: string | null;
  createdAt: string;
  decidedAt: string | null;
}

/** The roles a coordinator may give, by the kind of organisation (the API checks them again). */
const GRANTABLE: Record<string, string[]> = {
  prefecture: ['teh_referent'],
  parquet: ['teh_referent'],
  police: ['investigator'],
  gendarmerie: ['investigator'],
  labour_inspection: ['investigator'],
  host: ['host_operator'],
  minors_centre: ['host_operator'],
};
const rolesFor = (kind: string | undefined) => ['case_worker', 'coordinator', ...(kind ? (GRANTABLE[kind] ?? []) : [])];

type Decision = { id: string; decision: 'accept' | 'refuse'; role?: string };

function PendingRequest({ r, kind, decide, busy }: { r: AccessRequest; kind: string | undefined; decide: (d: Decision) => void; busy: boolean }) {
  const [role, setRole] = useState('case_worker');
  return (
    <li className="fr-p-2w fr-mb-2w fr-background-alt--grey">
      <p className="fr-mb-1w">
        <strong>{r.displayName}</strong> ({r.email}) — {r.organisationName}
      </p>
      <p className="fr-text--sm fr-mb-1w">S’est identifiée avec ProConnect le {frDate(r.createdAt)} ; aucun compte mnio ne correspondait.</p>
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div className="fr-col-12 fr-col-md-5">
          <Select
            label={`Rôle à donner à ${r.displayName}`}
            nativeSelectProps={{ value: role, onChange: (e) => setRole(e.target.value) }}
            options={rolesFor(kind).map((code) => ({ value: code, label: label(ROLES, code) }))}
          />
        </div>
        <div className="fr-col-12 fr-col-md-7">
          <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
            <li>
              <Button size="small" disabled={busy} onClick={() => decide({ id: r.id, decision: 'accept', role })}>
                Accepter<span className="fr-sr-only"> l’accès de {r.displayName}</span>
              </Button>
            </li>
            <li>
              <Button size="small" priority="secondary" disabled={busy} onClick={() => decide({ id: r.id, decision: 'refuse' })}>
                Refuser<span className="fr-sr-only"> l’accès de {r.displayName}</span>
              </Button>
            </li>
          </ul>
        </div>
      </div>
    </li>
  );
}

/**
 * For an organisation's coordinator: people who signed in with ProConnect, whose professional e-mail and SIRET
 * point to the organisation, and who have no mnio account. Nothing is granted until the coordinator accepts,
 * choosing the role; each decision is audited.
 */
export function AccessRequestsPanel() {
  const { can, hasRole, me } = useAuth();
  const client = useQueryClient();
  const coordinator = hasRole('coordinator') && can('list', 'AccessRequest');
  const q = useQuery({ queryKey: ['access-requests'], queryFn: () => unwrap<AccessRequest[]>(api.GET('/api/access-requests')), enabled: coordinator });
  const decide = useMutation({
    mutationFn: ({ id, decision, role }: Decision) =>
      unwrap(api.POST('/api/access-requests/{id}/decision', { params: { path: { id } }, body: { decision, ...(role ? { role: role as 'case_worker' } : {}) } })),
    onSettled: () => client.invalidateQueries({ queryKey: ['access-requests'] }),
  });
  if (!coordinator) return null;
  const pending = (q.data ?? []).filter((r) => r.status === 'pending');
  if (q.data && pending.length === 0) return null;
  const kindOf = (orgId: string) => me.memberships.find((m) => m.organisationId === orgId)?.organisationKind;
  return (
    <Section title="Personnes à accueillir dans mnio" id="demandes-proconnect">
      <p>
        Ces personnes se sont identifiées avec ProConnect avec une adresse et un SIRET de votre organisation, mais n’ont pas de compte mnio. Acceptez
        seulement si la personne travaille bien avec vous, en lui donnant le rôle dont elle a besoin.
      </p>
      {q.isPending && <Loading />}
      <ErrorAlert error={q.error ?? decide.error} />
      <ul className="fr-raw-list">
        {pending.map((r) => (
          <PendingRequest key={r.id} r={r} kind={kindOf(r.organisationId)} decide={(d) => decide.mutate(d)} busy={decide.isPending} />
        ))}
      </ul>
    </Section>
  );
}
