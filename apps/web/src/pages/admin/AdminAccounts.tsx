import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { cursorParam, usePagedList } from '../../api/hooks';
import type { AdminUser, Page } from '../../api/views';
import { DataTable } from '../../components/DataTable';
import { Empty, ErrorAlert, Loading, MoreButton, Section } from '../../components/common';
import { CodeSelect } from '../../components/fields';
import { label, ROLES } from '../../domain/labels';
import { useAdminOrganisations } from './admin-api';
import { parseTerritories } from './admin-logic';
import { AdminMembershipRequests, EnrolmentLinkNotice, type CreatedUser } from './EnrolmentLinkNotice';

type Membership = AdminUser['memberships'][number];

/** One membership in the accounts table: role, organisation, territories, and the button that ends or restores it. */
function MembershipItem({ user, m, orgName, onToggle, pending }: { user: AdminUser; m: Membership; orgName: string; onToggle: () => void; pending: boolean }) {
  return (
    <li>
      {label(ROLES, m.role)} — {orgName}
      {m.territories.length > 0 && ` (départements ${m.territories.join(', ')})`}
      {m.active ? '' : ' — inactif'}{' '}
      <Button size="small" priority="tertiary no outline" onClick={onToggle} disabled={pending}>
        {m.active ? 'Désactiver' : 'Réactiver'}
        <span className="fr-sr-only"> le rattachement {label(ROLES, m.role)} de {user.displayName} à {orgName}</span>
      </Button>
    </li>
  );
}

/** Accounts, filtered by organisation; their memberships with role and territories; create, disable, add or end a membership. */
export function AdminAccounts() {
  const orgs = useAdminOrganisations();
  const client = useQueryClient();
  const [organisationId, setOrganisationId] = useState('');
  const q = usePagedList(['admin', 'users', organisationId], (cursor) =>
    unwrap<Page<AdminUser>>(api.GET('/api/admin/users', { params: { query: { limit: 100, ...(organisationId ? { organisationId } : {}), ...cursorParam(cursor) } } })),
  );
  const refresh = () => {
    void client.invalidateQueries({ queryKey: ['admin', 'users'] });
    void client.invalidateQueries({ queryKey: ['admin', 'organisations'] });
    void client.invalidateQueries({ queryKey: ['membership-requests'] });
  };
  const setStatus = useMutation({
    mutationFn: (u: AdminUser) => unwrap(api.PATCH('/api/admin/users/{id}', { params: { path: { id: u.id } }, body: { status: u.status === 'active' ? 'disabled' : 'active' } })),
    onSettled: refresh,
  });
  const toggleMembership = useMutation({
    mutationFn: ({ user, m }: { user: AdminUser; m: Membership }) =>
      unwrap(api.PATCH('/api/admin/users/{id}/memberships/{membershipId}', { params: { path: { id: user.id, membershipId: m.id } }, body: { active: !m.active } })),
    onSettled: refresh,
  });
  const [form, setForm] = useState({ email: '', displayName: '', organisationId: '', role: '', territories: '' });
  const [created, setCreated] = useState<{ user: CreatedUser; displayName: string } | null>(null);
  const formTerritories = parseTerritories(form.territories);
  const create = useMutation({
    mutationFn: () =>
      unwrap<CreatedUser>(api.POST('/api/admin/users', {
        body: { email: form.email, displayName: form.displayName, memberships: [{ organisationId: form.organisationId, role: form.role as 'case_worker', ...(formTerritories.codes.length ? { territories: formTerritories.codes } : {}) }] },
      })),
    onSuccess: (user) => {
      setCreated({ user, displayName: form.displayName });
      setForm({ email: '', displayName: '', organisationId: '', role: '', territories: '' });
    },
    onSettled: refresh,
  });
  const [member, setMember] = useState<{ userId: string; displayName: string; organisationId: string; role: string; territories: string } | null>(null);
  const memberTerritories = parseTerritories(member?.territories ?? '');
  const addMembership = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/admin/users/{id}/memberships', {
        params: { path: { id: member!.userId } },
        body: { organisationId: member!.organisationId, role: member!.role as 'case_worker', ...(memberTerritories.codes.length ? { territories: memberTerritories.codes } : {}) },
      })),
    onSuccess: () => setMember(null),
    onSettled: refresh,
  });
  const active = (orgs.data ?? []).filter((o) => o.active);
  const orgTable = Object.fromEntries(active.map((o) => [o.id, o.name]));
  const allOrgs = Object.fromEntries((orgs.data ?? []).map((o) => [o.id, o.active ? o.name : `${o.name} (désactivée)`]));
  const orgName = (id: string) => allOrgs[id] ?? 'Organisation';
  const territoriesHint = 'Facultatif : codes séparés par des virgules. Sans département, ceux de l’organisation.';
  return (
    <>
      <Section title="Comptes et rattachements" id="comptes">
        {created && <EnrolmentLinkNotice created={created.user} displayName={created.displayName} onClose={() => setCreated(null)} />}
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-6">
            <CodeSelect label="Afficher les comptes de l’organisation" table={allOrgs} value={organisationId} onChange={setOrganisationId} placeholder="Toutes les organisations" />
          </div>
        </div>
        {q.isPending && <Loading />}
        <ErrorAlert error={q.error ?? setStatus.error ?? toggleMembership.error} />
        {q.loaded && q.items.length === 0 && <Empty>Aucun compte.</Empty>}
        {q.items.length > 0 && (
          <DataTable
            caption="Comptes"
            headers={['Compte', 'Rattachements', 'État', 'Actions']}
            rowKeys={q.items.map((u) => u.id)}
            rows={q.items.map((u) => [
              <>
                {u.displayName}
                <br />
                <span className="fr-text--xs">{u.email}</span>
              </>,
              u.memberships.length ? (
                <ul key="m" className="fr-mb-0">
                  {u.memberships.map((m) => (
                    <MembershipItem key={m.id} user={u} m={m} orgName={orgName(m.organisationId)} onToggle={() => toggleMembership.mutate({ user: u, m })} pending={toggleMembership.isPending} />
                  ))}
                </ul>
              ) : (
                'Aucun'
              ),
              u.status === 'active' ? 'Actif' : 'Désactivé',
              <ul key="a" className="fr-btns-group fr-btns-group--sm fr-btns-group--inline">
                <li>
                  <Button size="small" priority="secondary" onClick={() => setStatus.mutate(u)}>
                    {u.status === 'active' ? 'Désactiver le compte' : 'Réactiver le compte'}
                    <span className="fr-sr-only"> de {u.displayName}</span>
                  </Button>
                </li>
                <li>
                  <Button size="small" priority="tertiary" onClick={() => setMember({ userId: u.id, displayName: u.displayName, organisationId: organisationId, role: '', territories: '' })}>
                    Ajouter un rattachement<span className="fr-sr-only"> pour {u.displayName}</span>
                  </Button>
                </li>
              </ul>,
            ])}
          />
        )}
        <MoreButton list={q}>Afficher les comptes suivants</MoreButton>
        {member && (
          <form className="fr-p-3w fr-background-alt--grey fr-mb-3w" noValidate onSubmit={(e) => { e.preventDefault(); if (!memberTerritories.invalid.length) addMembership.mutate(); }}>
            <h3 className="fr-h6">Nouveau rattachement de {member.displayName}</h3>
            <ErrorAlert error={addMembership.error} />
            <CodeSelect label="Organisation" table={orgTable} value={member.organisationId} onChange={(v) => setMember({ ...member, organisationId: v })} />
            <CodeSelect label="Rôle" table={ROLES} value={member.role} onChange={(role) => setMember({ ...member, role })} />
            <Input
              label="Départements du rattachement"
              hintText={territoriesHint}
              state={memberTerritories.invalid.length ? 'error' : 'default'}
              stateRelatedMessage={memberTerritories.invalid.length ? `Département inconnu : ${memberTerritories.invalid.join(', ')}` : undefined}
              nativeInputProps={{ value: member.territories, onChange: (e) => setMember({ ...member, territories: e.target.value }) }}
            />
            <ul className="fr-btns-group fr-btns-group--inline-sm">
              <li><Button type="submit" disabled={!member.organisationId || !member.role || addMembership.isPending}>Ajouter</Button></li>
              <li><Button type="button" priority="tertiary" onClick={() => setMember(null)}>Annuler</Button></li>
            </ul>
          </form>
        )}
        <form className="fr-p-3w fr-background-alt--grey" noValidate onSubmit={(e) => { e.preventDefault(); if (!formTerritories.invalid.length) create.mutate(); }}>
          <h3 className="fr-h6">Créer un compte</h3>
          <p className="fr-text--sm">
            Vous ne choisissez pas le mot de passe : un lien d’inscription à usage unique s’affiche une fois le compte créé, à transmettre à la personne.
            Un rôle qui donne accès à l’identité des personnes attend l’approbation de la coordination de l’organisation.
          </p>
          <ErrorAlert error={create.error} />
          <div className="fr-grid-row fr-grid-row--gutters">
            <div className="fr-col-12 fr-col-md-6">
              <Input label="Nom affiché" nativeInputProps={{ value: form.displayName, onChange: (e) => setForm({ ...form, displayName: e.target.value }) }} />
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <Input label="Adresse électronique" nativeInputProps={{ type: 'email', value: form.email, onChange: (e) => setForm({ ...form, email: e.target.value }), autoComplete: 'off' }} />
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <CodeSelect label="Organisation" table={orgTable} value={form.organisationId} onChange={(v) => setForm({ ...form, organisationId: v })} />
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <CodeSelect label="Rôle" table={ROLES} value={form.role} onChange={(role) => setForm({ ...form, role })} />
            </div>
            <div className="fr-col-12 fr-col-md-6">
              <Input
                label="Départements du rattachement"
                hintText={territoriesHint}
                state={formTerritories.invalid.length ? 'error' : 'default'}
                stateRelatedMessage={formTerritories.invalid.length ? `Département inconnu : ${formTerritories.invalid.join(', ')}` : undefined}
                nativeInputProps={{ value: form.territories, onChange: (e) => setForm({ ...form, territories: e.target.value }) }}
              />
            </div>
          </div>
          <Button type="submit" disabled={create.isPending || !form.email || !form.displayName || !form.organisationId || !form.role}>
            Créer le compte
          </Button>
        </form>
      </Section>
      <AdminMembershipRequests />
    </>
  );
}
