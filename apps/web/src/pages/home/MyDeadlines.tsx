import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { cursorParam, usePagedList } from '../../api/hooks';
import type { DeadlineView, Page } from '../../api/views';
import { CardTable } from '../../components/CardTable';
import { Empty, ErrorAlert, Loading, MoreButton, Section } from '../../components/common';
import { DEADLINE_KINDS, frDate, label } from '../../domain/labels';

/** Where a deadline stands, in words: late, in its alert window (the permit's renewal window), or when the alert comes. */
export function DeadlineState({ d }: { d: DeadlineView }) {
  const renewal = d.kind === 'permit_expiry';
  if (d.overdue) {
    return (
      <Badge small severity="error">
        En retard
      </Badge>
    );
  }
  if (d.alerting) {
    return (
      <Badge small severity="warning">
        {renewal ? 'Renouvellement à demander' : 'Échéance proche'}
      </Badge>
    );
  }
  return <span className="fr-text--sm">{renewal ? `Renouvellement à demander à partir du ${frDate(d.alertOn)}` : `Alerte le ${frDate(d.alertOn)}`}</span>;
}

/**
 * « Mes échéances »: the open deadlines one of my own organisations answers for (never another organisation's),
 * soonest first, each with its case, its kind in words and its due date.
 */
export function MyDeadlines({ title = 'Mes échéances' }: { title?: string }) {
  const q = usePagedList(['deadlines', 'mine'], (cursor) =>
    unwrap<Page<DeadlineView>>(api.GET('/api/deadlines', { params: { query: { responsible: 'mine', limit: 20, ...cursorParam(cursor) } } })),
  );
  const items = q.items;
  return (
    <Section title={title} id="mes-echeances">
      {q.isPending && <Loading />}
      <ErrorAlert error={q.error} />
      {q.loaded &&
        (items.length === 0 ? (
          <Empty>Aucune échéance ne revient à votre organisation.</Empty>
        ) : (
          <CardTable
            caption={title}
            headers={['Échéance', 'Situation', 'Date limite', 'État']}
            rowKeys={items.map((d) => d.id)}
            rows={items.map((d) => [
              label(DEADLINE_KINDS, d.kind),
              <Link key="l" to={`/cases/${d.caseId}`}>
                {d.reference}
              </Link>,
              frDate(d.dueOn),
              <DeadlineState key="s" d={d} />,
            ])}
          />
        ))}
      <MoreButton list={q}>Afficher les échéances suivantes</MoreButton>
    </Section>
  );
}
