import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';
import type { IdentityView } from '../../api/views';
import { ErrorAlert } from '../../components/common';
import { CodeSelect } from '../../components/fields';
import { COUNTRY_CODES, countryName, SEXES } from '../../domain/labels';

const COUNTRIES: Record<string, string> = Object.fromEntries(COUNTRY_CODES.map((c) => [c, countryName(c)]).sort((a, b) => a[1].localeCompare(b[1], 'fr')));
const names = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);

/**
 * « Corriger l’identité » (the owner's workers): the corrected identity goes with the version of the case read; the
 * API keeps the values replaced, encrypted, in the case's history of corrections, and audits which fields changed.
 * A stale version (someone corrected meanwhile) answers « La situation a été modifiée entre-temps ».
 */
export function RectifyIdentityForm({ caseId, version, identity, onDone, onCancel }: {
  caseId: string;
  version: number;
  identity: IdentityView['identity'];
  onDone: () => void;
  onCancel: () => void;
}) {
  const client = useQueryClient();
  const [lastName, setLastName] = useState(identity.lastName ?? '');
  const [firstNames, setFirstNames] = useState(identity.firstNames?.join(', ') ?? '');
  const [aliases, setAliases] = useState(identity.aliases?.join(', ') ?? '');
  const [birthDate, setBirthDate] = useState(identity.birthDate ?? '');
  const [sex, setSex] = useState(identity.sex);
  const [nationality, setNationality] = useState(identity.nationality ?? '');
  const [phone, setPhone] = useState(identity.contact?.phone ?? '');
  const [note, setNote] = useState('');
  const save = useMutation({
    mutationFn: () => {
      const { lastName: _l, firstNames: _f, aliases: _a, birthDate: _b, nationality: _n, contact, ...rest } = identity;
      const nextContact = contact || phone.trim() ? { safeToContact: false, ...contact, phone: phone.trim() || undefined } : undefined;
      const corrected = {
        ...rest,
        sex: sex as 'female',
        ...(lastName.trim() ? { lastName: lastName.trim() } : {}),
        ...(names(firstNames).length ? { firstNames: names(firstNames) } : {}),
        ...(names(aliases).length ? { aliases: names(aliases) } : {}),
        ...(birthDate ? { birthDate, estimatedAge: undefined } : {}),
        ...(nationality ? { nationality } : {}),
        ...(nextContact ? { contact: nextContact } : {}),
      };
      return unwrap<{ version: number; fields: string[] }>(
        api.PATCH('/api/cases/{id}', { params: { path: { id: caseId }, header: { 'if-match': `"${version}"` } }, body: { identity: corrected as components['schemas']['IdentityDto'], ...(note.trim() ? { note: note.trim() } : {}) } }),
      );
    },
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['case', caseId] });
      onDone();
    },
  });
  return (
    <form
      aria-label="Corriger l’identité"
      className="fr-mb-3w"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <h3 className="fr-h6">Corriger l’identité</h3>
      <p className="fr-text--sm">Les valeurs remplacées sont conservées chiffrées dans l’historique des corrections ; la correction est enregistrée dans le journal d’audit.</p>
      <Input label="Nom" nativeInputProps={{ value: lastName, onChange: (e) => setLastName(e.target.value), autoComplete: 'off' }} />
      <Input label="Prénoms" hintText="Séparés par des virgules." nativeInputProps={{ value: firstNames, onChange: (e) => setFirstNames(e.target.value), autoComplete: 'off' }} />
      <Input label="Surnoms" hintText="Séparés par des virgules." nativeInputProps={{ value: aliases, onChange: (e) => setAliases(e.target.value), autoComplete: 'off' }} />
      <Input label="Date de naissance" nativeInputProps={{ type: 'date', value: birthDate, onChange: (e) => setBirthDate(e.target.value) }} />
      <CodeSelect label="Sexe" table={SEXES} value={sex} onChange={(v) => setSex((v || identity.sex) as typeof sex)} required />
      <CodeSelect label="Nationalité" table={COUNTRIES} value={nationality} onChange={setNationality} placeholder="Non renseignée" />
      <Input label="Téléphone" nativeInputProps={{ type: 'tel', value: phone, onChange: (e) => setPhone(e.target.value), autoComplete: 'off' }} />
      <Input label="Motif de la correction (facultatif)" hintText="Par exemple : passeport présenté. Conservé chiffré." nativeInputProps={{ value: note, onChange: (e) => setNote(e.target.value), maxLength: 2000 }} />
      <div className="fr-btns-group fr-btns-group--inline-sm">
        <Button type="submit" disabled={save.isPending}>
          Enregistrer la correction
        </Button>
        <Button type="button" priority="secondary" onClick={onCancel}>
          Annuler
        </Button>
      </div>
      {save.error && <ErrorAlert error={save.error} title="La correction n’a pas été enregistrée" />}
    </form>
  );
}
