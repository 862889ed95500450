import { startApi, TestApi } from '../../support/app';
import { caseBody, distinctivePerson } from '../../support/cases';
import { rawDb } from '../../support/db';

describe('duplicates without disclosure', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startApi()));
  afterAll(() => api.close());

  it('tells each side only that a match exists, and links on acceptance without sharing identity', async () => {
    const p = distinctivePerson();
    const paris = await api.as('asso.75@demo.mnio.test');
    const bobigny = await api.as('asso.93@demo.mnio.test');
    const first = await paris.post('/api/cases').send(caseBody({ territory: '75', identity: { lastName: p.lastName, firstNames: [p.firstName], aliases: [] } })).expect(201);
    expect(first.body.possibleDuplicates).toEqual([]);
    // The same person, written differently, met by another association in another département.
    const second = await bobigny.post('/api/cases').send(caseBody({ identity: { lastName: p.firstName.toUpperCase(), firstNames: [p.lastName.toLowerCase()], aliases: [] } })).expect(201);
    expect(second.body.possibleDuplicates).toEqual([{ matchId: expect.any(String), territory: '75', ownerOrganisationKind: 'association' }]);
    const serialized = JSON.stringify(second.body);
    expect(serialized).not.toContain(first.body.id);
    expect(serialized).not.toContain(first.body.reference);

    const again = await bobigny.post(`/api/cases/${second.body.id}/duplicates/check`).expect(200);
    expect(again.body.possibleDuplicates).toHaveLength(1);
    const matchId = again.body.possibleDuplicates[0].matchId;
    await paris.post(`/api/cases/${second.body.id}/duplicates/${matchId}/link`).expect(404);
    const link = await bobigny.post(`/api/cases/${second.body.id}/duplicates/${matchId}/link`).expect(201);
    await bobigny.post(`/api/cases/${second.body.id}/duplicates/${matchId}/link`).expect(409);

    const incoming = await paris.get('/api/duplicate-links?status=requested').expect(200);
    const mine = incoming.body.find((l: { linkId: string }) => l.linkId === link.body.linkId);
    expect(mine).toMatchObject({ direction: 'incoming', caseId: first.body.id, reference: first.body.reference, otherTerritory: '93', otherOrganisationKind: 'association' });
    expect(JSON.stringify(incoming.body)).not.toContain(second.body.reference);
    await bobigny.post(`/api/duplicate-links/${link.body.linkId}/accept`).expect(404);
    await paris.post(`/api/duplicate-links/${link.body.linkId}/accept`).expect(200);
    await paris.post(`/api/duplicate-links/${link.body.linkId}/refuse`).send({}).expect(409);

    const view = await bobigny.get(`/api/cases/${second.body.id}`).expect(200);
    expect(view.body.links).toEqual([{ linkId: link.body.linkId, status: 'accepted', otherReference: first.body.reference, otherTerritory: '75' }]);
    await bobigny.get(`/api/cases/${first.body.id}`).expect(404);
    await bobigny.get(`/api/cases/${first.body.id}/identity`).expect(404);

    const db = await rawDb();
    try {
      const { rows } = await db.query(`SELECT action FROM audit_entries WHERE subject_id = $1 AND action LIKE 'case.duplicate%' ORDER BY seq`, [second.body.id]);
      expect(rows.map((r) => r.action)).toEqual(['case.duplicates_checked', 'case.duplicates_checked', 'case.duplicate_link_requested', 'case.duplicate_link_accepted']);
      const outbox = await db.query(`SELECT payload FROM outbox_messages WHERE type = 'DuplicateLinkRequested' AND aggregate_id = $1`, [link.body.linkId]);
      expect(Object.keys(outbox.rows[0].payload).sort()).toEqual(['linkId', 'otherOrganisationId', 'requesterOrganisationId', 'territory']);
    } finally {
      await db.end();
    }
  });

  it('does not match a different person or the same organisation', async () => {
    const p = distinctivePerson();
    const worker = await api.as('asso.93@demo.mnio.test');
    await worker.post('/api/cases').send(caseBody({ identity: { lastName: p.lastName, firstNames: [p.firstName], aliases: [] } })).expect(201);
    const same = await worker.post('/api/cases').send(caseBody({ identity: { lastName: p.lastName, firstNames: [p.firstName], aliases: [] } })).expect(201);
    expect(same.body.possibleDuplicates).toEqual([]);
    const other = await (await api.as('asso.75@demo.mnio.test'))
      .post('/api/cases').send(caseBody({ territory: '75', identity: { lastName: p.lastName, firstNames: [p.firstName], aliases: [], birthDate: '2001-01-01' } })).expect(201);
    expect(other.body.possibleDuplicates).toEqual([]);
  });
});
