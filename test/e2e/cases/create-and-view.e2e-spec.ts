import { DEMO_ORGS } from '../../../db/seeds/demo';
import { CREATE_CASE_EXAMPLE } from '../../../apps/api/src/http/cases/cases.dto';
import { startApi, TestApi } from '../../support/app';
import { createOrgUser, signIn } from '../../support/actors';
import { caseBody } from '../../support/cases';
import { rawDb } from '../../support/db';

const ASSO93 = 'asso.93@demo.mnio.test';
const ASSO75 = 'asso.75@demo.mnio.test';

describe('recording a case and reading it back', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startApi()));
  afterAll(() => api.close());

  it('accepts the issue example as written, answers 201 with a reference, and returns the same identity fields', async () => {
    const worker = await api.as(ASSO93);
    const res = await worker.post('/api/cases').send(CREATE_CASE_EXAMPLE).expect(201);
    expect(res.body).toEqual({ id: expect.any(String), reference: expect.stringMatching(/^93-\d{4}-\d{6}$/), version: 1, minor: false, possibleDuplicate: false, sameOrganisation: [] });
    expect(res.headers.etag).toBe('"1"');
    const identity = await worker.get(`/api/cases/${res.body.id}/identity`).expect(200);
    expect(identity.body.identity).toEqual(CREATE_CASE_EXAMPLE.identity);
    expect(identity.body.narrative).toBe(CREATE_CASE_EXAMPLE.narrative);
    expect(identity.body.danger).toEqual({ localDanger: true, notes: 'Threats against family' });
  });

  it('returns a pseudonymised view with no name, narrative, contact or birth date', async () => {
    const worker = await api.as(ASSO93);
    const body = caseBody();
    const { body: created } = await worker.post('/api/cases').send(body).expect(201);
    const res = await worker.get(`/api/cases/${created.id}`).expect(200);
    expect(res.body).toMatchObject({
      reference: created.reference, territory: '93', sex: 'female', ageBand: '25-34', minor: false, nationality: 'NG', foreignNational: true,
      exploitationForms: ['sexual_exploitation'], exploitedInFrance: true, exploitedAbroad: false,
      statuses: { identification: 'spotted', residence: 'none', childProtection: 'none', criminal: 'none', case: 'active' },
      identityAccess: true, version: 1, orientations: [],
    });
    const text = JSON.stringify(res.body);
    for (const value of [body.identity.lastName, body.identity.firstNames[0], body.identity.aliases[0], body.identity.contact.phone, '1999-04-12', 'night outreach', 'Threats']) {
      expect(text).not.toContain(value);
    }
  });

  it('keeps identity encrypted at rest: no seeded name, birth date or phone in any raw table', async () => {
    const worker = await api.as(ASSO93);
    const body = caseBody({ identity: { birthDate: '1987-11-23' } });
    await worker.post('/api/cases').send(body).expect(201);
    const db = await rawDb();
    try {
      const tables = await db.query<{ table_name: string }>(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`);
      for (const { table_name } of tables.rows) {
        const dump = await db.query(`SELECT t::text AS row FROM "${table_name}" t`);
        const text = dump.rows.map((r) => r.row).join('\n');
        for (const value of [body.identity.lastName, body.identity.firstNames[0], body.identity.aliases[0], body.identity.contact.phone.slice(3), '1987-11-23']) {
          expect({ table: table_name, found: text.includes(value) }).toEqual({ table: table_name, found: false });
        }
      }
    } finally {
      await db.end();
    }
  });

  it('answers 404 with the same body to another territory as for a missing case', async () => {
    const { body: created } = await (await api.as(ASSO93)).post('/api/cases').send(caseBody()).expect(201);
    const other = await api.as(ASSO75);
    const invisible = await other.get(`/api/cases/${created.id}`).expect(404);
    const missing = await other.get(`/api/cases/00000000-0000-4000-8000-000000000000`).expect(404);
    expect({ ...invisible.body, correlationId: '' }).toEqual({ ...missing.body, correlationId: '' });
    await other.get(`/api/cases/${created.id}/identity`).expect(404);
    await other.get(`/api/cases/${created.id}/history`).expect(404);
    await other.post(`/api/cases/${created.id}/identification`).send({ to: 'presumed_victim' }).expect(404);
    await other.get(`/api/cases/not-a-uuid`).expect(404);
  });

  it('refuses identity to a partner who may only see the pseudonymised view', async () => {
    const worker = await api.as(ASSO93);
    const { body: created } = await worker.post('/api/cases').send(caseBody()).expect(201);
    await worker.post(`/api/cases/${created.id}/referrals`).send({ organisationId: DEMO_ORGS.prefecture93 }).expect(201);
    const prefecture = await api.as('prefecture.93@demo.mnio.test');
    const view = await prefecture.get(`/api/cases/${created.id}`).expect(200);
    expect(view.body.identityAccess).toBe(false);
    const res = await prefecture.get(`/api/cases/${created.id}/identity`).expect(403);
    expect(res.body.code).toBe('IDENTITY_NOT_SHARED');
    await (await api.as('parquet.93@demo.mnio.test')).get(`/api/cases/${created.id}`).expect(404);
  });

  it('audits every identity read with who, why and which organisation', async () => {
    const worker = await api.as(ASSO93);
    const { body: created } = await worker.post('/api/cases').send(caseBody()).expect(201);
    await worker.get(`/api/cases/${created.id}/identity?reason=orientation`).expect(200);
    const db = await rawDb();
    try {
      const { rows } = await db.query(`SELECT action, actor_user_id, actor_organisation_id, reason, request_id FROM audit_entries WHERE subject_id = $1 ORDER BY seq`, [created.id]);
      expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['case.created', 'case.identity_read']));
      const read = rows.find((r) => r.action === 'case.identity_read');
      expect(read).toMatchObject({ actor_organisation_id: DEMO_ORGS.asso93, reason: 'orientation', request_id: expect.any(String) });
      const [awa] = (await db.query(`SELECT id FROM users WHERE email = 'asso.93@demo.mnio.test'`)).rows;
      expect(read.actor_user_id).toBe(awa.id);
    } finally {
      await db.end();
    }
  });

  it.each([
    ['an unknown field', (b: Record<string, unknown>) => ({ ...b, shoeSize: 42 }), 400, 'UNKNOWN_FIELD'],
    ['an unknown country code', (b: Record<string, unknown>) => ({ ...b, identity: { ...(b.identity as object), nationality: 'XX' } }), 400, 'VALIDATION_FAILED'],
    ['a form of exploitation not in the enum', (b: Record<string, unknown>) => ({ ...b, exploitationForms: ['pickpocketing'] }), 400, 'VALIDATION_FAILED'],
    ['a birth date in the future', (b: Record<string, unknown>) => ({ ...b, identity: { ...(b.identity as object), birthDate: '2099-01-01' } }), 422, 'BIRTH_DATE_IN_FUTURE'],
    ['an event in France without its département', (b: Record<string, unknown>) => ({ ...b, events: [{ type: 'exploitation', country: 'FR' }] }), 422, 'EVENT_TERRITORY_REQUIRED'],
    ['an invalid phone number', (b: Record<string, unknown>) => ({ ...b, identity: { ...(b.identity as object), contact: { phone: '12', safeToContact: true } } }), 422, 'INVALID_PHONE_NUMBER'],
  ])('rejects %s with its code, writing nothing', async (_label, mutate, status, code) => {
    // An organisation of its own, so that counting its cases is not disturbed by tests running in parallel.
    const own = await createOrgUser(api, { kind: 'association', territories: ['93'] }, 'case_worker');
    const db = await rawDb();
    try {
      const res = await (await signIn(api, own.email)).post('/api/cases').send(mutate(caseBody() as unknown as Record<string, unknown>)).expect(status);
      expect(res.body.code).toBe(code);
      expect(JSON.stringify(res.body)).not.toMatch(/Zyqoraleth|Vexmirande|Quillon/);
      const after = await db.query(`SELECT count(*)::int AS n FROM cases WHERE owner_organisation_id = $1`, [own.organisationId]);
      expect(after.rows[0].n).toBe(0);
    } finally {
      await db.end();
    }
  });

  it('refuses to record a case in a territory the worker does not cover, and to roles that do not record', async () => {
    const res = await (await api.as(ASSO75)).post('/api/cases').send(caseBody({ territory: '93' })).expect(403);
    expect(res.body.code).toBe('TERRITORY_NOT_COVERED');
    await (await api.as('national@demo.mnio.test')).post('/api/cases').send(caseBody()).expect(403);
    await (await api.as('admin@demo.mnio.test')).post('/api/cases').send(caseBody()).expect(403);
  });

  it('gives twenty concurrent creations in one territory twenty distinct references', async () => {
    const worker = await api.as(ASSO93);
    const results = await Promise.all(Array.from({ length: 20 }, () => worker.post('/api/cases').send(caseBody())));
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(201));
    expect(new Set(results.map((r) => r.body.reference)).size).toBe(20);
  });

  it('answers 409 VERSION_CONFLICT to a stale version, and one of two concurrent writers wins', async () => {
    const worker = await api.as(ASSO93);
    const { body: created } = await worker.post('/api/cases').send(caseBody()).expect(201);
    await worker.post(`/api/cases/${created.id}/identification`).set('If-Match', '"1"').send({ to: 'presumed_victim' }).expect(200);
    const stale = await worker.post(`/api/cases/${created.id}/identification`).set('If-Match', '"1"').send({ to: 'not_retained' }).expect(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    const [a, b] = await Promise.all([
      worker.post(`/api/cases/${created.id}/close`).send({ reason: 'support_completed', version: 2 }),
      worker.post(`/api/cases/${created.id}/status`).send({ event: 'follow_up', version: 2 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
  });

  it('lists only the cases in scope, filtered, with keyset pagination', async () => {
    const worker = await api.as(ASSO93);
    for (let i = 0; i < 3; i++) await worker.post('/api/cases').send(caseBody({ exploitationForms: ['forced_begging'] })).expect(201);
    const page1 = await worker.get('/api/cases?exploitationForm=forced_begging&limit=2').expect(200);
    expect(page1.body.items).toHaveLength(2);
    expect(page1.body.nextCursor).toEqual(expect.any(String));
    const page2 = await worker.get(`/api/cases?exploitationForm=forced_begging&limit=2&cursor=${page1.body.nextCursor}`).expect(200);
    const ids = [...page1.body.items, ...page2.body.items].map((c: { id: string }) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    for (const item of [...page1.body.items, ...page2.body.items]) {
      expect(item.exploitationForms).toContain('forced_begging');
      expect(JSON.stringify(item)).not.toMatch(/Zyqoraleth|Vexmirande/);
    }
    const other = await (await api.as(ASSO75)).get('/api/cases?exploitationForm=forced_begging').expect(200);
    expect(other.body.items.filter((c: { id: string }) => ids.includes(c.id))).toEqual([]);
    const byRef = await worker.get(`/api/cases?reference=${page1.body.items[0].reference}`).expect(200);
    expect(byRef.body.items.map((c: { id: string }) => c.id)).toEqual([page1.body.items[0].id]);
  });

  it('filters by the day of recording as France counts days (from midnight in Paris)', async () => {
    const worker = await api.as(ASSO93);
    const { body: created } = await worker.post('/api/cases').send(caseBody({ exploitationForms: ['organ_removal'] })).expect(201);
    const db = await rawDb();
    try {
      // 23:30 UTC on 10 March is 00:30 on 11 March in Paris.
      await db.query(`UPDATE cases SET created_at = '2026-03-10T23:30:00Z' WHERE id = $1`, [created.id]);
    } finally {
      await db.end();
    }
    const ids = async (query: string) =>
      (await worker.get(`/api/cases?exploitationForm=organ_removal&${query}`).expect(200)).body.items.map((c: { id: string }) => c.id);
    expect(await ids('createdFrom=2026-03-11&createdTo=2026-03-12')).toEqual([created.id]);
    expect(await ids('createdFrom=2026-03-10&createdTo=2026-03-11')).toEqual([]);
    expect(await ids('createdTo=2026-03-11')).not.toContain(created.id);
    const bad = await worker.get('/api/cases?createdFrom=11/03/2026').expect(400);
    expect(bad.body.code).toEqual(expect.any(String));
  });
});
