import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { CaseView } from '../../api/views';
import { ErrorAlert } from '../../components/common';
import { CodeSelect } from '../../components/fields';
import { dimensionLabel, INDICATOR_DIMENSIONS, INDICATOR_FRAMEWORK } from '../../domain/indicators';
import { INDICATOR_STRENGTHS } from '../../domain/labels';
import { todayInParis } from '../../domain/track-forms';
import { fieldErrorsOf } from './track-submit';

/** The indicators observed so far, per dimension (they support an identification, never decide it). */
export function IndicatorSummary({ c }: { c: CaseView }) {
  const dims = Object.entries(c.indicatorSummary);
  if (dims.length === 0) return <p className="fr-text--sm">Aucun indicateur noté pour l’instant.</p>;
  return (
    <ul className="fr-text--sm">
      {dims.map(([dim, n]) => (
        <li key={dim}>
          <span className="fr-text--bold">{dimensionLabel(dim)}</span> : {n.strong} fort{n.strong > 1 ? 's' : ''}, {n.medium} moyen{n.medium > 1 ? 's' : ''}, {n.weak} faible{n.weak > 1 ? 's' : ''}
        </li>
      ))}
    </ul>
  );
}

const dimensions = Object.fromEntries(Object.entries(INDICATOR_DIMENSIONS).map(([k, d]) => [k, d.label]));

/** Adds an indicator observed after intake, from the same list as the situation form. */
export function IndicatorForm({ c }: { c: CaseView }) {
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [dimension, setDimension] = useState('');
  const [indicator, setIndicator] = useState('');
  const [strength, setStrength] = useState('');
  const [observedAt, setObservedAt] = useState(todayInParis());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState(false);
  const add = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/cases/{id}/indicators', {
        params: { path: { id: c.id }, header: { 'if-match': `"${c.version}"` } },
        body: { framework: INDICATOR_FRAMEWORK, dimension, indicator, strength: strength as 'strong', observedAt },
      })),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['case', c.id] });
      setDone(true);
      setOpen(false);
      setDimension('');
      setIndicator('');
      setStrength('');
    },
    onError: (e) => setErrors(fieldErrorsOf(e)),
  });
  if (!c.trackActions?.indicators) return null;
  const submit = () => {
    const e: Record<string, string> = {};
    if (!dimension) e.dimension = 'Choisissez une dimension.';
    if (!indicator) e.indicator = 'Choisissez un indicateur.';
    if (!strength) e.strength = 'Indiquez la force de l’indicateur.';
    if (!observedAt) e.observedAt = 'Ce champ est obligatoire.';
    else if (observedAt > todayInParis()) e.observedAt = 'La date ne peut pas être dans le futur.';
    setErrors(e);
    if (Object.keys(e).length === 0) add.mutate();
  };
  return (
    <div className="fr-mb-3w">
      {done && <Alert severity="success" small description="Indicateur ajouté : le résumé par dimension est à jour." className="fr-mb-2w" />}
      {!open ? (
        <Button size="small" priority="secondary" iconId="fr-icon-add-line" onClick={() => { setDone(false); setOpen(true); }}>
          Ajouter un indicateur
        </Button>
      ) : (
        <form noValidate className="fr-p-3w fr-background-alt--grey" onSubmit={(e) => { e.preventDefault(); submit(); }} aria-labelledby="indicator-form-title">
          <h4 id="indicator-form-title" className="fr-h6">Ajouter un indicateur</h4>
          <ErrorAlert error={add.error && Object.keys(fieldErrorsOf(add.error)).length === 0 ? add.error : null} />
          <CodeSelect label="Dimension" table={dimensions} value={dimension} onChange={(d) => { setDimension(d); setIndicator(''); }} error={errors.dimension} required />
          <CodeSelect label="Indicateur" table={INDICATOR_DIMENSIONS[dimension]?.indicators ?? {}} value={indicator} onChange={setIndicator} error={errors.indicator} disabled={!dimension} required />
          <RadioButtons
            legend="Force de l’indicateur"
            name="indicator-strength"
            orientation="horizontal"
            state={errors.strength ? 'error' : 'default'}
            stateRelatedMessage={errors.strength}
            options={Object.entries(INDICATOR_STRENGTHS).map(([s, text]) => ({ label: text, nativeInputProps: { value: s, checked: strength === s, onChange: () => setStrength(s) } }))}
          />
          <Input
            label="Observé le"
            state={errors.observedAt ? 'error' : 'default'}
            stateRelatedMessage={errors.observedAt}
            nativeInputProps={{ type: 'date', value: observedAt, max: todayInParis(), onChange: (e) => setObservedAt(e.target.value) }}
          />
          <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
            <li><Button type="submit" size="small" disabled={add.isPending}>Ajouter l’indicateur</Button></li>
            <li><Button type="button" size="small" priority="tertiary" onClick={() => setOpen(false)}>Annuler</Button></li>
          </ul>
        </form>
      )}
    </div>
  );
}
