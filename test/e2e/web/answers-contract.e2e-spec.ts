import { AnswerContract } from '../../../scripts/openapi-answers';
import { startApi, TestApi } from '../../support/app';
import { isolatedEnv, IsolatedEnv } from '../../support/stack';
import { probeQuery } from '../../security/support/bodies';
import { pool, send } from '../../security/support/http';
import { document, Route, routes } from '../../security/support/openapi';
import { buildWorld, kindOfParam, randomValue, ROLES, World } from '../../security/support/world';

/**
 * The web client's types are generated from the OpenAPI document; this checks that the API answers what the
 * document says. Every GET route, called by every demo account on the security fixture world (territory 93's
 * and 75's instances, the demo data), and each JSON 2xx answer validated against its declared schema
 * (scripts/openapi-answers.ts: a field dropped, retyped or added fails). A route no account got a JSON 2xx
 * from is listed: its answer is not checked here.
 */
describe('API answers ↔ OpenAPI document', () => {
  let env: IsolatedEnv;
  let api: TestApi;
  let world: World;
  let contract: AnswerContract;
  let gets: Route[];
  const bearer = new Map<string, string>();

  beforeAll(async () => {
    env = await isolatedEnv({});
    api = await startApi();
    contract = new AnswerContract(await document());
    gets = (await routes()).filter((r) => r.method === 'get');
    world = await buildWorld(api);
    for (const r of ROLES) bearer.set(r.email, await api.tokenFor(r.email));
  }, 180_000);

  afterAll(async () => {
    await api?.close();
    await env?.restore();
  });

  it('answers every GET route as its schema declares', async () => {
    const calls: { route: Route; email: string; path: Record<string, string>; query: Record<string, string> }[] = [];
    for (const route of gets) {
      for (const column of ['t93', 't75'] as const) {
        const idFor = (name: string) => {
          const k = /OrganisationId$/.test(name) ? 'organisation' : kindOfParam('', name);
          return k ? world[k][column]?.id : undefined;
        };
        const path = Object.fromEntries(
          route.pathParams.map((p) => {
            const kind = kindOfParam(route.path, p.name);
            const first = p.schema.enum?.[0];
            return [p.name, kind ? (world[kind][column]?.id ?? randomValue(kind)) : first !== undefined ? String(first) : randomValue(kind)];
          }),
        );
        if (column === 't75' && !route.pathParams.length) continue;
        for (const role of ROLES) calls.push({ route, email: role.email, path, query: probeQuery(route.query, idFor) });
      }
    }
    // One line per route and field (array positions and accounts folded), with the first account that saw it.
    const failures = new Map<string, string>();
    const fail = (problem: string, email: string) => {
      const key = problem.replace(/\/\d+(?=\/|\s)/g, '/*');
      if (!failures.has(key)) failures.set(key, email);
    };
    const checked = new Set<string>();
    await pool(
      calls.map((c) => async () => {
        const a = await send(api, { route: c.route, bearer: c.route.public ? undefined : bearer.get(c.email), path: c.path, query: c.query });
        if (a.status >= 500) fail(`${c.route.label}: ${a.status}`, c.email);
        // JSON answers only: files and pages are declared as such, not by a schema.
        if (a.status < 200 || a.status >= 300 || !/^\s*[[{]/.test(a.text)) return;
        checked.add(c.route.label);
        for (const problem of contract.check('GET', c.route.path, a.status, a.body)) fail(problem, c.email);
      }),
      6,
    );
    const unchecked = gets.map((r) => r.label).filter((l) => !checked.has(l));
    process.stdout.write(`answers contract: ${calls.length} calls, ${checked.size} of ${gets.length} GET routes checked on a JSON 2xx answer\n${unchecked.length ? `not checked (no JSON 2xx for any account): ${unchecked.join(', ')}\n` : ''}`);
    expect([...failures].map(([problem, email]) => `${problem} (as ${email})`)).toEqual([]);
  }, 600_000);
});
