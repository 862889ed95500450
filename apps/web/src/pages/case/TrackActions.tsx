import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import type { CaseView } from '../../api/views';
import { messageOf } from '../../components/common';
import { CodeSelect, YesNo } from '../../components/fields';
import { CLOSURE_REASONS, label, TRACK_EVENTS } from '../../domain/labels';
import {
  factTable, LANGUAGES, NEGATIVE_TRACK_ACTIONS, todayInParis, TRACK_ACTIONS, TRACK_EVENT_FORMS, type Fact,
} from '../../domain/track-forms';
import { deadlineChanges, EMPTY_VALUES, fieldErrorsOf, sendTrackEvent, type TrackTab, type TrackValues } from './track-submit';

const ACTIONS_OF: Record<TrackTab, keyof CaseView['trackActions']> = {
  identification: 'identification', residence: 'residence', child_protection: 'childProtection', criminal: 'criminal', case: 'case',
};
const RELOAD_CODES = new Set(['VERSION_CONFLICT', 'ILLEGAL_TRANSITION']);
const FACT_LABELS: Record<Fact, string> = {
  service: 'Service', language: 'Langue utilisée', interpreter: 'Un interprète était-il présent ?', reasonCode: 'Motif', expiresOn: 'Date de fin de validité',
  legalBasis: 'Fondement juridique', hearingType: 'Type d’audition',
};
const REQUIRED = 'Ce champ est obligatoire.';

/**
 * The steps this user may record now on one track (the API's `trackActions`), each opening a form with exactly the
 * facts its event takes. After saving, the case, its timeline and its deadlines reload, and the message says which
 * deadline the step opened or closed.
 */
export function TrackActions({ c, tab }: { c: CaseView; tab: TrackTab }) {
  const client = useQueryClient();
  const events = (c.trackActions?.[ACTIONS_OF[tab]] as string[] | undefined) ?? [];
  const [event, setEvent] = useState<string | null>(null);
  const [values, setValues] = useState<TrackValues>(() => EMPTY_VALUES(todayInParis()));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [hearingConfirmed, setHearingConfirmed] = useState(false);
  const [done, setDone] = useState<string[] | null>(null);
  const form = event && tab !== 'identification' && tab !== 'case' ? (TRACK_EVENT_FORMS[event] ?? {}) : {};
  const facts: Fact[] = [...(form.required ?? []), ...(form.optional ?? [])];
  const required = new Set<string>(form.required ?? []);
  if (event === 'close' || event === 'close_referred') required.add('reasonCode');
  const dated = tab !== 'case';

  const save = useMutation({
    mutationFn: () => sendTrackEvent(c, tab, event!, values, facts),
    onSuccess: async () => {
      const before = c.deadlines;
      await client.invalidateQueries({ queryKey: ['case', c.id] });
      const after = client.getQueryData<CaseView>(['case', c.id])?.deadlines ?? before;
      setDone([`${label(TRACK_EVENTS, event)} : c’est enregistré.`, ...deadlineChanges(before, after)]);
      close();
    },
    onError: (error) => {
      setErrors(fieldErrorsOf(error));
      if (error instanceof ApiError && RELOAD_CODES.has(error.code)) void client.invalidateQueries({ queryKey: ['case', c.id] });
    },
  });

  function close() {
    setEvent(null);
    setValues(EMPTY_VALUES(todayInParis()));
    setErrors({});
    setHearingConfirmed(false);
  }
  const set = (patch: Partial<TrackValues>) => setValues((v) => ({ ...v, ...patch }));

  function validate(): Record<string, string> {
    const e: Record<string, string> = {};
    for (const f of required) if (values[f as Fact] === '' || values[f as Fact] === null) e[f] = REQUIRED;
    if (dated && !values.occurredOn) e.occurredOn = REQUIRED;
    else if (dated && values.occurredOn > todayInParis()) e.occurredOn = 'La date ne peut pas être dans le futur.';
    if (values.expiresOn && values.occurredOn && values.expiresOn <= values.occurredOn) e.expiresOn = 'La fin de validité suit la date de délivrance.';
    if (event === 'formally_identified' && !hearingConfirmed) e.hearing = 'L’identification formelle suit une audition de la personne : confirmez-la.';
    return e;
  }

  // After the last step this user may take, the list is empty but the message still says what was done.
  if (events.length === 0 && !done) return null;
  const apiAlert = save.error && !Object.keys(fieldErrorsOf(save.error)).some((k) => k !== 'form') ? save.error : null;
  const fieldError = (f: string) => errors[f];

  return (
    <div className="fr-mb-3w">
      {done && (
        <Alert severity="success" small closable={false} className="fr-mb-2w" description={done.join(' ')} />
      )}
      {!event && (
        <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm" aria-label="Étapes que vous pouvez enregistrer">
          {events.map((e) => (
            <li key={e}>
              <Button size="small" priority={NEGATIVE_TRACK_ACTIONS.has(e) ? 'secondary' : 'primary'} onClick={() => { setDone(null); save.reset(); setEvent(e); }}>
                {label(TRACK_ACTIONS, e)}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {event && (
        <form
          noValidate
          className="fr-p-3w fr-background-alt--grey"
          aria-labelledby="track-form-title"
          onSubmit={(e) => {
            e.preventDefault();
            const problems = validate();
            setErrors(problems);
            if (Object.keys(problems).length === 0) save.mutate();
          }}
        >
          <h4 id="track-form-title" className="fr-h6">{label(TRACK_ACTIONS, event)}</h4>
          {apiAlert && (
            <Alert
              severity="error"
              small
              className="fr-mb-2w"
              description={RELOAD_CODES.has((apiAlert as ApiError).code) ? `${messageOf(apiAlert)} La situation affichée est à jour.` : messageOf(apiAlert)}
            />
          )}
          {dated && (
            <Input
              label={event === 'formally_identified' ? 'Date de l’audition' : 'Date'}
              state={fieldError('occurredOn') ? 'error' : 'default'}
              stateRelatedMessage={fieldError('occurredOn')}
              nativeInputProps={{ type: 'date', value: values.occurredOn, max: todayInParis(), required: true, onChange: (e) => set({ occurredOn: e.target.value }) }}
            />
          )}
          {event === 'formally_identified' && (
            <Checkbox
              state={fieldError('hearing') ? 'error' : 'default'}
              stateRelatedMessage={fieldError('hearing')}
              options={[{ label: 'La personne a été entendue par le service (audition)', nativeInputProps: { checked: hearingConfirmed, onChange: (e) => { setHearingConfirmed(e.target.checked); setErrors(({ hearing: _h, ...rest }) => rest); } } }]}
            />
          )}
          {facts.map((f) => {
            const text = `${FACT_LABELS[f]}${required.has(f) ? '' : ' (facultatif)'}`;
            if (f === 'interpreter') {
              return <YesNo key={f} name="interpreter" legend={text} value={values.interpreter} onChange={(interpreter) => set({ interpreter })} error={fieldError(f)} />;
            }
            if (f === 'expiresOn') {
              return (
                <Input
                  key={f}
                  label={text}
                  hintText="Sans date, un an après la délivrance."
                  state={fieldError(f) ? 'error' : 'default'}
                  stateRelatedMessage={fieldError(f)}
                  nativeInputProps={{ type: 'date', value: values.expiresOn, onChange: (e) => set({ expiresOn: e.target.value }) }}
                />
              );
            }
            const table = f === 'language' ? LANGUAGES : factTable(f, event);
            return <CodeSelect key={f} label={text} table={table} value={values[f] as string} onChange={(x) => set({ [f]: x })} error={fieldError(f)} required={required.has(f)} />;
          })}
          {(event === 'close' || event === 'close_referred') && (
            <CodeSelect label="Motif de clôture" table={CLOSURE_REASONS} value={values.reasonCode} onChange={(reasonCode) => set({ reasonCode })} error={fieldError('reasonCode') ?? fieldError('reason')} required />
          )}
          <Input
            textArea
            label="Note (facultative)"
            hintText="Chiffrée ; lue seulement par les personnes habilitées à lire l’identité. N’y mettez que l’utile."
            nativeTextAreaProps={{ value: values.note, onChange: (e) => set({ note: e.target.value }), rows: 2 }}
          />
          <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
            <li>
              <Button type="submit" size="small" disabled={save.isPending}>
                Enregistrer
              </Button>
            </li>
            <li>
              <Button type="button" size="small" priority="tertiary" onClick={close}>
                Annuler
              </Button>
            </li>
          </ul>
        </form>
      )}
    </div>
  );
}
