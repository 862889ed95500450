import { createOrgUser, signIn } from '../../support/actors';
import { startApi, TestApi } from '../../support/app';
import { caseBody, distinctivePerson } from '../../support/cases';
import { rawDb } from '../../support/db';

/** Issue 14 §2: a person perhaps already followed by the recorder's own organisation, named by reference, case by case; nothing to another. */
describe('duplicates within one organisation', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startApi()));
  afterAll(() => api.close());

  it('names the organisation\'s own open cases of the person, one per case, and offers the link request', async () => {
    const org = await createOrgUser(api, { kind: 'association', territories: ['93'] }, 'case_worker');
    const worker = await signIn(api, org.email);
    const p = distinctivePerson();
    const identity = { lastName: p.lastName, firstNames: [p.firstName], aliases: [] };
    const first = (await worker.post('/api/cases').send(caseBody({ identity })).expect(201)).body;
    expect(first.sameOrganisation).toEqual([]);
    const second = (await worker.post('/api/cases').send(caseBody({ identity })).expect(201)).body;
    expect(second.possibleDuplicate).toBe(false); // no other organisation
    expect(second.sameOrganisation).toEqual([{ caseId: first.id, reference: first.reference }]);
    // The same person written differently: both earlier cases, counted by case.
    const third = (await worker.post('/api/cases').send(caseBody({ identity: { lastName: p.firstName.toUpperCase(), firstNames: [p.lastName.toLowerCase()], aliases: [] } })).expect(201)).body;
    expect(third.sameOrganisation.map((c: { caseId: string }) => c.caseId).sort()).toEqual([first.id, second.id].sort());
    expect(third.sameOrganisation).toHaveLength(2);
    // An explicit check answers the same.
    const check = await worker.post(`/api/cases/${third.id}/duplicates/check`).expect(200);
    expect(check.body.sameOrganisation).toHaveLength(2);

    // The match is on « Rapprochements » with the other case's reference (it is ours), and the link can be requested and answered.
    const matches = (await worker.get('/api/duplicate-matches').expect(200)).body.filter((m: { caseId: string }) => m.caseId === first.id);
    const toThird = matches.find((m: { otherCaseId: string | null }) => m.otherCaseId === third.id);
    expect(toThird).toMatchObject({ reference: first.reference, otherReference: third.reference, otherOrganisationKind: 'association', otherTerritory: '93' });
    const link = await worker.post(`/api/duplicate-matches/${toThird.matchId}/link`).expect(201);
    await worker.post(`/api/duplicate-links/${link.body.linkId}/accept`).expect(200);
    const view = await worker.get(`/api/cases/${third.id}`).expect(200);
    expect(view.body.links).toEqual([expect.objectContaining({ status: 'accepted', otherReference: first.reference })]);

    // A closed case is no longer « suivie ».
    await worker.post(`/api/cases/${second.id}/close`).send({ reason: 'support_completed' }).expect(200);
    const fourth = (await worker.post('/api/cases').send(caseBody({ identity })).expect(201)).body;
    expect(fourth.sameOrganisation.map((c: { caseId: string }) => c.caseId).sort()).toEqual([first.id, third.id].sort());
  });

  it('tells another organisation one bit only: never a reference, id or territory of the first organisation\'s cases', async () => {
    const a = await createOrgUser(api, { kind: 'association', territories: ['93'] }, 'case_worker');
    const b = await createOrgUser(api, { kind: 'association', territories: ['75'] }, 'case_worker');
    const asA = await signIn(api, a.email);
    const asB = await signIn(api, b.email);
    const p = distinctivePerson();
    const identity = { lastName: p.lastName, firstNames: [p.firstName], aliases: [] };
    const a1 = (await asA.post('/api/cases').send(caseBody({ identity })).expect(201)).body;
    const a2 = (await asA.post('/api/cases').send(caseBody({ identity })).expect(201)).body;
    expect(a2.sameOrganisation).toEqual([{ caseId: a1.id, reference: a1.reference }]);

    const b1 = await asB.post('/api/cases').send(caseBody({ territory: '75', identity })).expect(201);
    expect(b1.body.possibleDuplicate).toBe(true);
    expect(b1.body.sameOrganisation).toEqual([]);
    const check = await asB.post(`/api/cases/${b1.body.id}/duplicates/check`).expect(200);
    expect(check.body).toEqual({ possibleDuplicate: true, sameOrganisation: [] });
    const b2 = await asB.post('/api/cases').send(caseBody({ territory: '75', identity })).expect(201);
    expect(b2.body.sameOrganisation).toEqual([{ caseId: b1.body.id, reference: b1.body.reference }]);
    const everything = JSON.stringify([b1.body, check.body, b2.body, (await asB.get('/api/duplicate-matches').expect(200)).body, (await asB.get('/api/duplicate-links').expect(200)).body]);
    for (const secret of [a1.id, a1.reference, a2.id, a2.reference]) expect(everything).not.toContain(secret);

    // A's matches against B's cases: a territory and a kind, never B's reference.
    const aMatches = (await asA.get('/api/duplicate-matches').expect(200)).body.filter((m: { otherCaseId: string | null }) => m.otherCaseId === null);
    expect(aMatches.length).toBeGreaterThan(0);
    expect(JSON.stringify(aMatches)).not.toContain(b1.body.reference);
    expect(aMatches.every((m: { otherReference: string | null }) => m.otherReference === null)).toBe(true);

    // The cross-organisation matches still go to the owner of the older cases; within-organisation ones are audited too.
    const db = await rawDb();
    try {
      const { rows } = await db.query(`SELECT details FROM audit_entries WHERE subject_id = $1 AND action = 'case.duplicates_checked' ORDER BY seq`, [a2.id]);
      expect(rows[0].details).toEqual({ matches: 1, told: true });
    } finally {
      await db.end();
    }
  });
});
