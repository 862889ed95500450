import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { errorMessage } from '../../api/error-messages';
import type { Orientation, OrientationNextStep, PlaceBoard } from '../../api/views';
import { ErrorAlert } from '../../components/common';
import { CodeSelect } from '../../components/fields';
import { label, ORIENTATION_ACTIONS, ORIENTATION_PARTIES, ORIENTATION_STATES, STEP_REASONS } from '../../domain/labels';

/** Destructive steps are shown as secondary buttons, the others as primary (presentation only). */
const NEGATIVE_ACTIONS = new Set(['refuse', 'cancel', 'release_host', 'decline_renewal', 'no_further_action']);

/**
 * The steps the API offers now (`nextSteps`): those this user may take as buttons, each asking the reason or
 * host the API says it needs; the others said in a sentence, with why not. The API checks again.
 */
export function OrientationActions({ orientation: o, compact = false }: { orientation: Orientation; compact?: boolean }) {
  const client = useQueryClient();
  const [action, setAction] = useState<string | null>(null);
  const [reasonCode, setReason] = useState('');
  const [hostId, setHost] = useState('');
  const [note, setNote] = useState('');
  const [scheduledAt, setScheduledAt] = useState('');
  const [done, setDone] = useState<string | null>(null);

  const move = useMutation({
    mutationFn: (a: string) =>
      unwrap<Orientation>(
        api.POST('/api/orientations/{id}/transitions', {
          params: { path: { id: o.id }, header: { 'if-match': `"${o.version}"` } },
          body: {
            action: a, ...(reasonCode ? { reasonCode } : {}), ...(hostId ? { hostId } : {}), ...(note.trim() ? { note: note.trim() } : {}),
            ...(scheduledAt ? { scheduledAt: new Date(scheduledAt).toISOString() } : {}),
          },
        }),
      ),
    onSuccess: (view) => {
      setDone(`Étape enregistrée : ${label(ORIENTATION_STATES, view.state)}.`);
      setAction(null);
      setReason('');
      setHost('');
      setNote('');
      setScheduledAt('');
    },
    onSettled: () => {
      void client.invalidateQueries({ queryKey: ['orientations'] });
      void client.invalidateQueries({ queryKey: ['orientation', o.id] });
      void client.invalidateQueries({ queryKey: ['case', o.caseId] });
      void client.invalidateQueries({ queryKey: ['place-board'] });
    },
  });

  const mine = o.nextSteps.filter((s) => s.allowed);
  const choosesHost = mine.some((s) => s.host !== null);
  const board = useQuery({
    queryKey: ['place-board', { orientationId: o.id }],
    queryFn: () => unwrap<PlaceBoard>(api.GET('/api/hosts/board', { params: { query: { orientationId: o.id } } })),
    enabled: choosesHost && action !== null,
  });
  const others = o.nextSteps.filter((s) => !s.allowed);
  const waiting = !compact && others.length > 0 && <OtherSteps steps={others} />;
  if (mine.length === 0) {
    if (compact) return null;
    return (
      <>
        <p className="fr-text--sm">Aucune action ne vous revient à cette étape.</p>
        {waiting}
      </>
    );
  }
  const form = action ? mine.find((s) => s.action === action) ?? null : null;
  // Only the hosts this person may go to (the place board's verdict: network, distancing, a free place of the kind).
  const hosts = (board.data?.hosts ?? []).filter((h) => h.selectable).map((h) => ({ id: h.hostId, name: h.name }));
  const needsForm = (s: OrientationNextStep) => s.reasonCodes.length > 0 || s.host !== null || Boolean(s.date) || NEGATIVE_ACTIONS.has(s.action);

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
          {mine.map((s) => (
            <li key={s.action}>
              <Button
                size="small"
                priority={NEGATIVE_ACTIONS.has(s.action) ? 'secondary' : 'primary'}
                disabled={move.isPending}
                onClick={() => {
                  setDone(null);
                  if (needsForm(s)) setAction(s.action);
                  else move.mutate(s.action);
                }}
              >
                {label(ORIENTATION_ACTIONS, s.action)}
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
          {form.reasonCodes.length > 0 && (
            <CodeSelect
              label={form.reasonRequired ? 'Motif' : 'Motif (facultatif)'}
              table={Object.fromEntries(form.reasonCodes.map((r) => [r, label(STEP_REASONS, r)]))}
              value={reasonCode}
              onChange={setReason}
              required={form.reasonRequired}
            />
          )}
          {form.host && board.isPending && <p className="fr-text--sm">Recherche des structures possibles…</p>}
          {form.host && board.data && hosts.length === 0 && (
            <p className="fr-text--sm">Aucune structure ne peut accueillir la personne aujourd’hui (éloignement ou places libres) : voyez le tableau des places.</p>
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
          {form.date && (
            <Input
              label={form.date === 'pre_admission' ? 'Date et heure de la visioconférence de pré-admission' : 'Date et heure du transfert'}
              hintText="Elles sont montrées à chaque partie de l’orientation."
              nativeInputProps={{ type: 'datetime-local', value: scheduledAt, onChange: (e) => setScheduledAt(e.target.value), required: true }}
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
              <Button type="submit" size="small" disabled={move.isPending || (form.reasonRequired && !reasonCode) || (form.host === 'required' && !hostId) || (Boolean(form.date) && !scheduledAt)}>
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
      {waiting}
    </div>
  );
}

/** The steps that are not this user's to take now, with who takes them or why not. */
function OtherSteps({ steps }: { steps: OrientationNextStep[] }) {
  return (
    <div className="fr-mt-2w">
      <p className="fr-text--sm fr-mb-1v">Étapes possibles qui ne vous reviennent pas :</p>
      <ul className="fr-text--sm">
        {steps.map((s) => (
          <li key={s.action}>
            {label(ORIENTATION_ACTIONS, s.action)} :{' '}
            {s.deniedCode === 'ACTION_NOT_ALLOWED_FOR_PARTY' ? `revient ${label(ORIENTATION_PARTIES, s.party)}.` : errorMessage(s.deniedCode ?? 'ACTION_NOT_ALLOWED_FOR_PARTY')}
          </li>
        ))}
      </ul>
    </div>
  );
}
