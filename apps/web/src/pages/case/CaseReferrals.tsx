import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useOrganisations } from '../../api/hooks';
import type { CaseReferrals as Referrals, CaseView, Versioned } from '../../api/views';
import { useAuth } from '../../auth/auth';
import { CardTable } from '../../components/CardTable';
import { Empty, ErrorAlert, Loading, Section } from '../../components/common';
import { CONSENT_METHODS, frDate, label, ORGANISATION_KINDS } from '../../domain/labels';
import { CaseConsents } from './CaseConsents';

const ENDED: Record<string, string> = { consent_withdrawn: 'accord de la personne retiré' };

/** « Signaler à un partenaire »: the owner refers the case to the préfecture, parquet, police… of its territory. */
export function CaseReferrals({ c }: { c: CaseView }) {
  const { can } = useAuth();
  if (!can('share', 'Case', { ownerOrganisationId: c.ownerOrganisationId })) return null;
  return (
    <Section title="Signaler à un partenaire" id="signalement">
      <ReferralForm c={c} />
    </Section>
  );
}

function ReferralForm({ c }: { c: CaseView }) {
  const orgs = useOrganisations();
  const client = useQueryClient();
  const [target, setTarget] = useState('');
  const [missing, setMissing] = useState(false);
  const [sentTo, setSentTo] = useState('');
  const q = useQuery({
    queryKey: ['case', c.id, 'referrals', c.version],
    queryFn: () => unwrap<Referrals>(api.GET('/api/cases/{id}/referrals', { params: { path: { id: c.id } } })),
    placeholderData: keepPreviousData,
  });
  const send = useMutation({
    mutationFn: (organisationId: string) =>
      unwrap<Versioned>(
        api.POST('/api/cases/{id}/referrals', { params: { path: { id: c.id }, header: { 'if-match': `"${c.version}"` } }, body: { organisationId } }),
      ),
    onSuccess: (_, organisationId) => {
      setSentTo(organisationId);
      setTarget('');
    },
    onSettled: () => client.invalidateQueries({ queryKey: ['case', c.id] }),
  });

  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorAlert error={q.error} title="Les partenaires n’ont pas pu être chargés" />;
  const { targets, referrals } = q.data;
  const chosen = targets.find((t) => t.organisationId === target);
  const consentMissing = chosen?.consentNeeded != null && !chosen.consentGiven;
  const policeConsent = c.consents.find((k) => k.purpose === 'police_contact' && k.granted);

  return (
    <>
      {sentTo && (
        <p className="fr-message fr-message--valid fr-mb-2w" role="status">
          Situation signalée à {orgs.name(sentTo)}.
        </p>
      )}
      {targets.length === 0 ? (
        <Empty>La situation est déjà signalée à tous les partenaires publics du département {c.territory}.</Empty>
      ) : (
        <form
          noValidate
          className="fr-mb-4w"
          onSubmit={(e) => {
            e.preventDefault();
            setSentTo('');
            if (!chosen) return setMissing(true);
            if (!consentMissing) send.mutate(chosen.organisationId);
          }}
        >
          <RadioButtons
            legend="Partenaire à qui signaler la situation"
            hintText={`Partenaires publics du département ${c.territory}. Ils verront la situation sans l’identité de la personne.`}
            name="referral-target"
            state={missing ? 'error' : 'default'}
            stateRelatedMessage={missing ? 'Choisissez le partenaire à qui signaler la situation.' : undefined}
            options={targets.map((t) => ({
              label: orgs.name(t.organisationId),
              hintText: `${label(ORGANISATION_KINDS, t.organisationKind)}${t.consentNeeded ? (t.consentGiven ? ' · accord de la personne pour un contact avec les forces de l’ordre : donné' : ' · nécessite l’accord de la personne pour un contact avec les forces de l’ordre') : ''}`,
              nativeInputProps: {
                value: t.organisationId,
                checked: target === t.organisationId,
                onChange: () => {
                  setTarget(t.organisationId);
                  setMissing(false);
                  send.reset();
                },
              },
            }))}
          />
          {chosen?.consentNeeded && chosen.consentGiven && policeConsent && (
            <p className="fr-text--sm">
              Accord pour un contact avec les forces de l’ordre enregistré le {frDate(policeConsent.recordedAt)} ({label(CONSENT_METHODS, policeConsent.method).toLowerCase()}).
            </p>
          )}
          {consentMissing && (
            <Alert
              severity="warning"
              small
              className="fr-mb-2w"
              description="Avant ce signalement, la personne doit accepter un contact avec les forces de l’ordre. Enregistrez sa réponse ci-dessous."
            />
          )}
          <ErrorAlert error={send.error} title="Le signalement n’a pas été envoyé" />
          {!consentMissing && (
            <Button type="submit" iconId="fr-icon-send-plane-line" disabled={send.isPending}>
              Signaler la situation
            </Button>
          )}
        </form>
      )}
      {consentMissing && (
        <div className="fr-mb-4w">
          <CaseConsents c={c} presetPurpose="police_contact" inline key={c.version} />
        </div>
      )}
      {referrals.length === 0 ? (
        <Empty>La situation n’a encore été signalée à aucun partenaire.</Empty>
      ) : (
        <CardTable
          caption="Partenaires à qui la situation est signalée"
          headers={['Partenaire', 'Type', 'Signalée le', 'Par', 'État']}
          rowKeys={referrals.map((r) => `${r.organisationId}-${r.referredAt}`)}
          rows={referrals.map((r) => [
            orgs.name(r.organisationId),
            label(ORGANISATION_KINDS, r.organisationKind),
            frDate(r.referredAt),
            orgs.name(r.referredByOrganisationId),
            r.endedAt ? `Terminé le ${frDate(r.endedAt)} (${ENDED[r.endedReason ?? ''] ?? 'fin du signalement'})` : 'En cours',
          ])}
        />
      )}
    </>
  );
}
