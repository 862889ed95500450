import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, isNotFound, unwrap } from '../../api/client';
import { useOrganisations } from '../../api/hooks';
import type { CellDashboard, Meeting } from '../../api/views';
import { useAuth } from '../../auth/auth';
import { Empty, ErrorAlert, Loading, Section, usePageTitle } from '../../components/common';
import { CodeSelect } from '../../components/fields';
import { ACTION_STATUSES, DECISION_TYPES, frDate, label } from '../../domain/labels';
import { NotFoundPage } from '../NotFoundPage';

/** A meeting: attendees, agenda and decisions (immutable; a new one may supersede). */
export function MeetingPage() {
  const { meetingId = '' } = useParams();
  usePageTitle('Réunion de cellule');
  const { can } = useAuth();
  const orgs = useOrganisations();
  const client = useQueryClient();
  const q = useQuery({ queryKey: ['meeting', meetingId], queryFn: () => unwrap<Meeting>(api.GET('/api/meetings/{id}', { params: { path: { id: meetingId } } })) });
  const cellId = q.data?.cellId ?? '';
  const dashboard = useQuery({
    queryKey: ['cell', cellId, 'dashboard'],
    enabled: Boolean(cellId),
    queryFn: () => unwrap<CellDashboard>(api.GET('/api/cells/{id}/dashboard', { params: { path: { id: cellId } } })),
  });
  const [caseId, setCaseId] = useState('');
  const [decisionCase, setDecisionCase] = useState('');
  const [type, setType] = useState('');
  const [text, setText] = useState('');
  const refresh = () => client.invalidateQueries({ queryKey: ['meeting', meetingId] });
  const addItem = useMutation({ mutationFn: () => unwrap(api.POST('/api/meetings/{id}/agenda', { params: { path: { id: meetingId } }, body: { caseId } })), onSuccess: () => setCaseId(''), onSettled: refresh });
  const decide = useMutation({
    mutationFn: () => unwrap(api.POST('/api/meetings/{id}/decisions', { params: { path: { id: meetingId } }, body: { caseId: decisionCase, type: type as 'review_done', text } })),
    onSuccess: () => {
      setText('');
      setType('');
    },
    onSettled: refresh,
  });
  if (q.isPending) return <Loading />;
  if (isNotFound(q.error)) return <NotFoundPage />;
  if (!q.data) return <ErrorAlert error={q.error} />;
  const m = q.data;
  const mayUpdate = can('update', 'CellMeeting', { cellId: m.cellId });
  const mayDecide = can('decide', 'CellMeeting', { cellId: m.cellId });
  const candidates = Object.fromEntries((dashboard.data?.newPresumedVictims.items ?? []).filter((i) => !m.agenda.some((a) => a.caseId === i.caseId)).map((i) => [i.caseId, i.reference]));
  return (
    <>
      <p className="fr-mb-2w">
        <Link to="/cellule" className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
          Retour à la cellule
        </Link>
      </p>
      <h1>Réunion du {frDate(m.date)}</h1>
      <p>Participants : {m.attendees.map((a) => a.name ?? orgs.name(a.organisationId)).join(', ') || 'aucun pour l’instant'}</p>
      <Section title="Ordre du jour" id="ordre-du-jour">
        {m.agenda.length === 0 ? (
          <Empty>Aucune situation inscrite.</Empty>
        ) : (
          <ul>
            {m.agenda.map((a) => (
              <li key={a.caseId}>
                <Link to={`/cases/${a.caseId}`}>{a.reference}</Link>
              </li>
            ))}
          </ul>
        )}
        {mayUpdate && (
          <form onSubmit={(e) => { e.preventDefault(); addItem.mutate(); }}>
            <ErrorAlert error={addItem.error} />
            <CodeSelect label="Inscrire une situation à examiner" table={candidates} value={caseId} onChange={setCaseId} placeholder={Object.keys(candidates).length ? 'Sélectionner une situation' : 'Aucune nouvelle situation à examiner'} />
            <Button type="submit" disabled={!caseId || addItem.isPending}>
              Inscrire à l’ordre du jour
            </Button>
          </form>
        )}
      </Section>
      <Section title="Décisions" id="decisions">
        {m.decisions.length === 0 ? (
          <Empty>Aucune décision.</Empty>
        ) : (
          <ul>
            {m.decisions.map((d) => (
              <li key={d.id} className="fr-mb-2w">
                <strong>{d.reference}</strong> — {label(DECISION_TYPES, d.type)}
                {d.supersededById ? ' (remplacée)' : ''} : {d.text}
                {d.actions.length > 0 && (
                  <ul>
                    {d.actions.map((a) => (
                      <li key={a.id}>
                        {a.title} — {orgs.name(a.ownerOrganisationId)}, avant le {frDate(a.dueOn)} ({label(ACTION_STATUSES, a.status)})
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        )}
        {mayDecide && m.agenda.length > 0 && (
          <form onSubmit={(e) => { e.preventDefault(); decide.mutate(); }} className="fr-p-3w fr-background-alt--grey">
            <h3 className="fr-h6">Enregistrer une décision</h3>
            <ErrorAlert error={decide.error} />
            <CodeSelect label="Situation" table={Object.fromEntries(m.agenda.map((a) => [a.caseId, a.reference]))} value={decisionCase} onChange={setDecisionCase} />
            <CodeSelect label="Décision" table={DECISION_TYPES} value={type} onChange={setType} />
            <Input textArea label="Texte de la décision" hintText="Chiffré ; n’apparaît jamais dans le compte rendu." nativeTextAreaProps={{ value: text, onChange: (e) => setText(e.target.value), rows: 3 }} />
            <Button type="submit" disabled={!decisionCase || !type || !text.trim() || decide.isPending}>
              Enregistrer la décision
            </Button>
          </form>
        )}
      </Section>
    </>
  );
}
