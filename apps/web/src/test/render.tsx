import { packRules } from '@casl/ability/extra';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import type { Me } from '../api/views';
import { authOf, AuthContextProvider } from '../auth/auth';
import { DraftProvider } from '../pages/record/draft';

type Rule = { action: string | string[]; subject: string; conditions?: Record<string, unknown> };

/** A user as /api/me describes them: memberships and the packed CASL rules the API would send. */
export function meWith(role: string, organisationKind: string, rules: Rule[], territories = ['93']): Me {
  return {
    id: 'u1', email: 'test@demo.mnio.test', displayName: 'Test User', totpEnabled: false, mfa: false,
    memberships: [{ id: 'm1', organisationId: 'org-1', organisationName: 'Organisation test', organisationKind, role, territories, national: false }],
    permissions: packRules(rules as never),
  };
}

export const CASE_WORKER_RULES: Rule[] = [
  { action: 'create', subject: 'Case', conditions: { territory: { $in: ['93'] } } },
  { action: ['read', 'read_history'], subject: 'Case', conditions: { viewers: 'org-1' } },
  { action: ['update', 'identify', 'record_consent', 'share', 'close'], subject: 'Case', conditions: { ownerOrganisationId: 'org-1' } },
  { action: 'request', subject: 'Orientation' },
  { action: ['read', 'act_as_requester'], subject: 'Orientation', conditions: { requesterOrganisationId: 'org-1' } },
  { action: ['read', 'act_as_target'], subject: 'Orientation', conditions: { targetOrganisationId: 'org-1' } },
  { action: 'read', subject: 'Organisation' },
];
export const ADMIN_RULES: Rule[] = [
  { action: ['create', 'read', 'list', 'update'], subject: 'User' },
  { action: ['create', 'update'], subject: 'Organisation' },
  { action: 'read', subject: 'Organisation' },
];

/** Renders with the app's providers; `fetch` answers are the test's to stub. */
export function renderApp(ui: ReactNode, me: Me, path = '/') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[path]}>
        <AuthContextProvider value={authOf(me, async () => undefined)}>
          <DraftProvider>{ui}</DraftProvider>
        </AuthContextProvider>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

/** A fetch stub: the first route whose pattern matches the request answers. */
export function stubFetch(routes: [RegExp, (req: Request) => unknown | Response][]) {
  const calls: Request[] = [];
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = input instanceof Request ? input : new Request(String(input), init);
    calls.push(req);
    const key = `${req.method} ${new URL(req.url).pathname}${new URL(req.url).search}`;
    const route = routes.find(([re]) => re.test(key));
    if (!route) return new Response(JSON.stringify({ code: 'ROUTE_NOT_FOUND' }), { status: 404, headers: { 'content-type': 'application/json' } });
    const answer = await route[1](req);
    return answer instanceof Response ? answer : new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return calls;
}

export const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
