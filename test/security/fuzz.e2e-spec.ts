import fc from 'fast-check';
import { startApi, TestApi } from '../support/app';
import { isolatedEnv, IsolatedEnv } from '../support/stack';
import { EDGE_INPUTS, FuzzInput, MIN_ECHO, nullFieldBodies, probeQuery, probeValue, requestArbitrary, stringsOf } from './support/bodies';
import { Answer, send } from './support/http';
import { Route, routes, Schema } from './support/openapi';
import { buildWorld, EVERYONE, Kind, kindOfParam, randomValue, Role, ROLES, World } from './support/world';

/** Runs per route and the whole pass's time budget: bounded, whatever the document grows to. */
const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 8);
const TOTAL_MS = Number(process.env.FUZZ_BUDGET_MS ?? 75_000);

/** A generated string worth looking for in an answer: long enough, and not a run of one or two characters. */
const distinctive = (s: string) => s.length >= MIN_ECHO && new Set(s).size >= 4;

/**
 * The route's own vocabulary: every enum value its body and query declare. An answer may name one (a case already
 * in `follow_up` refuses the move `follow_up` with `details.from = 'follow_up'`) without echoing anything the caller
 * made up; a generated string that is not one of them is still looked for.
 */
function vocabulary(route: Route): Set<string> {
  const out = new Set<string>();
  const walk = (s: Schema | undefined): void => {
    if (!s) return;
    for (const v of s.enum ?? []) if (typeof v === 'string') out.add(v);
    walk(s.items);
    if (typeof s.additionalProperties === 'object') walk(s.additionalProperties);
    for (const p of Object.values(s.properties ?? {})) walk(p);
    for (const x of [...(s.allOf ?? []), ...(s.oneOf ?? []), ...(s.anyOf ?? [])]) walk(x);
  };
  walk(route.body);
  for (const q of route.query) walk(q.schema);
  return out;
}

/**
 * Every route's body and query, fuzzed with fast-check from the document's schemas (wrong types, missing
 * required fields, huge strings, deep nesting, unicode, numbers at the edges, extra fields), as a signed-in
 * role that may call the route on the fixture's own ids (public routes without a token). No answer may be
 * 5xx, and no generated string may come back in an error body. Sign-out runs last, since it ends the session.
 */
describe('security: fuzzing every route from the OpenAPI document', () => {
  let env: IsolatedEnv;
  let api: TestApi;
  let world: World;
  let all: Route[];
  const bearer = new Map<string, string>();

  beforeAll(async () => {
    env = await isolatedEnv({});
    api = await startApi();
    all = (await routes()).sort((a, b) => Number(/\/auth\//.test(a.path)) - Number(/\/auth\//.test(b.path)));
    world = await buildWorld(api);
  }, 180_000);

  /** Fresh tokens for each test: the routes run last (sign-out) end the previous test's sessions. */
  beforeEach(async () => {
    for (const r of ROLES) bearer.set(r.email, await api.tokenFor(r.email));
  }, 60_000);

  afterAll(async () => {
    await api?.close();
    await env?.restore();
  });

  /** The fixture's territory-93 ids for the route's path, and the parties among the demo roles. */
  function target(route: Route): { path: Record<string, string>; candidates: Role[] } {
    const path: Record<string, string> = {};
    let candidates = ROLES;
    for (const p of route.pathParams) {
      const kind = kindOfParam(route.path, p.name);
      const inst = kind ? world[kind as Kind].t93 : undefined;
      path[p.name] = inst?.id ?? randomValue(kind);
      if (inst && !inst.parties.includes(EVERYONE)) candidates = candidates.filter((r) => inst.parties.includes(r.organisationId));
    }
    return { path, candidates: candidates.length ? candidates : ROLES };
  }

  /** The fixture's territory-93 id for a body or query field named after a resource (`caseId`…). */
  function idFor(name: string): string | undefined {
    const k = /OrganisationId$/.test(name) ? 'organisation' : kindOfParam('', name);
    return k ? world[k].t93?.id : undefined;
  }

  /** The first candidate the route does not turn away at the door (401/403/404) with a documented body. */
  async function caller(route: Route, path: Record<string, string>, candidates: Role[]): Promise<Role | undefined> {
    if (route.public) return undefined;
    for (const role of candidates) {
      const a = await send(api, { route, bearer: bearer.get(role.email), path, query: probeQuery(route.query, idFor), body: route.body ? probeValue(route.body, '', idFor) : {} });
      if (![401, 403, 404].includes(a.status)) return role;
    }
    return candidates[0];
  }

  it('answers a null in any documented body field with a 4xx or a success, never a 5xx', async () => {
    const failures: string[] = [];
    let requests = 0;
    for (const route of all) {
      if (!route.body?.properties) continue;
      const { path, candidates } = target(route);
      const role = await caller(route, path, candidates);
      for (const { field, body } of nullFieldBodies(route.body, idFor)) {
        requests++;
        const a = await send(api, { route, bearer: role ? bearer.get(role.email) : undefined, path, query: probeQuery(route.query, idFor), body });
        if (a.status >= 500) failures.push(`${route.label} as ${role?.email ?? 'nobody'}: ${field} null → ${a.status} ${(a.body as { code?: string })?.code ?? ''}`);
      }
    }
    process.stdout.write(`fuzz: ${requests} bodies with one documented field null, ${failures.length} answered 5xx\n`);
    expect(requests).toBeGreaterThan(100);
    expect(failures).toEqual([]);
  }, 300_000);

  it('answers no fuzzed request with a 5xx and echoes no input in an error', async () => {
    const started = Date.now();
    const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
    const failures: string[] = [];
    let requests = 0;
    let fives = 0;
    let routesFuzzed = 0;
    for (const route of all) {
      const { path, candidates } = target(route);
      const role = await caller(route, path, candidates);
      routesFuzzed++;
      await fc.assert(
        fc.asyncProperty(requestArbitrary(route.body, route.query), async (input: FuzzInput) => {
          requests++;
          const a: Answer = await send(api, { route, bearer: role ? bearer.get(role.email) : undefined, path, query: input.query, body: input.body ?? {}, raw: input.raw });
          const as = `${route.label} as ${role?.email ?? 'nobody'}`;
          if (a.status >= 500) {
            fives++;
            failures.push(`${as}: ${a.status} ${(a.body as { code?: string })?.code ?? ''} for ${JSON.stringify(input).slice(0, 300)}`);
          } else if (a.status >= 400) {
            const words = vocabulary(route);
            const sent = [...stringsOf(input.body), ...stringsOf(input.query), ...(input.raw ? [input.raw.slice(0, 40)] : [])].filter((x) => distinctive(x) && !words.has(x));
            const echoed = sent.find((s) => a.text.includes(s) || a.text.includes(JSON.stringify(s).slice(1, -1)));
            if (echoed) failures.push(`${as}: ${a.status} error body echoes the input ${JSON.stringify(echoed.slice(0, 60))}`);
          }
        }),
        { numRuns: RUNS_PER_ROUTE, examples: EDGE_INPUTS.map((e) => [e] as [FuzzInput]), interruptAfterTimeLimit: Math.max(300, Math.floor(TOTAL_MS / all.length)), seed },
      );
    }
    process.stdout.write(`fuzz: ${requests} requests over ${routesFuzzed} routes (of ${all.length}), ${fives} answered 5xx (FUZZ_SEED=${seed}, ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    expect(failures.slice(0, 30)).toEqual([]);
    expect(routesFuzzed).toBe(all.length);
  }, 300_000);
});
