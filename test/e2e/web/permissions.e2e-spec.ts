import { unpackRules } from '@casl/ability/extra';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_ORGS, DEMO_USERS } from '../../../db/seeds/demo';
import { startApi, TestApi } from '../../support/app';

/** The web unit tests' permissions (apps/web/src/test/render.tsx `meAs`) are the API's own, as /api/me sends them. */
const FIXTURE = join(__dirname, '../../../apps/web/src/test/permissions.json');

/** The persona becomes `u1` of `org-1`, the other organisations their demo name: the web tests use made-up ids. */
function anonymise<T>(value: T, userId: string, own: string): T {
  const names = new Map<string, string>(Object.entries(DEMO_ORGS).map(([name, id]) => [id, `demo:${name}`]));
  names.set(own, 'org-1');
  names.set(userId, 'u1');
  return JSON.parse(JSON.stringify(value), (_key, v) => (typeof v === 'string' && names.has(v) ? names.get(v) : v));
}

describe('the web tests’ permissions fixture', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api?.close());

  it('is what /api/me answers for each demo persona (run with MNIO_UPDATE_FIXTURES=1 to regenerate apps/web/src/test/permissions.json)', async () => {
    const personas: Record<string, { rules: unknown[] } & Record<string, unknown>> = {};
    for (const [email, , organisationId] of DEMO_USERS) {
      const me = (await (await api.as(email)).get('/api/me').expect(200)).body as {
        id: string;
        memberships: { organisationKind: string; role: string; territories: string[]; national: boolean }[];
        permissions: Parameters<typeof unpackRules>[0];
      };
      const [m] = me.memberships;
      personas[email.replace('@demo.mnio.test', '')] = anonymise(
        { role: m.role, organisationKind: m.organisationKind, territories: m.territories, national: m.national, rules: unpackRules(me.permissions) },
        me.id,
        organisationId,
      );
    }
    // One persona a block, one rule a line: a change of the server's rules reads as a short diff.
    const generated = `{\n${Object.entries(personas)
      .map(([name, { rules, ...membership }]) => `  ${JSON.stringify(name)}: {\n    "membership": ${JSON.stringify(membership)},\n    "rules": [\n${rules.map((r) => `      ${JSON.stringify(r)}`).join(',\n')}\n    ]\n  }`)
      .join(',\n')}\n}\n`;
    if (process.env.MNIO_UPDATE_FIXTURES === '1') writeFileSync(FIXTURE, generated);
    expect(readFileSync(FIXTURE, 'utf8')).toBe(generated);
  }, 180_000);
});
