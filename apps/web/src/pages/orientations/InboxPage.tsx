import { SegmentedControl } from '@codegouvfr/react-dsfr/SegmentedControl';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useOrganisations } from '../../api/hooks';
import type { Orientation, Page } from '../../api/views';
import { OrientationStateBadge } from '../../components/badges';
import { Empty, ErrorAlert, Loading, usePageTitle } from '../../components/common';
import { frDate, label, REQUEST_REASONS, TARGET_KINDS } from '../../domain/labels';
import { OrientationActions } from './OrientationActions';

export function useInbox(open: boolean) {
  return useQuery({
    queryKey: ['orientations', 'inbox', open],
    queryFn: () => unwrap<Page<Orientation>>(api.GET('/api/orientations', { params: { query: { inbox: true, ...(open ? { open: true } : {}), limit: 100 } } })),
  });
}

export function InboxTable({ items, caption }: { items: Orientation[]; caption: string }) {
  const orgs = useOrganisations();
  return (
    <div className="fr-table fr-table--no-caption">
      <div className="fr-table__wrapper">
        <div className="fr-table__container">
          <div className="fr-table__content">
            <table>
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">Situation</th>
                  <th scope="col">Dispositif</th>
                  <th scope="col">Demandeur</th>
                  <th scope="col">Motif</th>
                  <th scope="col">Demandée le</th>
                  <th scope="col">État</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {items.map((o) => (
                  <tr key={o.id}>
                    <td>
                      <Link to={`/cases/${o.caseId}/orientations/${o.id}`}>{o.reference}</Link>
                    </td>
                    <td>{label(TARGET_KINDS, o.targetKind)}</td>
                    <td>{orgs.name(o.requesterOrganisationId)}</td>
                    <td>{label(REQUEST_REASONS, o.reasonCode)}</td>
                    <td>{frDate(o.requestedAt)}</td>
                    <td>
                      <OrientationStateBadge state={o.state} />
                    </td>
                    <td>
                      <OrientationActions orientation={o} compact />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}

/** The target's (or host's) work queue: accept, refuse with a reason, admit, end — whatever the API allows now. */
export function InboxPage() {
  usePageTitle('Demandes reçues');
  const [open, setOpen] = useState(true);
  const q = useInbox(open);
  return (
    <>
      <h1>Demandes reçues</h1>
      <SegmentedControl
        legend="Afficher"
        hideLegend
        className="fr-mb-3w"
        segments={[
          { label: 'En cours', nativeInputProps: { checked: open, onChange: () => setOpen(true) } },
          { label: 'Toutes', nativeInputProps: { checked: !open, onChange: () => setOpen(false) } },
        ]}
      />
      {q.isPending && <Loading />}
      <ErrorAlert error={q.error} />
      {q.data && (q.data.items.length === 0 ? <Empty>Aucune demande {open ? 'en cours' : ''}.</Empty> : <InboxTable items={q.data.items} caption="Demandes d’orientation reçues" />)}
    </>
  );
}
