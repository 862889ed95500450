import { Button } from '@codegouvfr/react-dsfr/Button';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useOrganisations } from '../../api/hooks';
import { useAuth } from '../../auth/auth';
import { DataTable } from '../../components/DataTable';
import { Empty, ErrorAlert, Loading, Section, usePageTitle } from '../../components/common';
import { CodeSelect } from '../../components/fields';
import { label, ORGANISATION_KINDS } from '../../domain/labels';
import { useCell } from './MeetingPage';

/** Organisations that never sit in a cell (the API refuses them too). */
const NEVER_MEMBERS = ['clav_cell', 'national_coordinator', 'platform'];
const CELL_ROLES: Record<string, string> = { cell_coordinator: 'Coordination de la cellule', cell_member: 'Membre de la cellule' };

/**
 * The cell's membership, managed by its coordinator: the member organisations of the territory (added or
 * removed here) and the cell's own users with their role (accounts are managed by the platform's administrators).
 */
export function CellMembersPage() {
  usePageTitle('Membres de la cellule');
  const { me, can } = useAuth();
  const cellId = me.memberships.find((m) => m.organisationKind === 'clav_cell')?.organisationId ?? '';
  const cell = useCell(cellId);
  const mayConfigure = can('configure', 'ClavCell', { id: cellId });
  if (!cellId) return <p>Vous n’êtes membre d’aucune cellule.</p>;
  if (cell.isPending) return <Loading />;
  if (!cell.data) return <ErrorAlert error={cell.error} />;
  const c = cell.data;
  return (
    <>
      <p className="fr-mb-2w">
        <Link to="/cellule" className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
          Retour à la cellule
        </Link>
      </p>
      <h1>Membres de la cellule</h1>
      <p>{c.name} — département {c.territory}</p>
      <CellMemberOrganisations cellId={cellId} territory={c.territory} members={c.memberOrganisations} mayConfigure={mayConfigure} />
      <Section title="Personnes de la cellule" id="personnes">
        {c.members.length === 0 ? (
          <Empty>Aucun compte rattaché à la cellule.</Empty>
        ) : (
          <DataTable caption="Personnes de la cellule et leur rôle" headers={['Nom', 'Rôle']} rowKeys={c.members.map((p) => p.userId)} rows={c.members.map((p) => [p.displayName, label(CELL_ROLES, p.role)])} />
        )}
        <p className="fr-text--sm fr-text-mention--grey">Les comptes et leurs rôles sont créés par les administrateurs de la plateforme.</p>
      </Section>
    </>
  );
}

/**
 * A cell's member organisations, added or removed by whoever may configure the cell (its coordinator, the
 * platform's administrators): the active organisations that cover the cell's département, or national ones.
 */
export function CellMemberOrganisations({ cellId, territory, members, mayConfigure }: {
  cellId: string;
  territory: string;
  members: { id: string; name: string; kind: string }[];
  mayConfigure: boolean;
}) {
  const orgs = useOrganisations();
  const client = useQueryClient();
  const [toAdd, setToAdd] = useState('');
  const [error, setError] = useState<string>();
  const change = useMutation({
    mutationFn: ({ id, member }: { id: string; member: boolean }) =>
      member
        ? unwrap(api.PUT('/api/cells/{id}/members/{organisationId}', { params: { path: { id: cellId, organisationId: id } } }))
        : unwrap(api.DELETE('/api/cells/{id}/members/{organisationId}', { params: { path: { id: cellId, organisationId: id } } })),
    onSuccess: (_d, v) => v.member && setToAdd(''),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: ['cell', cellId] });
      void client.invalidateQueries({ queryKey: ['admin', 'organisations'] });
    },
  });
  const current = new Set(members.map((o) => o.id));
  const candidates = Object.fromEntries(
    orgs.list
      .filter((o) => !current.has(o.id) && !NEVER_MEMBERS.includes(o.kind) && !o.national && o.territories.includes(territory))
      .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
      .map((o) => [o.id, `${o.name} (${label(ORGANISATION_KINDS, o.kind)})`]),
  );
  return (
    <Section title="Organisations membres" id="organisations-membres">
      <ErrorAlert error={change.error} />
      {members.length === 0 ? (
        <Empty>Aucune organisation membre.</Empty>
      ) : (
        <DataTable
          caption="Organisations membres de la cellule"
          headers={['Organisation', 'Type', ...(mayConfigure ? [<span key="a" className="fr-sr-only">Retirer</span>] : [])]}
          rowKeys={members.map((o) => o.id)}
          rows={members.map((o) => [
            o.name,
            label(ORGANISATION_KINDS, o.kind),
            ...(mayConfigure
              ? [
                  <Button key={o.id} size="small" priority="tertiary" iconId="fr-icon-delete-line" disabled={change.isPending} onClick={() => change.mutate({ id: o.id, member: false })} nativeButtonProps={{ 'aria-label': `Retirer ${o.name} de la cellule` }}>
                    Retirer
                  </Button>,
                ]
              : []),
          ])}
        />
      )}
      {mayConfigure && (
        <form
          noValidate
          className="fr-mt-3w"
          onSubmit={(e) => {
            e.preventDefault();
            if (!toAdd) return setError('Choisissez une organisation du département.');
            setError(undefined);
            change.mutate({ id: toAdd, member: true });
          }}
        >
          <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
            <div className="fr-col-12 fr-col-md-8">
              <CodeSelect
                label="Ajouter une organisation du département"
                hint="Préfecture, parquet, police, gendarmerie, ASE, associations… qui couvrent le département de la cellule."
                table={candidates}
                value={toAdd}
                onChange={setToAdd}
                error={error}
                placeholder={Object.keys(candidates).length ? 'Choisir une organisation' : 'Toutes les organisations du département sont membres'}
              />
            </div>
            <div className="fr-col-12 fr-col-md-4 fr-mb-3w">
              <Button type="submit" iconId="fr-icon-add-line" disabled={change.isPending}>
                Ajouter à la cellule
              </Button>
            </div>
          </div>
        </form>
      )}
    </Section>
  );
}
