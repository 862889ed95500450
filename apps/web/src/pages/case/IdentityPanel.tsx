import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { CaseView, IdentityView } from '../../api/views';
import { useAuth } from '../../auth/auth';
import { ErrorAlert } from '../../components/common';
import { CodeSelect } from '../../components/fields';
import { CONTACT_CHANNELS, countryName, frDate, IDENTITY_READ_REASONS, label, SEXES } from '../../domain/labels';
import { RectificationHistory } from './RectificationHistory';
import { RectifyIdentityForm } from './RectifyIdentityForm';

/**
 * The identity, only on an explicit request with a reason. The API records the read (who, organisation, when,
 * why) and answers `Cache-Control: no-store`; the values live in this component's state only — no query cache,
 * no storage — and go when the user hides them or leaves the page.
 */
export function IdentityPanel({ caseId, c }: { caseId: string; c?: Pick<CaseView, 'ownerOrganisationId' | 'version'> }) {
  const { can } = useAuth();
  const [editing, setEditing] = useState(false);
  const [corrections, setCorrections] = useState(false);
  const [reason, setReason] = useState('follow_up');
  const [identity, setIdentity] = useState<IdentityView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const show = async () => {
    setBusy(true);
    setError(null);
    try {
      setIdentity(await unwrap<IdentityView>(api.GET('/api/cases/{id}/identity', { params: { path: { id: caseId }, query: { reason: reason as 'follow_up' } } })));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  if (!identity) {
    return (
      <div className="fr-mb-3w">
        <Alert
          severity="info"
          small
          description="L’identité n’est affichée qu’à votre demande. Chaque consultation est enregistrée dans le journal d’audit : votre nom, votre organisation, la date et le motif."
          className="fr-mb-2w"
        />
        <ErrorAlert error={error} />
        <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
          <div className="fr-col-12 fr-col-md-6">
            <CodeSelect label="Motif de la consultation" table={IDENTITY_READ_REASONS} value={reason} onChange={(r) => setReason(r || 'follow_up')} />
          </div>
          <div className="fr-col-12 fr-col-md-6 fr-mb-3w">
            <Button iconId="fr-icon-eye-line" onClick={() => void show()} disabled={busy}>
              Afficher l’identité
            </Button>
          </div>
        </div>
      </div>
    );
  }

  const id = identity.identity;
  const rows: [string, string][] = [
    ['Nom', id.lastName ?? '—'],
    ['Prénoms', id.firstNames?.join(', ') || '—'],
    ['Surnoms', id.aliases?.join(', ') || '—'],
    ['Date de naissance', id.birthDate ? frDate(id.birthDate) : (id.estimatedAge !== undefined ? `Âge estimé : ${id.estimatedAge} ans` : '—')],
    ['Sexe', label(SEXES, id.sex)],
    ['Nationalité', countryName(id.nationality)],
    ['Langues', id.languages?.join(', ') || '—'],
    ['Téléphone', id.contact?.phone ?? '—'],
    ['Moyen de contact', label(CONTACT_CHANNELS, id.contact?.channel)],
    ['Contact sûr', id.contact ? (id.contact.safeToContact ? 'Oui' : 'Non : ne pas contacter directement') : '—'],
    ['Danger', identity.danger.notes ?? '—'],
    ['Récit', identity.narrative ?? '—'],
  ];
  return (
    <div className="fr-mb-3w" data-testid="identity">
      <Alert severity="warning" small description="Consultation enregistrée. Ne recopiez pas ces informations hors de mnio." className="fr-mb-2w" />
      <dl>
        {rows.map(([k, v]) => (
          <div key={k} className="fr-grid-row fr-mb-1w">
            <dt className="fr-col-12 fr-col-md-4 fr-text--bold">{k}</dt>
            <dd className="fr-col-12 fr-col-md-8 fr-m-0" style={{ whiteSpace: 'pre-wrap' }}>
              {v}
            </dd>
          </div>
        ))}
      </dl>
      {editing && c ? (
        <RectifyIdentityForm
          caseId={caseId}
          version={c.version}
          identity={id}
          onCancel={() => setEditing(false)}
          onDone={() => {
            setEditing(false);
            void show();
          }}
        />
      ) : null}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }} className="fr-mb-2w">
        {c && !editing && can('update', 'Case', { ownerOrganisationId: c.ownerOrganisationId }) && (
          <Button iconId="fr-icon-edit-line" onClick={() => setEditing(true)}>
            Corriger l’identité
          </Button>
        )}
        <Button priority="secondary" onClick={() => setCorrections((v) => !v)}>
          {corrections ? 'Masquer les corrections' : 'Voir les corrections'}
        </Button>
        <Button priority="secondary" iconId="fr-icon-eye-off-line" onClick={() => setIdentity(null)}>
          Masquer l’identité
        </Button>
      </div>
      {corrections && <RectificationHistory caseId={caseId} />}
    </div>
  );
}
