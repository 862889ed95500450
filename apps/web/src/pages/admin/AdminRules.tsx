import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { Territory } from '../../api/views';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert, Loading, Section } from '../../components/common';
import { CodeSelect } from '../../components/fields';
import { DEADLINE_KINDS, label } from '../../domain/labels';
import { useFocusOnMount } from './focus-on-mount';
import { DEADLINE_UNITS, distancingLabel, ruleSummary } from './admin-logic';

interface TerritoryRule {
  territory: string;
  kind: string;
  amount: number;
  unit: 'days' | 'working_days' | 'years';
  alertBeforeDays: number;
  overridden: boolean;
}
interface DistancingRule {
  territory: string;
  regions: boolean;
}

function EditRule({ rule, onDone }: { rule: TerritoryRule; onDone: () => void }) {
  const client = useQueryClient();
  const [draft, setDraft] = useState({ amount: String(rule.amount), unit: rule.unit as string, alertBeforeDays: String(rule.alertBeforeDays) });
  const ref = useFocusOnMount<HTMLFormElement>();
  const save = useMutation({
    mutationFn: (reset: boolean) =>
      unwrap(api.PUT('/api/deadline-rules/{territory}/{kind}', {
        params: { path: { territory: rule.territory, kind: rule.kind } },
        body: reset ? { reset: true } : { amount: Number(draft.amount), unit: draft.unit as 'days', alertBeforeDays: Number(draft.alertBeforeDays) },
      })),
    onSuccess: onDone,
    onSettled: () => client.invalidateQueries({ queryKey: ['deadline-rules', rule.territory] }),
  });
  const title = label(DEADLINE_KINDS, rule.kind);
  return (
    <form ref={ref} className="fr-p-3w fr-mb-3w fr-background-alt--grey" noValidate onSubmit={(e) => { e.preventDefault(); save.mutate(false); }}>
      <h3 className="fr-h6">
        {title} — département {rule.territory}
      </h3>
      <ErrorAlert error={save.error} />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <Input label="Durée" nativeInputProps={{ type: 'number', min: 0, max: 3650, value: draft.amount, onChange: (e) => setDraft({ ...draft, amount: e.target.value }) }} />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <CodeSelect label="Unité" table={DEADLINE_UNITS} value={draft.unit} onChange={(unit) => setDraft({ ...draft, unit })} />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <Input label="Alerte (jours avant)" nativeInputProps={{ type: 'number', min: 0, max: 365, value: draft.alertBeforeDays, onChange: (e) => setDraft({ ...draft, alertBeforeDays: e.target.value }) }} />
        </div>
      </div>
      <ul className="fr-btns-group fr-btns-group--inline-sm">
        <li><Button type="submit" disabled={save.isPending || draft.amount === '' || !draft.unit || draft.alertBeforeDays === ''}>Enregistrer le délai</Button></li>
        {rule.overridden && <li><Button type="button" priority="secondary" onClick={() => save.mutate(true)} disabled={save.isPending}>Revenir à la règle nationale</Button></li>}
        <li><Button type="button" priority="tertiary" onClick={onDone}>Annuler</Button></li>
      </ul>
    </form>
  );
}

const DISTANCING_CHOICES: Record<string, string> = {
  national: 'Appliquer la règle nationale',
  regions: distancingLabel(true),
  departements: distancingLabel(false),
};

function Distancing({ territory, territoryName }: { territory: string; territoryName: string }) {
  const client = useQueryClient();
  const rules = useQuery({ queryKey: ['distancing-rules'], queryFn: () => unwrap<DistancingRule[]>(api.GET('/api/distancing-rules')) });
  const set = useMutation({
    mutationFn: ({ where, choice }: { where: string; choice: string }) =>
      unwrap(api.PUT('/api/distancing-rules/{territory}', { params: { path: { territory: where } }, body: choice === 'national' ? { reset: true } : { regions: choice === 'regions' } })),
    onSettled: () => client.invalidateQueries({ queryKey: ['distancing-rules'] }),
  });
  if (rules.isPending) return <Loading />;
  if (!rules.data) return <ErrorAlert error={rules.error} />;
  const national = rules.data.find((r) => r.territory === 'national')?.regions ?? true;
  const own = rules.data.find((r) => r.territory === territory);
  const overrides = rules.data.filter((r) => r.territory !== 'national');
  return (
    <Section title="Éloignement géographique des hébergements Ac.Sé" id="eloignement" level={3}>
      <p className="fr-text--sm">
        Une structure d’accueil choisie par la coordination Ac.Sé doit se trouver hors des départements d’exploitation et de résidence de la personne ;
        la règle dit si elle doit aussi se trouver hors de leurs régions. Le tableau des places grise les structures trop proches.
      </p>
      <ErrorAlert error={set.error} />
      <RadioButtons
        legend="Règle nationale"
        name="distancing-national"
        options={[true, false].map((regions) => ({
          label: distancingLabel(regions),
          nativeInputProps: { checked: national === regions, onChange: () => set.mutate({ where: 'national', choice: regions ? 'regions' : 'departements' }), disabled: set.isPending },
        }))}
      />
      {territory && (
        <RadioButtons
          legend={`Règle pour une situation suivie dans le département ${territoryName}`}
          name="distancing-territory"
          options={Object.entries(DISTANCING_CHOICES).map(([choice, text]) => ({
            label: text,
            nativeInputProps: {
              checked: choice === 'national' ? !own : !!own && own.regions === (choice === 'regions'),
              onChange: () => set.mutate({ where: territory, choice }),
              disabled: set.isPending,
            },
          }))}
        />
      )}
      <p className="fr-text--sm fr-mb-0">
        {overrides.length === 0
          ? 'Aucun département n’a de règle propre.'
          : `Départements avec une règle propre : ${overrides.map((r) => `${r.territory} (${r.regions ? 'avec les régions' : 'départements seulement'})`).join(', ')}.`}
      </p>
    </Section>
  );
}

/** Deadline rules of a territory, and the Ac.Sé distancing rule, nationally and for that territory. */
export function AdminRules() {
  const territories = useQuery({ queryKey: ['territories'], queryFn: () => unwrap<Territory[]>(api.GET('/api/territories')), staleTime: Infinity });
  const [territory, setTerritory] = useState('93');
  const rules = useQuery({
    queryKey: ['deadline-rules', territory],
    queryFn: () => unwrap<TerritoryRule[]>(api.GET('/api/deadline-rules', { params: { query: { territory } } })),
    enabled: !!territory,
  });
  const [editing, setEditing] = useState<string | null>(null);
  const table = Object.fromEntries((territories.data ?? []).map((t) => [t.code, `${t.code} — ${t.name}`]));
  const rule = rules.data?.find((r) => r.kind === editing);
  return (
    <Section title="Délais et éloignement" id="regles">
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <CodeSelect label="Département" table={table} value={territory} onChange={(t) => (setTerritory(t), setEditing(null))} placeholder="Choisir un département" />
        </div>
      </div>
      <h3 className="fr-h5 fr-mt-3w">Délais du département</h3>
      {rules.isPending && territory && <Loading />}
      <ErrorAlert error={rules.error} />
      {rule && <EditRule key={`${territory}-${rule.kind}`} rule={rule} onDone={() => setEditing(null)} />}
      {rules.data && (
        <DataTable
          caption={`Délais applicables dans le département ${territory}`}
          headers={['Échéance', 'Délai', 'Origine', 'Action']}
          rowKeys={rules.data.map((r) => r.kind)}
          rows={rules.data.map((r) => [
            label(DEADLINE_KINDS, r.kind),
            ruleSummary(r),
            r.overridden ? 'Propre au département' : 'Règle nationale',
            <Button key="e" size="small" priority="secondary" onClick={() => setEditing(r.kind)}>
              Modifier<span className="fr-sr-only"> le délai « {label(DEADLINE_KINDS, r.kind)} »</span>
            </Button>,
          ])}
        />
      )}
      <Distancing territory={territory} territoryName={table[territory] ?? territory} />
    </Section>
  );
}
