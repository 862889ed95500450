import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { ToggleSwitch } from '@codegouvfr/react-dsfr/ToggleSwitch';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useOrganisations } from '../../api/hooks';
import type { Organisation } from '../../api/views';
import { ErrorAlert, Section } from '../../components/common';
import { label, ORGANISATION_KINDS } from '../../domain/labels';
import { compactSiret, formatSiret, isValidSiret, SIRET_ERROR } from '../../domain/siret';

type SignInChanges = { siret?: string | null; passwordSignIn?: boolean };

function OrganisationSignInItem({ o }: { o: Organisation }) {
  const client = useQueryClient();
  const [typed, setTyped] = useState(o.siret ? formatSiret(o.siret) : '');
  const [invalid, setInvalid] = useState(false);
  const update = useMutation({
    mutationFn: (changes: SignInChanges) => unwrap(api.PATCH('/api/admin/organisations/{id}/sign-in', { params: { path: { id: o.id } }, body: changes })),
    onSettled: () => client.invalidateQueries({ queryKey: ['organisations'] }),
  });
  const saveSiret = () => {
    const siret = compactSiret(typed);
    if (siret && !isValidSiret(siret)) return setInvalid(true);
    setInvalid(false);
    update.mutate({ siret: siret || null });
  };
  const passwordSignIn = o.passwordSignIn !== false;
  return (
    <li className="fr-p-2w fr-mb-2w fr-background-alt--grey">
      <h3 className="fr-h6 fr-mb-1w" id={`connexion-${o.id}`}>
        {o.name}
      </h3>
      <p className="fr-text--sm fr-mb-1w">
        {label(ORGANISATION_KINDS, o.kind)} — SIRET enregistré : {o.siret ? formatSiret(o.siret) : 'aucun (ProConnect ne peut pas rattacher ses agents)'} ; connexion par mot de passe{' '}
        {passwordSignIn ? 'autorisée' : 'désactivée'}.
      </p>
      <ErrorAlert error={update.error} />
      <form
        className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          saveSiret();
        }}
      >
        <div className="fr-col-12 fr-col-md-6">
          <Input
            label={<>SIRET<span className="fr-sr-only"> de {o.name}</span></>}
            hintText="14 chiffres ; laisser vide pour retirer le SIRET"
            state={invalid ? 'error' : 'default'}
            stateRelatedMessage={invalid ? SIRET_ERROR : undefined}
            nativeInputProps={{ value: typed, inputMode: 'numeric', autoComplete: 'off', onChange: (e) => (setTyped(e.target.value), setInvalid(false)) }}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <Button type="submit" size="small" priority="secondary" disabled={update.isPending}>
            Enregistrer le SIRET<span className="fr-sr-only"> de {o.name}</span>
          </Button>
        </div>
      </form>
      <ToggleSwitch
        className="fr-mt-2w"
        label="Connexion par mot de passe autorisée"
        helperText={passwordSignIn ? 'Ses agents peuvent aussi se connecter avec leur mot de passe.' : 'Ses agents ne peuvent se connecter qu’avec ProConnect.'}
        inputTitle={`Connexion par mot de passe autorisée pour ${o.name}`}
        checked={passwordSignIn}
        disabled={update.isPending}
        onChange={(checked) => update.mutate({ passwordSignIn: checked })}
        showCheckedHint={false}
      />
    </li>
  );
}

/**
 * For the platform: each organisation's SIRET (ProConnect links an agent by it) and whether its members may still
 * sign in with a password. The organisations' list tells these settings to the platform administrators only.
 */
export function OrganisationSignIn() {
  const orgs = useOrganisations();
  return (
    <Section title="Connexion des organisations" id="connexion-organisations">
      <p>
        ProConnect rattache un agent à son compte mnio par son adresse électronique et le SIRET de son organisation. Une organisation dont tous les agents
        ont ProConnect peut interdire la connexion par mot de passe.
      </p>
      <ul className="fr-raw-list">
        {orgs.list.map((o) => (
          <OrganisationSignInItem key={`${o.id}-${o.siret ?? ''}`} o={o} />
        ))}
      </ul>
    </Section>
  );
}
