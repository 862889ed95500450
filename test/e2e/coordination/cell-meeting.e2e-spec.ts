import { DEMO_ORGS } from '../../../db/seeds/demo';
import { createOrgUser, signIn } from '../../support/actors';
import { startApi, TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { Agent, auditOf, cellOf, inDays, pdfText, sharedCase, userOf } from './coordination-helpers';

const CELL93 = DEMO_ORGS.cell93;

describe('CLAV cell: the whole meeting (attendees, agenda suggestions, actions for their owners, minutes in PDF, activity)', () => {
  let api: TestApi;
  let coordinator: Agent;
  let member: Agent;
  let worker: Agent;
  let ase: Agent;
  let police: Agent;
  let coordinator75: Agent;

  beforeAll(async () => {
    api = await startApi();
    coordinator = await api.as('clav.93@demo.mnio.test');
    worker = await api.as('asso.93@demo.mnio.test');
    ase = await api.as('ase.93@demo.mnio.test');
    police = await api.as('police.93@demo.mnio.test');
    member = (await userOf(api, CELL93, 'cell_member')).agent;
    coordinator75 = (await cellOf(api, '75')).coordinator;
  }, 90_000); // six sign-ins (argon2) and a boot: slow when the machine is shared
  afterAll(() => api.close());

  it('ticks and unticks attendees among the cell’s member organisations', async () => {
    const { body: meeting } = await coordinator.post(`/api/cells/${CELL93}/meetings`).send({ date: inDays(0) }).expect(201);
    await coordinator.post(`/api/meetings/${meeting.id}/attendees`).send({ organisationId: DEMO_ORGS.ase93 }).expect(201);
    await coordinator.post(`/api/meetings/${meeting.id}/attendees`).send({ organisationId: DEMO_ORGS.police93 }).expect(201);
    await member.delete(`/api/meetings/${meeting.id}/attendees/${DEMO_ORGS.police93}`).expect(403);
    await coordinator75.delete(`/api/meetings/${meeting.id}/attendees/${DEMO_ORGS.police93}`).expect(404);
    expect((await coordinator.delete(`/api/meetings/${meeting.id}/attendees/${DEMO_ORGS.police93}`).expect(200)).body).toMatchObject({ removed: true });
    expect((await coordinator.delete(`/api/meetings/${meeting.id}/attendees/${DEMO_ORGS.police93}`).expect(200)).body).toMatchObject({ removed: false });
    const read = await member.get(`/api/meetings/${meeting.id}`).expect(200);
    expect(read.body.attendees.map((a: { organisationId: string }) => a.organisationId)).toEqual([DEMO_ORGS.ase93]);
  });

  it('suggests the cases the cell holds (new, due soon, overdue), never others, and takes a case by its reference', async () => {
    const shared = await sharedCase(worker, '93');
    const unshared = await worker.post('/api/cases').send(caseBody({ territory: '93', events: [] })).expect(201);
    const worker75 = await api.as('asso.75@demo.mnio.test');
    const other = await worker75.post('/api/cases').send(caseBody({ territory: '75', events: [] })).expect(201);
    const { body: meeting } = await coordinator.post(`/api/cells/${CELL93}/meetings`).send({ date: inDays(1) }).expect(201);

    const { body: s } = await member.get(`/api/meetings/${meeting.id}/agenda-suggestions`).expect(200);
    const all = [...s.new, ...s.dueSoon, ...s.overdue];
    expect(s.new).toEqual(expect.arrayContaining([{ caseId: shared.id, reference: shared.reference, kind: 'cell_review', dueOn: expect.any(String) }]));
    const ids = all.map((i: { caseId: string }) => i.caseId);
    expect(ids).not.toContain(unshared.body.id);
    expect(ids).not.toContain(other.body.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(JSON.stringify(s)).not.toMatch(/Zyqoraleth|Vexmirande|Quillon/);
    await coordinator75.get(`/api/meetings/${meeting.id}/agenda-suggestions`).expect(404);
    await worker.get(`/api/meetings/${meeting.id}/agenda-suggestions`).expect(403);

    // A member proposes by reference; a case the cell does not hold, or another territory's, is refused.
    const added = await member.post(`/api/meetings/${meeting.id}/agenda`).send({ reference: shared.reference }).expect(201);
    expect(added.body).toEqual({ meetingId: meeting.id, caseId: shared.id, reference: shared.reference });
    expect((await coordinator.post(`/api/meetings/${meeting.id}/agenda`).send({ reference: unshared.body.reference }).expect(404)).body.code).toBe('NOT_FOUND');
    expect((await coordinator.post(`/api/meetings/${meeting.id}/agenda`).send({ reference: other.body.reference }).expect(404)).body.code).toBe('NOT_FOUND');
    expect((await coordinator.post(`/api/meetings/${meeting.id}/agenda`).send({ reference: 'Zyqoraleth' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    await coordinator.post(`/api/meetings/${meeting.id}/agenda`).send({}).expect(400);
    await coordinator75.post(`/api/meetings/${meeting.id}/agenda`).send({ reference: shared.reference }).expect(404);
    // On the agenda now: no longer suggested.
    const after = await member.get(`/api/meetings/${meeting.id}/agenda-suggestions`).expect(200);
    expect([...after.body.new, ...after.body.dueSoon, ...after.body.overdue].map((i: { caseId: string }) => i.caseId)).not.toContain(shared.id);
  });

  it('gives actions to a member organisation, which alone follows and closes them from its home', async () => {
    const c = await sharedCase(worker, '93');
    const { body: meeting } = await coordinator.post(`/api/cells/${CELL93}/meetings`).send({ date: inDays(0) }).expect(201);
    await coordinator.post(`/api/meetings/${meeting.id}/agenda`).send({ caseId: c.id }).expect(201);
    const { body: decision } = await coordinator.post(`/api/meetings/${meeting.id}/decisions`).send({
      caseId: c.id, type: 'follow_up', text: 'Suivi par l’ASE', actions: [{ ownerOrganisationId: DEMO_ORGS.ase93, title: 'Évaluer la mise à l’abri', dueOn: inDays(5) }],
    }).expect(201);
    const [first] = decision.actions;

    // A further action on the same decision: coordinators only, an owner among the cell's members, a due date not past.
    const body = { ownerOrganisationId: DEMO_ORGS.ase93, title: 'Désigner un référent', dueOn: inDays(10) };
    await member.post(`/api/decisions/${decision.id}/actions`).send(body).expect(403);
    await coordinator75.post(`/api/decisions/${decision.id}/actions`).send(body).expect(404);
    await ase.post(`/api/decisions/${decision.id}/actions`).send(body).expect(403);
    expect((await coordinator.post(`/api/decisions/${decision.id}/actions`).send({ ...body, ownerOrganisationId: DEMO_ORGS.asso75 }).expect(422)).body.code).toBe('ACTION_OWNER_NOT_ALLOWED');
    expect((await coordinator.post(`/api/decisions/${decision.id}/actions`).send({ ...body, dueOn: inDays(-1) }).expect(422)).body.code).toBe('DUE_DATE_IN_PAST');
    await coordinator.post(`/api/decisions/${decision.id}/actions`).send({ ...body, dueOn: '2026-02-30x' }).expect(400);
    const { body: second } = await coordinator.post(`/api/decisions/${decision.id}/actions`).send(body).expect(201);
    expect(second).toMatchObject({ decisionId: decision.id, ownerOrganisationId: DEMO_ORGS.ase93, dueOn: inDays(10), deadlineId: expect.any(String) });

    // The owner's home: its open actions, with reference, title and due date; nobody else's.
    const home = await ase.get('/api/actions?owner=mine&status=open').expect(200);
    const mine = home.body.items.filter((i: { caseId: string }) => i.caseId === c.id);
    expect(mine.map((i: { id: string; title: string; reference: string; dueOn: string; overdue: boolean }) => [i.id, i.title, i.reference, i.dueOn, i.overdue])).toEqual([
      [first.id, 'Évaluer la mise à l’abri', c.reference, inDays(5), false],
      [second.id, 'Désigner un référent', c.reference, inDays(10), false],
    ]);
    expect(home.body.items.every((i: { ownerOrganisationId: string }) => i.ownerOrganisationId === DEMO_ORGS.ase93)).toBe(true);
    expect((await police.get('/api/actions?owner=mine').expect(200)).body.items.map((i: { id: string }) => i.id)).not.toContain(first.id);
    await ase.get('/api/actions?owner=theirs').expect(400);

    // Only the owner moves it: not the cell's coordinator, not a member, not another organisation or territory.
    await coordinator.post(`/api/actions/${first.id}/transitions`).send({ action: 'complete' }).expect(403);
    await member.post(`/api/actions/${first.id}/transitions`).send({ action: 'complete' }).expect(403);
    await police.post(`/api/actions/${first.id}/transitions`).send({ action: 'complete' }).expect(404);
    await coordinator75.post(`/api/actions/${first.id}/transitions`).send({ action: 'complete' }).expect(404);
    await ase.post(`/api/actions/${first.id}/transitions`).send({ action: 'start', version: 1 }).expect(200);
    await ase.post(`/api/actions/${first.id}/transitions`).send({ action: 'complete', version: 2 }).expect(200);
    await ase.post(`/api/actions/${second.id}/transitions`).send({ action: 'cancel' }).expect(200);

    // The cell sees them closed; the owner's deadlines are closed.
    const read = await coordinator.get(`/api/meetings/${meeting.id}`).expect(200);
    expect(read.body.decisions[0].actions.map((a: { id: string; status: string }) => [a.id, a.status])).toEqual([[first.id, 'done'], [second.id, 'cancelled']]);
    expect((await worker.get(`/api/cases/${c.id}`).expect(200)).body.deadlines.filter((d: { kind: string }) => d.kind === 'action_due')).toEqual([]);
    expect((await ase.get('/api/actions?owner=mine&status=open').expect(200)).body.items.map((i: { id: string }) => i.id)).not.toContain(first.id);
    expect((await auditOf(c.id)).map((a) => a.action)).toEqual(expect.arrayContaining(['cell.action_added', 'cell.action_transitioned']));

    // A superseded decision takes no further action.
    await coordinator.post(`/api/meetings/${meeting.id}/decisions`).send({ caseId: c.id, type: 'close', text: 'Fin', supersedesId: decision.id }).expect(201);
    expect((await coordinator.post(`/api/decisions/${decision.id}/actions`).send(body).expect(409)).body.code).toBe('DECISION_ALREADY_SUPERSEDED');
  });

  it('downloads the minutes as an A4 PDF in French: references, no identity, no free text; another territory gets 404', async () => {
    const lastName = `Zyqoraleth${Date.now().toString(36)}`;
    const c = await sharedCase(worker, '93', { identity: { lastName } });
    const decisionText = `Hébergement chez Madame Quillonbert ${Date.now().toString(36)}`;
    const actionTitle = `Appeler le foyer Vexmirande ${Date.now().toString(36)}`;
    const { body: meeting } = await coordinator.post(`/api/cells/${CELL93}/meetings`).send({ date: inDays(0) }).expect(201);
    await coordinator.post(`/api/meetings/${meeting.id}/attendees`).send({ organisationId: DEMO_ORGS.ase93 }).expect(201);
    await coordinator.post(`/api/meetings/${meeting.id}/agenda`).send({ caseId: c.id }).expect(201);
    await coordinator.post(`/api/meetings/${meeting.id}/decisions`).send({
      caseId: c.id, type: 'orientation_to_request', text: decisionText, actions: [{ ownerOrganisationId: DEMO_ORGS.ase93, title: actionTitle, dueOn: inDays(7) }],
    }).expect(201);

    const res = await member.get(`/api/meetings/${meeting.id}/minutes.pdf`).buffer(true).parse((r, done) => {
      const chunks: Buffer[] = [];
      r.on('data', (d: Buffer) => chunks.push(d));
      r.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="compte-rendu-${inDays(0)}.pdf"`);
    expect(res.headers['cache-control']).toBe('no-store');
    const pdf = res.body as Buffer;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.2[0-9]* 841\.8[0-9]*\]/);
    const text = pdfText(pdf);
    for (const words of ['Compte rendu de réunion', 'Organisations présentes', 'Ordre du jour', 'Décisions', c.reference, 'ASE Seine-Saint-Denis', 'Orientation à demander', 'À faire']) {
      expect(text).toContain(words.split(' ')[0]);
    }
    expect(text).toContain(c.reference);
    expect(text.replace(/\s+/g, '')).toContain('Orientationàdemander');
    expect(text.replace(/\s+/g, '')).toContain('ASESeine-Saint-Denis');
    for (const secret of [lastName, 'Quillonbert', 'Vexmirande', decisionText.split(' ').at(-1)!]) {
      expect(text).not.toContain(secret);
      expect(pdf.toString('latin1')).not.toContain(secret);
    }
    // The HTML minutes say the same and leave out the same.
    const html = await member.get(`/api/meetings/${meeting.id}/minutes`).expect(200);
    expect(html.text).toContain(`Situation ${c.reference}`);
    expect(html.text).not.toMatch(new RegExp(`${lastName}|Quillonbert|Vexmirande`));

    await coordinator75.get(`/api/meetings/${meeting.id}/minutes.pdf`).expect(404);
    await worker.get(`/api/meetings/${meeting.id}/minutes.pdf`).expect(403);
    const audit = await auditOf(c.id);
    expect(audit.filter((a) => a.action === 'cell.minutes_exported').map((a) => a.details.format)).toEqual(expect.arrayContaining(['pdf', 'html']));
  });

  it('counts the month’s activity week by week for the cell’s own users, counts only', async () => {
    const T = '46';
    const cell = await cellOf(api, T);
    const asso = await createOrgUser(api, { kind: 'association', territories: [T] }, 'case_worker');
    const w = await signIn(api, asso.email);
    const a = await sharedCase(w, T);
    await sharedCase(w, T);
    await w.post('/api/cases').send(caseBody({ territory: T, events: [] })).expect(201); // not shared: not received
    const { body: meeting } = await cell.coordinator.post(`/api/cells/${cell.cellId}/meetings`).send({ date: inDays(0) }).expect(201);
    await cell.coordinator.post(`/api/meetings/${meeting.id}/agenda`).send({ caseId: a.id }).expect(201);
    await cell.coordinator.post(`/api/meetings/${meeting.id}/decisions`).send({ caseId: a.id, type: 'review_done', text: 'Examen' }).expect(201);

    const { body } = await cell.coordinator.get(`/api/cells/${cell.cellId}/activity`).expect(200);
    expect(body.month).toBe(inDays(0).slice(0, 7));
    const sum = (k: string) => body.weeks.reduce((n: number, wk: Record<string, number>) => n + wk[k], 0);
    expect([sum('situationsReceived'), sum('decisions'), sum('orientations')]).toEqual([2, 1, 0]);
    const thisWeek = body.weeks.find((wk: { from: string; to: string }) => wk.from <= inDays(0) && inDays(0) <= wk.to);
    expect(thisWeek).toMatchObject({ situationsReceived: 2, decisions: 1 });
    expect(body.weeks.every((wk: { from: string }) => wk.from <= inDays(0))).toBe(true);
    expect(JSON.stringify(body)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    await coordinator.get(`/api/cells/${cell.cellId}/activity`).expect(404);
    await worker.get(`/api/cells/${cell.cellId}/activity`).expect(403);
  });
});
