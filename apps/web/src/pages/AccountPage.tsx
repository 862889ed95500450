import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import { useAuth } from '../auth/auth';
import { ErrorAlert, Section, usePageTitle } from '../components/common';
import { label, ORGANISATION_KINDS, ROLES } from '../domain/labels';

export function AccountPage() {
  usePageTitle('Mon compte');
  const { me } = useAuth();
  const client = useQueryClient();
  const [secret, setSecret] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const enrol = useMutation({ mutationFn: () => unwrap<{ secret: string }>(api.POST('/api/me/totp')), onSuccess: (r) => setSecret(r.secret) });
  const confirm = useMutation({
    mutationFn: () => unwrap(api.POST('/api/me/totp/confirm', { body: { code } })),
    onSuccess: () => {
      setSecret(null);
      void client.invalidateQueries({ queryKey: ['me'] });
    },
  });
  return (
    <>
      <h1>Mon compte</h1>
      <p>
        {me.displayName} — {me.email}
      </p>
      <Section title="Mes rattachements" id="rattachements">
        <ul>
          {me.memberships.map((m) => (
            <li key={m.id}>
              {label(ROLES, m.role)} — {m.organisationName} ({label(ORGANISATION_KINDS, m.organisationKind)}, {m.national ? 'compétence nationale' : m.territories.join(', ')})
            </li>
          ))}
        </ul>
      </Section>
      <Section title="Vérification en deux étapes" id="totp">
        {me.totpEnabled ? (
          <Alert severity="success" small description="La vérification en deux étapes est activée." />
        ) : secret ? (
          <form onSubmit={(e) => { e.preventDefault(); confirm.mutate(); }}>
            <p>Ajoutez cette clé dans votre application d’authentification (saisie manuelle) : <code>{secret}</code></p>
            <ErrorAlert error={confirm.error} />
            <Input label="Code affiché par l’application" nativeInputProps={{ inputMode: 'numeric', autoComplete: 'one-time-code', value: code, onChange: (e) => setCode(e.target.value.replace(/\D/g, '').slice(0, 6)) }} />
            <Button type="submit" disabled={code.length !== 6}>Activer</Button>
          </form>
        ) : (
          <>
            <ErrorAlert error={enrol.error} />
            <Button onClick={() => enrol.mutate()}>Activer la vérification en deux étapes</Button>
          </>
        )}
      </Section>
      <p>
        <Link to="/notifications/preferences">Préférences de notification</Link>
      </p>
    </>
  );
}
