import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useEffect, useRef, useState } from 'react';
import { Loading, usePageTitle } from '../components/common';
import { proConnectErrorMessage, startProConnect } from './proconnect';
import { popupRef, tellOpener } from './proconnect-popup';
import type { SessionStatus } from './session';

/**
 * The popup window the re-sign-in dialog opens: leaves for ProConnect (the answer comes back to the callback page
 * in this window). A session this browser already holds again is told to the opener at once.
 */
export function ProConnectPopupPage({ status }: { status: SessionStatus }) {
  usePageTitle('Connexion avec ProConnect');
  const [error, setError] = useState<string | null>(null);
  const once = useRef(false);
  useEffect(() => {
    if (once.current || status === 'restoring') return;
    once.current = true;
    const ref = popupRef();
    const begin = !ref
      ? Promise.reject(new Error('no opener'))
      : status === 'signed_in'
        ? Promise.resolve().then(() => {
            if (!tellOpener(ref)) throw new Error('no opener');
          })
        : startProConnect(ref);
    begin.catch((e: unknown) => setError(e instanceof Error && e.message === 'no opener' ? 'Cette fenêtre n’a pas été ouverte depuis mnio. Vous pouvez la fermer.' : proConnectErrorMessage(e)));
  }, [status]);
  return (
    <div className="fr-grid-row fr-grid-row--center fr-my-7w">
      <div className="fr-col-12 fr-col-md-10">
        <h1>Connexion avec ProConnect</h1>
        {error ? (
          <Alert severity="error" title="La connexion n’a pas abouti" description={error} role="alert" />
        ) : (
          <Loading what="Ouverture de ProConnect…" />
        )}
      </div>
    </div>
  );
}
