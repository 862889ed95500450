import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Notice } from '@codegouvfr/react-dsfr/Notice';
import { ProConnectButton } from '@codegouvfr/react-dsfr/ProConnectButton';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { usePageTitle } from '../components/common';
import { proConnectEnabled, proConnectErrorMessage, startProConnect } from './proconnect';
import { takeSignInNotice } from './proconnect-popup';
import { SignInForm } from './SignInForm';

/** « S'identifier avec ProConnect », when the platform is registered with it. */
function ProConnectSignIn() {
  const enabled = useQuery({ queryKey: ['proconnect-enabled'], queryFn: proConnectEnabled, staleTime: Infinity });
  const [error, setError] = useState<string | null>(null);
  if (!enabled.data) return null;
  return (
    <section className="fr-mb-4w" aria-labelledby="proconnect-title">
      <h2 id="proconnect-title" className="fr-h5">
        Avec votre compte professionnel de l’État
      </h2>
      {error && <Alert severity="error" small description={error} className="fr-mb-2w" role="alert" />}
      <ProConnectButton onClick={() => startProConnect().catch((e: unknown) => setError(proConnectErrorMessage(e)))} />
      <p className="fr-hr-or fr-mt-2w">ou</p>
    </section>
  );
}

/** The sign-in page's title, also written into the page drawn at build time (src/prerender.tsx). */
export const SIGN_IN_TITLE = 'Connexion';

export function SignInPage() {
  usePageTitle(SIGN_IN_TITLE);
  // Why the last session ended with its page (another person signed in through the re-sign-in dialog's popup).
  const [notice] = useState(takeSignInNotice);
  return (
    <div className="fr-grid-row fr-grid-row--center fr-my-7w">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>Connexion à mnio</h1>
        <p className="fr-text--sm">
          Coordination des situations de traite des êtres humains (mécanisme national d’identification et d’orientation).
        </p>
        <Notice
          className="fr-mb-4w"
          title="Pour protéger les personnes, votre session prend fin après une période sans activité. Sur un poste partagé, déconnectez-vous en partant."
        />
        {notice && <Alert severity="warning" title="Session fermée" description={notice} className="fr-mb-4w" role="alert" />}
        <ProConnectSignIn />
        <SignInForm />
      </div>
    </div>
  );
}
