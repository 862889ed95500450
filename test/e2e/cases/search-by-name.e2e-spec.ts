import { startApi, TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { rawDb } from '../../support/db';

const ASSO93 = 'asso.93@demo.mnio.test';
const ASSO75 = 'asso.75@demo.mnio.test';

/**
 * Finding a person by name, for those who read identity: the exact normalised name and birth year through the
 * blind index, among the cases they hold identity access to; references only, the search audited without the name.
 */
describe('searching the cases of a person by name', () => {
  let api: TestApi;
  let lastName = '';
  let firstName = '';
  let alias = '';
  let caseId = '';
  beforeAll(async () => {
    api = await startApi();
    const body = caseBody({ identity: { birthDate: '1999-04-12' } });
    lastName = body.identity.lastName!;
    firstName = body.identity.firstNames![0];
    alias = body.identity.aliases![0];
    caseId = (await (await api.as(ASSO93)).post('/api/cases').send(body).expect(201)).body.id;
  });
  afterAll(() => api.close());

  const search = async (email: string, body: object, status = 200) => (await api.as(email)).post('/api/cases/search-by-name').send(body).expect(status);
  const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((i) => i.id);

  it('finds the case by the exact name and birth year, whatever the letter case or the order of the names', async () => {
    expect(ids(await search(ASSO93, { lastName, firstNames: [firstName], birthYear: 1999 }))).toEqual([caseId]);
    expect(ids(await search(ASSO93, { lastName: ` ${firstName.toUpperCase()} `, firstNames: [lastName.toLowerCase()], birthYear: 1999 }))).toEqual([caseId]);
    expect(ids(await search(ASSO93, { lastName: alias, birthYear: 1999 }))).toEqual([caseId]);
  });

  it('finds nothing for another year, a partial name or a near miss: no fuzzy search', async () => {
    expect(ids(await search(ASSO93, { lastName, firstNames: [firstName], birthYear: 1998 }))).toEqual([]);
    expect(ids(await search(ASSO93, { lastName, birthYear: 1999 }))).toEqual([]);
    expect(ids(await search(ASSO93, { lastName: lastName.slice(0, -1), firstNames: [firstName], birthYear: 1999 }))).toEqual([]);
  });

  it('answers references and pseudonymised facts, never the name', async () => {
    const res = await search(ASSO93, { lastName, firstNames: [firstName], birthYear: 1999 });
    expect(res.body.items[0].reference).toMatch(/^93-\d{4}-\d{6}$/);
    expect(JSON.stringify(res.body)).not.toMatch(new RegExp(`${lastName}|${firstName}|${alias}|1999-04-12`, 'i'));
  });

  it('finds nothing among the cases of another organisation, and refuses roles that never read identity', async () => {
    expect(ids(await search(ASSO75, { lastName, firstNames: [firstName], birthYear: 1999 }))).toEqual([]);
    const refused = await search('national@demo.mnio.test', { lastName, firstNames: [firstName], birthYear: 1999 }, 403);
    expect(JSON.stringify(refused.body)).not.toContain(lastName);
  });

  it('refuses a malformed search with 400 and its field', async () => {
    const res = await search(ASSO93, { lastName: '', birthYear: 'nineteen' }, 400);
    expect(JSON.stringify(res.body)).toContain('birthYear');
  });

  it('audits every search with who and what was found, never the name asked', async () => {
    const db = await rawDb();
    try {
      const rows = (await db.query<{ details: string; actor_user_id: string }>(`SELECT details::text, actor_user_id FROM audit_entries WHERE action = 'case.name_searched'`)).rows;
      expect(rows.length).toBeGreaterThanOrEqual(8);
      expect(rows.some((r) => r.details.includes(caseId))).toBe(true);
      for (const r of rows) expect(r.details).not.toMatch(new RegExp(`${lastName}|${firstName}|${alias}`, 'i'));
    } finally {
      await db.end();
    }
  });
});
