import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ErrorAlert } from '../../components/common';
import type { SubjectAccessExport } from './subject-access';

/**
 * Asks for the person's export, with the reason (required; kept encrypted with the request). From the case page
 * (`caseId`) or from the DPO's page (the case's reference typed in: the DPO never opens a case).
 */
export function SubjectAccessRequestForm({ caseId }: { caseId?: string }) {
  const client = useQueryClient();
  const [reference, setReference] = useState('');
  const [reason, setReason] = useState('');
  const ask = useMutation({
    mutationFn: () =>
      caseId
        ? unwrap<SubjectAccessExport>(api.POST('/api/cases/{id}/subject-access', { params: { path: { id: caseId } }, body: { reason: reason.trim() } }))
        : unwrap<SubjectAccessExport>(api.POST('/api/subject-access', { body: { reference: reference.trim(), reason: reason.trim() } })),
    onSuccess: () => {
      setReason('');
      setReference('');
    },
    onSettled: () => client.invalidateQueries({ queryKey: ['subject-access'] }),
  });
  const ready = reason.trim().length >= 5 && (caseId || /^[0-9][0-9AB][0-9]?-\d{4}-\d{6,9}$/.test(reference.trim()));
  return (
    <form
      aria-label="Demander l’export des données de la personne"
      className="fr-mb-3w"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) ask.mutate();
      }}
    >
      {!caseId && (
        <Input
          label="Référence du dossier"
          hintText="Au format département-année-numéro, par exemple 93-2026-000042."
          nativeInputProps={{ value: reference, onChange: (e) => setReference(e.target.value), autoComplete: 'off', required: true }}
        />
      )}
      <Input
        label="Motif de la demande"
        hintText="Par exemple : demande écrite de la personne reçue le 2 décembre. Le motif est conservé chiffré avec la demande."
        textArea
        nativeTextAreaProps={{ value: reason, onChange: (e) => setReason(e.target.value), rows: 3, required: true, maxLength: 2000 }}
      />
      <Button type="submit" iconId="fr-icon-file-download-line" disabled={!ready || ask.isPending}>
        Demander l’export
      </Button>
      {ask.isSuccess && <p className="fr-text--sm fr-mt-1w" role="status">Demande enregistrée : l’export est en préparation.</p>}
      {ask.error && <ErrorAlert error={ask.error} title="La demande n’a pas abouti" />}
    </form>
  );
}
