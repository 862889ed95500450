import { Link } from 'react-router';
import { OverdueBadge } from '../../components/badges';
import { DataTable } from '../../components/DataTable';
import { Empty, ErrorAlert, Loading, Section } from '../../components/common';
import { AGE_BANDS, CHILD_PROTECTION_STATES, DEADLINE_KINDS, frDate, label } from '../../domain/labels';
import { useMinorsInCare } from '../case/minor-protection';

/** The ASE's home: the children whose cases are shared with it, the next clock of each, overdue first. */
export function AseHome() {
  const q = useMinorsInCare();
  return (
    <Section title="Enfants confiés à l’ASE" id="enfants-ase">
      {q.isPending && <Loading />}
      <ErrorAlert error={q.error} />
      {q.data &&
        (q.data.items.length === 0 ? (
          <Empty>Aucun enfant ne vous est confié pour l’instant.</Empty>
        ) : (
          <DataTable
            caption="Liste des enfants confiés à l’ASE"
            headers={['Situation', 'Échéance', 'Prochaine étape', 'Âge', 'Mesure en cours']}
            rowKeys={q.data.items.map((i) => i.caseId)}
            rows={q.data.items.map((i) => [
              <Link key="r" to={`/cases/${i.caseId}`}>
                {i.reference}
              </Link>,
              i.nextClock ? (
                <span key="d">
                  {frDate(i.nextClock.dueOn)} <OverdueBadge overdue={i.nextClock.overdue} />
                </span>
              ) : (
                '—'
              ),
              i.nextClock ? label(DEADLINE_KINDS, i.nextClock.kind) : 'Aucun délai en cours',
              label(AGE_BANDS, i.ageBand),
              label(CHILD_PROTECTION_STATES, i.childProtectionStatus),
            ])}
          />
        ))}
      <p className="fr-text--sm fr-mt-1w fr-mb-0">Les situations en retard sont en tête de liste ; le parquet des mineurs en est alerté.</p>
    </Section>
  );
}
