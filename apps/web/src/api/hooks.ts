import { type QueryClient, type QueryKey, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, unwrap } from './client';
import type { CaseView, Organisation, Page } from './views';

/** The directory (names and kinds, never a location), cached for the session. */
const organisationsQuery = { queryKey: ['organisations'], queryFn: () => unwrap<Organisation[]>(api.GET('/api/organisations')), staleTime: 10 * 60_000 };

export function useOrganisations() {
  const q = useQuery(organisationsQuery);
  const byId = useMemo(() => new Map((q.data ?? []).map((o) => [o.id, o])), [q.data]);
  return { list: q.data ?? [], byId, name: (id: string | null | undefined) => (id ? (byId.get(id)?.name ?? 'Organisation') : '—') };
}

const caseQuery = (id: string) => ({ queryKey: ['case', id], queryFn: () => unwrap<CaseView>(api.GET('/api/cases/{id}', { params: { path: { id } } })) });
/** Cases read as the session opened on their page (`prefetchCaseOfPage`): id → when. */
const readAsOpened = new Map<string, number>();
const OPENING_MS = 3_000;

/**
 * A case as it is now: refetched on every visit of its pages, since partners record on it between two visits —
 * except within seconds of the session opening on its page, when the case was read beside the profile
 * (`prefetchCaseOfPage`) and nothing has made it stale since (every component of the page asks the same).
 */
export function useCase(id: string) {
  return useQuery({
    ...caseQuery(id),
    refetchOnMount: (q) => {
      const opened = readAsOpened.get(id);
      const fresh = opened !== undefined && !q.state.isInvalidated && q.state.dataUpdatedAt >= opened && Date.now() - opened < OPENING_MS;
      return fresh ? false : 'always';
    },
  });
}

const CASE_PATH = /^\/cases\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(\/|$)/;

/**
 * On a case's address, the case and the directory read at once, beside the profile (`/api/me`) and the page's
 * script, instead of after both: the case's own line is the case page's largest paint. A case the user may not
 * see answers as it would to the page (the page reads it again and shows why).
 */
export function prefetchCaseOfPage(client: QueryClient, pathname: string): void {
  const id = CASE_PATH.exec(pathname)?.[1];
  if (!id) return;
  readAsOpened.set(id, Date.now());
  void client.prefetchQuery(caseQuery(id));
  // and the directory it names its organisations from: a name arriving after the case would wrap the case's line
  // differently and push the page down (Lighthouse measured that shift at 0.07)
  void client.prefetchQuery(organisationsQuery);
}

/**
 * One way to read a list of the API to its end: pages of `limit` items, the next one asked with the previous
 * page's `nextCursor` when the user wants more (`more`, shown only while there is one). `items` is every page
 * read so far, in order.
 */
export function usePagedList<T>(queryKey: QueryKey, fetchPage: (cursor: string | undefined) => Promise<Page<T>>, options: { enabled?: boolean } = {}) {
  const q = useInfiniteQuery({
    queryKey,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: Page<T>) => last.nextCursor ?? undefined,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    enabled: options.enabled,
  });
  const items = useMemo(() => q.data?.pages.flatMap((p) => p.items) ?? [], [q.data]);
  return {
    items,
    isPending: q.isPending,
    /** The first page has come (an empty list is then really empty). */
    loaded: q.data !== undefined,
    error: q.error,
    hasMore: q.hasNextPage,
    loadingMore: q.isFetchingNextPage,
    more: () => void q.fetchNextPage(),
  };
}

export type PagedList<T> = ReturnType<typeof usePagedList<T>>;

/** The `cursor` query parameter of a list, present only from the second page on. */
export const cursorParam = (cursor: string | undefined): { cursor?: string } => (cursor ? { cursor } : {});
