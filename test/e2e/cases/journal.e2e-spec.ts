import { randomUUID } from 'node:crypto';
import { DEMO_ORGS } from '../../../db/seeds/demo';
import { startApi, TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { rawDb } from '../../support/db';
import { Agent, auditOf } from '../coordination/coordination-helpers';

const OWNER = 'asso.93@demo.mnio.test';
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Europe/Paris' });

/**
 * Issue 14 §2: the follow-up journal. A minor's case is read with its identity by the owner (association 93) and the
 * territory's ASE and parquet (minors' protection); the owner shares a note with the ASE only.
 */
describe('the follow-up journal of a case', () => {
  let api: TestApi;
  let owner: Agent;
  let ase: Agent;
  let parquet: Agent;
  let caseId: string;
  let reference: string;
  const SHARED = 'Rendez-vous pris au commissariat de Bobigny, accompagnée par Awa.';
  const PRIVATE = 'Elle craint de croiser son ancien employeur au marché.';

  beforeAll(async () => {
    api = await startApi();
    owner = await api.as(OWNER);
    ase = await api.as('ase.93@demo.mnio.test');
    parquet = await api.as('parquet.93@demo.mnio.test');
    const { body: c } = await owner.post('/api/cases').send(caseBody({ territory: '93', identity: { birthDate: '2011-03-02' } })).expect(201);
    caseId = c.id;
    reference = c.reference;
  }, 60_000);
  afterAll(() => api.close());

  it('lets the owner write dated notes, each shared with organisations it chooses among the identity holders', async () => {
    const empty = await owner.get(`/api/cases/${caseId}/journal`).expect(200);
    expect(empty.body).toMatchObject({ items: [], nextCursor: null, canWrite: true });
    const shareable = empty.body.shareableOrganisations.map((o: { id: string }) => o.id);
    expect(shareable).toEqual(expect.arrayContaining([DEMO_ORGS.ase93, DEMO_ORGS.parquet93]));
    expect(shareable).not.toContain(DEMO_ORGS.asso93);

    const shared = await owner.post(`/api/cases/${caseId}/journal`).send({ occurredOn: inDays(-3), text: SHARED, visibleTo: [DEMO_ORGS.ase93] }).expect(201);
    expect(shared.body).toEqual({ id: expect.any(String), caseId });
    await owner.post(`/api/cases/${caseId}/journal`).send({ occurredOn: inDays(0), text: PRIVATE }).expect(201);

    const mine = await owner.get(`/api/cases/${caseId}/journal`).expect(200);
    expect(mine.body.items).toEqual([
      expect.objectContaining({ occurredOn: inDays(0), text: PRIVATE, authorOrganisationId: DEMO_ORGS.asso93, mine: true, sharedWith: [] }),
      expect.objectContaining({ occurredOn: inDays(-3), text: SHARED, sharedWith: [DEMO_ORGS.ase93] }),
    ]);
    // A colleague of the owner organisation reads every note too.
    const colleague = await api.as('coord.93@demo.mnio.test');
    expect((await colleague.get(`/api/cases/${caseId}/journal`).expect(200)).body.items.map((n: { text: string; mine: boolean }) => [n.text, n.mine])).toEqual([[PRIVATE, false], [SHARED, false]]);
  });

  it('shows the chosen organisation the note shared with it, and nothing else to anyone', async () => {
    const chosen = await ase.get(`/api/cases/${caseId}/journal`).expect(200);
    expect(chosen.body).toMatchObject({ canWrite: false, shareableOrganisations: [], nextCursor: null });
    expect(chosen.body.items).toEqual([expect.objectContaining({ text: SHARED, authorOrganisationId: DEMO_ORGS.asso93, mine: false, sharedWith: null })]);

    // An identity holder that was not chosen: the case is visible, its journal holds nothing for it.
    expect((await parquet.get(`/api/cases/${caseId}/journal`).expect(200)).body.items).toEqual([]);

    // Another territory, an organisation without a view, the national coordinator, a DPO: the answer of an invisible case.
    for (const email of ['asso.75@demo.mnio.test', 'police.93@demo.mnio.test', 'national@demo.mnio.test', 'dpo.93@demo.mnio.test', 'dpo@demo.mnio.test', 'acse@demo.mnio.test']) {
      const agent = await api.as(email);
      const res = await agent.get(`/api/cases/${caseId}/journal`);
      const caseAnswer = await agent.get(`/api/cases/${caseId}`);
      expect([email, res.status]).toEqual([email, caseAnswer.status]);
      expect([403, 404]).toContain(res.status);
      expect(JSON.stringify(res.body)).not.toMatch(/commissariat|employeur/);
      // Writing answers what it answers on a case that does not exist (404, or the route guard's 403 for a role that never writes a case).
      const write = await agent.post(`/api/cases/${caseId}/journal`).send({ occurredOn: inDays(0), text: 'Intrusion' });
      const missing = await agent.post(`/api/cases/${randomUUID()}/journal`).send({ occurredOn: inDays(0), text: 'Intrusion' });
      expect([email, write.status, write.body.code]).toEqual([email, missing.status, missing.body.code]);
      expect([email, (await agent.get(`/api/cases/${randomUUID()}/journal`)).status]).toEqual([email, res.status]);
    }
    // The ASE sees the case but does not own it: it may not write.
    expect((await ase.post(`/api/cases/${caseId}/journal`).send({ occurredOn: inDays(0), text: 'Note de l’ASE' }).expect(403)).body.code).toBe('FORBIDDEN');
  });

  it('tells a party that sees the case without its identity that the journal is not shared with it', async () => {
    const { body: c } = await owner.post('/api/cases').send(caseBody({ territory: '93', identity: { birthDate: '2012-06-01' } })).expect(201);
    await owner.post(`/api/cases/${c.id}/journal`).send({ occurredOn: inDays(0), text: PRIVATE }).expect(201);
    const { body: seen } = await owner.get(`/api/cases/${c.id}`).expect(200);
    await owner.post(`/api/cases/${c.id}/referrals`).set('If-Match', `"${seen.version}"`).send({ organisationId: DEMO_ORGS.police93 }).expect(201);
    const police = await api.as('police.93@demo.mnio.test');
    expect((await police.get(`/api/cases/${c.id}`).expect(200)).body.identityAccess).toBe(false);
    const res = await police.get(`/api/cases/${c.id}/journal`).expect(403);
    expect(res.body.code).toBe('IDENTITY_NOT_SHARED');
    expect(JSON.stringify(res.body)).not.toContain('employeur');
    // Nor may it share a note with itself through the owner: it is not an identity holder.
    expect((await owner.post(`/api/cases/${c.id}/journal`).send({ occurredOn: inDays(0), text: 'Pour la police', visibleTo: [DEMO_ORGS.police93] }).expect(422)).body.code).toBe('JOURNAL_READER_NOT_IDENTITY_HOLDER');
  });

  it('refuses bad input with a stable code and writes nothing', async () => {
    const codes: [unknown, number, string][] = [
      [{ occurredOn: inDays(1), text: 'Demain' }, 422, 'JOURNAL_DATE_IN_FUTURE'],
      [{ occurredOn: '2026-02-30', text: 'Jour impossible' }, 400, 'VALIDATION_FAILED'],
      [{ occurredOn: '03/12/2026', text: 'Format' }, 400, 'VALIDATION_FAILED'],
      [{ occurredOn: inDays(0) }, 400, 'VALIDATION_FAILED'],
      [{ occurredOn: inDays(0), text: '   ' }, 422, 'JOURNAL_TEXT_REQUIRED'],
      [{ occurredOn: inDays(0), text: 'x'.repeat(5001) }, 400, 'VALIDATION_FAILED'],
      [{ occurredOn: inDays(0), text: 'Partage', visibleTo: [DEMO_ORGS.asso75] }, 422, 'JOURNAL_READER_NOT_IDENTITY_HOLDER'],
      [{ occurredOn: inDays(0), text: 'Partage', visibleTo: [DEMO_ORGS.police93] }, 422, 'JOURNAL_READER_NOT_IDENTITY_HOLDER'],
      [{ occurredOn: inDays(0), text: 'Partage', visibleTo: ['pas-un-id'] }, 400, 'VALIDATION_FAILED'],
      [{ occurredOn: inDays(0), text: 'Champ', author: 'x' }, 400, 'UNKNOWN_FIELD'],
    ];
    for (const [body, status, code] of codes) {
      const res = await owner.post(`/api/cases/${caseId}/journal`).send(body as object);
      expect([JSON.stringify(body).slice(0, 80), res.status, res.body.code]).toEqual([JSON.stringify(body).slice(0, 80), status, code]);
    }
    expect((await owner.get(`/api/cases/${caseId}/journal?cursor=nimportequoi`).expect(400)).body.code).toBe('INVALID_CURSOR');
    const db = await rawDb();
    try {
      expect((await db.query(`SELECT count(*)::int AS n FROM case_journal_notes WHERE case_id = $1`, [caseId])).rows[0].n).toBe(2);
    } finally {
      await db.end();
    }
  });

  it('lets the author correct the text of a note, keeping the replaced text encrypted and audited', async () => {
    const { body: c } = await owner.post('/api/cases').send(caseBody({ territory: '93' })).expect(201);
    const FIRST = 'Rendez-vous manqué à la PMI de Saint-Ouen.';
    const FIXED = 'Rendez-vous reporté à la PMI de Saint-Ouen.';
    const { body: n } = await owner.post(`/api/cases/${c.id}/journal`).send({ occurredOn: inDays(-1), text: FIRST }).expect(201);
    const colleague = await api.as('coord.93@demo.mnio.test');
    expect((await colleague.put(`/api/cases/${c.id}/journal/${n.id}`).send({ text: 'Autre' }).expect(403)).body.code).toBe('JOURNAL_NOTE_NOT_YOURS');
    expect((await owner.put(`/api/cases/${c.id}/journal/${n.id}`).send({ text: FIRST }).expect(422)).body.code).toBe('NOTHING_TO_RECTIFY');
    expect((await owner.put(`/api/cases/${c.id}/journal/${randomUUID()}`).send({ text: FIXED }).expect(404)).body.code).toBe('NOT_FOUND');
    // A note of another case, named under this one: not found.
    expect((await owner.put(`/api/cases/${caseId}/journal/${n.id}`).send({ text: FIXED }).expect(404)).body.code).toBe('NOT_FOUND');
    expect((await (await api.as('asso.75@demo.mnio.test')).put(`/api/cases/${c.id}/journal/${n.id}`).send({ text: FIXED }).expect(404)).body.code).toBe('NOT_FOUND');
    const done = await owner.put(`/api/cases/${c.id}/journal/${n.id}`).send({ text: FIXED }).expect(200);
    expect(done.body).toEqual({ id: n.id, caseId: c.id, correctedAt: expect.any(String) });
    const [note] = (await owner.get(`/api/cases/${c.id}/journal`).expect(200)).body.items;
    expect(note).toMatchObject({ text: FIXED, correctedAt: done.body.correctedAt, occurredOn: inDays(-1) });
    const db = await rawDb();
    try {
      const { rows } = await db.query(`SELECT * FROM case_journal_note_corrections WHERE note_id = $1`, [n.id]);
      expect(rows).toHaveLength(1);
      expect(rows[0].previous_enc).toMatch(/^v1\./);
      expect(JSON.stringify(rows)).not.toMatch(/PMI|Saint-Ouen/);
    } finally {
      await db.end();
    }
    const corrected = (await auditOf(c.id)).filter((a) => a.action === 'case.journal_note_corrected');
    expect(corrected.map((a) => a.details.noteId)).toEqual([n.id]);
    expect(JSON.stringify(corrected)).not.toMatch(/PMI|Saint-Ouen/);
  });

  it('pages newest day first with nextCursor', async () => {
    const { body: c } = await owner.post('/api/cases').send(caseBody({ territory: '93' })).expect(201);
    for (const d of [-10, -2, -5, -7, -1]) await owner.post(`/api/cases/${c.id}/journal`).send({ occurredOn: inDays(d), text: `Note du jour ${d}` }).expect(201);
    const first = await owner.get(`/api/cases/${c.id}/journal?limit=2`).expect(200);
    expect(first.body.items.map((n: { occurredOn: string }) => n.occurredOn)).toEqual([inDays(-1), inDays(-2)]);
    const second = await owner.get(`/api/cases/${c.id}/journal?limit=2&cursor=${first.body.nextCursor}`).expect(200);
    const third = await owner.get(`/api/cases/${c.id}/journal?limit=2&cursor=${second.body.nextCursor}`).expect(200);
    expect([...second.body.items, ...third.body.items].map((n: { occurredOn: string }) => n.occurredOn)).toEqual([inDays(-5), inDays(-7), inDays(-10)]);
    expect(third.body.nextCursor).toBeNull();
  });

  it('stores the text encrypted and audits every write and read with ids only', async () => {
    const db = await rawDb();
    try {
      const { rows } = await db.query(`SELECT * FROM case_journal_notes WHERE case_id = $1`, [caseId]);
      expect(rows).toHaveLength(2);
      for (const r of rows) expect(r.text_enc).toMatch(/^v1\./);
      expect(JSON.stringify(rows)).not.toMatch(/commissariat|employeur|Bobigny/);
    } finally {
      await db.end();
    }
    const audit = await auditOf(caseId);
    const writes = audit.filter((a) => a.action === 'case.journal_note_added');
    expect(writes).toHaveLength(2);
    expect(writes.map((w) => w.details.sharedWith)).toEqual([[DEMO_ORGS.ase93], []]);
    const reads = audit.filter((a) => a.action === 'case.identity_read' && a.details.view === 'journal');
    expect(reads.map((r) => r.actor_organisation_id)).toEqual(expect.arrayContaining([DEMO_ORGS.asso93, DEMO_ORGS.ase93, DEMO_ORGS.parquet93]));
    expect(JSON.stringify(audit)).not.toMatch(/commissariat|employeur|Bobigny/);
  });

  it('erases the notes’ text when the case is anonymised, and takes no note afterwards', async () => {
    const own = (await owner.get(`/api/cases/${caseId}/journal`).expect(200)).body.items.find((n: { text: string }) => n.text === PRIVATE);
    await owner.put(`/api/cases/${caseId}/journal/${own.id}`).send({ text: `${PRIVATE} Elle a déménagé.` }).expect(200);
    await (await api.as('coord.93@demo.mnio.test')).post('/api/privacy/case-erasures').send({ reference, reason: 'person_request' }).expect(200);
    const db = await rawDb();
    try {
      expect((await db.query(`SELECT text_enc FROM case_journal_notes WHERE case_id = $1`, [caseId])).rows).toEqual([{ text_enc: null }, { text_enc: null }]);
      expect((await db.query(`SELECT previous_enc FROM case_journal_note_corrections WHERE case_id = $1`, [caseId])).rows).toEqual([{ previous_enc: null }]);
    } finally {
      await db.end();
    }
    const after = await owner.get(`/api/cases/${caseId}/journal`).expect(200);
    expect(after.body.canWrite).toBe(false);
    expect(after.body.items.map((n: { text: string | null }) => n.text)).toEqual([null, null]);
    expect((await owner.post(`/api/cases/${caseId}/journal`).send({ occurredOn: inDays(0), text: 'Après' }).expect(409)).body.code).toBe('CASE_ANONYMISED');
    expect((await owner.put(`/api/cases/${caseId}/journal/${own.id}`).send({ text: 'Après' }).expect(409)).body.code).toBe('CASE_ANONYMISED');
  });
});
