import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { ButtonsGroup } from '@codegouvfr/react-dsfr/ButtonsGroup';
import { useParams } from 'react-router';
import { isNotFound } from '../../api/client';
import { useOrganisations } from '../../api/hooks';
import { DataTable } from '../../components/DataTable';
import { Empty, ErrorAlert, Loading, usePageTitle } from '../../components/common';
import { ACTION_STATUSES, DECISION_TYPES, frDate, frDateTime, label } from '../../domain/labels';
import { NotFoundPage } from '../NotFoundPage';
import { useCell, useMeeting } from './MeetingPage';
import './minutes-print.css';

/**
 * The minutes as a clean French page to print: the same content as the PDF and the API's minutes (references,
 * decision types, organisations, due dates, statuses). The decisions' text and the actions' titles are left
 * out, as they may name people. On paper the header, footer and buttons are hidden (minutes-print.css).
 */
export function MinutesPrintPage() {
  const { meetingId = '' } = useParams();
  usePageTitle('Compte rendu de réunion');
  const q = useMeeting(meetingId);
  const cell = useCell(q.data?.cellId ?? '');
  const orgs = useOrganisations();
  if (q.isPending) return <Loading />;
  if (isNotFound(q.error)) return <NotFoundPage />;
  if (!q.data) return <ErrorAlert error={q.error} />;
  const m = q.data;
  return (
    <div className="mnio-minutes">
      <ButtonsGroup
        className="mnio-no-print"
        inlineLayoutWhen="md and up"
        buttons={[
          { children: 'Retour à la réunion', iconId: 'fr-icon-arrow-left-line', priority: 'tertiary', linkProps: { to: `/cellule/reunions/${m.id}` } },
          { children: 'Imprimer', iconId: 'fr-icon-printer-line', onClick: () => window.print() },
        ]}
      />
      <Alert
        severity="warning"
        small
        description="Document confidentiel, réservé aux membres de la cellule. Les situations n’y sont désignées que par leur référence : il ne contient aucune donnée d’identité."
        className="fr-mb-3w"
      />
      <h1>Compte rendu de réunion</h1>
      <p className="fr-mb-0">
        {cell.data?.name ?? 'Cellule TEH'} — département {m.territory}
      </p>
      <p>Réunion du {frDate(m.date)}</p>
      <h2 className="fr-h4">Organisations présentes</h2>
      {m.attendees.length === 0 ? <Empty>Aucune organisation enregistrée.</Empty> : <ul>{m.attendees.map((a) => <li key={a.organisationId}>{a.name ?? orgs.name(a.organisationId)}</li>)}</ul>}
      <h2 className="fr-h4">Ordre du jour</h2>
      {m.agenda.length === 0 ? <Empty>Aucune situation inscrite.</Empty> : <ol>{m.agenda.map((a) => <li key={a.caseId}>Situation {a.reference}</li>)}</ol>}
      <h2 className="fr-h4">Décisions</h2>
      {m.decisions.length === 0 && <Empty>Aucune décision enregistrée.</Empty>}
      {m.decisions.map((d) => {
        const replaced = d.supersedesId ? m.decisions.find((o) => o.id === d.supersedesId) : undefined;
        return (
          <article key={d.id} className="fr-mb-3w">
            <h3 className="fr-h6 fr-mb-1w">Situation {d.reference}</h3>
            <p className="fr-mb-1w">
              Décision : <strong>{label(DECISION_TYPES, d.type)}</strong> ({frDate(d.decidedAt)})
            </p>
            {d.supersedesId && <p className="fr-mb-1w">Remplace {replaced ? `la décision du ${frDate(replaced.decidedAt)}` : 'une décision antérieure'}.</p>}
            {d.supersededById && <p className="fr-text--sm fr-text-mention--grey">Cette décision a été remplacée par une décision ultérieure.</p>}
            {d.actions.length === 0 ? (
              <Empty>Aucune action de suivi.</Empty>
            ) : (
              <DataTable
                caption={`Actions de suivi — situation ${d.reference}`}
                headers={['Organisation responsable', 'Échéance', 'État']}
                rows={d.actions.map((a) => [orgs.name(a.ownerOrganisationId), frDate(a.dueOn), label(ACTION_STATUSES, a.status)])}
                rowKeys={d.actions.map((a) => a.id)}
              />
            )}
          </article>
        );
      })}
      <p className="fr-text--sm fr-text-mention--grey fr-mt-4w">
        Le texte des décisions et l’intitulé des actions ne figurent pas dans ce document : les personnes habilitées les consultent dans mnio.
        <br />
        Édité le {frDateTime(new Date().toISOString())}.
      </p>
      <Button className="mnio-no-print" iconId="fr-icon-printer-line" onClick={() => window.print()}>
        Imprimer le compte rendu
      </Button>
    </div>
  );
}
