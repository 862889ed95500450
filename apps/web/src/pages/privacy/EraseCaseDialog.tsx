import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { CaseView } from '../../api/views';
import { useAuth } from '../../auth/auth';
import { ErrorAlert, Section } from '../../components/common';
import { CodeSelect } from '../../components/fields';
import { ERASURE_REASONS, frDate } from '../../domain/labels';

export interface ErasureAnswer { id: string; reference: string; version: number; anonymisedAt: string }

/**
 * Confirms the early erasure of one case (RGPD article 17): what is erased, what stays, the reason. The API decides
 * (the owner organisation's coordinator or DPO; never a case under a legal hold).
 */
export function EraseCaseDialog({ reference, version, onClose, onErased }: { reference: string; version?: number; onClose(): void; onErased(a: ErasureAnswer): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  useEffect(() => {
    const d = ref.current;
    if (d && typeof d.showModal === 'function' && !d.open) d.showModal();
  }, []);
  const erase = useMutation({
    mutationFn: () =>
      unwrap<ErasureAnswer>(api.POST('/api/privacy/case-erasures', { body: { reference, reason: reason as 'person_request', ...(version ? { version } : {}) } })),
    onSuccess: onErased,
  });
  return (
    // A native modal dialog (focus trapped, Escape closes), as the emergency access form.
    <dialog
      ref={ref}
      aria-labelledby="erase-case-title"
      style={{ border: 0, padding: 0, width: 'calc(100% - 2rem)', maxWidth: '48rem', maxHeight: 'calc(100% - 2rem)', boxShadow: '0 6px 18px rgba(0, 0, 18, 0.16)' }}
      onCancel={onClose}
    >
      <div className="fr-p-3w fr-p-md-4w">
        <div className="fr-grid-row fr-grid-row--right">
          <button type="button" className="fr-btn--close fr-btn" title="Fermer" onClick={onClose}>
            Fermer
          </button>
        </div>
        <h1 id="erase-case-title" className="fr-h4">
          <span className="fr-icon-delete-line fr-icon--lg" aria-hidden="true" /> Anonymiser la situation {reference}
        </h1>
        <p>
          L’identité, le récit, les notes et les textes libres de cette situation seront <strong>effacés définitivement</strong>. Les faits sans identité (sexe,
          tranche d’âge, formes d’exploitation, étapes des parcours) restent pour les statistiques. L’effacement est enregistré avec son motif, et les autres
          organisations qui voient la situation en sont informées.
        </p>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setTried(true);
            if (reason) erase.mutate();
          }}
        >
          <ErrorAlert error={erase.error} />
          <CodeSelect label="Motif de l’effacement" table={ERASURE_REASONS} value={reason} onChange={setReason} error={tried && !reason ? 'Choisissez le motif de l’effacement.' : undefined} />
          <ul className="fr-btns-group fr-btns-group--inline-md">
            <li>
              <Button type="submit" disabled={erase.isPending}>
                Confirmer l’anonymisation
              </Button>
            </li>
            <li>
              <Button type="button" priority="secondary" onClick={onClose}>
                Annuler
              </Button>
            </li>
          </ul>
        </form>
      </div>
    </dialog>
  );
}

/** On the case page: the banner of an anonymised case, or the owner's coordinator's way to erase it now. */
export function CaseErasure({ c }: { c: CaseView }) {
  const { can } = useAuth();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  if (c.anonymisedAt) {
    return (
      <Alert
        severity="info"
        small={false}
        title={`Situation anonymisée le ${frDate(c.anonymisedAt)}`}
        description="Son identité, son récit et ses textes libres ont été effacés. Les faits sans identité restent pour les statistiques ; la situation ne peut plus être modifiée."
        className="fr-mb-3w"
      />
    );
  }
  if (!can('erase', 'CaseErasure', { ownerOrganisationId: c.ownerOrganisationId })) return null;
  return (
    <Section title="Effacement à la demande de la personne" id="effacement">
      <p className="fr-text--sm">La personne peut demander l’effacement de ses données avant la fin de la durée de conservation.</p>
      <Button priority="tertiary" iconId="fr-icon-delete-line" onClick={() => setOpen(true)}>
        Anonymiser cette situation
      </Button>
      {open && (
        <EraseCaseDialog
          reference={c.reference}
          version={c.version}
          onClose={() => setOpen(false)}
          onErased={() => {
            setOpen(false);
            void client.invalidateQueries({ queryKey: ['case', c.id] });
          }}
        />
      )}
    </Section>
  );
}
