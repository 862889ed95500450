import { createOrgUser, signIn } from '../../support/actors';
import { startApi, TestApi } from '../../support/app';
import { caseBody, distinctivePerson } from '../../support/cases';
import { rawDb } from '../../support/db';

describe('duplicates without disclosure', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startApi()));
  afterAll(() => api.close());

  it('tells the recorder one bit, sends the match to the owner of the older case, who proposes the link', async () => {
    const p = distinctivePerson();
    const paris = await api.as('asso.75@demo.mnio.test');
    const bobigny = await api.as('asso.93@demo.mnio.test');
    const first = await paris.post('/api/cases').send(caseBody({ territory: '75', identity: { lastName: p.lastName, firstNames: [p.firstName], aliases: [] } })).expect(201);
    expect(first.body.possibleDuplicate).toBe(false);
    // The same person, written differently, met by another association in another département.
    const second = await bobigny.post('/api/cases').send(caseBody({ identity: { lastName: p.firstName.toUpperCase(), firstNames: [p.lastName.toLowerCase()], aliases: [] } })).expect(201);
    // The recorder learns that a match exists, nothing else: no match id, territory, kind or case.
    expect(Object.keys(second.body).sort()).toEqual(['id', 'minor', 'possibleDuplicate', 'reference', 'sameOrganisation', 'version']);
    expect(second.body.sameOrganisation).toEqual([]);
    expect(second.body.possibleDuplicate).toBe(true);
    const again = await bobigny.post(`/api/cases/${second.body.id}/duplicates/check`).expect(200);
    expect(again.body).toEqual({ possibleDuplicate: true, sameOrganisation: [] });
    expect(await bobigny.get('/api/duplicate-matches').expect(200).then((r) => r.body.filter((m: { caseId: string }) => m.caseId === second.body.id))).toEqual([]);

    // The owner of the older case sees the match against its own case, with a territory and a kind only.
    const matches = (await paris.get('/api/duplicate-matches').expect(200)).body.filter((m: { caseId: string }) => m.caseId === first.body.id);
    expect(matches).toEqual([{
      matchId: expect.any(String), caseId: first.body.id, reference: first.body.reference, otherTerritory: '93', otherOrganisationKind: 'association',
      otherCaseId: null, otherReference: null, foundAt: expect.any(String), linkId: null, linkStatus: null,
    }]);
    expect(JSON.stringify(matches)).not.toContain(second.body.id);
    expect(JSON.stringify(matches)).not.toContain(second.body.reference);
    const matchId = matches[0].matchId;

    // The recorder cannot propose from the match, nor can a third organisation: the same 404 as a random id.
    const notMine = await bobigny.post(`/api/duplicate-matches/${matchId}/link`).expect(404);
    const random = await bobigny.post('/api/duplicate-matches/00000000-0000-4000-8000-000000000000/link').expect(404);
    expect({ ...notMine.body, correlationId: 0 }).toEqual({ ...random.body, correlationId: 0 });
    // A préfecture never proposes links: refused at the door, whatever the id.
    await (await api.as('prefecture.93@demo.mnio.test')).post(`/api/duplicate-matches/${matchId}/link`).expect(403);

    const link = await paris.post(`/api/duplicate-matches/${matchId}/link`).expect(201);
    await paris.post(`/api/duplicate-matches/${matchId}/link`).expect(409);
    const incoming = (await bobigny.get('/api/duplicate-links?status=requested').expect(200)).body.find((l: { linkId: string }) => l.linkId === link.body.linkId);
    expect(incoming).toMatchObject({ direction: 'incoming', caseId: second.body.id, reference: second.body.reference, otherTerritory: '75', otherOrganisationKind: 'association' });
    await paris.post(`/api/duplicate-links/${link.body.linkId}/accept`).expect(404);
    await bobigny.post(`/api/duplicate-links/${link.body.linkId}/accept`).expect(200);
    await bobigny.post(`/api/duplicate-links/${link.body.linkId}/refuse`).send({}).expect(409);
    expect((await paris.get('/api/duplicate-matches').expect(200)).body.find((m: { matchId: string }) => m.matchId === matchId)).toMatchObject({ linkId: link.body.linkId, linkStatus: 'accepted' });

    const view = await bobigny.get(`/api/cases/${second.body.id}`).expect(200);
    expect(view.body.links).toEqual([{ linkId: link.body.linkId, status: 'accepted', otherReference: first.body.reference, otherTerritory: '75' }]);
    await bobigny.get(`/api/cases/${first.body.id}`).expect(404);
    await bobigny.get(`/api/cases/${first.body.id}/identity`).expect(404);

    const db = await rawDb();
    try {
      const actions = async (caseId: string) =>
        (await db.query(`SELECT action FROM audit_entries WHERE subject_id = $1 AND action LIKE 'case.duplicate%' ORDER BY seq`, [caseId])).rows.map((r) => r.action);
      expect(await actions(second.body.id)).toEqual([
        'case.duplicate_match_found', 'case.duplicates_checked', 'case.duplicates_checked', 'case.duplicate_link_requested', 'case.duplicate_link_accepted',
      ]);
      expect(await actions(first.body.id)).toEqual(['case.duplicates_checked', 'case.duplicate_match_found', 'case.duplicate_link_requested', 'case.duplicate_link_accepted']);
      // One announcement per match, to the older case's owner, with ids and codes only.
      const found = await db.query(`SELECT payload FROM outbox_messages WHERE type = 'PossibleDuplicateFound' AND aggregate_id = $1`, [matchId]);
      expect(found.rows).toHaveLength(1);
      expect(found.rows[0].payload).toEqual({ matchId, caseId: first.body.id, reference: first.body.reference, territory: '75', ownerOrganisationId: expect.any(String) });
      const requested = await db.query(`SELECT payload FROM outbox_messages WHERE type = 'DuplicateLinkRequested' AND aggregate_id = $1`, [link.body.linkId]);
      expect(Object.keys(requested.rows[0].payload).sort()).toEqual(['linkId', 'otherOrganisationId', 'requesterOrganisationId', 'territory']);
    } finally {
      await db.end();
    }
  });

  it('does not match a different person or the same organisation', async () => {
    const p = distinctivePerson();
    const worker = await api.as('asso.93@demo.mnio.test');
    await worker.post('/api/cases').send(caseBody({ identity: { lastName: p.lastName, firstNames: [p.firstName], aliases: [] } })).expect(201);
    const same = await worker.post('/api/cases').send(caseBody({ identity: { lastName: p.lastName, firstNames: [p.firstName], aliases: [] } })).expect(201);
    expect(same.body.possibleDuplicate).toBe(false);
    const other = await (await api.as('asso.75@demo.mnio.test'))
      .post('/api/cases').send(caseBody({ territory: '75', identity: { lastName: p.lastName, firstNames: [p.firstName], aliases: [], birthDate: '2001-01-01' } })).expect(201);
    expect(other.body.possibleDuplicate).toBe(false);
  });
});

describe('duplicate-check quota', () => {
  let api: TestApi;
  const saved = process.env.MNIO_DUPLICATE_CHECKS_PER_DAY;
  beforeAll(async () => {
    process.env.MNIO_DUPLICATE_CHECKS_PER_DAY = '2';
    api = await startApi();
  });
  afterAll(async () => {
    await api.close();
    process.env.MNIO_DUPLICATE_CHECKS_PER_DAY = saved;
  });

  it('stops telling the recorder past the daily quota, but still sends each match to the other owner', async () => {
    const prober = await createOrgUser(api, { kind: 'association', territories: ['93'] }, 'case_worker');
    const as = await signIn(api, prober.email);
    const paris = await api.as('asso.75@demo.mnio.test');
    const people = [distinctivePerson(), distinctivePerson(), distinctivePerson()];
    const olds = [];
    for (const p of people) olds.push((await paris.post('/api/cases').send(caseBody({ territory: '75', identity: { lastName: p.lastName, firstNames: [p.firstName], aliases: [] } })).expect(201)).body);
    const told = [];
    for (const p of people) told.push((await as.post('/api/cases').send(caseBody({ identity: { lastName: p.lastName, firstNames: [p.firstName], aliases: [] } })).expect(201)).body);
    expect(told.map((c) => c.possibleDuplicate)).toEqual([true, true, null]);
    const limited = await as.post(`/api/cases/${told[0].id}/duplicates/check`).expect(429);
    expect(limited.body.code).toBe('DUPLICATE_CHECKS_LIMITED');
    const matches = (await paris.get('/api/duplicate-matches').expect(200)).body;
    for (const old of olds) expect(matches.some((m: { caseId: string }) => m.caseId === old.id)).toBe(true);
  });
});
