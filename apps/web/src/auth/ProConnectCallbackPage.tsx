import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError } from '../api/client';
import type { LoginAnswer } from '../api/views';
import { Loading, usePageTitle } from '../components/common';
import { completeProConnect, proConnectErrorMessage, takeProConnectAnswer } from './proconnect';
import { tellOpener } from './proconnect-popup';
import { session, type TokenPair } from './session';
import { SignInForm } from './SignInForm';

type State =
  | { kind: 'waiting' }
  | { kind: 'totp'; challenge: LoginAnswer }
  | { kind: 'no-account'; organisationName?: string }
  | { kind: 'unknown-organisation' }
  | { kind: 'error'; message: string };

/** Read once per page load (the attempt leaves the tab's storage, the code the address bar). */
let taken: ReturnType<typeof takeProConnectAnswer> | undefined;
function takeAnswerOnce() {
  return (taken ??= takeProConnectAnswer());
}

/**
 * Where ProConnect sends the browser back: the answer is handed to the API with this tab's attempt; then the
 * session opens (or mnio's own code is asked for), or the page says why not, and whom to ask.
 */
export function ProConnectCallbackPage({ onRetry }: { onRetry: () => void }) {
  usePageTitle('Connexion avec ProConnect');
  const [answer] = useState(takeAnswerOnce);
  const [state, setState] = useState<State>(() =>
    answer.attempt
      ? { kind: 'waiting' }
      : { kind: 'error', message: 'Cette connexion n’a pas été commencée dans cet onglet, ou elle a déjà abouti. Recommencez depuis la page de connexion.' },
  );
  const once = useRef(false);
  const navigate = useNavigate();
  // The address bar already shows `/` (the code left it): the router learns it too.
  const home = useCallback(() => navigate('/', { replace: true }), [navigate]);
  // Begun in the re-sign-in dialog's popup: the opener is told (it takes the session up itself) and this window closes.
  const finish = useCallback(() => {
    if (!(answer.popup && tellOpener(answer.popup))) home();
  }, [answer.popup, home]);

  useEffect(() => {
    const { attempt, query, popup } = answer;
    if (once.current || !attempt) return;
    once.current = true;
    completeProConnect<LoginAnswer>(attempt, query)
      .then((answer) => {
        if (answer.mfaRequired) setState({ kind: 'totp', challenge: answer });
        else if (!(popup && tellOpener(popup))) {
          home();
          session.start(answer as TokenPair);
        }
      })
      .catch((e: unknown) => {
        if (e instanceof ApiError && e.code === 'PROCONNECT_NO_ACCOUNT') {
          const name = e.details?.organisationName;
          setState({ kind: 'no-account', organisationName: typeof name === 'string' ? name : undefined });
        } else if (e instanceof ApiError && e.code === 'PROCONNECT_UNKNOWN_ORGANISATION') setState({ kind: 'unknown-organisation' });
        else setState({ kind: 'error', message: proConnectErrorMessage(e) });
      });
  }, [answer, home]);

  return (
    <div className="fr-grid-row fr-grid-row--center fr-my-7w">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>Connexion avec ProConnect</h1>
        {state.kind === 'waiting' && <Loading what="Vérification de votre identité…" />}
        {state.kind === 'totp' && <SignInForm challenge={state.challenge} onSignedIn={finish} />}
        {state.kind === 'no-account' && (
          <>
            <Alert
              severity="info"
              title="Vous n’avez pas encore de compte mnio"
              description={`ProConnect a bien reconnu votre identité professionnelle, mais aucun compte mnio ne lui correspond. Une demande d’accès a été transmise à la coordination de votre organisation${state.organisationName ? ` (${state.organisationName})` : ''} dans mnio : la personne qui la coordonne choisira votre rôle. Dès qu’elle l’aura acceptée, vous pourrez vous connecter avec ProConnect.`}
              className="fr-mb-3w"
            />
            <p>Si la demande tarde, adressez-vous directement à la personne qui coordonne votre organisation dans mnio.</p>
          </>
        )}
        {state.kind === 'unknown-organisation' && (
          <>
            <Alert
              severity="warning"
              title="Votre organisation n’utilise pas encore mnio"
              description="ProConnect a bien reconnu votre identité professionnelle, mais l’établissement auquel elle est rattachée (son numéro SIRET) n’est inscrit dans mnio pour aucune organisation. Aucun accès n’a été créé."
              className="fr-mb-3w"
            />
            <p>
              Demandez à la personne qui coordonne votre organisation de faire inscrire son numéro SIRET par l’équipe qui administre mnio, ou
              adressez-vous au référent traite des êtres humains de votre département.
            </p>
          </>
        )}
        {state.kind === 'error' && <Alert severity="error" title="La connexion n’a pas abouti" description={state.message} className="fr-mb-3w" role="alert" />}
        {state.kind !== 'waiting' && state.kind !== 'totp' && (
          <Button priority="secondary" onClick={onRetry}>
            Revenir à la page de connexion
          </Button>
        )}
      </div>
    </div>
  );
}
