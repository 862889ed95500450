import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { DataTable } from '../../components/DataTable';
import { Empty, ErrorAlert, Loading, Section } from '../../components/common';
import { CodeSelect } from '../../components/fields';
import { label, ORGANISATION_KINDS } from '../../domain/labels';
import { ADMIN_ORGANISATIONS_KEY, type AdminOrganisation, useAdminOrganisations } from './admin-api';
import { useFocusOnMount } from './focus-on-mount';
import { coverage, flagLabels, ORGANISATION_FLAGS, parseTerritories } from './admin-logic';

type Flags = Record<string, boolean>;
interface Draft {
  name: string;
  territories: string;
  national: boolean;
  flags: Flags;
}

const flagsOf = (attributes: Record<string, unknown>): Flags => Object.fromEntries(Object.keys(ORGANISATION_FLAGS).map((k) => [k, attributes[k] === true]));
const EMPTY: Draft = { name: '', territories: '', national: false, flags: flagsOf({}) };

/** Name, territories, national scope and flags: the fields of both the creation and the edit form. */
function OrganisationFields({ draft, onChange, territoryError }: { draft: Draft; onChange: (d: Draft) => void; territoryError?: string }) {
  return (
    <>
      <Input label="Nom" nativeInputProps={{ value: draft.name, onChange: (e) => onChange({ ...draft, name: e.target.value }) }} />
      <Checkbox
        options={[{ label: 'Compétence nationale', nativeInputProps: { checked: draft.national, onChange: (e) => onChange({ ...draft, national: e.target.checked }) } }]}
      />
      {!draft.national && (
        <Input
          label="Départements couverts"
          hintText="Codes séparés par des virgules, par exemple : 13, 84"
          state={territoryError ? 'error' : 'default'}
          stateRelatedMessage={territoryError}
          nativeInputProps={{ value: draft.territories, onChange: (e) => onChange({ ...draft, territories: e.target.value }) }}
        />
      )}
      <Checkbox
        legend="Caractéristiques"
        hintText="Elles décident des orientations que l’organisation peut recevoir ou présenter."
        options={Object.entries(ORGANISATION_FLAGS).map(([k, text]) => ({
          label: text,
          nativeInputProps: { checked: draft.flags[k], onChange: (e) => onChange({ ...draft, flags: { ...draft.flags, [k]: e.target.checked } }) },
        }))}
      />
    </>
  );
}

/** What the territories field says, or why it cannot be sent. */
function territoriesOf(draft: Draft): { codes: string[]; error?: string } {
  if (draft.national) return { codes: [] };
  const { codes, invalid } = parseTerritories(draft.territories);
  if (invalid.length) return { codes, error: `Département inconnu : ${invalid.join(', ')}` };
  if (!codes.length) return { codes, error: 'Indiquez au moins un département, ou cochez « Compétence nationale ».' };
  return { codes };
}

function EditOrganisation({ o, onDone }: { o: AdminOrganisation; onDone: () => void }) {
  const client = useQueryClient();
  const [draft, setDraft] = useState<Draft>({ name: o.name, territories: o.territories.join(', '), national: o.national, flags: flagsOf(o.attributes) });
  const [shown, setShown] = useState(false);
  const ref = useFocusOnMount<HTMLFormElement>();
  const t = territoriesOf(draft);
  const save = useMutation({
    mutationFn: () =>
      unwrap(api.PATCH('/api/admin/organisations/{id}', {
        params: { path: { id: o.id } },
        body: { name: draft.name, national: draft.national, ...(draft.national ? {} : { territories: t.codes }), attributes: draft.flags, version: o.version },
      })),
    onSuccess: onDone,
    onSettled: () => {
      void client.invalidateQueries({ queryKey: ADMIN_ORGANISATIONS_KEY });
      void client.invalidateQueries({ queryKey: ['organisations'] });
    },
  });
  return (
    <form
      ref={ref}
      className="fr-p-3w fr-mb-3w fr-background-alt--grey"
      noValidate
      aria-labelledby={`modifier-${o.id}`}
      onSubmit={(e) => {
        e.preventDefault();
        setShown(true);
        if (!t.error && draft.name.trim()) save.mutate();
      }}
    >
      <h3 className="fr-h6" id={`modifier-${o.id}`}>Modifier « {o.name} »</h3>
      <ErrorAlert error={save.error} />
      <OrganisationFields draft={draft} onChange={setDraft} territoryError={shown ? t.error : undefined} />
      <ul className="fr-btns-group fr-btns-group--inline-sm">
        <li><Button type="submit" disabled={save.isPending}>Enregistrer les modifications</Button></li>
        <li><Button type="button" priority="tertiary" onClick={onDone}>Annuler</Button></li>
      </ul>
    </form>
  );
}

function Deactivation({ o, onDone }: { o: AdminOrganisation; onDone: () => void }) {
  const client = useQueryClient();
  const ref = useFocusOnMount<HTMLDivElement>();
  const change = useMutation({
    mutationFn: () => unwrap<{ revokedSessions: number }>(api.PATCH('/api/admin/organisations/{id}', { params: { path: { id: o.id } }, body: { active: !o.active, version: o.version } })),
    onSuccess: onDone,
    onSettled: () => {
      void client.invalidateQueries({ queryKey: ADMIN_ORGANISATIONS_KEY });
      void client.invalidateQueries({ queryKey: ['organisations'] });
    },
  });
  return (
    <div ref={ref} className="fr-p-3w fr-mb-3w fr-background-alt--grey" role="group" aria-labelledby={`etat-${o.id}`}>
      <h3 className="fr-h6" id={`etat-${o.id}`}>{o.active ? `Désactiver « ${o.name} » ?` : `Réactiver « ${o.name} » ?`}</h3>
      <p>
        {o.active
          ? `Ses ${o.members} compte${o.members > 1 ? 's' : ''} rattaché${o.members > 1 ? 's' : ''} ne pourront plus se connecter ni agir pour elle, et leurs sessions en cours prennent fin. Ses situations, orientations et leur historique restent conservés.`
          : 'Ses comptes rattachés pourront de nouveau se connecter et agir pour elle.'}
      </p>
      <ErrorAlert error={change.error} />
      <ul className="fr-btns-group fr-btns-group--inline-sm">
        <li><Button onClick={() => change.mutate()} disabled={change.isPending}>{o.active ? 'Confirmer la désactivation' : 'Confirmer la réactivation'}</Button></li>
        <li><Button priority="tertiary" onClick={onDone}>Annuler</Button></li>
      </ul>
    </div>
  );
}

function CreateOrganisation() {
  const client = useQueryClient();
  const [kind, setKind] = useState('');
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [shown, setShown] = useState(false);
  const [created, setCreated] = useState('');
  const t = territoriesOf(draft);
  const create = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/admin/organisations', { body: { kind: kind as 'association', name: draft.name, national: draft.national, territories: t.codes, attributes: draft.flags } })),
    onSuccess: () => (setCreated(draft.name), setDraft(EMPTY), setKind(''), setShown(false)),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: ADMIN_ORGANISATIONS_KEY });
      void client.invalidateQueries({ queryKey: ['organisations'] });
    },
  });
  return (
    <form
      className="fr-p-3w fr-background-alt--grey"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setShown(true);
        if (!t.error && kind && draft.name.trim()) create.mutate();
      }}
    >
      <h3 className="fr-h6">Créer une organisation</h3>
      {created && <Alert severity="success" small description={`L’organisation « ${created} » est créée. Rattachez-lui des comptes dans l’onglet « Comptes et rattachements ».`} className="fr-mb-2w" />}
      <ErrorAlert error={create.error} />
      <CodeSelect label="Type" table={ORGANISATION_KINDS} value={kind} onChange={setKind} error={shown && !kind ? 'Choisissez le type d’organisation.' : undefined} />
      <OrganisationFields draft={draft} onChange={setDraft} territoryError={shown ? t.error : undefined} />
      <Button type="submit" disabled={create.isPending || !kind || !draft.name}>
        Créer l’organisation
      </Button>
    </form>
  );
}

/** Every organisation (deactivated ones too) with its flags; create, edit, deactivate. */
export function AdminOrganisations() {
  const q = useAdminOrganisations();
  const [open, setOpen] = useState<{ id: string; what: 'edit' | 'state' } | null>(null);
  const selected = q.data?.find((o) => o.id === open?.id);
  return (
    <Section title="Organisations" id="organisations">
      {q.isPending && <Loading />}
      <ErrorAlert error={q.error} />
      {q.data?.length === 0 && <Empty>Aucune organisation.</Empty>}
      {selected && open?.what === 'edit' && <EditOrganisation key={selected.id} o={selected} onDone={() => setOpen(null)} />}
      {selected && open?.what === 'state' && <Deactivation key={selected.id} o={selected} onDone={() => setOpen(null)} />}
      {!!q.data?.length && (
        <DataTable
          caption="Organisations"
          headers={['Organisation', 'Territoire', 'Caractéristiques', 'Comptes', 'État', 'Actions']}
          rowKeys={q.data.map((o) => o.id)}
          rows={q.data.map((o) => [
            <>
              {o.name}
              <br />
              <span className="fr-text--xs fr-text-mention--grey">{label(ORGANISATION_KINDS, o.kind)}</span>
            </>,
            coverage(o),
            flagLabels(o.attributes).join(' ; ') || '—',
            String(o.members),
            o.active ? 'Active' : 'Désactivée',
            <ul key="a" className="fr-btns-group fr-btns-group--sm fr-btns-group--inline">
              <li>
                <Button size="small" priority="secondary" onClick={() => setOpen({ id: o.id, what: 'edit' })}>
                  Modifier<span className="fr-sr-only"> {o.name}</span>
                </Button>
              </li>
              <li>
                <Button size="small" priority="tertiary" onClick={() => setOpen({ id: o.id, what: 'state' })}>
                  {o.active ? 'Désactiver' : 'Réactiver'}<span className="fr-sr-only"> {o.name}</span>
                </Button>
              </li>
            </ul>,
          ])}
        />
      )}
      <CreateOrganisation />
    </Section>
  );
}
