import { DEMO_ORGS } from '../../../db/seeds/demo';
import { startApi, TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { ADMIN, expectErrorBody } from './foundation-helpers';

const WORKER = 'asso.93@demo.mnio.test';
const COORDINATOR = 'coord.93@demo.mnio.test';
const CELL = 'clav.93@demo.mnio.test';
const POLICE = 'police.93@demo.mnio.test';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Cursors no list gave out: garbage, a base64 of plain text, tampered tuples, SQL, a NUL, and an oversized one. */
const BAD_CURSORS = [
  'garbage',
  'bm90LWEtY3Vyc29y', // "not-a-cursor"
  'nope!',
  b64(['2026-12-06 10:00:00+00', "x' OR 1=1 --"]),
  b64(['2026-13-45', '0b7e6a52-3c1d-4e8f-9a2b-1c3d5e7f9a0b']),
  b64({ at: '2026-12-06 10:00:00+00', id: '0b7e6a52-3c1d-4e8f-9a2b-1c3d5e7f9a0b' }),
  'a\u0000',
  'A'.repeat(1000),
];

/** Every list takes its page as `cursor`, one opaque format checked by the platform: a bad one is 400 INVALID_CURSOR. */
describe('keyset pagination, one way for every list', () => {
  let api: TestApi;
  let caseId: string;
  beforeAll(async () => {
    api = await startApi();
    caseId = (await (await api.as(WORKER)).post('/api/cases').send(caseBody({ territory: '93', events: [] })).expect(201)).body.id;
  });
  afterAll(() => api.close());

  const lists: [string, string, () => string][] = [
    ['cases', WORKER, () => '/api/cases'],
    ['referred cases', POLICE, () => '/api/referrals/received'],
    ['deadlines', WORKER, () => '/api/deadlines'],
    ['orientations', WORKER, () => '/api/orientations'],
    ['orientations of a case', WORKER, () => `/api/cases/${caseId}/orientations`],
    ['actions', CELL, () => '/api/actions'],
    ['meetings of a cell', CELL, () => `/api/cells/${DEMO_ORGS.cell93}/meetings`],
    ['transfers', WORKER, () => '/api/transfers'],
    ['readers of a case', COORDINATOR, () => `/api/cases/${caseId}/readers`],
    ['inbox', WORKER, () => '/api/notifications'],
    ['dead letters', ADMIN, () => '/api/admin/notifications/dead-letters'],
    ['users', ADMIN, () => '/api/admin/users'],
  ];

  it.each(lists)('%s: answers a bad cursor with 400 INVALID_CURSOR, echoing nothing', async (_name, user, path) => {
    const as = await api.as(user);
    // The list itself answers (so the 400 below is the cursor's, not the route's or the role's).
    const ok = await as.get(path()).query({ limit: 1 }).expect(200);
    expect(Object.keys(ok.body).sort()).toEqual(['items', 'nextCursor']);
    expect(ok.body.nextCursor === null || typeof ok.body.nextCursor === 'string').toBe(true);
    for (const cursor of BAD_CURSORS) {
      const res = await as.get(path()).query({ cursor }).expect(400);
      expectErrorBody(res.body, 'INVALID_CURSOR');
      if (cursor.length > 3) expect(JSON.stringify(res.body)).not.toContain(cursor.slice(0, 20));
    }
  });

  it.each(lists)('%s: knows no `after` parameter any more', async (_name, user, path) => {
    const res = await (await api.as(user)).get(path()).query({ after: 'x' }).expect(400);
    expectErrorBody(res.body, 'UNKNOWN_FIELD', true);
  });

  it('refuses a cursor of another list (same format, other sort key)', async () => {
    const users = await (await api.as(ADMIN)).get('/api/admin/users').query({ limit: 1 }).expect(200);
    expect(users.body.nextCursor).toEqual(expect.any(String));
    const res = await (await api.as(WORKER)).get('/api/deadlines').query({ cursor: users.body.nextCursor }).expect(400);
    expectErrorBody(res.body, 'INVALID_CURSOR');
  });

  it('walks a list page by page with the nextCursor it gives, never repeating an item', async () => {
    const admin = await api.as(ADMIN);
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 4; page++) {
      const res: { body: { items: { email: string }[]; nextCursor: string | null } } = await admin.get('/api/admin/users').query({ limit: 2, ...(cursor ? { cursor } : {}) }).expect(200);
      expect(res.body.items).toHaveLength(2);
      seen.push(...res.body.items.map((u) => u.email.toLowerCase()));
      cursor = res.body.nextCursor;
      expect(cursor).toEqual(expect.any(String));
    }
    expect(new Set(seen).size).toBe(8);
    expect([...seen].sort()).toEqual(seen);
  });
});
