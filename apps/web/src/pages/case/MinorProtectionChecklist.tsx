import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { ErrorAlert, Loading, Section } from '../../components/common';
import { frDate, label, MINOR_PROTECTION_STEPS, MINOR_PROTECTION_WAITS, ORGANISATION_KINDS, TRACK_EVENTS } from '../../domain/labels';
import { MinorProtectionStep, useMinorProtection } from './minor-protection';

const DONE_BY: Record<string, string> = { case_created: 'à l’enregistrement de la situation', hearing_held: 'audition tenue' };

function who(s: MinorProtectionStep): string {
  const kind = label(ORGANISATION_KINDS, s.actor.organisationKind);
  return s.actor.organisationName ? `${s.actor.organisationName} (${kind})` : kind;
}

function StateBadge({ s }: { s: MinorProtectionStep }) {
  if (s.state === 'done') return <Badge small severity="success">Fait</Badge>;
  if (s.state === 'overdue') return <Badge small severity="error">En retard</Badge>;
  if (s.state === 'not_applicable_yet') return <Badge small noIcon>Pas encore applicable</Badge>;
  return <Badge small severity="info" noIcon>À faire</Badge>;
}

/** One sentence per step: who acted and when, or who must act and by when. */
function detail(s: MinorProtectionStep): string {
  const wait = MINOR_PROTECTION_WAITS[s.step];
  switch (s.state) {
    case 'done': {
      const how = s.doneBy ? (DONE_BY[s.doneBy] ?? TRACK_EVENTS[s.doneBy]) : undefined;
      return `Fait le ${frDate(s.doneOn)} par ${who(s)}${how ? ` — ${how}` : ''}.`;
    }
    case 'due':
      return `À faire par ${who(s)}, au plus tard le ${frDate(s.dueOn)}.`;
    case 'overdue':
      return `À faire par ${who(s)} : l’échéance du ${frDate(s.dueOn)} est dépassée.`;
    case 'not_applicable_yet':
      return `${wait ?? 'Plus tard'} : par ${who(s)}.`;
    default:
      return `À faire par ${who(s)}${wait ? ` — ${wait.charAt(0).toLowerCase()}${wait.slice(1)}` : ', sans délai fixé'}.`;
  }
}

/**
 * The clocks that protect a child, near the top of a minor's case: each step, who must act, by when, and its
 * state. A late step is escalated to the parquet des mineurs by the worker; the page says so.
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
      <ol className="fr-raw-list" aria-label="Étapes de protection de l’enfant">
        {q.data.steps.map((s, i) => (
          <li key={s.step} className="fr-py-2w" style={{ borderBottom: '1px solid var(--border-default-grey)' }}>
            <p className="fr-mb-1v">
              <strong>
                {i + 1}. {label(MINOR_PROTECTION_STEPS, s.step)}
              </strong>{' '}
              <StateBadge s={s} />
            </p>
            <p className="fr-text--sm fr-mb-0">{detail(s)}</p>
          </li>
        ))}
      </ol>
      <p className="fr-text--sm fr-mt-2w fr-mb-0">
        Ces délais protègent l’enfant. Lorsqu’une étape n’est pas faite à temps, le parquet des mineurs du département est alerté automatiquement (notification dans mnio et
        courriel, sans information sur l’enfant).
      </p>
    </Section>
  );
}
