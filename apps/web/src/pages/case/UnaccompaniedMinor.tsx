import { Button } from '@codegouvfr/react-dsfr/Button';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { CaseView, Versioned } from '../../api/views';
import { useAuth } from '../../auth/auth';
import { ErrorAlert } from '../../components/common';
import { UNACCOMPANIED_MINOR } from '../../domain/labels';

type Choice = keyof typeof UNACCOMPANIED_MINOR;
const choiceOf = (v: boolean | null | undefined): Choice => (v === true ? 'yes' : v === false ? 'no' : '');

/** The case's « mineur non accompagné » fact in words. */
export const unaccompaniedText = (v: boolean | null | undefined) => UNACCOMPANIED_MINOR[choiceOf(v)];

/**
 * Edits whether a minor is unaccompanied (no parent or legal guardian in France: the ASE takes them in charge), for
 * those who keep the child-protection track (the owner, the ASE, the parquet); the API checks it again.
 */
export function UnaccompaniedMinorForm({ c }: { c: CaseView }) {
  const { can } = useAuth();
  const client = useQueryClient();
  const [choice, setChoice] = useState<Choice>(choiceOf(c.unaccompaniedMinor));
  const save = useMutation({
    mutationFn: () =>
      unwrap<Versioned>(
        api.PUT('/api/cases/{id}/unaccompanied-minor', {
          params: { path: { id: c.id }, header: { 'if-match': `"${c.version}"` } },
          body: { unaccompaniedMinor: choice === '' ? null : choice === 'yes' },
        }),
      ),
    onSettled: () => client.invalidateQueries({ queryKey: ['case', c.id] }),
  });
  const mayEdit = c.minor && ((c.trackActions?.childProtection.length ?? 0) > 0 || can('record_child_protection', 'Case', { ownerOrganisationId: c.ownerOrganisationId }));
  if (!mayEdit) return null;
  return (
    <form
      className="fr-mt-2w"
      aria-label="Mineur non accompagné"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <RadioButtons
        legend="Mineur non accompagné ?"
        hintText="Sans parent ni représentant légal en France : l’aide sociale à l’enfance (ASE) le prend en charge."
        name="unaccompaniedMinor"
        small
        options={(['yes', 'no', ''] as const).map((code) => ({
          label: UNACCOMPANIED_MINOR[code],
          nativeInputProps: { value: code, checked: choice === code, onChange: () => setChoice(code) },
        }))}
      />
      <Button type="submit" size="small" priority="secondary" disabled={save.isPending || choice === choiceOf(c.unaccompaniedMinor)}>
        Enregistrer
      </Button>
      {save.error && <ErrorAlert error={save.error} title="L’information n’a pas pu être enregistrée" />}
    </form>
  );
}
