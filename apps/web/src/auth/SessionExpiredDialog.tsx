import { Button } from '@codegouvfr/react-dsfr/Button';
import { useEffect, useRef } from 'react';
import { SignInForm } from './SignInForm';

/**
 * Shown over the page when the session has ended: the page underneath stays mounted, so a half-filled form
 * keeps its values, and the request that met the expiry is sent again once the user has signed in.
 */
export function SessionExpiredDialog({ email, onSignOut }: { email: string; onSignOut: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && typeof d.showModal === 'function' && !d.open) d.showModal();
  }, []);
  return (
    <dialog ref={ref} aria-labelledby="session-expired-title" className="mnio-modal" onCancel={(e) => e.preventDefault()}>
      <div className="fr-container fr-container--fluid fr-container-md">
        <div className="fr-grid-row fr-grid-row--center">
          <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
            <div className="fr-modal__body">
              <div className="fr-modal__content fr-pt-4w">
                <h1 id="session-expired-title" className="fr-modal__title">
                  Votre session a expiré
                </h1>
                <p>Reconnectez-vous pour continuer : ce que vous avez saisi est conservé sur cette page et sera envoyé ensuite.</p>
                <SignInForm email={email} />
                <Button priority="tertiary" className="fr-mt-3w" onClick={onSignOut}>
                  Abandonner et se déconnecter
                </Button>
              </div>
            </div>
          </div>
        </div>
      </div>
    </dialog>
  );
}
