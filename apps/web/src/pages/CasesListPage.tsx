import { DataTable } from '../components/DataTable';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, unwrap } from '../api/client';
import type { CaseSummary, Page } from '../api/views';
import { CaseStateBadge, IdentificationBadge } from '../components/badges';
import { Empty, ErrorAlert, Loading, usePageTitle } from '../components/common';
import { AGE_BANDS, DEADLINE_KINDS, EXPLOITATION_FORMS, frDate, label, SEXES } from '../domain/labels';

export function useCases(query: { ownerOrganisationId?: string; limit?: number } = {}) {
  return useQuery({ queryKey: ['cases', query], queryFn: () => unwrap<Page<CaseSummary>>(api.GET('/api/cases', { params: { query: { limit: 50, ...query } } })) });
}

export function CasesTable({ items, caption }: { items: CaseSummary[]; caption: string }) {
  return (
    <DataTable
      caption={caption}
      headers={['Référence', 'Personne', 'Exploitation', 'Identification', 'Suivi', 'Prochaine échéance']}
      rowKeys={items.map((c) => c.id)}
      rows={items.map((c) => [
        <Link key="l" to={`/cases/${c.id}`}>{c.reference}</Link>,
        `${label(SEXES, c.sex)}, ${label(AGE_BANDS, c.ageBand)}${c.minor ? ' (personne mineure)' : ''}`,
        c.exploitationForms.map((f) => label(EXPLOITATION_FORMS, f)).join(', '),
        <IdentificationBadge key="i" state={c.statuses.identification} />,
        <CaseStateBadge key="s" state={c.statuses.case} />,
        c.nextDeadline ? `${label(DEADLINE_KINDS, c.nextDeadline.kind)} — ${frDate(c.nextDeadline.dueOn)}` : '—',
      ])}
    />
  );
}

/** The cases this user may see (scoped by the API), pseudonymised. */
export function CasesListPage() {
  usePageTitle('Situations');
  const q = useCases();
  return (
    <>
      <h1>Situations</h1>
      <p className="fr-text--sm">Les situations que votre organisation suit ou qui lui sont partagées. Aucune identité n’apparaît dans cette liste.</p>
      {q.isPending && <Loading />}
      <ErrorAlert error={q.error} />
      {q.data && (q.data.items.length === 0 ? <Empty>Aucune situation.</Empty> : <CasesTable items={q.data.items} caption="Situations" />)}
    </>
  );
}
