import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { ErrorAlert, usePageTitle } from '../../components/common';

import { ENROLMENT_PATH } from './path';

export { ENROLMENT_PATH };

/**
 * The token sits in the address's fragment (`/inscription#<token>`), which the browser never sends to a
 * server: it is read once, then wiped from the address bar and the history.
 */
export function takeEnrolmentToken(): string {
  const token = window.location.hash.replace(/^#/, '');
  if (token) window.history.replaceState(null, '', ENROLMENT_PATH);
  return token;
}

/** A new user sets a password through the enrolment link an administrator handed over. */
export function EnrolmentPage({ onDone }: { onDone: () => void }) {
  usePageTitle('Activer mon compte');
  const [token] = useState(takeEnrolmentToken);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const submit = useMutation({ mutationFn: () => unwrap<{ email: string }>(api.POST('/api/auth/enrolment', { body: { token, password } })) });
  const tooShort = password.length > 0 && password.length < 12;
  const mismatch = confirm.length > 0 && confirm !== password;

  return (
    <div className="fr-grid-row fr-grid-row--center fr-my-7w">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>Activer mon compte</h1>
        {submit.data ? (
          <>
            <Alert severity="success" title="Votre mot de passe est enregistré" description={`Connectez-vous avec l’adresse ${submit.data.email}. Si votre rôle l’exige, vous configurerez ensuite un code de vérification sur votre téléphone.`} className="fr-mb-3w" />
            <Button onClick={onDone}>Se connecter</Button>
          </>
        ) : !token ? (
          <Alert severity="warning" title="Lien incomplet" description="Ouvrez le lien d’inscription tel qu’il vous a été transmis, en entier. S’il ne fonctionne plus, demandez-en un nouveau à l’administration de la plateforme." />
        ) : (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (!tooShort && !mismatch && password) submit.mutate();
            }}
          >
            <p>Choisissez votre mot de passe. Ce lien ne fonctionne qu’une fois : personne d’autre ne connaîtra votre mot de passe.</p>
            <ErrorAlert error={submit.error} />
            <Input
              label="Mot de passe"
              hintText="Au moins 12 caractères. Une phrase de plusieurs mots est plus sûre et plus facile à retenir."
              state={tooShort ? 'error' : 'default'}
              stateRelatedMessage="Le mot de passe doit compter au moins 12 caractères."
              nativeInputProps={{ type: 'password', value: password, onChange: (e) => setPassword(e.target.value), autoComplete: 'new-password', required: true }}
            />
            <Input
              label="Confirmez le mot de passe"
              state={mismatch ? 'error' : 'default'}
              stateRelatedMessage="Les deux mots de passe sont différents."
              nativeInputProps={{ type: 'password', value: confirm, onChange: (e) => setConfirm(e.target.value), autoComplete: 'new-password', required: true }}
            />
            <Button type="submit" disabled={submit.isPending || password.length < 12 || confirm !== password}>
              Enregistrer mon mot de passe
            </Button>
          </form>
        )}
      </div>
    </div>
  );
}
