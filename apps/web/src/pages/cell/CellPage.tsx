import { DataTable } from '../../components/DataTable';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Tile } from '@codegouvfr/react-dsfr/Tile';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { cursorParam, usePagedList } from '../../api/hooks';
import type { CellDashboard, MeetingSummary, Page } from '../../api/views';
import { useAuth } from '../../auth/auth';
import { OverdueBadge } from '../../components/badges';
import { Empty, ErrorAlert, Loading, MoreButton, Section, usePageTitle } from '../../components/common';
import { DEADLINE_KINDS, DECISION_TYPES, EXPLOITATION_FORMS, frDate, label, TARGET_KINDS } from '../../domain/labels';
import { CellActivityChart } from './CellActivityChart';

/** Only what has something waiting: a kind at zero is left out. */
const counts = (byKey: Record<string, number>, table: Record<string, string>) =>
  Object.entries(byKey).filter(([, n]) => n > 0).map(([k, n]) => `${label(table, k)} : ${n}`).join(' · ') || 'aucune';

/** The cell's action-needed view: references, codes, dates and counts, never identity. */
export function CellDashboardView({ cellId }: { cellId: string }) {
  const q = useQuery({ queryKey: ['cell', cellId, 'dashboard'], queryFn: () => unwrap<CellDashboard>(api.GET('/api/cells/{id}/dashboard', { params: { path: { id: cellId } } })) });
  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorAlert error={q.error} />;
  const d = q.data;
  return (
    <Section title={`Tableau de bord — ${d.cell.name}`} id="tableau-de-bord">
      <div className="fr-grid-row fr-grid-row--gutters fr-mb-3w">
        {[
          ['Nouvelles victimes présumées à examiner', d.newPresumedVictims.count],
          ['Orientations sans réponse', d.orientationsAwaitingAnswer.available ? d.orientationsAwaitingAnswer.total : 'Indisponible'],
          ['Échéances dépassées', d.deadlines.overdue.count],
          ['Actions en retard', d.lateActions.actions],
          ['Situations actives', d.counts.activeCases],
        ].map(([title, n]) => (
          <div key={String(title)} className="fr-col-12 fr-col-sm-6 fr-col-lg-4">
            <Tile title={String(n)} desc={String(title)} titleAs="h3" noIcon orientation="vertical" small />
          </div>
        ))}
      </div>
      <h3 className="fr-h6">Activité du mois</h3>
      <CellActivityChart cellId={cellId} />
      <h3 className="fr-h6">Victimes présumées à examiner</h3>
      {d.newPresumedVictims.items.length === 0 ? (
        <Empty>Aucune.</Empty>
      ) : (
        <ul>
          {d.newPresumedVictims.items.map((i) => (
            <li key={i.caseId}>
              <Link to={`/cases/${i.caseId}`}>{i.reference}</Link> — examen avant le {frDate(i.dueOn)} <OverdueBadge overdue={i.overdue} />
            </li>
          ))}
        </ul>
      )}
      <h3 className="fr-h6">Échéances dépassées et à venir</h3>
      {[...d.deadlines.overdue.items, ...d.deadlines.upcoming.items].length === 0 ? (
        <Empty>Aucune.</Empty>
      ) : (
        <DataTable
          caption="Échéances"
          headers={['Situation', 'Échéance', 'Date']}
          rows={[...d.deadlines.overdue.items, ...d.deadlines.upcoming.items].map((i) => [
            <Link key={i.caseId} to={`/cases/${i.caseId}`}>{i.reference}</Link>,
            label(DEADLINE_KINDS, i.kind),
            frDate(i.dueOn),
          ])}
        />
      )}
      <h3 className="fr-h6">Décisions dont des actions sont en retard</h3>
      {d.lateActions.items.length === 0 ? (
        <Empty>Aucune.</Empty>
      ) : (
        <ul>
          {d.lateActions.items.map((i) => (
            <li key={i.decisionId}>
              <Link to={`/cases/${i.caseId}`}>{i.reference}</Link> — {label(DECISION_TYPES, i.type)} : {i.lateActions} action(s) en retard depuis le {frDate(i.oldestDueOn)}
            </li>
          ))}
        </ul>
      )}
      <p className="fr-text--sm">
        Par forme d’exploitation : {counts(d.counts.byExploitationForm, EXPLOITATION_FORMS)}
        <br />
        Orientations sans réponse par dispositif : {counts(d.orientationsAwaitingAnswer.byTarget, TARGET_KINDS)}
      </p>
    </Section>
  );
}

function Meetings({ cellId }: { cellId: string }) {
  const { can } = useAuth();
  const client = useQueryClient();
  const [date, setDate] = useState('');
  const q = usePagedList(['cell', cellId, 'meetings'], (cursor) =>
    unwrap<Page<MeetingSummary>>(api.GET('/api/cells/{id}/meetings', { params: { path: { id: cellId }, query: { limit: 20, ...cursorParam(cursor) } } })),
  );
  const schedule = useMutation({
    mutationFn: () => unwrap<{ id: string }>(api.POST('/api/cells/{id}/meetings', { params: { path: { id: cellId } }, body: { date } })),
    onSuccess: () => setDate(''),
    onSettled: () => client.invalidateQueries({ queryKey: ['cell', cellId, 'meetings'] }),
  });
  return (
    <Section title="Réunions de la cellule" id="reunions">
      {q.isPending && <Loading />}
      <ErrorAlert error={q.error} />
      {q.loaded &&
        (q.items.length === 0 ? (
          <Empty>Aucune réunion.</Empty>
        ) : (
          <ul>
            {q.items.map((m) => (
              <li key={m.id}>
                <Link to={`/cellule/reunions/${m.id}`}>Réunion du {frDate(m.date)}</Link> — {m.agendaItems} situation(s) à l’ordre du jour, {m.decisions} décision(s)
              </li>
            ))}
          </ul>
        ))}
      <MoreButton list={q}>Afficher les réunions plus anciennes</MoreButton>
      {can('create', 'CellMeeting', { cellId }) && (
        <form
          className="fr-mt-3w"
          onSubmit={(e) => {
            e.preventDefault();
            schedule.mutate();
          }}
        >
          <ErrorAlert error={schedule.error} />
          <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
            <div className="fr-col-12 fr-col-md-6">
              <Input label="Date de la prochaine réunion" nativeInputProps={{ type: 'date', value: date, onChange: (e) => setDate(e.target.value) }} />
            </div>
            <div className="fr-col-12 fr-col-md-6 fr-mb-3w">
              <Button type="submit" disabled={!date || schedule.isPending}>
                Programmer la réunion
              </Button>
            </div>
          </div>
        </form>
      )}
    </Section>
  );
}

function CellMembersLink({ cellId }: { cellId: string }) {
  const { can, me } = useAuth();
  const coordinator = me.memberships.some((m) => m.organisationId === cellId && m.role === 'cell_coordinator');
  return (
    <p style={{ display: 'flex', flexWrap: 'wrap', columnGap: '2rem', rowGap: '0.5rem' }}>
      <Link to="/cellule/membres" className="fr-link fr-icon-team-line fr-link--icon-left">
        {can('configure', 'ClavCell', { id: cellId }) ? 'Gérer les membres de la cellule' : 'Voir les membres de la cellule'}
      </Link>
      {coordinator && (
        <Link to="/cellule/statistiques" className="fr-link fr-icon-line-chart-line fr-link--icon-left">
          Statistiques de la cellule
        </Link>
      )}
    </p>
  );
}

export function CellPage() {
  usePageTitle('Cellule TEH');
  const { me } = useAuth();
  const cell = me.memberships.find((m) => m.organisationKind === 'clav_cell');
  if (!cell) {
    return (
      <>
        <h1>Cellule TEH</h1>
        <p>Vous n’êtes membre d’aucune cellule.</p>
      </>
    );
  }
  return (
    <>
      <h1>{cell.organisationName}</h1>
      <CellMembersLink cellId={cell.organisationId} />
      <CellDashboardView cellId={cell.organisationId} />
      <Meetings cellId={cell.organisationId} />
    </>
  );
}
