import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { ProConnectButton } from '@codegouvfr/react-dsfr/ProConnectButton';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { proConnectEnabled } from './proconnect';
import { isPopupSignedIn, openProConnectPopup, POPUP_CHANNEL, resumeAfterPopup } from './proconnect-popup';
import { SignInForm } from './SignInForm';

type PopupState = 'idle' | 'waiting' | 'blocked' | 'failed';

/**
 * « S'identifier avec ProConnect » without leaving the page: the flow runs in a popup window, which tells this
 * page when it signed in (a message of this origin, from that window, with no token); the session is then taken
 * up through the refresh cookie, over the page only if it is the same user's (`userId`).
 */
function ProConnectAgain({ userId }: { userId: string }) {
  const enabled = useQuery({ queryKey: ['proconnect-enabled'], queryFn: proConnectEnabled, staleTime: Infinity });
  const [state, setState] = useState<PopupState>('idle');
  const popup = useRef<Window | null>(null);
  const ref = useRef<string | null>(null);
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      if (!isPopupSignedIn(e, popup.current, ref.current, window.location.origin)) return;
      popup.current = null;
      ref.current = null;
      resumeAfterPopup(userId)
        .then((r) => r === 'no-session' && setState('failed'))
        .catch(() => setState('failed'));
    };
    window.addEventListener('message', onMessage);
    const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(POPUP_CHANNEL);
    channel?.addEventListener('message', onMessage);
    return () => {
      window.removeEventListener('message', onMessage);
      channel?.close();
    };
  }, [userId]);
  if (!enabled.data) return null;
  const open = () => {
    const mark = crypto.randomUUID();
    const w = openProConnectPopup(mark);
    if (!w) {
      setState('blocked');
      return;
    }
    popup.current = w;
    ref.current = mark;
    w.focus();
    setState('waiting');
  };
  return (
    <section className="fr-mb-3w" aria-labelledby="session-expired-proconnect">
      <h2 id="session-expired-proconnect" className="fr-h6">
        Avec votre compte professionnel de l’État
      </h2>
      {state === 'blocked' && (
        <Alert
          severity="warning"
          small
          role="alert"
          className="fr-mb-2w"
          description="Votre navigateur a bloqué la fenêtre de connexion ProConnect. Autorisez les fenêtres surgissantes (pop-up) pour mnio, depuis l’icône affichée dans la barre d’adresse ou les réglages du navigateur, puis cliquez de nouveau sur le bouton ci-dessous."
        />
      )}
      {state === 'waiting' && (
        <p role="status" className="fr-text--sm">
          Poursuivez la connexion dans la fenêtre ProConnect qui s’est ouverte : cette page reprendra ensuite, avec ce que vous avez saisi.
        </p>
      )}
      {state === 'failed' && (
        <Alert severity="error" small role="alert" className="fr-mb-2w" description="La connexion avec ProConnect n’a pas abouti. Recommencez, ou connectez-vous avec votre mot de passe si votre organisation le permet." />
      )}
      <ProConnectButton onClick={open} />
      <p className="fr-hr-or fr-mt-2w">ou</p>
    </section>
  );
}

/**
 * Shown over the page when the session has ended: the page underneath stays mounted, so a half-filled form
 * keeps its values, and the request that met the expiry is sent again once the user has signed in.
 */
export function SessionExpiredDialog({ email, userId, onSignOut }: { email: string; userId: string; onSignOut: () => void }) {
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
                <ProConnectAgain userId={userId} />
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
