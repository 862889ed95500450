import { DEMO_ORGS } from '../../../db/seeds/demo';
import { createOrgUser, signIn } from '../../support/actors';
import { startApi, TestApi } from '../../support/app';
import { grantMembership } from '../../support/provision';
import { caseBody } from '../../support/cases';
import { rawDb } from '../../support/db';
import { Agent, auditOf, cellOf, inDays, outboxOf, sharedCase, userOf } from './coordination-helpers';

const CELL93 = DEMO_ORGS.cell93;

describe('CLAV cell: meetings, agenda, decisions, actions, minutes', () => {
  let api: TestApi;
  let coordinator: Agent;
  let member: Agent;
  let worker: Agent;
  let coordinator75: Agent;

  beforeAll(async () => {
    api = await startApi();
    coordinator = await api.as('clav.93@demo.mnio.test');
    worker = await api.as('asso.93@demo.mnio.test');
    member = (await userOf(api, CELL93, 'cell_member')).agent;
    coordinator75 = (await cellOf(api, '75')).coordinator;
  });
  afterAll(() => api.close());

  it('shows the cell, its member organisations and its users to its own users only', async () => {
    const cell = await coordinator.get(`/api/cells/${CELL93}`).expect(200);
    expect(cell.body).toMatchObject({ id: CELL93, name: 'Cellule TEH du CLAV 93', territory: '93' });
    expect(cell.body.memberOrganisations.map((o: { id: string }) => o.id)).toEqual(
      expect.arrayContaining([DEMO_ORGS.prefecture93, DEMO_ORGS.parquet93, DEMO_ORGS.police93, DEMO_ORGS.ase93, DEMO_ORGS.asso93]),
    );
    expect(cell.body.members).toEqual(expect.arrayContaining([expect.objectContaining({ role: 'cell_coordinator', displayName: 'Hélène Garnier' })]));
    expect(JSON.stringify(cell.body)).not.toMatch(/@/);
    await member.get(`/api/cells/${CELL93}`).expect(200);
    const other = await coordinator75.get(`/api/cells/${CELL93}`).expect(404);
    expect(other.body.code).toBe('NOT_FOUND');
    await worker.get(`/api/cells/${CELL93}`).expect(403);
  });

  it("lets only the cell's coordinator configure its member organisations", async () => {
    const { cellId, coordinator: coordinator23 } = await cellOf(api, '23');
    const asso23 = await createOrgUser(api, { kind: 'association', territories: ['23'] }, 'case_worker');
    await coordinator23.put(`/api/cells/${cellId}/members/${asso23.organisationId}`).expect(200);
    let cell = await coordinator23.get(`/api/cells/${cellId}`).expect(200);
    expect(cell.body.memberOrganisations.map((o: { id: string }) => o.id)).toContain(asso23.organisationId);
    // Not an organisation of the territory, not another cell.
    const wrong = await coordinator23.put(`/api/cells/${cellId}/members/${DEMO_ORGS.asso75}`).expect(422);
    expect(wrong.body.code).toBe('CELL_MEMBER_NOT_ALLOWED');
    await coordinator23.put(`/api/cells/${cellId}/members/${CELL93}`).expect(422);
    // Another cell's coordinator: as if the cell did not exist; a member: not a configuring role.
    await coordinator75.put(`/api/cells/${cellId}/members/${asso23.organisationId}`).expect(404);
    const member23 = (await userOf(api, cellId, 'cell_member')).agent;
    await member23.delete(`/api/cells/${cellId}/members/${asso23.organisationId}`).expect(403);
    await coordinator23.delete(`/api/cells/${cellId}/members/${asso23.organisationId}`).expect(200);
    cell = await coordinator23.get(`/api/cells/${cellId}`).expect(200);
    expect(cell.body.memberOrganisations.map((o: { id: string }) => o.id)).not.toContain(asso23.organisationId);
  });

  it('runs a meeting end to end: agenda, decision with actions, immutability, supersession, minutes', async () => {
    const c = await sharedCase(worker, '93');
    const hidden = await worker.post('/api/cases').send(caseBody({ territory: '93', events: [] })).expect(201);

    // Scheduling: coordinators only; a date is enough.
    await member.post(`/api/cells/${CELL93}/meetings`).send({ date: inDays(0) }).expect(403);
    await coordinator75.post(`/api/cells/${CELL93}/meetings`).send({ date: inDays(0) }).expect(404);
    const { body: meeting } = await coordinator.post(`/api/cells/${CELL93}/meetings`).send({ date: inDays(0) }).expect(201);
    await coordinator.post(`/api/meetings/${meeting.id}/attendees`).send({ organisationId: DEMO_ORGS.parquet93 }).expect(201);
    await coordinator.post(`/api/meetings/${meeting.id}/attendees`).send({ organisationId: CELL93 }).expect(201);
    const notMember = await coordinator.post(`/api/meetings/${meeting.id}/attendees`).send({ organisationId: DEMO_ORGS.asso75 }).expect(422);
    expect(notMember.body.code).toBe('ATTENDEE_NOT_CELL_MEMBER');

    // Agenda: only a case shared with the cell; another territory's cell sees no meeting at all.
    await coordinator.post(`/api/meetings/${meeting.id}/agenda`).send({ caseId: hidden.body.id }).expect(404);
    await coordinator75.post(`/api/meetings/${meeting.id}/agenda`).send({ caseId: c.id }).expect(404);
    await worker.post(`/api/meetings/${meeting.id}/agenda`).send({ caseId: c.id }).expect(403);
    const early = await coordinator.post(`/api/meetings/${meeting.id}/decisions`).send({ caseId: c.id, type: 'review_done', text: 'Examen' }).expect(422);
    expect(early.body.code).toBe('CASE_NOT_ON_AGENDA');
    const item = await coordinator.post(`/api/meetings/${meeting.id}/agenda`).send({ caseId: c.id }).expect(201);
    expect(item.body).toEqual({ meetingId: meeting.id, caseId: c.id, reference: c.reference });
    expect((await coordinator.post(`/api/meetings/${meeting.id}/agenda`).send({ caseId: c.id }).expect(409)).body.code).toBe('CASE_ALREADY_ON_AGENDA');

    // A decision with an action for the parquet: the cell review is met, an action deadline opens.
    const before = await worker.get(`/api/cases/${c.id}`).expect(200);
    expect(before.body.deadlines.map((d: { kind: string }) => d.kind)).toContain('cell_review');
    const text = 'Orientation vers le parquet, audition à prévoir';
    const decisionBody = {
      caseId: c.id, type: 'referral_parquet', text,
      actions: [{ ownerOrganisationId: DEMO_ORGS.parquet93, title: 'Saisir le parquet des mineurs', dueOn: inDays(7) }],
    };
    await member.post(`/api/meetings/${meeting.id}/decisions`).send(decisionBody).expect(403);
    await coordinator75.post(`/api/meetings/${meeting.id}/decisions`).send(decisionBody).expect(404);
    const badOwner = await coordinator.post(`/api/meetings/${meeting.id}/decisions`)
      .send({ ...decisionBody, actions: [{ ownerOrganisationId: DEMO_ORGS.asso75, title: 'x', dueOn: inDays(7) }] }).expect(422);
    expect(badOwner.body.code).toBe('ACTION_OWNER_NOT_ALLOWED');
    const past = await coordinator.post(`/api/meetings/${meeting.id}/decisions`)
      .send({ ...decisionBody, actions: [{ ownerOrganisationId: DEMO_ORGS.parquet93, title: 'x', dueOn: inDays(-1) }] }).expect(422);
    expect(past.body.code).toBe('DUE_DATE_IN_PAST');
    const { body: decision } = await coordinator.post(`/api/meetings/${meeting.id}/decisions`).send(decisionBody).expect(201);
    expect(decision).toMatchObject({ caseId: c.id, reference: c.reference, type: 'referral_parquet', supersedesId: null });
    const [action] = decision.actions;
    const after = await worker.get(`/api/cases/${c.id}`).expect(200);
    expect(after.body.deadlines).toEqual([expect.objectContaining({ kind: 'action_due', dueOn: inDays(7), responsibleOrganisationId: DEMO_ORGS.parquet93 })]);

    const events = await outboxOf(c.id);
    const assigned = events.find((e) => e.type === 'CellActionAssigned');
    expect(assigned?.payload).toEqual({
      actionId: action.id, caseId: c.id, reference: c.reference, territory: '93', ownerOrganisationId: DEMO_ORGS.parquet93, dueOn: inDays(7),
    });
    expect(JSON.stringify(events)).not.toMatch(/Zyqoraleth|Vexmirande|Quillon|audition/);
    expect((await auditOf(c.id)).map((a) => a.action)).toEqual(expect.arrayContaining(['cell.case_on_agenda', 'cell.decision_recorded']));

    // The meeting, as a member reads it; not as another territory's cell.
    const read = await member.get(`/api/meetings/${meeting.id}`).expect(200);
    expect(read.body.attendees.map((a: { name: string }) => a.name)).toEqual(['Parquet de Bobigny', 'Cellule TEH du CLAV 93']);
    expect(read.body.decisions).toEqual([expect.objectContaining({ id: decision.id, text, supersededById: null })]);
    await coordinator75.get(`/api/meetings/${meeting.id}`).expect(404);
    await coordinator75.get(`/api/cells/${CELL93}/meetings`).expect(404);
    await coordinator75.get(`/api/cells/${CELL93}/decisions?caseId=${c.id}`).expect(404);

    // Immutable: no route edits or deletes a decision, and the database refuses it.
    for (const method of ['patch', 'put', 'delete'] as const) {
      const res = await coordinator[method](`/api/meetings/${meeting.id}/decisions/${decision.id}`).send({ text: 'changed' });
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('ROUTE_NOT_FOUND');
    }
    const db = await rawDb();
    try {
      await expect(db.query(`UPDATE cell_decisions SET type = 'close' WHERE id = $1`, [decision.id])).rejects.toThrow(/immutable/);
      await expect(db.query(`DELETE FROM cell_decisions WHERE id = $1`, [decision.id])).rejects.toThrow(/immutable/);
      await expect(db.query(`TRUNCATE cell_decisions CASCADE`)).rejects.toThrow(/immutable/);
    } finally {
      await db.end();
    }

    // Superseded by a new decision: the old one's open action is cancelled, its deadline closed.
    const { body: second } = await coordinator.post(`/api/meetings/${meeting.id}/decisions`)
      .send({ caseId: c.id, type: 'follow_up', text: 'Finalement suivi simple', supersedesId: decision.id }).expect(201);
    expect(second).toMatchObject({ supersedesId: decision.id, cancelledActionIds: [action.id] });
    const again = await coordinator.post(`/api/meetings/${meeting.id}/decisions`)
      .send({ caseId: c.id, type: 'close', text: 'Autre', supersedesId: decision.id }).expect(409);
    expect(again.body.code).toBe('DECISION_ALREADY_SUPERSEDED');
    const history = await coordinator.get(`/api/cells/${CELL93}/decisions?caseId=${c.id}`).expect(200);
    expect(history.body.map((d: { id: string; supersededById: string | null }) => [d.id, d.supersededById])).toEqual([[decision.id, second.id], [second.id, null]]);
    expect((await worker.get(`/api/cases/${c.id}`).expect(200)).body.deadlines).toEqual([]);

    // Minutes: French, printable, references and codes only, locked down.
    const minutes = await member.get(`/api/meetings/${meeting.id}/minutes`).expect(200);
    expect(minutes.headers['content-type']).toMatch(/^text\/html; charset=utf-8/);
    expect(minutes.headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'$/);
    expect(minutes.headers['cache-control']).toBe('no-store');
    expect(minutes.text).toContain('Compte rendu de réunion');
    expect(minutes.text).toContain(`Situation ${c.reference}`);
    expect(minutes.text).toContain('Signalement au parquet');
    expect(minutes.text).toContain('Suivi à poursuivre');
    expect(minutes.text).toContain('<td>Parquet de Bobigny</td>');
    expect(minutes.text).toContain('Annulée');
    expect(minutes.text).not.toMatch(/Zyqoraleth|Vexmirande|Quillon|audition|Saisir le parquet/);
    await coordinator75.get(`/api/meetings/${meeting.id}/minutes`).expect(404);
    expect((await auditOf(c.id)).map((a) => a.action)).toEqual(expect.arrayContaining(['cell.meeting_read', 'cell.minutes_exported', 'cell.decisions_read']));
  });

  it("lets an action's owner organisation move it, nobody else (the cell drops one by superseding its decision)", async () => {
    const c = await sharedCase(worker, '93');
    const { body: meeting } = await coordinator.post(`/api/cells/${CELL93}/meetings`).send({ date: inDays(1) }).expect(201);
    await coordinator.post(`/api/meetings/${meeting.id}/agenda`).send({ caseId: c.id }).expect(201);
    const { body: decision } = await coordinator.post(`/api/meetings/${meeting.id}/decisions`).send({
      caseId: c.id, type: 'orientation_to_request', text: 'Demander une orientation',
      actions: [
        { ownerOrganisationId: DEMO_ORGS.asso93, title: 'Demander Ac.Sé', dueOn: inDays(3) },
        { ownerOrganisationId: DEMO_ORGS.police93, title: 'Audition', dueOn: inDays(5) },
      ],
    }).expect(201);
    const [ownAction, policeAction] = decision.actions;

    const mine = await worker.get('/api/actions?mine=true').expect(200);
    const listed = mine.body.items.find((i: { id: string }) => i.id === ownAction.id);
    expect(listed).toMatchObject({ caseId: c.id, reference: c.reference, title: 'Demander Ac.Sé', status: 'open', decisionType: 'orientation_to_request', dueOn: inDays(3) });
    expect(mine.body.items.map((i: { id: string }) => i.id)).not.toContain(policeAction.id);
    const police = await api.as('police.93@demo.mnio.test');
    expect((await police.get('/api/actions?mine=true').expect(200)).body.items.map((i: { id: string }) => i.id)).toContain(policeAction.id);
    const cellList = await member.get('/api/actions').expect(200);
    expect(cellList.body.items.map((i: { id: string }) => i.id)).toEqual(expect.arrayContaining([ownAction.id, policeAction.id]));

    // Not the owner: invisible. A cell member: sees, may not move.
    await police.post(`/api/actions/${ownAction.id}/transitions`).send({ action: 'start' }).expect(404);
    await (await api.as('asso.75@demo.mnio.test')).post(`/api/actions/${ownAction.id}/transitions`).send({ action: 'start' }).expect(404);
    await coordinator75.post(`/api/actions/${ownAction.id}/transitions`).send({ action: 'start' }).expect(404);
    await member.post(`/api/actions/${ownAction.id}/transitions`).send({ action: 'start' }).expect(403);

    const started = await worker.post(`/api/actions/${ownAction.id}/transitions`).send({ action: 'start', note: 'Appel passé' }).expect(200);
    expect(started.body).toEqual({ id: ownAction.id, status: 'in_progress', version: 2 });
    expect((await worker.post(`/api/actions/${ownAction.id}/transitions`).send({ action: 'start' }).expect(409)).body.code).toBe('ILLEGAL_TRANSITION');
    expect((await worker.post(`/api/actions/${ownAction.id}/transitions`).send({ action: 'complete', version: 1 }).expect(409)).body.code).toBe('VERSION_CONFLICT');
    await worker.post(`/api/actions/${ownAction.id}/transitions`).send({ action: 'complete', version: 2 }).expect(200);
    await coordinator.post(`/api/actions/${policeAction.id}/transitions`).send({ action: 'cancel' }).expect(403);
    await police.post(`/api/actions/${policeAction.id}/transitions`).send({ action: 'cancel' }).expect(200);
    expect((await worker.get(`/api/cases/${c.id}`).expect(200)).body.deadlines).toEqual([]);
    const done = await worker.get('/api/actions?mine=true&status=done').expect(200);
    expect(done.body.items.map((i: { id: string }) => i.id)).toContain(ownAction.id);
    expect((await auditOf(c.id)).filter((a) => a.action === 'cell.action_transitioned').map((a) => a.details.to)).toEqual(['in_progress', 'done', 'cancelled']);
  });

  it('refuses a case the cell does not hold, even to a coordinator who sees it otherwise', async () => {
    // A coordinator who is also a case worker of the owning association sees the case, but the cell does not.
    const both = await userOf(api, CELL93, 'cell_coordinator');
    await grantMembership(api, both.userId, { organisationId: DEMO_ORGS.asso93, role: 'case_worker' });
    const agent = await signIn(api, both.email);
    const { body: c } = await agent.post('/api/cases').send(caseBody({ territory: '93', events: [] })).expect(201);
    const { body: meeting } = await agent.post(`/api/cells/${CELL93}/meetings`).send({ date: inDays(2) }).expect(201);
    const res = await agent.post(`/api/meetings/${meeting.id}/agenda`).send({ caseId: c.id }).expect(422);
    expect(res.body.code).toBe('CASE_NOT_VISIBLE_TO_CELL');
  });
});
