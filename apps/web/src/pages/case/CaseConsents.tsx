import { DataTable } from '../../components/DataTable';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useOrganisations } from '../../api/hooks';
import type { CaseView, Versioned } from '../../api/views';
import { useAuth } from '../../auth/auth';
import { Empty, ErrorAlert } from '../../components/common';
import { CodeSelect, YesNo } from '../../components/fields';
import { CONSENT_METHODS, CONSENT_PURPOSES, frDate, label } from '../../domain/labels';
import { organisationLabel } from '../../domain/masked-organisation';

const ORIENTATION_TARGET_KINDS = ['acse_coordination', 'host', 'minors_centre', 'uaped', 'crp', 'prefecture', 'parquet', 'ase', 'ofii', 'association'];

/**
 * The person's consents, latest per purpose and target; the owner's workers record new ones. `presetTarget` /
 * `presetPurpose` ask for the one consent an action needs, and `inline` shows that form alone, inside the action.
 */
export function CaseConsents({ c, presetTarget, presetPurpose, inline }: { c: CaseView; presetTarget?: string; presetPurpose?: string; inline?: boolean }) {
  const { can, me } = useAuth();
  const orgs = useOrganisations();
  const client = useQueryClient();
  const [purpose, setPurpose] = useState(presetPurpose ?? (presetTarget ? 'orientation' : ''));
  const [target, setTarget] = useState(presetTarget ?? '');
  const [granted, setGranted] = useState<boolean | null>(presetTarget || presetPurpose ? true : null);
  const [method, setMethod] = useState('oral');
  const [done, setDone] = useState(false);
  const record = useMutation({
    mutationFn: () =>
      unwrap<Versioned>(
        api.POST('/api/cases/{id}/consents', {
          params: { path: { id: c.id }, header: { 'if-match': `"${c.version}"` } },
          body: { purpose: purpose as 'orientation', granted: granted === true, method: method as 'oral', ...(purpose === 'orientation' ? { targetOrganisationId: target } : {}) },
        }),
      ),
    onSuccess: () => {
      setDone(true);
      setPurpose(presetPurpose ?? '');
      setGranted(null);
    },
    onSettled: () => client.invalidateQueries({ queryKey: ['case', c.id] }),
  });
  const mayRecord = can('record_consent', 'Case', { ownerOrganisationId: c.ownerOrganisationId });
  const targets = Object.fromEntries(orgs.list.filter((o) => ORIENTATION_TARGET_KINDS.includes(o.kind)).map((o) => [o.id, o.name]));

  return (
    <>
      {inline ? null : c.consents.length === 0 ? (
        <Empty>Aucun accord enregistré.</Empty>
      ) : (
        <DataTable
          caption="Accords de la personne"
          headers={['Objet', 'Réponse', 'Recueilli', 'Date']}
          rows={c.consents.map((k) => [
            k.purpose === 'orientation' ? `${label(CONSENT_PURPOSES, k.purpose)} : ${organisationLabel(orgs.name, k.targetOrganisationId, k.targetOrganisationKind)}` : label(CONSENT_PURPOSES, k.purpose),
            k.granted ? 'Accord' : 'Refus ou retrait',
            label(CONSENT_METHODS, k.method),
            frDate(k.recordedAt),
          ])}
        />
      )}
      {mayRecord && (
        <form
          className="fr-mt-3w fr-p-3w fr-background-alt--grey"
          onSubmit={(e) => {
            e.preventDefault();
            setDone(false);
            record.mutate();
          }}
        >
          <h3 className="fr-h6">{inline && presetPurpose ? `Accord de la personne : ${label(CONSENT_PURPOSES, presetPurpose).toLowerCase()}` : 'Enregistrer un accord ou un retrait'}</h3>
          {done && (
            <p className="fr-message fr-message--valid" role="status">
              Accord enregistré.
            </p>
          )}
          <ErrorAlert error={record.error} />
          {!(inline && presetPurpose) && <CodeSelect label="Objet" table={CONSENT_PURPOSES} value={purpose} onChange={setPurpose} />}
          {purpose === 'orientation' && <CodeSelect label="Structure concernée" table={targets} value={target} onChange={setTarget} />}
          <YesNo name="consent-granted" legend="Réponse de la personne" yes="Elle accepte" no="Elle refuse ou retire son accord" value={granted} onChange={setGranted} />
          <CodeSelect label="Comment l’accord a-t-il été recueilli ?" table={CONSENT_METHODS} value={method} onChange={(m) => setMethod(m || 'oral')} />
          <p className="fr-text--sm">
            Recueilli par {me.displayName} ({orgs.name(c.ownerOrganisationId)}), enregistré à la date du jour : {frDate(new Date().toISOString())}.
          </p>
          <Button type="submit" disabled={record.isPending || !purpose || granted === null || (purpose === 'orientation' && !target)}>
            Enregistrer l’accord
          </Button>
        </form>
      )}
    </>
  );
}
