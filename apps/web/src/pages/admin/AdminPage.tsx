import { DataTable } from '../../components/DataTable';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { cursorParam, useOrganisations, usePagedList } from '../../api/hooks';
import type { AdminUser, Page } from '../../api/views';
import { useAuth } from '../../auth/auth';
import { Empty, ErrorAlert, Loading, MoreButton, Section, usePageTitle } from '../../components/common';
import { CodeSelect } from '../../components/fields';
import { label, ORGANISATION_KINDS, ROLES } from '../../domain/labels';
import { AdminMembershipRequests, EnrolmentLinkNotice, type CreatedUser } from './EnrolmentLinkNotice';
import { OrganisationSignIn } from './OrganisationSignIn';

function Users() {
  const orgs = useOrganisations();
  const client = useQueryClient();
  const q = usePagedList(['admin', 'users'], (cursor) => unwrap<Page<AdminUser>>(api.GET('/api/admin/users', { params: { query: { limit: 100, ...cursorParam(cursor) } } })));
  const setStatus = useMutation({
    mutationFn: (u: AdminUser) => unwrap(api.PATCH('/api/admin/users/{id}', { params: { path: { id: u.id } }, body: { status: u.status === 'active' ? 'disabled' : 'active' } })),
    onSettled: () => client.invalidateQueries({ queryKey: ['admin', 'users'] }),
  });
  const [form, setForm] = useState({ email: '', displayName: '', organisationId: '', role: '' });
  const [created, setCreated] = useState<{ user: CreatedUser; displayName: string } | null>(null);
  const create = useMutation({
    mutationFn: () =>
      unwrap<CreatedUser>(api.POST('/api/admin/users', { body: { email: form.email, displayName: form.displayName, memberships: [{ organisationId: form.organisationId, role: form.role as 'case_worker' }] } })),
    onSuccess: (user) => {
      setCreated({ user, displayName: form.displayName });
      setForm({ email: '', displayName: '', organisationId: '', role: '' });
    },
    onSettled: () => {
      void client.invalidateQueries({ queryKey: ['admin', 'users'] });
      void client.invalidateQueries({ queryKey: ['membership-requests'] });
    },
  });
  const [member, setMember] = useState<{ userId: string; organisationId: string; role: string } | null>(null);
  const addMembership = useMutation({
    mutationFn: () => unwrap(api.POST('/api/admin/users/{id}/memberships', { params: { path: { id: member!.userId } }, body: { organisationId: member!.organisationId, role: member!.role as 'case_worker' } })),
    onSuccess: () => setMember(null),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: ['admin', 'users'] });
      void client.invalidateQueries({ queryKey: ['membership-requests'] });
    },
  });
  const orgTable = Object.fromEntries(orgs.list.map((o) => [o.id, o.name]));
  return (
    <Section title="Comptes et rattachements" id="comptes">
      {created && <EnrolmentLinkNotice created={created.user} displayName={created.displayName} onClose={() => setCreated(null)} />}
      {q.isPending && <Loading />}
      <ErrorAlert error={q.error ?? setStatus.error ?? addMembership.error} />
      {q.loaded && q.items.length === 0 && <Empty>Aucun compte.</Empty>}
      {q.items.length > 0 && (
        <DataTable
          caption="Comptes"
          headers={['Nom', 'Adresse', 'Rattachements', 'État', 'Actions']}
          rowKeys={q.items.map((u) => u.id)}
          rows={q.items.map((u) => [
            u.displayName,
            u.email,
            u.memberships.map((m) => `${label(ROLES, m.role)} — ${orgs.name(m.organisationId)}${m.active ? '' : ' (inactif)'}`).join(' ; '),
            u.status === 'active' ? 'Actif' : 'Désactivé',
            <ul key="a" className="fr-btns-group fr-btns-group--sm fr-btns-group--inline">
              <li>
                <Button size="small" priority="secondary" onClick={() => setStatus.mutate(u)}>
                  {u.status === 'active' ? 'Désactiver' : 'Réactiver'}
                  <span className="fr-sr-only"> {u.displayName}</span>
                </Button>
              </li>
              <li>
                <Button size="small" priority="tertiary" onClick={() => setMember({ userId: u.id, organisationId: '', role: '' })}>
                  Ajouter un rattachement<span className="fr-sr-only"> pour {u.displayName}</span>
                </Button>
              </li>
            </ul>,
          ])}
        />
      )}
      <MoreButton list={q}>Afficher les comptes suivants</MoreButton>
      {member && (
        <form className="fr-p-3w fr-background-alt--grey fr-mb-3w" onSubmit={(e) => { e.preventDefault(); addMembership.mutate(); }}>
          <h3 className="fr-h6">Nouveau rattachement</h3>
          <CodeSelect label="Organisation" table={orgTable} value={member.organisationId} onChange={(organisationId) => setMember({ ...member, organisationId })} />
          <CodeSelect label="Rôle" table={ROLES} value={member.role} onChange={(role) => setMember({ ...member, role })} />
          <ul className="fr-btns-group fr-btns-group--inline-sm">
            <li><Button type="submit" disabled={!member.organisationId || !member.role}>Ajouter</Button></li>
            <li><Button type="button" priority="tertiary" onClick={() => setMember(null)}>Annuler</Button></li>
          </ul>
        </form>
      )}
      <form className="fr-p-3w fr-background-alt--grey" onSubmit={(e) => { e.preventDefault(); create.mutate(); }}>
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
            <CodeSelect label="Organisation" table={orgTable} value={form.organisationId} onChange={(organisationId) => setForm({ ...form, organisationId })} />
          </div>
          <div className="fr-col-12 fr-col-md-6">
            <CodeSelect label="Rôle" table={ROLES} value={form.role} onChange={(role) => setForm({ ...form, role })} />
          </div>
        </div>
        <Button type="submit" disabled={create.isPending || !form.email || !form.displayName || !form.organisationId || !form.role}>
          Créer le compte
        </Button>
      </form>
    </Section>
  );
}

function Organisations() {
  const orgs = useOrganisations();
  const client = useQueryClient();
  const [form, setForm] = useState({ kind: '', name: '', territories: '', national: false });
  const create = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/admin/organisations', { body: { kind: form.kind as 'association', name: form.name, national: form.national, territories: form.territories.split(/[ ,;]+/).filter(Boolean) } })),
    onSuccess: () => setForm({ kind: '', name: '', territories: '', national: false }),
    onSettled: () => client.invalidateQueries({ queryKey: ['organisations'] }),
  });
  return (
    <Section title="Organisations" id="organisations">
      <ul>
        {orgs.list.map((o) => (
          <li key={o.id}>
            {o.name} — {label(ORGANISATION_KINDS, o.kind)} ({o.national ? 'nationale' : o.territories.join(', ')})
          </li>
        ))}
      </ul>
      <form className="fr-p-3w fr-background-alt--grey" onSubmit={(e) => { e.preventDefault(); create.mutate(); }}>
        <h3 className="fr-h6">Créer une organisation</h3>
        <ErrorAlert error={create.error} />
        <CodeSelect label="Type" table={ORGANISATION_KINDS} value={form.kind} onChange={(kind) => setForm({ ...form, kind })} />
        <Input label="Nom" nativeInputProps={{ value: form.name, onChange: (e) => setForm({ ...form, name: e.target.value }) }} />
        <Input label="Départements couverts" hintText="Codes séparés par des virgules, par exemple : 93, 94" nativeInputProps={{ value: form.territories, onChange: (e) => setForm({ ...form, territories: e.target.value }) }} />
        <Checkbox options={[{ label: 'Compétence nationale', nativeInputProps: { checked: form.national, onChange: (e) => setForm({ ...form, national: e.target.checked }) } }]} />
        <Button type="submit" disabled={create.isPending || !form.kind || !form.name}>
          Créer l’organisation
        </Button>
      </form>
    </Section>
  );
}

/** Platform administration: accounts, memberships, organisations — never case content. */
export function AdminPage() {
  usePageTitle('Administration');
  const { can } = useAuth();
  if (!can('create', 'User')) {
    return (
      <>
        <h1>Administration</h1>
        <p>Réservé aux administrateurs de la plateforme.</p>
      </>
    );
  }
  return (
    <>
      <h1>Administration</h1>
      {can('read', 'EncryptionKey') && (
        <p className="fr-text--sm">
          <Link to="/administration/cles" className="fr-link">Clés de chiffrement : état et rotation</Link>
        </p>
      )}
      <Users />
      <AdminMembershipRequests />
      <Organisations />
      {can('update', 'Organisation') && <OrganisationSignIn />}
    </>
  );
}
