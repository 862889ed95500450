import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api, ApiError, unwrap } from '../../api/client';
import type { BreakGlassAnswer } from '../../api/access-views';
import { useAuth } from '../../auth/auth';
import { ErrorAlert } from '../../components/common';
import { CodeSelect } from '../../components/fields';
import { BREAK_GLASS_REASONS } from '../../domain/labels';

export type BreakGlassTarget = { caseId: string } | { reference: string };

const STEP_UP_CODES = ['STEP_UP_REQUIRED', 'STEP_UP_INVALID'];

/**
 * The emergency access form, in a modal: what it is and what it records first, then the reason, a justification
 * and, when the user has an authenticator app, a fresh code. The API decides (role, territory, daily limit).
 */
export function BreakGlassDialog({ target, onClose, onOpened }: { target: BreakGlassTarget; onClose(): void; onOpened(a: BreakGlassAnswer): void }) {
  const { me } = useAuth();
  const ref = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const [justification, setJustification] = useState('');
  const [code, setCode] = useState('');
  const [tried, setTried] = useState(false);
  useEffect(() => {
    const d = ref.current;
    if (d && typeof d.showModal === 'function' && !d.open) d.showModal();
  }, []);
  const open = useMutation({
    mutationFn: () => {
      const body = { reasonCode: reason as 'other', justification: justification.trim(), ...(me.totpEnabled ? { totpCode: code } : {}) };
      return 'caseId' in target
        ? unwrap<BreakGlassAnswer>(api.POST('/api/cases/{id}/break-glass', { params: { path: { id: target.caseId } }, body }))
        : unwrap<BreakGlassAnswer>(api.POST('/api/break-glass', { body: { ...body, reference: target.reference } }));
    },
    onSuccess: onOpened,
  });
  const codeError = open.error instanceof ApiError && STEP_UP_CODES.includes(open.error.code) ? open.error.message : undefined;
  const justificationError = tried && justification.trim().length < 10 ? 'Expliquez en une phrase au moins (10 caractères) pourquoi cela ne peut pas attendre.' : undefined;
  return (
    // A native modal dialog (focus trapped, Escape closes), not a DSFR `.fr-modal`: the DSFR script would conceal a modal it did not open.
    <dialog
      ref={ref}
      aria-labelledby="break-glass-title"
      style={{ border: 0, padding: 0, width: 'calc(100% - 2rem)', maxWidth: '48rem', maxHeight: 'calc(100% - 2rem)', boxShadow: '0 6px 18px rgba(0, 0, 18, 0.16)' }}
      onCancel={onClose}
    >
      <div className="fr-p-3w fr-p-md-4w">
        <div className="fr-grid-row fr-grid-row--right">
          <button type="button" className="fr-btn--close fr-btn" title="Fermer" onClick={onClose}>
            Fermer
          </button>
        </div>
        <h1 id="break-glass-title" className="fr-h4">
          <span className="fr-icon-warning-line fr-icon--lg" aria-hidden="true" /> Accès exceptionnel à une situation
        </h1>
        <p>
          Réservé aux urgences (danger pour la personne, enfant en danger, urgence judiciaire). L’accès est <strong>en lecture seule</strong>, limité dans le
          temps, <strong>enregistré</strong> avec votre motif, et l’organisation qui suit la personne ainsi que le délégué à la protection des données en sont
          informés immédiatement.
        </p>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            setTried(true);
            if (reason && justification.trim().length >= 10 && (!me.totpEnabled || /^\d{6}$/.test(code))) open.mutate();
          }}
        >
          {!codeError && <ErrorAlert error={open.error} />}
          <CodeSelect label="Motif de l’urgence" table={BREAK_GLASS_REASONS} value={reason} onChange={setReason} error={tried && !reason ? 'Choisissez le motif de l’urgence.' : undefined} />
          <Input
            label="Justification"
            hintText="Ce qui ne peut pas attendre l’accord de l’organisation qui suit la personne. N’y écrivez pas son nom : la justification est chiffrée et relue en cas de contrôle."
            textArea
            state={justificationError ? 'error' : 'default'}
            stateRelatedMessage={justificationError}
            nativeTextAreaProps={{ value: justification, onChange: (e) => setJustification(e.target.value), rows: 3, maxLength: 2000 }}
          />
          {me.totpEnabled && (
            <Input
              label="Code de votre application d’authentification"
              hintText="Les 6 chiffres affichés maintenant : l’accès exceptionnel se confirme à chaque fois."
              state={codeError || (tried && !/^\d{6}$/.test(code)) ? 'error' : 'default'}
              stateRelatedMessage={codeError ?? (tried && !/^\d{6}$/.test(code) ? 'Saisissez les 6 chiffres du code.' : undefined)}
              nativeInputProps={{ value: code, onChange: (e) => setCode(e.target.value.replace(/\D/g, '').slice(0, 6)), inputMode: 'numeric', autoComplete: 'one-time-code' }}
            />
          )}
          <ul className="fr-btns-group fr-btns-group--inline-md">
            <li>
              <Button type="submit" disabled={open.isPending}>
                Confirmer l’accès exceptionnel
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
