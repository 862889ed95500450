import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import { errorMessage } from '../api/error-messages';
import { Loading } from '../components/common';
import type { LoginAnswer } from '../api/views';
import { session, type TokenPair } from './session';

type Step = { kind: 'password' } | { kind: 'totp'; mfaToken: string } | { kind: 'enrol'; mfaToken: string; secret?: string };

async function post<T>(path: string, body: unknown): Promise<T> {
  // Sign-in goes around the authenticated client: no token yet, and a 401 here is an answer, not an expiry.
  const res = await fetch(new URL(path, window.location.origin), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = res.status === 204 ? {} : await res.json().catch(() => ({}));
  if (!res.ok) throw new ApiError(res.status, json.code ?? `HTTP_${res.status}`, json.correlationId, json.details);
  return json as T;
}

/**
 * Email and password, then the TOTP code when the API answers `mfaRequired` (with enrolment when the second
 * factor is mandatory and not set up yet). `email` fixed: signing in again after the session expired.
 * `challenge`: the code step of a sign-in begun with ProConnect.
 */
export function SignInForm({ email: fixedEmail, onSignedIn, challenge }: { email?: string; onSignedIn?: () => void; challenge?: LoginAnswer }) {
  const [email, setEmail] = useState(fixedEmail ?? '');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  // `challenge`: a sign-in begun elsewhere (ProConnect) that needs mnio's own code.
  const [step, setStep] = useState<Step>(() => (challenge?.mfaToken ? { kind: challenge.enrolmentRequired ? 'enrol' : 'totp', mfaToken: challenge.mfaToken } : { kind: 'password' }));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A sign-in begun with ProConnect whose user has no second factor yet: the key to enrol is asked for once.
  const enrolling = useRef(false);
  useEffect(() => {
    if (step.kind !== 'enrol' || step.secret || enrolling.current) return;
    enrolling.current = true;
    const { mfaToken } = step;
    post<{ secret: string }>('/api/auth/totp/enrol', { mfaToken })
      .then((enrol) => setStep({ kind: 'enrol', mfaToken, secret: enrol.secret }))
      .catch((err: unknown) => setError(err instanceof ApiError ? err.message : errorMessage('NETWORK_ERROR')));
  }, [step]);

  const done = (pair: TokenPair) => {
    setPassword('');
    session.start(pair);
    onSignedIn?.();
  };

  const run = async (e: FormEvent, action: () => Promise<void>) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : errorMessage('NETWORK_ERROR'));
    } finally {
      setBusy(false);
    }
  };

  const signIn = (e: FormEvent) =>
    run(e, async () => {
      const answer = await post<LoginAnswer>('/api/auth/login', { email, password });
      if (answer.mfaRequired && answer.mfaToken) {
        setPassword('');
        if (answer.enrolmentRequired) {
          const enrol = await post<{ secret: string }>('/api/auth/totp/enrol', { mfaToken: answer.mfaToken });
          setStep({ kind: 'enrol', mfaToken: answer.mfaToken, secret: enrol.secret });
        } else setStep({ kind: 'totp', mfaToken: answer.mfaToken });
        return;
      }
      done(answer as TokenPair);
    });

  const verify = (e: FormEvent) =>
    run(e, async () => {
      if (step.kind === 'password') return;
      const path = step.kind === 'enrol' ? '/api/auth/totp/confirm' : '/api/auth/totp/verify';
      done(await post<TokenPair>(path, { mfaToken: step.mfaToken, code }));
    });

  const errorBox = error ? <Alert severity="error" small description={error} className="fr-mb-3w" role="alert" /> : null;

  if (step.kind !== 'password') {
    return (
      <form onSubmit={verify} noValidate>
        {errorBox}
        {step.kind === 'enrol' && !step.secret ? (
          <Loading what="Préparation de votre clé de vérification…" />
        ) : step.kind === 'enrol' ? (
          <Alert
            severity="info"
            small={false}
            title="Activez la vérification en deux étapes"
            description={`Votre rôle demande un second facteur. Ajoutez cette clé dans votre application d’authentification (saisie manuelle), puis saisissez le code à 6 chiffres qu’elle affiche : ${step.secret}`}
            className="fr-mb-3w"
          />
        ) : (
          <p>Saisissez le code à 6 chiffres affiché par votre application d’authentification.</p>
        )}
        <Input
          label="Code de vérification"
          hintText="6 chiffres, renouvelé toutes les 30 secondes"
          nativeInputProps={{
            value: code,
            onChange: (e) => setCode(e.target.value.replace(/\D/g, '').slice(0, 6)),
            inputMode: 'numeric',
            autoComplete: 'one-time-code',
            pattern: '[0-9]{6}',
            required: true,
            autoFocus: true,
          }}
        />
        <Button type="submit" disabled={busy || code.length !== 6}>
          Valider le code
        </Button>
      </form>
    );
  }

  return (
    <form onSubmit={signIn} noValidate>
      {errorBox}
      <fieldset className="fr-fieldset" aria-labelledby="signin-legend">
        <legend className="fr-fieldset__legend" id="signin-legend">
          Se connecter avec son compte mnio
        </legend>
        <div className="fr-fieldset__element">
          <Input
            label="Adresse électronique"
            hintText="Format attendu : nom@domaine.fr"
            disabled={fixedEmail !== undefined}
            nativeInputProps={{ type: 'email', value: email, onChange: (e) => setEmail(e.target.value), autoComplete: 'username', required: true }}
          />
        </div>
        <div className="fr-fieldset__element">
          <Input
            label="Mot de passe"
            nativeInputProps={{ type: 'password', value: password, onChange: (e) => setPassword(e.target.value), autoComplete: 'current-password', required: true }}
          />
        </div>
      </fieldset>
      <Button type="submit" disabled={busy || !email || !password}>
        Se connecter
      </Button>
    </form>
  );
}
