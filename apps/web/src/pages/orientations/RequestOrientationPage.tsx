import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiError, isNotFound, unwrap } from '../../api/client';
import { errorMessage } from '../../api/error-messages';
import { useCase, useOrganisations } from '../../api/hooks';
import type { EligibilityCheck, Orientation } from '../../api/views';
import { useAuth } from '../../auth/auth';
import { ErrorAlert, Loading, Section, usePageTitle } from '../../components/common';
import { CodeSelect } from '../../components/fields';
import { ASYLUM_STATUSES, GENERAL_CHANNELS, label, LEGAL_BASES, PLACE_KINDS, REQUEST_REASONS, TARGET_KINDS } from '../../domain/labels';
import { CaseConsents } from '../case/CaseConsents';
import { NotFoundPage } from '../NotFoundPage';
import { mayRequestOrientation } from '../case/CasePage';

const DEFAULT_REASON: Record<string, string> = {
  acse: 'local_danger', dna: 'asylum_accommodation', minors_centre: 'child_protection', uaped: 'hearing', crp: 'psychotrauma_care', psp: 'prostitution_exit',
  prefecture: 'residence', parquet: 'criminal_referral', general: 'accommodation',
};

/**
 * Choose a target kind and organisation; what would make the API refuse is said in French before sending: the
 * API's own dry run (`GET /api/cases/{id}/orientations/eligibility`) answers it, and which organisations and
 * place kinds fit the kind.
 */
export function RequestOrientationPage() {
  const { caseId = '' } = useParams();
  usePageTitle('Demander une orientation');
  const navigate = useNavigate();
  const client = useQueryClient();
  const { me, can } = useAuth();
  const orgs = useOrganisations();
  const q = useCase(caseId);
  const [targetKind, setKind] = useState('');
  const [channel, setChannel] = useState('');
  const [targetOrganisationId, setTarget] = useState('');
  const [reason, setReason] = useState('');
  const [placeKind, setPlaceKind] = useState('');
  const [legalBasis, setLegalBasis] = useState('');
  const [asylumStatus, setAsylum] = useState('');
  const [parquetOrganisationId, setParquet] = useState('');
  const [note, setNote] = useState('');

  const c = q.data;
  const requester = me.memberships.find((m) => ['case_worker', 'coordinator'].includes(m.role) || (m.organisationKind === 'parquet' && m.role === 'teh_referent'));
  const dryRunQuery = {
    targetKind: targetKind as 'acse',
    ...(targetOrganisationId ? { targetOrganisationId } : {}),
    ...(targetKind === 'general' && channel ? { channel: channel as 'siao_115' } : {}),
    ...(placeKind ? { placeKind: placeKind as 'women' } : {}),
    ...(legalBasis ? { legalBasis: legalBasis as 'opp' } : {}),
    ...(asylumStatus ? { asylumStatus: asylumStatus as 'refugee' } : {}),
    ...(parquetOrganisationId ? { parquetOrganisationId } : {}),
  };
  const dryRun = useQuery({
    queryKey: ['orientation-eligibility', caseId, dryRunQuery],
    queryFn: () => unwrap<EligibilityCheck>(api.GET('/api/cases/{id}/orientations/eligibility', { params: { path: { id: caseId }, query: dryRunQuery } })),
    enabled: Boolean(c) && can('request', 'Orientation') && Boolean(targetKind) && (targetKind !== 'general' || Boolean(channel)),
    placeholderData: keepPreviousData,
    retry: false,
  });
  const check = dryRun.data?.targetKind === targetKind ? dryRun.data : undefined;
  const candidates = useMemo(() => {
    if (!check || !c) return [];
    return orgs.list.filter((o) => check.targetOrganisationKinds.includes(o.kind) && (!check.territorial || o.national || o.territories.includes(c.territory)));
  }, [check, orgs.list, c]);

  const send = useMutation({
    mutationFn: () =>
      unwrap<Orientation>(
        api.POST('/api/cases/{id}/orientations', {
          params: { path: { id: caseId } },
          body: {
            targetKind: targetKind as 'acse',
            targetOrganisationId,
            reason: (reason || DEFAULT_REASON[targetKind]) as 'local_danger',
            ...(targetKind === 'general' ? { channel: channel as 'siao_115' } : {}),
            ...(placeKind ? { placeKind: placeKind as 'women' } : {}),
            ...(legalBasis ? { legalBasis: legalBasis as 'opp' } : {}),
            ...(asylumStatus ? { asylumStatus: asylumStatus as 'refugee' } : {}),
            ...(parquetOrganisationId ? { parquetOrganisationId } : {}),
            ...(note.trim() ? { note: note.trim() } : {}),
          },
        }),
      ),
    onSuccess: (o) => {
      void client.invalidateQueries({ queryKey: ['case', caseId] });
      void client.invalidateQueries({ queryKey: ['orientations'] });
      navigate(`/cases/${caseId}/orientations/${o.id}`);
    },
  });

  if (q.isPending) return <Loading />;
  if (isNotFound(q.error)) return <NotFoundPage />;
  if (!c) return <ErrorAlert error={q.error} />;
  if (!can('request', 'Orientation')) {
    return (
      <>
        <h1>Demander une orientation</h1>
        <p>Votre rôle ne permet pas de demander une orientation.</p>
      </>
    );
  }
  // A coordination that sees the case without following the person may not ask for it: no form to fill in vain.
  if (!mayRequestOrientation(c, { can, me })) {
    return (
      <>
        <p className="fr-mb-2w">
          <Link to={`/cases/${caseId}`} className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
            Retour à la situation {c.reference}
          </Link>
        </p>
        <h1>Demander une orientation</h1>
        <p>Seule l’organisation qui suit la personne peut demander une orientation pour cette situation.</p>
      </>
    );
  }

  // Until a target is named the dry run judges the person only; once named, everything the request checks. Only the
  // answer to the current choices counts (a previous one still lists the organisations while the new one comes).
  const problems = check && !dryRun.isPlaceholderData ? check.problems : [];
  const serverProblem = send.error instanceof ApiError && send.error.status === 422 ? send.error.code : null;
  const missingConsent = problems.includes('ELIGIBILITY_CONSENT_REQUIRED') || serverProblem === 'ELIGIBILITY_CONSENT_REQUIRED';
  const places = check && check.placeKinds.length ? check.placeKinds : null;

  return (
    <>
      <p className="fr-mb-2w">
        <Link to={`/cases/${caseId}`} className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
          Retour à la situation {c.reference}
        </Link>
      </p>
      <h1>Demander une orientation</h1>
      <p>Situation {c.reference} · département {c.territory}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (problems.length === 0) send.mutate();
        }}
      >
        <RadioButtons
          legend="Type d’orientation"
          name="targetKind"
          options={Object.entries(TARGET_KINDS).map(([k, text]) => ({
            label: text,
            nativeInputProps: {
              value: k,
              checked: targetKind === k,
              onChange: () => {
                setKind(k);
                setTarget('');
                setChannel('');
                setPlaceKind('');
                setReason(DEFAULT_REASON[k]);
                send.reset();
              },
            },
          }))}
        />
        {targetKind === 'general' && <CodeSelect label="Dispositif" table={GENERAL_CHANNELS} value={channel} onChange={(v) => { setChannel(v); setTarget(''); }} />}
        {targetKind && (
          <CodeSelect
            label="Organisation destinataire"
            hint={check?.territorial ? `Compétente pour le département ${c.territory}` : undefined}
            table={Object.fromEntries(candidates.map((o) => [o.id, o.name]))}
            value={targetOrganisationId}
            onChange={setTarget}
            placeholder={candidates.length ? 'Sélectionner l’organisation' : dryRun.isFetching && !check ? 'Chargement…' : 'Aucune organisation disponible'}
          />
        )}
        {targetKind && <CodeSelect label="Motif de la demande" table={REQUEST_REASONS} value={reason} onChange={setReason} />}
        {places && <CodeSelect label="Type de place" hint="Par défaut : déduit de la situation" table={Object.fromEntries(places.map((p) => [p, label(PLACE_KINDS, p)]))} value={placeKind} onChange={setPlaceKind} />}
        {targetKind === 'minors_centre' && <CodeSelect label="Fondement juridique du placement" hint="Sauf s’il figure déjà dans le parcours de protection de l’enfance" table={LEGAL_BASES} value={legalBasis} onChange={setLegalBasis} />}
        {targetKind === 'dna' && <CodeSelect label="Statut au regard de l’asile" table={ASYLUM_STATUSES} value={asylumStatus} onChange={setAsylum} />}
        {targetKind === 'uaped' && requester?.organisationKind !== 'parquet' && (
          <CodeSelect label="Parquet ayant décidé l’audition" table={Object.fromEntries(orgs.list.filter((o) => o.kind === 'parquet').map((o) => [o.id, o.name]))} value={parquetOrganisationId} onChange={setParquet} />
        )}
        {targetKind && (
          <Input
            textArea
            label="Note pour le destinataire (facultative)"
            hintText="Chiffrée ; lue seulement par les personnes habilitées à lire l’identité. N’y écrivez rien qui ne soit utile à l’orientation."
            nativeTextAreaProps={{ value: note, onChange: (e) => setNote(e.target.value), rows: 3 }}
          />
        )}
        {problems.length > 0 && (
          <Alert
            severity="warning"
            small={false}
            title="Cette orientation ne peut pas encore être demandée"
            description={<ul>{problems.map((p) => <li key={p}>{errorMessage(p)}</li>)}</ul>}
            className="fr-mb-3w"
          />
        )}
        <ErrorAlert error={dryRun.error} title="Les conditions de cette orientation n’ont pas pu être vérifiées" />
        <ErrorAlert error={send.error} title="La demande n’a pas été envoyée" />
        <Button type="submit" disabled={!targetKind || !targetOrganisationId || problems.length > 0 || send.isPending} iconId="fr-icon-send-plane-line">
          Envoyer la demande
        </Button>
      </form>
      {missingConsent && targetOrganisationId && (
        <Section title="Enregistrer l’accord de la personne" id="accord">
          <CaseConsents c={c} presetTarget={targetOrganisationId} key={targetOrganisationId} />
        </Section>
      )}
    </>
  );
}
