import { DataTable } from '../../components/DataTable';
import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import { api, isNotFound, unwrap } from '../../api/client';
import { useOrganisations } from '../../api/hooks';
import type { Orientation, OrientationStep } from '../../api/views';
import { OrientationStateBadge } from '../../components/badges';
import { ErrorAlert, Loading, Section, usePageTitle } from '../../components/common';
import { frDate, frDateTime, label, ORIENTATION_STATES, ORIENTATION_STEP_EVENTS, PLACE_KINDS, REQUEST_REASONS, STEP_REASONS, TARGET_KINDS } from '../../domain/labels';
import { NotFoundPage } from '../NotFoundPage';
import { OrientationActions } from './OrientationActions';

const PARTY = { requester: 'Demandeur', target: 'Destinataire', host: 'Hébergeur' } as Record<string, string>;

/** One orientation, for its parties: where it stands, what this user may do next, and its steps. */
export function OrientationPage() {
  const { caseId = '', orientationId = '' } = useParams();
  usePageTitle('Orientation');
  const orgs = useOrganisations();
  const chosen = (useLocation().state as { chosen?: boolean } | null)?.chosen === true;
  const q = useQuery({
    queryKey: ['orientation', orientationId],
    queryFn: () => unwrap<Orientation & { history: OrientationStep[] }>(api.GET('/api/orientations/{id}', { params: { path: { id: orientationId } } })),
  });
  if (q.isPending) return <Loading />;
  if (isNotFound(q.error)) return <NotFoundPage />;
  if (!q.data) return <ErrorAlert error={q.error} />;
  const o = q.data;
  // The step that names a host, if this user may take it now: the place board shows where the person may go.
  const choosing = o.nextSteps.some((s) => s.allowed && s.host !== null);
  const rows: [string, string][] = [
    ['Dispositif', label(TARGET_KINDS, o.targetKind)],
    ['Destinataire', orgs.name(o.targetOrganisationId)],
    ['Demandeur', orgs.name(o.requesterOrganisationId)],
    ['Motif', label(REQUEST_REASONS, o.reasonCode)],
    ['Demandée le', frDate(o.requestedAt)],
    ['Réponse', o.answeredAt ? frDate(o.answeredAt) : 'En attente'],
    ...(o.preAdmissionAt ? [['Visioconférence de pré-admission', frDateTime(o.preAdmissionAt)] as [string, string]] : []),
    ...(o.transferAt ? [['Transfert', frDateTime(o.transferAt)] as [string, string]] : []),
    ...(o.answerDueOn ? [['Réponse attendue avant le', frDate(o.answerDueOn)] as [string, string]] : []),
    ...(o.placeKind ? [['Type de place', `${label(PLACE_KINDS, o.placeKind)}${o.placeStatus === 'reserved' ? ' — réservée' : o.placeStatus === 'occupied' ? ' — occupée' : ''}`] as [string, string]] : []),
    ...(o.hostOrganisationId ? [['Hébergeur', orgs.name(o.hostOrganisationId)] as [string, string]] : []),
    ...(o.outcomeCode ? [['Motif de l’issue', label(STEP_REASONS, o.outcomeCode)] as [string, string]] : []),
    ['Votre rôle', o.parties.map((p) => PARTY[p] ?? p).join(', ')],
  ];
  return (
    <>
      <p className="fr-mb-2w">
        <Link to={`/cases/${caseId || o.caseId}`} className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
          Retour à la situation {o.reference}
        </Link>
      </p>
      <h1>
        Orientation : {label(TARGET_KINDS, o.targetKind)}
      </h1>
      <p>
        Situation {o.reference} · <OrientationStateBadge state={o.state} />
      </p>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-7">
          <dl>
            {rows.map(([k, v]) => (
              <div key={k} className="fr-grid-row fr-mb-1w">
                <dt className="fr-col-12 fr-col-md-5 fr-text--bold">{k}</dt>
                <dd className="fr-col-12 fr-col-md-7 fr-m-0">{v}</dd>
              </div>
            ))}
          </dl>
        </div>
        <div className="fr-col-12 fr-col-md-5">
          <Section title="Ce que vous pouvez faire" id="actions" level={3}>
            {chosen && (
              <p className="fr-message fr-message--valid fr-mb-2w" role="status">
                Structure choisie : {orgs.name(o.hostOrganisationId)} en est avisée.
              </p>
            )}
            {choosing && (
              <p>
                <Link to={`/places?orientation=${o.id}`} className="fr-link fr-icon-map-pin-2-line fr-link--icon-left">
                  Choisir la structure sur le tableau des places
                </Link>
              </p>
            )}
            <OrientationActions orientation={o} />
          </Section>
        </div>
      </div>
      <Section title="Étapes" id="etapes">
        <DataTable
          caption="Étapes de l’orientation"
          headers={['Date', 'Étape', 'État', 'Par', 'Motif']}
          rows={o.history.map((s) => [
            frDateTime(s.occurredAt),
            label(ORIENTATION_STEP_EVENTS, s.action),
            label(ORIENTATION_STATES, s.to),
            orgs.name(s.actorOrganisationId),
            (s.reasonCode ? label(STEP_REASONS, s.reasonCode) : '—') + (s.note ? ` — ${s.note}` : ''),
          ])}
        />
      </Section>
    </>
  );
}
