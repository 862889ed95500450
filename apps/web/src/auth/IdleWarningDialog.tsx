import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useRef, useState } from 'react';
import { clockTime, timeLeft } from './idle';
import { session, type IdleWarning } from './session';

/**
 * Opens before the session's idle end, over the page (which stays mounted: a half-filled form keeps its values).
 * « Rester connecté » renews the session. The sentence is written once when the dialog opens, with the clock
 * time of the end, rather than counting down aloud for screen readers.
 */
export function IdleWarningDialog({ warning, onSignOut }: { warning: IdleWarning; onSignOut: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [left] = useState(() => timeLeft(warning.endsAt - Date.now()));
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const d = ref.current;
    if (d && typeof d.showModal === 'function' && !d.open) d.showModal();
    return () => d?.close?.();
  }, []);
  const at = clockTime(warning.endsAt);
  return (
    <dialog
      ref={ref}
      aria-labelledby="idle-warning-title"
      aria-describedby="idle-warning-text"
      className="mnio-modal"
      onCancel={(e) => e.preventDefault()}
    >
      <div className="fr-container fr-container--fluid fr-container-md">
        <div className="fr-grid-row fr-grid-row--center">
          <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
            <div className="fr-modal__body">
              <div className="fr-modal__content fr-pt-4w">
                <h1 id="idle-warning-title" className="fr-modal__title">
                  <span className="fr-icon-warning-line fr-mr-1w" aria-hidden="true" />
                  Votre session va expirer dans {left}
                </h1>
                <p id="idle-warning-text">
                  {warning.final
                    ? `Votre session atteint sa durée maximale : elle prendra fin à ${at}. Vous devrez alors vous reconnecter ; ce que vous avez saisi restera sur cette page.`
                    : `Sans action de votre part, elle prendra fin à ${at}, pour protéger les personnes suivies. Ce que vous avez saisi reste sur cette page.`}
                </p>
              </div>
              <div className="fr-modal__footer">
                <ul className="fr-btns-group fr-btns-group--inline-md">
                  {!warning.final && (
                    <li>
                      <Button
                        disabled={busy}
                        nativeButtonProps={{ autoFocus: true }}
                        onClick={() => {
                          setBusy(true);
                          void session.stay().finally(() => setBusy(false));
                        }}
                      >
                        Rester connecté
                      </Button>
                    </li>
                  )}
                  <li>
                    <Button priority="secondary" onClick={onSignOut}>
                      Se déconnecter
                    </Button>
                  </li>
                </ul>
              </div>
            </div>
          </div>
        </div>
      </div>
    </dialog>
  );
}
