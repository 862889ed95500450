import { DataTable } from '../../components/DataTable';
import { SegmentedControl } from '@codegouvfr/react-dsfr/SegmentedControl';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { cursorParam, useOrganisations, usePagedList } from '../../api/hooks';
import type { Orientation, Page } from '../../api/views';
import { OrientationStateBadge } from '../../components/badges';
import { Empty, ErrorAlert, Loading, MoreButton, usePageTitle } from '../../components/common';
import { frDate, label, REQUEST_REASONS, TARGET_KINDS } from '../../domain/labels';
import { OrientationActions } from './OrientationActions';

export function useInbox(open: boolean) {
  return usePagedList(['orientations', 'inbox', open], (cursor) =>
    unwrap<Page<Orientation>>(api.GET('/api/orientations', { params: { query: { inbox: true, ...(open ? { open: true } : {}), limit: 50, ...cursorParam(cursor) } } })),
  );
}

export function InboxTable({ items, caption }: { items: Orientation[]; caption: string }) {
  const orgs = useOrganisations();
  return (
    <DataTable
      caption={caption}
      headers={['Situation', 'Dispositif', 'Demandeur', 'Motif', 'Demandée le', 'État', 'Actions']}
      rowKeys={items.map((o) => o.id)}
      rows={items.map((o) => [
        <Link key="l" to={`/cases/${o.caseId}/orientations/${o.id}`}>{o.reference}</Link>,
        label(TARGET_KINDS, o.targetKind),
        orgs.name(o.requesterOrganisationId),
        label(REQUEST_REASONS, o.reasonCode),
        frDate(o.requestedAt),
        <OrientationStateBadge key="s" state={o.state} />,
        <OrientationActions key="a" orientation={o} compact />,
      ])}
    />
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
      {q.loaded && (q.items.length === 0 ? <Empty>{open ? 'Aucune demande en cours.' : 'Aucune demande.'}</Empty> : <InboxTable items={q.items} caption="Demandes d’orientation reçues" />)}
      <MoreButton list={q}>Afficher les demandes suivantes</MoreButton>
    </>
  );
}
