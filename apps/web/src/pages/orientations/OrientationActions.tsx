import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useOrganisations } from '../../api/hooks';
import type { Orientation } from '../../api/views';
import { ErrorAlert } from '../../components/common';
import { CodeSelect } from '../../components/fields';
import { label, ORIENTATION_ACTIONS, ORIENTATION_STATES, STEP_REASONS } from '../../domain/labels';
import { NEGATIVE_ACTIONS, stepForm } from '../../domain/workflows';

/**
 * The steps the API says this user may take now (`allowedActions`), each with the reason or host it needs.
 * Nothing else is offered; the API checks again.
 */
export function OrientationActions({ orientation: o, compact = false }: { orientation: Orientation; compact?: boolean }) {
  const client = useQueryClient();
  const orgs = useOrganisations();
  const [action, setAction] = useState<string | null>(null);
  const [reasonCode, setReason] = useState('');
  const [hostId, setHost] = useState('');
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);

  const move = useMutation({
    mutationFn: (a: string) =>
      unwrap<Orientation>(
        api.POST('/api/orientations/{id}/transitions', {
          params: { path: { id: o.id }, header: { 'if-match': `"${o.version}"` } },
          body: { action: a, ...(reasonCode ? { reasonCode } : {}), ...(hostId ? { hostId } : {}), ...(note.trim() ? { note: note.trim() } : {}) },
        }),
      ),
    onSuccess: (view) => {
      setDone(`Étape enregistrée : ${label(ORIENTATION_STATES, view.state)}.`);
      setAction(null);
      setReason('');
      setHost('');
      setNote('');
    },
    onSettled: () => {
      void client.invalidateQueries({ queryKey: ['orientations'] });
      void client.invalidateQueries({ queryKey: ['orientation', o.id] });
      void client.invalidateQueries({ queryKey: ['case', o.caseId] });
    },
  });

  if (o.allowedActions.length === 0) return compact ? null : <p className="fr-text--sm">Aucune action ne vous revient à cette étape.</p>;
  const form = action ? stepForm(o.targetKind, action) : null;
  const hosts = orgs.list.filter((x) => x.kind === 'host' || (o.targetKind === 'minors_centre' && x.kind === 'minors_centre'));
  const needsForm = (a: string) => {
    const f = stepForm(o.targetKind, a);
    return Boolean(f.reasons || f.host || NEGATIVE_ACTIONS.has(a));
  };

  return (
    <div className="fr-mb-2w">
      {done && (
        <p className="fr-message fr-message--valid fr-mb-2w" role="status">
          {done}
        </p>
      )}
      <ErrorAlert error={move.error} />
      {!action && (
        <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
          {o.allowedActions.map((a) => (
            <li key={a}>
              <Button
                size="small"
                priority={NEGATIVE_ACTIONS.has(a) ? 'secondary' : 'primary'}
                disabled={move.isPending}
                onClick={() => {
                  setDone(null);
                  if (needsForm(a)) setAction(a);
                  else move.mutate(a);
                }}
              >
                {label(ORIENTATION_ACTIONS, a)}
                {compact ? <span className="fr-sr-only"> ({o.reference})</span> : null}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {action && form && (
        <form
          className="fr-p-2w fr-background-alt--grey"
          onSubmit={(e) => {
            e.preventDefault();
            move.mutate(action);
          }}
        >
          <p className="fr-text--bold">{label(ORIENTATION_ACTIONS, action)}</p>
          {form.reasons && (
            <CodeSelect
              label={form.reasonOptional ? 'Motif (facultatif)' : 'Motif'}
              table={Object.fromEntries(form.reasons.map((r) => [r, label(STEP_REASONS, r)]))}
              value={reasonCode}
              onChange={setReason}
              required={!form.reasonOptional}
            />
          )}
          {form.host && (
            <CodeSelect
              label={form.host === 'optional' ? 'Structure d’hébergement (facultatif : le centre lui-même)' : 'Structure d’hébergement'}
              table={Object.fromEntries(hosts.map((h) => [h.id, h.name]))}
              value={hostId}
              onChange={setHost}
              required={form.host === 'required'}
            />
          )}
          <Input
            textArea
            label="Note (facultative)"
            hintText="Chiffrée ; lue seulement par les personnes habilitées à lire l’identité."
            nativeTextAreaProps={{ value: note, onChange: (e) => setNote(e.target.value), rows: 2 }}
          />
          <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
            <li>
              <Button type="submit" size="small" disabled={move.isPending || (Boolean(form.reasons) && !form.reasonOptional && !reasonCode) || (form.host === 'required' && !hostId)}>
                Confirmer : {label(ORIENTATION_ACTIONS, action).toLowerCase()}
              </Button>
            </li>
            <li>
              <Button type="button" size="small" priority="tertiary" onClick={() => setAction(null)}>
                Annuler
              </Button>
            </li>
          </ul>
        </form>
      )}
    </div>
  );
}
