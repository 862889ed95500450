import { Tabs } from '@codegouvfr/react-dsfr/Tabs';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import { useOrganisations } from '../../api/hooks';
import type { CaseView, HistoryEntry } from '../../api/views';
import { OverdueBadge } from '../../components/badges';
import { DataTable } from '../../components/DataTable';
import { Empty, ErrorAlert, Loading } from '../../components/common';
import { describeEntry } from '../../domain/history';
import {
  CASE_STATES, CHILD_PROTECTION_STATES, CLOSURE_REASONS, CRIMINAL_STATES, DEADLINE_KINDS, DEADLINE_TRACK, frDate, IDENTIFICATION_STATES, label, RESIDENCE_STATES,
} from '../../domain/labels';
import { IndicatorForm, IndicatorSummary } from './IndicatorForm';
import { organisationCell, organisationLabel } from '../../domain/masked-organisation';
import { TrackActions } from './TrackActions';
import type { TrackTab } from './track-submit';

type Tab = TrackTab | 'all';
const TABS: { tabId: Tab; label: string; tracks: string[] }[] = [
  { tabId: 'identification', label: 'Identification', tracks: ['identification'] },
  { tabId: 'residence', label: 'Séjour', tracks: ['residence'] },
  { tabId: 'child_protection', label: 'Protection de l’enfance', tracks: ['child_protection'] },
  { tabId: 'criminal', label: 'Pénal', tracks: ['criminal'] },
  { tabId: 'case', label: 'Suivi et accords', tracks: ['case', 'consent'] },
  { tabId: 'all', label: 'Historique complet', tracks: [] },
];

function statusOf(c: CaseView, tab: Tab): string | null {
  if (tab === 'identification') return label(IDENTIFICATION_STATES, c.statuses.identification);
  if (tab === 'residence') return label(RESIDENCE_STATES, c.statuses.residence);
  if (tab === 'child_protection') return label(CHILD_PROTECTION_STATES, c.statuses.childProtection);
  if (tab === 'criminal') return label(CRIMINAL_STATES, c.statuses.criminal);
  if (tab === 'case') return `${label(CASE_STATES, c.statuses.case)}${c.closureReason ? ` (${label(CLOSURE_REASONS, c.closureReason)})` : ''}`;
  return null;
}

/** The residence track concerns foreign adults outside the EU; child protection, minors: other tabs are left out unless something was recorded. */
const applicable = (c: CaseView, tab: Tab) =>
  tab === 'residence' ? (c.foreignNational && !c.minor) || c.statuses.residence !== 'none'
    : tab === 'child_protection' ? c.minor || c.statuses.childProtection !== 'none'
      : true;

/**
 * One tab per track: where it stands, the steps this user may record (TrackActions), its next legal deadlines and
 * its timeline told in words (GET /api/cases/:id/history).
 */
export function CaseTracks({ c }: { c: CaseView }) {
  const [tab, setTab] = useState<Tab>('identification');
  const orgs = useOrganisations();
  const history = useQuery({ queryKey: ['case', c.id, 'history', c.version], queryFn: () => unwrap<HistoryEntry[]>(api.GET('/api/cases/{id}/history', { params: { path: { id: c.id } } })) });
  const tabs = TABS.filter((t) => applicable(c, t.tabId));
  const current = tabs.find((t) => t.tabId === tab) ?? tabs[0];
  const all = history.data ?? [];
  const entries = all.map((e, i) => ({ e, i })).filter(({ e }) => current.tabId === 'all' || current.tracks.includes(e.track));
  const deadlines = c.deadlines.filter((d) => current.tabId === 'all' || DEADLINE_TRACK[d.kind] === current.tabId || (current.tabId === 'case' && !DEADLINE_TRACK[d.kind]));
  const status = statusOf(c, current.tabId);

  return (
    <Tabs label="Parcours de la situation" selectedTabId={current.tabId} onTabChange={(t) => setTab(t as Tab)} tabs={tabs.map(({ tabId, label: l }) => ({ tabId, label: l }))}>
      {status && (
        <p>
          <span className="fr-text--bold">Étape actuelle : </span>
          {status}
        </p>
      )}
      {current.tabId !== 'all' && <TrackActions key={current.tabId} c={c} tab={current.tabId} />}
      {current.tabId === 'identification' && (
        <>
          <h3 className="fr-h6">Indicateurs observés</h3>
          <IndicatorSummary c={c} />
          <IndicatorForm c={c} />
        </>
      )}
      <h3 className="fr-h6">Prochaines échéances</h3>
      {deadlines.length === 0 ? (
        <Empty>Aucune échéance en cours.</Empty>
      ) : (
        <ul>
          {deadlines.map((d) => (
            <li key={d.id}>
              {label(DEADLINE_KINDS, d.kind)} : {frDate(d.dueOn)} ({organisationLabel(orgs.name, d.responsibleOrganisationId, d.responsibleOrganisationKind)}) <OverdueBadge overdue={d.overdue} />
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
          headers={['Date', 'Ce qui s’est passé', 'Précisions', 'Par']}
          rowKeys={entries.map(({ e }) => e.id)}
          rows={entries.map(({ e, i }) => {
            const { title, facts } = describeEntry(e, orgs.name, all.slice(0, i));
            return [frDate(e.occurredOn), title, [...facts, ...(e.note ? [`Note : ${e.note}`] : [])].join(' · ') || '—', organisationCell(orgs.name, e.recordedByOrganisationId, e.recordedByOrganisationKind)];
          })}
        />
      )}
    </Tabs>
  );
}
