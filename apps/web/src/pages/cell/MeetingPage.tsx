import { Button } from '@codegouvfr/react-dsfr/Button';
import { ButtonsGroup } from '@codegouvfr/react-dsfr/ButtonsGroup';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api, isNotFound, unwrap } from '../../api/client';
import type { CellComposition, Meeting } from '../../api/views';
import { useAuth } from '../../auth/auth';
import { Empty, ErrorAlert, Loading, Section, usePageTitle } from '../../components/common';
import { frDate } from '../../domain/labels';
import { NotFoundPage } from '../NotFoundPage';
import { AgendaItemCard } from './AgendaItemCard';
import { AgendaSuggestionsPanel } from './AgendaSuggestionsPanel';
import { downloadMinutesPdf } from './minutes-download';
import { MeetingAttendees } from './MeetingAttendees';

export function useMeeting(meetingId: string) {
  return useQuery({ queryKey: ['meeting', meetingId], queryFn: () => unwrap<Meeting>(api.GET('/api/meetings/{id}', { params: { path: { id: meetingId } } })) });
}

export function useCell(cellId: string) {
  return useQuery({
    queryKey: ['cell', cellId, 'composition'],
    enabled: Boolean(cellId),
    queryFn: () => unwrap<CellComposition>(api.GET('/api/cells/{id}', { params: { path: { id: cellId } } })),
  });
}

/**
 * A meeting of the cell: attendees, the agenda (suggested cases or any by reference), decisions per case and
 * the actions given to the member organisations; the minutes to print or to download as a PDF.
 */
export function MeetingPage() {
  const { meetingId = '' } = useParams();
  usePageTitle('Réunion de cellule');
  const { can } = useAuth();
  const client = useQueryClient();
  const q = useMeeting(meetingId);
  const cell = useCell(q.data?.cellId ?? '');
  const download = useMutation({ mutationFn: () => downloadMinutesPdf(meetingId) });
  const refresh = () => Promise.all([client.invalidateQueries({ queryKey: ['meeting', meetingId] }), client.invalidateQueries({ queryKey: ['cell'] })]);
  if (q.isPending) return <Loading />;
  if (isNotFound(q.error)) return <NotFoundPage />;
  if (!q.data) return <ErrorAlert error={q.error} />;
  const m = q.data;
  const mayUpdate = can('update', 'CellMeeting', { cellId: m.cellId });
  const mayPropose = can('propose', 'CellMeeting', { cellId: m.cellId });
  const mayDecide = can('decide', 'CellMeeting', { cellId: m.cellId });
  const owners = Object.fromEntries(cell.data ? [[cell.data.id, cell.data.name], ...cell.data.memberOrganisations.map((o) => [o.id, o.name])] : []);
  return (
    <>
      <p className="fr-mb-2w">
        <Link to="/cellule" className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
          Retour à la cellule
        </Link>
      </p>
      <h1>Réunion du {frDate(m.date)}</h1>
      <ButtonsGroup
        inlineLayoutWhen="md and up"
        buttons={[
          { children: 'Imprimer le compte rendu', iconId: 'fr-icon-printer-line', priority: 'secondary', linkProps: { to: `/cellule/reunions/${m.id}/compte-rendu` } },
          { children: download.isPending ? 'Préparation du PDF…' : 'Télécharger le PDF', iconId: 'fr-icon-download-line', priority: 'secondary', disabled: download.isPending, onClick: () => download.mutate() },
        ]}
      />
      <ErrorAlert error={download.error} title="Le compte rendu n’a pas pu être téléchargé" />
      <p className="fr-text--sm fr-text-mention--grey">
        Le compte rendu ne contient que les références des situations, les décisions, les organisations responsables et les échéances : ni identité, ni texte libre.
      </p>
      <MeetingAttendees meeting={m} cell={cell.data} editable={mayUpdate} onChange={refresh} />
      <Section title="Ordre du jour et décisions" id="ordre-du-jour">
        {mayPropose && <AgendaSuggestionsPanel meetingId={m.id} onAdded={() => void refresh()} />}
        {m.agenda.length === 0 ? (
          <Empty>Aucune situation inscrite pour l’instant.</Empty>
        ) : (
          m.agenda.map((a) => (
            <AgendaItemCard key={a.caseId} meetingId={m.id} item={a} decisions={m.decisions.filter((d) => d.caseId === a.caseId)} owners={owners} mayDecide={mayDecide} onChange={() => void refresh()} />
          ))
        )}
      </Section>
      {!mayDecide && mayPropose && (
        <p className="fr-text--sm">
          Les décisions et les actions sont enregistrées par la coordination de la cellule. <Button priority="tertiary no outline" size="small" linkProps={{ to: '/cellule' }}>Voir la cellule</Button>
        </p>
      )}
    </>
  );
}
