import { DataTable } from '../../components/DataTable';
import { Tabs } from '@codegouvfr/react-dsfr/Tabs';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useOrganisations } from '../../api/hooks';
import type { CaseView, HistoryEntry } from '../../api/views';
import { OverdueBadge } from '../../components/badges';
import { Empty, ErrorAlert, Loading } from '../../components/common';
import {
  CHILD_PROTECTION_STATES, CRIMINAL_STATES, DEADLINE_KINDS, DEADLINE_TRACK, frDate, IDENTIFICATION_STATES, label, RESIDENCE_STATES, TRACK_EVENTS, TRACKS,
} from '../../domain/labels';

const TABS = [
  { tabId: 'identification', label: 'Identification', tracks: ['case', 'identification', 'consent'] },
  { tabId: 'residence', label: 'Séjour', tracks: ['residence'] },
  { tabId: 'child_protection', label: 'Protection de l’enfance', tracks: ['child_protection'] },
  { tabId: 'criminal', label: 'Pénal', tracks: ['criminal'] },
  { tabId: 'all', label: 'Historique complet', tracks: [] as string[] },
];

function statusOf(c: CaseView, tab: string): string | null {
  if (tab === 'identification') return label(IDENTIFICATION_STATES, c.statuses.identification);
  if (tab === 'residence') return label(RESIDENCE_STATES, c.statuses.residence);
  if (tab === 'child_protection') return label(CHILD_PROTECTION_STATES, c.statuses.childProtection);
  if (tab === 'criminal') return label(CRIMINAL_STATES, c.statuses.criminal);
  return null;
}

/** One tab per track: where it stands, its next legal deadlines, and its timeline (GET /api/cases/:id/history). */
export function CaseTracks({ c }: { c: CaseView }) {
  const [tab, setTab] = useState('identification');
  const orgs = useOrganisations();
  const history = useQuery({ queryKey: ['case', c.id, 'history', c.version], queryFn: () => unwrap<HistoryEntry[]>(api.GET('/api/cases/{id}/history', { params: { path: { id: c.id } } })) });
  const current = TABS.find((t) => t.tabId === tab)!;
  const entries = (history.data ?? []).filter((e) => tab === 'all' || current.tracks.includes(e.track));
  const deadlines = c.deadlines.filter((d) => tab === 'all' || DEADLINE_TRACK[d.kind] === tab);
  const status = statusOf(c, tab);

  return (
    <Tabs label="Parcours de la situation" selectedTabId={tab} onTabChange={setTab} tabs={TABS.map(({ tabId, label: l }) => ({ tabId, label: l }))}>
      {status && (
        <p>
          <span className="fr-text--bold">Étape actuelle : </span>
          {status}
        </p>
      )}
      <h3 className="fr-h6">Prochaines échéances</h3>
      {deadlines.length === 0 ? (
        <Empty>Aucune échéance en cours.</Empty>
      ) : (
        <ul>
          {deadlines.map((d) => (
            <li key={d.id}>
              {label(DEADLINE_KINDS, d.kind)} : {frDate(d.dueOn)} ({orgs.name(d.responsibleOrganisationId)}) <OverdueBadge overdue={d.overdue} />
            </li>
          ))}
        </ul>
      )}
      <h3 className="fr-h6">Chronologie</h3>
      {history.isPending && <Loading />}
      <ErrorAlert error={history.error} />
      {history.data && entries.length === 0 && <Empty>Rien n’est encore enregistré dans ce parcours.</Empty>}
      {entries.length > 0 && (
        <DataTable
          caption="Chronologie"
          headers={['Date', 'Parcours', 'Étape', 'Par']}
          rows={entries.map((e) => [frDate(e.occurredOn), label(TRACKS, e.track), label(TRACK_EVENTS, e.type) + (e.note ? ` — ${e.note}` : ''), orgs.name(e.recordedByOrganisationId)])}
        />
      )}
    </Tabs>
  );
}
