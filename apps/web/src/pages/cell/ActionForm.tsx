import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ApiError, unwrap } from '../../api/client';
import { ErrorAlert } from '../../components/common';
import { CodeSelect } from '../../components/fields';

/** Today in France as `YYYY-MM-DD` (the API refuses an earlier due date). */
export const todayInFrance = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());

type Field = 'owner' | 'title' | 'dueOn';
/** API refusals that belong to one field, shown next to it. */
const FIELD_OF: Record<string, Field> = { ACTION_OWNER_NOT_ALLOWED: 'owner', DUE_DATE_IN_PAST: 'dueOn' };

/**
 * Gives a follow-up action of a decision to an organisation (the cell's member organisations, the cell itself
 * or the case's owner), with a title and a due date. The title is kept encrypted and never printed in the minutes.
 */
export function ActionForm({ decisionId, owners, onDone }: { decisionId: string; owners: Record<string, string>; onDone(): void }) {
  const [owner, setOwner] = useState('');
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const today = todayInFrance();
  const give = useMutation({
    mutationFn: () => unwrap(api.POST('/api/decisions/{id}/actions', { params: { path: { id: decisionId } }, body: { ownerOrganisationId: owner, title: title.trim(), dueOn } })),
    onSuccess: () => {
      setOwner('');
      setTitle('');
      setDueOn('');
      onDone();
    },
    onError: (e) => {
      if (e instanceof ApiError && FIELD_OF[e.code]) setErrors({ [FIELD_OF[e.code]]: e.message });
    },
  });
  const submit = () => {
    const found: Partial<Record<Field, string>> = {};
    if (!owner) found.owner = 'Choisissez l’organisation responsable.';
    if (!title.trim()) found.title = 'Indiquez ce qu’il faut faire.';
    else if (title.trim().length > 500) found.title = 'L’intitulé tient en 500 caractères au plus.';
    if (!dueOn) found.dueOn = 'Indiquez la date d’échéance.';
    else if (dueOn < today) found.dueOn = 'L’échéance ne peut pas être dans le passé.';
    setErrors(found);
    if (Object.keys(found).length === 0) give.mutate();
  };
  const fieldError = give.error instanceof ApiError && FIELD_OF[give.error.code];
  return (
    <form
      noValidate
      aria-label="Donner une action"
      className="fr-mt-2w"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {!fieldError && <ErrorAlert error={give.error} />}
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <CodeSelect label="Organisation responsable" table={owners} value={owner} onChange={setOwner} error={errors.owner} placeholder="Choisir une organisation" />
        </div>
        <div className="fr-col-12 fr-col-md-5">
          <Input
            label="Action à mener"
            hintText="Chiffrée ; n’apparaît pas dans le compte rendu."
            state={errors.title ? 'error' : 'default'}
            stateRelatedMessage={errors.title}
            nativeInputProps={{ value: title, maxLength: 500, onChange: (e) => setTitle(e.target.value) }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <Input
            label="Échéance"
            state={errors.dueOn ? 'error' : 'default'}
            stateRelatedMessage={errors.dueOn}
            nativeInputProps={{ type: 'date', min: today, value: dueOn, onChange: (e) => setDueOn(e.target.value) }}
          />
        </div>
      </div>
      <Button type="submit" priority="secondary" iconId="fr-icon-add-line" disabled={give.isPending}>
        Donner l’action
      </Button>
    </form>
  );
}
