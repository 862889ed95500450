/** The web tests' only way to the API: stubbed routes, and a failure for any request no stub answers. */
const unstubbed: string[] = [];

/** The requests no stub answered since the last call (test/setup.ts fails the test on any). */
export function takeUnstubbed(): string[] {
  return unstubbed.splice(0);
}

const keyOf = (req: Request) => `${req.method} ${new URL(req.url).pathname}${new URL(req.url).search}`;

/** Fetch before any stub: every request is unstubbed. */
export const refuseFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
  const req = input instanceof Request ? input : new Request(String(input), init);
  unstubbed.push(keyOf(req));
  throw new Error(`no stub for ${keyOf(req)}`);
}) as typeof fetch;

/**
 * A fetch stub: the first route whose pattern matches the request answers. A request no route matches is
 * refused (the page sees a network error) and recorded, and the test fails in afterEach, naming it.
 */
export function stubFetch(routes: [RegExp, (req: Request) => unknown | Response][]) {
  const calls: Request[] = [];
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = input instanceof Request ? input : new Request(String(input), init);
    calls.push(req);
    const route = routes.find(([re]) => re.test(keyOf(req)));
    if (!route) return refuseFetch(req);
    const answer = await route[1](req);
    return answer instanceof Response ? answer : new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return calls;
}
