import { DEMO_ORGS } from '../../../db/seeds/demo';
import { startApi, TestApi } from '../../support/app';
import { rawDb } from '../../support/db';
import { ACSE, ASSO93, consentTo, HOST13, newCase, steps } from '../orientations/support';

const PREFECTURE93 = 'prefecture.93@demo.mnio.test';
const CELL93 = 'clav.93@demo.mnio.test';
const DNA69 = 'dna.69@demo.mnio.test';

/** Which shelter took a person is told only to the parties of the orientation (issue 11 §3). */
describe('a shelter is named only to the parties of its orientation', () => {
  let api: TestApi;
  let shelterNames: string[];
  beforeAll(async () => {
    api = await startApi();
    const db = await rawDb();
    try {
      shelterNames = (await db.query<{ name: string }>(`SELECT name FROM organisations WHERE id = ANY($1::uuid[])`, [[DEMO_ORGS.host13, DEMO_ORGS.dna69]])).rows.map((r) => r.name);
    } finally {
      await db.end();
    }
    expect(shelterNames).toHaveLength(2);
  });
  afterAll(() => api.close());
  beforeAll(async () => {
    await (await api.as(HOST13)).put(`/api/hosts/${DEMO_ORGS.host13}/capacity`).send({ women: 3, family: 1 }).expect(200);
  });

  it('the préfecture and the cell see the kind of the host, never its id or name; the owner, the host and Ac.Sé still see it', async () => {
    const worker = await api.as(ASSO93);
    const acse = await api.as(ACSE);
    const host = await api.as(HOST13);
    const c = await newCase(worker);
    await worker.post(`/api/cases/${c.id}/identification`).send({ to: 'presumed_victim' }).expect(200);
    await worker.post(`/api/cases/${c.id}/consents`).send({ purpose: 'share_with_cell', granted: true, method: 'oral' }).expect(201);
    await worker.post(`/api/cases/${c.id}/referrals`).send({ organisationId: DEMO_ORGS.prefecture93 }).expect(201);

    // Oriented to Ac.Sé, which places the person with host 13; the person also agrees to an orientation to host 13 itself and to a DNA place.
    await consentTo(worker, c.id, DEMO_ORGS.acse);
    await consentTo(worker, c.id, DEMO_ORGS.host13);
    await consentTo(worker, c.id, DEMO_ORGS.dna69);
    const { body: o } = await worker.post(`/api/cases/${c.id}/orientations`).send({ targetKind: 'acse', targetOrganisationId: DEMO_ORGS.acse, reason: 'local_danger' }).expect(201);
    await steps(acse, o.id, { action: 'start_assessment' }, { action: 'search_place' }, { action: 'agree_in_principle', hostId: DEMO_ORGS.host13 });
    const dna = await worker.post(`/api/cases/${c.id}/orientations`).send({ targetKind: 'dna', targetOrganisationId: DEMO_ORGS.dna69, reason: 'asylum_accommodation', asylumStatus: 'asylum_seeker' });
    expect([dna.status, dna.body.code]).toEqual([201, undefined]);

    // The owner sees every id, the DNA place's answer deadline included.
    const own = (await worker.get(`/api/cases/${c.id}`).expect(200)).body;
    expect(own.consents).toEqual(expect.arrayContaining([
      expect.objectContaining({ purpose: 'orientation', targetOrganisationId: DEMO_ORGS.host13, targetOrganisationKind: 'host' }),
      expect.objectContaining({ purpose: 'orientation', targetOrganisationId: DEMO_ORGS.dna69, targetOrganisationKind: 'host' }),
    ]));
    expect(own.deadlines).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'orientation_answer', responsibleOrganisationId: DEMO_ORGS.dna69, responsibleOrganisationKind: 'host' }),
    ]));
    const ownHistory = JSON.stringify((await worker.get(`/api/cases/${c.id}/history`).expect(200)).body);
    expect(ownHistory).toContain(DEMO_ORGS.host13);

    // Ac.Sé (the coordination) and the host itself see it too.
    expect(JSON.stringify((await acse.get(`/api/cases/${c.id}`).expect(200)).body)).toContain(DEMO_ORGS.host13);
    expect(JSON.stringify((await host.get(`/api/cases/${c.id}`).expect(200)).body)).toContain(DEMO_ORGS.host13);
    // The host sees itself, but not the DNA place it has nothing to do with.
    const hostView = (await host.get(`/api/cases/${c.id}`).expect(200)).body;
    expect(JSON.stringify(hostView)).not.toContain(DEMO_ORGS.dna69);

    for (const email of [PREFECTURE93, CELL93]) {
      const viewer = await api.as(email);
      const view = (await viewer.get(`/api/cases/${c.id}`).expect(200)).body;
      expect(view.consents).toEqual(expect.arrayContaining([
        expect.objectContaining({ purpose: 'orientation', targetOrganisationId: null, targetOrganisationKind: 'host' }),
        expect.objectContaining({ purpose: 'orientation', targetOrganisationId: DEMO_ORGS.acse, targetOrganisationKind: 'acse_coordination' }),
      ]));
      expect(view.deadlines).toEqual(expect.arrayContaining([
        expect.objectContaining({ kind: 'orientation_answer', responsibleOrganisationId: null, responsibleOrganisationKind: 'host' }),
      ]));
      const history = (await viewer.get(`/api/cases/${c.id}/history`).expect(200)).body;
      expect(history.filter((e: { track: string }) => e.track === 'consent').map((e: { data: Record<string, unknown> }) => e.data.targetOrganisationKind)).toEqual(
        expect.arrayContaining(['host', 'acse_coordination']),
      );
      const deadlines = (await viewer.get('/api/deadlines?limit=200').expect(200)).body;
      expect(deadlines.items.filter((d: { caseId: string }) => d.caseId === c.id)).toEqual(expect.arrayContaining([
        expect.objectContaining({ kind: 'orientation_answer', responsibleOrganisationId: null, responsibleOrganisationKind: 'host' }),
      ]));
      // Filtering on the shelter's id must not find the case either.
      const filtered = (await viewer.get(`/api/deadlines?responsibleOrganisationId=${DEMO_ORGS.dna69}`).expect(200)).body;
      expect(filtered.items.map((d: { caseId: string }) => d.caseId)).not.toContain(c.id);

      // The orientations themselves are the parties' only (the orientations context's rule): nothing to scan but the answer.
      const orientations = await viewer.get(`/api/cases/${c.id}/orientations`);
      const scanned = [view, history, deadlines, orientations.body];
      if (email === CELL93) scanned.push((await viewer.get(`/api/cells/${DEMO_ORGS.cell93}/dashboard`).expect(200)).body);
      const json = JSON.stringify(scanned);
      expect(json).toContain(c.reference);
      for (const secret of [DEMO_ORGS.host13, DEMO_ORGS.dna69, ...shelterNames]) expect([email, json.includes(secret)]).toEqual([email, false]);
    }

    // The DNA place answers its own request: it sees its id.
    const dnaView = (await (await api.as(DNA69)).get(`/api/cases/${c.id}`).expect(200)).body;
    expect(dnaView.deadlines).toEqual(expect.arrayContaining([expect.objectContaining({ responsibleOrganisationId: DEMO_ORGS.dna69 })]));
  });
});
