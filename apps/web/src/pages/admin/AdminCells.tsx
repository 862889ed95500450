import { useState } from 'react';
import { Empty, ErrorAlert, Loading, Section } from '../../components/common';
import { CodeSelect } from '../../components/fields';
import { CellMemberOrganisations } from '../cell/CellMembersPage';
import { useAdminOrganisations } from './admin-api';

/**
 * The platform sets up a cell: its member organisations (the same form as the cell coordinator's page) and,
 * in « Comptes et rattachements », the accounts of its coordination and members.
 */
export function AdminCells() {
  const orgs = useAdminOrganisations();
  const cells = (orgs.data ?? []).filter((o) => o.kind === 'clav_cell' && o.active);
  const [chosen, setChosen] = useState('');
  const cell = cells.find((c) => c.id === chosen) ?? (cells.length === 1 ? cells[0] : undefined);
  const byId = new Map((orgs.data ?? []).map((o) => [o.id, o]));
  const members = (cell?.cellMembers ?? []).map((id) => byId.get(id)).filter((o) => !!o).map((o) => ({ id: o.id, name: o.name, kind: o.kind }));
  return (
    <Section title="Cellules TEH" id="cellules">
      {orgs.isPending && <Loading />}
      <ErrorAlert error={orgs.error} />
      {orgs.data && cells.length === 0 && <Empty>Aucune cellule TEH : créez une organisation de type « Cellule TEH du CLAV » dans l’onglet « Organisations ».</Empty>}
      {cells.length > 0 && (
        <CodeSelect
          label="Cellule"
          table={Object.fromEntries(cells.map((c) => [c.id, `${c.name} (département ${c.territories[0]})`]))}
          value={cell?.id ?? ''}
          onChange={setChosen}
          placeholder="Choisir une cellule"
        />
      )}
      {cell && (
        <>
          <p className="fr-text--sm">
            {cell.members === 0
              ? 'Aucun compte n’est encore rattaché à cette cellule : rattachez sa coordination dans l’onglet « Comptes et rattachements ».'
              : `${cell.members} compte${cell.members > 1 ? 's' : ''} rattaché${cell.members > 1 ? 's' : ''} à la cellule (onglet « Comptes et rattachements »).`}
          </p>
          <CellMemberOrganisations key={cell.id} cellId={cell.id} territory={cell.territories[0]} members={members} mayConfigure />
        </>
      )}
    </Section>
  );
}
