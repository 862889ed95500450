import { DEMO_ORGS } from '../../../db/seeds/demo';
import { startApi, TestApi } from '../../support/app';
import { Agent, inDays, pdfText, sharedCase } from './coordination-helpers';

const CELL93 = DEMO_ORGS.cell93;

/** Withdrawing the `cell` consent reaches coordination at once (issue 11 §3). */
describe('a withdrawn cell consent takes the case out of the cell’s coordination', () => {
  let api: TestApi;
  let coordinator: Agent;
  let worker: Agent;
  let ase: Agent;
  beforeAll(async () => {
    api = await startApi();
    coordinator = await api.as('clav.93@demo.mnio.test');
    worker = await api.as('asso.93@demo.mnio.test');
    ase = await api.as('ase.93@demo.mnio.test');
  });
  afterAll(() => api.close());

  async function minutesPdf(meetingId: string): Promise<string> {
    const res = await coordinator.get(`/api/meetings/${meetingId}/minutes.pdf`).buffer(true).parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (d: Buffer) => chunks.push(d));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    return pdfText(res.body as Buffer);
  }

  it('lists, meeting, decisions, dashboard and minutes no longer carry its reference or its actions’ titles; the other case stays', async () => {
    const withdrawn = await sharedCase(worker, '93');
    const kept = await sharedCase(worker, '93');
    const { body: meeting } = await coordinator.post(`/api/cells/${CELL93}/meetings`).send({ date: inDays(1) }).expect(201);
    const secretTitle = 'Trouver une mise à l’abri loin de Bobigny';
    const secretText = 'Le réseau la recherche près de la gare';
    for (const [c, title] of [[withdrawn, secretTitle], [kept, 'Suivi ordinaire']] as const) {
      await coordinator.post(`/api/meetings/${meeting.id}/agenda`).send({ caseId: c.id }).expect(201);
      await coordinator.post(`/api/meetings/${meeting.id}/decisions`).send({
        caseId: c.id, type: 'follow_up', text: c === withdrawn ? secretText : 'Rien à signaler',
        actions: [{ ownerOrganisationId: DEMO_ORGS.ase93, title, dueOn: inDays(5) }],
      }).expect(201);
    }

    // Before: everything is there (so the checks after can fail).
    const before = JSON.stringify([
      (await coordinator.get('/api/actions?limit=100').expect(200)).body,
      (await coordinator.get(`/api/meetings/${meeting.id}`).expect(200)).body,
      (await coordinator.get(`/api/cells/${CELL93}/decisions?caseId=${withdrawn.id}`).expect(200)).body,
      (await ase.get('/api/actions?owner=mine&limit=100').expect(200)).body,
    ]);
    for (const s of [withdrawn.reference, secretTitle, secretText]) expect(before).toContain(s);
    expect((await coordinator.get(`/api/meetings/${meeting.id}/minutes`).expect(200)).text).toContain(withdrawn.reference);
    expect(await minutesPdf(meeting.id)).toContain(withdrawn.reference);

    await worker.post(`/api/cases/${withdrawn.id}/consents`).send({ purpose: 'share_with_cell', granted: false, method: 'oral' }).expect(201);
    await coordinator.get(`/api/cases/${withdrawn.id}`).expect(404);

    const actions = (await coordinator.get('/api/actions?limit=100').expect(200)).body;
    const meetingView = (await coordinator.get(`/api/meetings/${meeting.id}`).expect(200)).body;
    const decisions = (await coordinator.get(`/api/cells/${CELL93}/decisions?caseId=${withdrawn.id}`).expect(200)).body;
    const dashboard = (await coordinator.get(`/api/cells/${CELL93}/dashboard`).expect(200)).body;
    const aseActions = (await ase.get('/api/actions?owner=mine&limit=100').expect(200)).body;
    const html = (await coordinator.get(`/api/meetings/${meeting.id}/minutes`).expect(200)).text;
    const pdf = await minutesPdf(meeting.id);
    expect(decisions).toEqual([]);
    const after = JSON.stringify([actions, meetingView, decisions, dashboard, aseActions]);
    for (const [where, text] of [['json', after], ['html', html], ['pdf', pdf]]) {
      for (const s of [withdrawn.reference, withdrawn.id, secretTitle, secretText]) expect([where, s, text.includes(s)]).toEqual([where, s, false]);
    }
    // The case still shared stays in the meeting and the minutes.
    expect(meetingView.agenda.map((a: { caseId: string }) => a.caseId)).toEqual([kept.id]);
    expect(meetingView.decisions.map((d: { caseId: string }) => d.caseId)).toEqual([kept.id]);
    expect(html).toContain(kept.reference);
    expect(pdf).toContain(kept.reference);
    expect(JSON.stringify(actions)).toContain('Suivi ordinaire');
  });
});
