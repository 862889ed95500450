import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { ButtonsGroup } from '@codegouvfr/react-dsfr/ButtonsGroup';
import { Stepper } from '@codegouvfr/react-dsfr/Stepper';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { Organisation, Territory } from '../../api/views';
import { useAuth } from '../../auth/auth';
import { ErrorAlert, usePageTitle } from '../../components/common';
import { dimensionLabel, indicatorLabel } from '../../domain/indicators';
import { countryName, EXPLOITATION_FORMS, FIRST_CONTACT_CONTEXTS, frDate, INDICATOR_STRENGTHS, label, NEEDS, SEXES, UNACCOMPANIED_MINOR, VULNERABILITIES } from '../../domain/labels';
import { useDraft, type Draft } from './draft';
import { ConsentsStep, DangerStep, FactsStep, IndicatorsStep, InterpretationStep, PersonStep, SafetyStep } from './steps';
import { draftIsMinor, stepErrors, submitDraft, type SubmitProgress } from './submit';

const STEPS = [
  'Mise en sécurité et besoins immédiats',
  'La personne : identité et minorité',
  'Interprétariat et contact',
  'Ce qui s’est passé',
  'Indicateurs de traite',
  'Évaluation du danger',
  'Accords de la personne',
  'Vérification et enregistrement',
];

const RECORDING_KINDS = ['association', 'ase', 'police', 'gendarmerie', 'labour_inspection', 'ofii'];

function useTerritories(codes: string[] | null) {
  const q = useQuery({ queryKey: ['territories'], queryFn: () => unwrap<Territory[]>(api.GET('/api/territories')), staleTime: Infinity });
  return useMemo(() => {
    const all = q.data ?? [];
    const chosen = codes ? all.filter((t) => codes.includes(t.code)) : all;
    return Object.fromEntries(chosen.map((t) => [t.code, `${t.code} — ${t.name}`]));
  }, [q.data, codes]);
}

const yesNo = (v: boolean | null) => (v === null ? 'Non renseigné' : v ? 'Oui' : 'Non');
const list = (codes: string[], table: Record<string, string>) => (codes.length ? codes.map((c) => label(table, c)).join(', ') : 'Aucun');

function Summary({ d }: { d: Draft }) {
  const rows: [string, string][] = [
    ['Besoins immédiats', list(d.needs, NEEDS)],
    ['Premier contact', d.firstContactContext ? `${label(FIRST_CONTACT_CONTEXTS, d.firstContactContext)}, le ${frDate(d.firstContactOn)}` : 'Non renseigné'],
    ['Département de suivi', d.territory],
    ['Sexe', label(SEXES, d.sex)],
    ['Âge', d.birthDate ? 'Date de naissance renseignée' : d.estimatedAge ? `Environ ${d.estimatedAge} ans` : 'Inconnu'],
    ['Âge incertain', d.ageUncertain ? 'Oui (présomption de minorité)' : 'Non'],
    ...(draftIsMinor(d) ? [['Mineur non accompagné', UNACCOMPANIED_MINOR[d.unaccompaniedMinor ?? '']] as [string, string]] : []),
    ['Nationalité', countryName(d.nationality || null)],
    ['Interprète nécessaire', yesNo(d.interpreterNeeded)],
    ['Formes d’exploitation', list(d.exploitationForms, EXPLOITATION_FORMS)],
    ['Faits renseignés', String(d.events.length)],
    ['Vulnérabilités', list(d.vulnerabilities, VULNERABILITIES)],
    ['Indicateurs', Object.entries(d.indicators).map(([k, s]) => { const [dim, ind] = k.split(':'); return `${dimensionLabel(dim)} : ${indicatorLabel(dim, ind)} (${label(INDICATOR_STRENGTHS, s)})`; }).join(' ; ') || 'Aucun'],
    ['Danger sur place', yesNo(d.localDanger)],
    ['Partage avec la cellule', yesNo(d.shareWithCell)],
    ['Contact avec les forces de l’ordre', yesNo(d.policeContact)],
    ['Statistiques', yesNo(d.statistics)],
    ['Orientations acceptées', d.orientationConsents.length ? `${d.orientationConsents.length}` : 'Aucune'],
    ['Victime présumée', d.presumedVictim ? 'Oui' : 'Non'],
  ];
  return (
    <dl className="mnio-summary">
      {rows.map(([k, v]) => (
        <div key={k} className="fr-grid-row fr-mb-1w">
          <dt className="fr-col-12 fr-col-md-5 fr-text--bold">{k}</dt>
          <dd className="fr-col-12 fr-col-md-7 fr-m-0">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The recording organisation's own open cases that may concern the same person: named by reference (it sees them). */
export function SameOrganisationWarning({ cases }: { cases: { caseId: string; reference: string }[] }) {
  return (
    <Alert
      severity="warning"
      small={false}
      title="Cette personne est peut-être déjà suivie par votre structure"
      description={
        <>
          <p>
            {cases.length === 1 ? 'Une situation de votre structure concerne peut-être la même personne :' : `${cases.length} situations de votre structure concernent peut-être la même personne :`}
          </p>
          <ul>
            {cases.map((c) => (
              <li key={c.caseId}>
                <Link to={`/cases/${c.caseId}`}>Situation {c.reference}</Link>
              </li>
            ))}
          </ul>
          <p>
            Si c’est la même personne, proposez un rapprochement des situations depuis la page <Link to="/rapprochements">Rapprochements</Link>.
          </p>
        </>
      }
      className="fr-mb-3w"
    />
  );
}

function Result({ result, onNew }: { result: SubmitProgress; onNew(): void }) {
  const created = result.created!;
  return (
    <>
      <h1>Situation enregistrée</h1>
      <Alert severity="success" small={false} title={`Référence ${created.reference}`} description="La situation est enregistrée. Notez la référence : elle désigne la situation sans nommer la personne." className="fr-mb-3w" />
      {created.minor && <Alert severity="info" small title="Personne mineure" description="L’ASE et le parquet sont avisés ; la protection de l’enfance ne dépend pas de l’accord de la personne." className="fr-mb-3w" />}
      {(created.sameOrganisation?.length ?? 0) > 0 && <SameOrganisationWarning cases={created.sameOrganisation!} />}
      {created.possibleDuplicate && (
        <Alert
          severity="info"
          small={false}
          title="Une autre organisation suit peut-être la même personne"
          description="Elle en est avisée et décidera s’il s’agit de la même personne. Si c’est le cas, elle vous proposera un rapprochement des deux situations ; aucune identité n’est échangée."
          className="fr-mb-3w"
        />
      )}
      <ButtonsGroup
        inlineLayoutWhen="md and up"
        buttons={[
          { children: 'Ouvrir la situation', linkProps: { to: `/cases/${created.id}` } },
          { children: 'Demander une orientation', priority: 'secondary', linkProps: { to: `/cases/${created.id}/orientations/nouvelle` } },
          { children: 'Enregistrer une autre situation', priority: 'tertiary', onClick: onNew },
        ]}
      />
    </>
  );
}

/**
 * A guided form in the order of a first contact. The draft is kept in memory as the user goes (leaving the page
 * and coming back finds it; a reload or sign-out forgets it): never in browser storage, and no draft API exists.
 */
export function RecordSituationPage() {
  usePageTitle('Nouvelle situation');
  const { me, can } = useAuth();
  const { draft, update, start, discard } = useDraft();
  // Once a step has been refused, its messages follow the user's corrections: they are derived from the draft.
  const [refused, setRefused] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<SubmitProgress | null>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);

  const myTerritories = useMemo(
    () => [...new Set(me.memberships.filter((m) => RECORDING_KINDS.includes(m.organisationKind) && ['case_worker', 'coordinator'].includes(m.role)).flatMap((m) => m.territories))],
    [me],
  );
  const territories = useTerritories(myTerritories.length ? myTerritories : null);
  const allTerritories = useTerritories(null);
  const acse = useQuery({ queryKey: ['organisations', 'acse_coordination'], queryFn: () => unwrap<Organisation[]>(api.GET('/api/organisations', { params: { query: { kind: 'acse_coordination' } } })) });

  useEffect(() => {
    if (!result) start(myTerritories.length === 1 ? myTerritories[0] : '');
  }, [start, myTerritories, result]);

  if (!can('create', 'Case')) {
    return (
      <>
        <h1>Nouvelle situation</h1>
        <p>Votre rôle ne permet pas d’enregistrer une situation.</p>
      </>
    );
  }
  if (result?.created) return <Result result={result} onNew={() => setResult(null)} />;
  if (!draft) return null;

  const step = draft.step;
  const errors = refused ? stepErrors(draft, step) : {};
  const go = (next: number) => {
    if (next > step) {
      const incomplete = Object.keys(stepErrors(draft, step)).length > 0;
      setRefused(incomplete);
      if (incomplete) return;
    } else setRefused(false);
    update({ step: next });
    window.scrollTo?.(0, 0);
    setTimeout(() => titleRef.current?.focus(), 0);
  };

  const submit = async () => {
    setBusy(true);
    const outcome = await submitDraft(draft);
    setBusy(false);
    if (outcome.created) {
      discard();
      setResult(outcome);
    } else setResult(outcome);
  };

  const props = { d: draft, set: update, errors };
  const errorList = Object.values(errors);
  return (
    <>
      <h1>Nouvelle situation</h1>
      <p className="fr-text--sm fr-mb-3w" role="status" aria-live="polite">
        {draft.savedAt
          ? `Brouillon conservé sur cette page (en mémoire seulement, jamais sur l’appareil) — modifié à ${new Date(draft.savedAt).toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' })}.`
          : 'Le brouillon est conservé sur cette page pendant votre session ; il n’est jamais enregistré sur l’appareil.'}
      </p>
      <Stepper currentStep={step} stepCount={STEPS.length} title={STEPS[step - 1]} nextTitle={STEPS[step]} />
      <h2 ref={titleRef} tabIndex={-1} className="fr-sr-only">
        Étape {step} sur {STEPS.length} : {STEPS[step - 1]}
      </h2>
      {errorList.length > 0 && (
        <Alert severity="error" small={false} title="Cette étape est incomplète" description={<ul>{errorList.map((m) => <li key={m}>{m}</li>)}</ul>} className="fr-mb-3w" />
      )}
      {result?.error !== undefined && !result.created && <ErrorAlert error={result.error} title="La situation n’a pas été enregistrée" />}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (step < STEPS.length) go(step + 1);
          else void submit();
        }}
      >
        {step === 1 && <SafetyStep {...props} />}
        {step === 2 && <PersonStep {...props} territories={territories} />}
        {step === 3 && <InterpretationStep {...props} />}
        {step === 4 && <FactsStep {...props} territories={allTerritories} />}
        {step === 5 && <IndicatorsStep {...props} />}
        {step === 6 && <DangerStep {...props} />}
        {step === 7 && <ConsentsStep {...props} acse={acse.data?.[0]} />}
        {step === 8 && <Summary d={draft} />}
        <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-4w">
          {step > 1 && (
            <li>
              <Button type="button" priority="secondary" onClick={() => go(step - 1)}>
                Étape précédente
              </Button>
            </li>
          )}
          <li>
            <Button type="submit" disabled={busy}>
              {step < STEPS.length ? 'Étape suivante' : busy ? 'Enregistrement…' : 'Enregistrer la situation'}
            </Button>
          </li>
          <li>
            <Button
              type="button"
              priority="tertiary"
              onClick={() => {
                discard();
                start(myTerritories.length === 1 ? myTerritories[0] : '');
                setRefused(false);
                setResult(null);
              }}
            >
              Effacer le brouillon
            </Button>
          </li>
        </ul>
      </form>
      <p className="fr-text--xs">
        <Link to="/">Retour à l’accueil</Link> (le brouillon reste disponible)
      </p>
    </>
  );
}
