import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert, Loading, Section } from '../../components/common';
import { frDate, label, MINOR_PROTECTION_STEPS, MINOR_PROTECTION_WAITS, ORGANISATION_KINDS, TRACK_EVENTS } from '../../domain/labels';
import { MinorProtectionStep, useMinorProtection } from './minor-protection';

function Who({ s }: { s: MinorProtectionStep }) {
  const kind = label(ORGANISATION_KINDS, s.actor.organisationKind);
  return s.actor.organisationName ? (
    <>
      {s.actor.organisationName}
      <br />
      <span className="fr-text--xs fr-mb-0">{kind}</span>
    </>
  ) : (
    <>{kind}</>
  );
}

function When({ s }: { s: MinorProtectionStep }) {
  if (s.state === 'done') return <>—</>;
  if (s.dueOn) return <>au plus tard le {frDate(s.dueOn)}</>;
  return <>{MINOR_PROTECTION_WAITS[s.step] ?? 'Sans délai fixé'}</>;
}

function State({ s }: { s: MinorProtectionStep }) {
  switch (s.state) {
    case 'done':
      return (
        <>
          <Badge small severity="success">
            Fait le {frDate(s.doneOn)}
          </Badge>
          {s.doneBy && TRACK_EVENTS[s.doneBy] && <span className="fr-text--xs fr-mb-0"> ({TRACK_EVENTS[s.doneBy]})</span>}
        </>
      );
    case 'overdue':
      return (
        <Badge small severity="error">
          En retard
        </Badge>
      );
    case 'not_applicable_yet':
      return (
        <Badge small noIcon>
          Pas encore applicable
        </Badge>
      );
    default:
      return (
        <Badge small severity="info" noIcon>
          À faire
        </Badge>
      );
  }
}

/**
 * The clocks that protect a child, shown near the top of a minor's case: each step, who must act, by when, and
 * its state. A late step is escalated to the parquet des mineurs by the worker; the page says so.
 */
export function MinorProtectionChecklist({ caseId, version }: { caseId: string; version: number }) {
  const q = useMinorProtection(caseId, version);
  if (q.isPending) return <Loading what="Chargement des étapes de protection…" />;
  if (q.error) return <ErrorAlert error={q.error} title="Les étapes de protection n’ont pas pu être chargées" />;
  if (!q.data.applicable) return null;
  const late = q.data.steps.filter((s) => s.state === 'overdue');
  return (
    <Section title="Protection de l’enfant : étapes et délais" id="protection-enfant">
      {late.length > 0 && (
        <Alert
          severity="error"
          small
          className="fr-mb-2w"
          description={`${late.length === 1 ? 'Une étape est en retard' : `${late.length} étapes sont en retard`} : ${late.map((s) => MINOR_PROTECTION_STEPS[s.step]).join(', ')}. Le parquet des mineurs du département en est alerté.`}
        />
      )}
      <DataTable
        caption="Étapes de protection de l’enfant"
        headers={['Étape', 'Qui doit agir', 'Échéance', 'État']}
        rowKeys={q.data.steps.map((s) => s.step)}
        rows={q.data.steps.map((s) => [<strong key="n">{label(MINOR_PROTECTION_STEPS, s.step)}</strong>, <Who key="w" s={s} />, <When key="d" s={s} />, <State key="s" s={s} />])}
      />
      <p className="fr-text--sm fr-mt-1w fr-mb-0">
        Ces délais protègent l’enfant. Lorsqu’une étape n’est pas faite à temps, le parquet des mineurs du département est alerté automatiquement (notification dans mnio et
        courriel, sans information sur l’enfant).
      </p>
    </Section>
  );
}
