import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, unwrap } from './client';
import type { CaseView, Organisation } from './views';

/** The directory (names and kinds, never a location), cached for the session. */
export function useOrganisations() {
  const q = useQuery({ queryKey: ['organisations'], queryFn: () => unwrap<Organisation[]>(api.GET('/api/organisations')), staleTime: 10 * 60_000 });
  const byId = useMemo(() => new Map((q.data ?? []).map((o) => [o.id, o])), [q.data]);
  return { list: q.data ?? [], byId, name: (id: string | null | undefined) => (id ? (byId.get(id)?.name ?? 'Organisation') : '—') };
}

/** A case as it is now: refetched on every visit of its pages, since partners record on it between two visits. */
export function useCase(id: string) {
  return useQuery({ queryKey: ['case', id], queryFn: () => unwrap<CaseView>(api.GET('/api/cases/{id}', { params: { path: { id } } })), refetchOnMount: 'always' });
}
