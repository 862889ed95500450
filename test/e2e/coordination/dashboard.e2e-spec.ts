import { createOrgUser, signIn } from '../../support/actors';
import { startApi, TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { rawDb } from '../../support/db';
import { previousCellCaseCounts } from '../../../bench/lib/previous-cell-counts';
import { Agent, cellOf, inDays, sharedCase, userOf } from './coordination-helpers';

/** Territory 48 is this file's alone: its counts are exactly what the file seeds. */
const T = '48';

describe('a cell’s dashboard', () => {
  let api: TestApi;
  let cell: { cellId: string; coordinator: Agent; coordinatorId: string };
  let worker: Agent;
  let assoId: string;

  beforeAll(async () => {
    api = await startApi();
    cell = await cellOf(api, T);
    const asso = await createOrgUser(api, { kind: 'association', territories: [T] }, 'case_worker');
    assoId = asso.organisationId;
    worker = await signIn(api, asso.email);
  });
  afterAll(() => api.close());

  it('counts what needs the cell, from the cases it holds only, pseudonymised', async () => {
    const a = await sharedCase(worker, T);
    const b = await sharedCase(worker, T, { exploitationForms: ['labour_exploitation', 'domestic_servitude'] });
    const d = await sharedCase(worker, T);
    // Not shared with the cell: counted nowhere.
    await worker.post('/api/cases').send(caseBody({ territory: T, events: [], exploitationForms: ['forced_begging'] })).expect(201);
    // A minor: the cell holds it without consent.
    const { body: minor } = await worker.post('/api/cases').send(caseBody({ territory: T, events: [], identity: { birthDate: '2011-03-02' }, exploitationForms: ['forced_criminality'] })).expect(201);

    // One orientation of the territory waiting for an answer (the orientations context counts it).
    const crp = await createOrgUser(api, { kind: 'crp', territories: [T] }, 'coordinator');
    await worker.post(`/api/cases/${a.id}/consents`).send({ purpose: 'orientation', granted: true, method: 'oral', targetOrganisationId: crp.organisationId }).expect(201);
    await worker.post(`/api/cases/${a.id}/orientations`).send({ targetKind: 'crp', targetOrganisationId: crp.organisationId, reason: 'psychotrauma_care' }).expect(201);

    // The cell examines d; one of its actions ends up late (moved back in time behind the API's back).
    const { body: meeting } = await cell.coordinator.post(`/api/cells/${cell.cellId}/meetings`).send({ date: inDays(0) }).expect(201);
    await cell.coordinator.post(`/api/meetings/${meeting.id}/agenda`).send({ caseId: d.id }).expect(201);
    const { body: decision } = await cell.coordinator.post(`/api/meetings/${meeting.id}/decisions`).send({
      caseId: d.id, type: 'review_done', text: 'Situation examinée',
      actions: [{ ownerOrganisationId: assoId, title: 'Rappeler', dueOn: inDays(1) }, { ownerOrganisationId: assoId, title: 'Accompagner', dueOn: inDays(30) }],
    }).expect(201);
    const late = decision.actions[0];
    const db = await rawDb();
    try {
      await db.query(`UPDATE cell_actions SET due_on = $2 WHERE id = $1`, [late.id, inDays(-3)]);
      await db.query(`UPDATE case_deadlines SET due_on = $2, alert_on = $2 WHERE source_ref = $1`, [late.id, inDays(-3)]);
    } finally {
      await db.end();
    }

    const { body } = await cell.coordinator.get(`/api/cells/${cell.cellId}/dashboard`).expect(200);
    expect(body.cell).toEqual({ id: cell.cellId, name: expect.any(String), territory: T });
    expect(Date.now() - Date.parse(body.countsAsOf)).toBeLessThan(60_000);
    expect(body.newPresumedVictims.count).toBe(2);
    expect(body.newPresumedVictims.items.map((i: { caseId: string }) => i.caseId).sort()).toEqual([a.id, b.id].sort());
    expect(body.newPresumedVictims.items[0]).toEqual({ caseId: expect.any(String), reference: expect.stringMatching(/^48-/), dueOn: expect.any(String), overdue: false });
    expect(body.deadlines.overdue).toMatchObject({ count: 1, byKind: { action_due: 1 } });
    expect(body.deadlines.overdue.items).toEqual([expect.objectContaining({ caseId: d.id, reference: d.reference, kind: 'action_due', dueOn: inDays(-3), responsibleOrganisationId: assoId })]);
    // Two cell reviews, the orientation's answer within a few working days and the minor's first two clocks (report,
    // ASE reception: the day after recording); the 30-day action is beyond the 14-day horizon.
    expect(body.deadlines.upcoming).toMatchObject({ count: 5, byKind: { cell_review: 2, orientation_answer: 1, minor_report: 1, ase_reception: 1 }, until: inDays(14) });
    expect(body.lateActions).toEqual({
      decisions: 1, actions: 1,
      items: [{ decisionId: decision.id, caseId: d.id, reference: d.reference, type: 'review_done', lateActions: 1, oldestDueOn: inDays(-3) }],
    });
    expect(body.counts.activeCases).toBe(4);
    expect(body.counts.byExploitationForm).toEqual({ sexual_exploitation: 2, labour_exploitation: 1, domestic_servitude: 1, forced_criminality: 1 });
    expect(body.orientationsAwaitingAnswer).toMatchObject({ available: true, total: 1, byTarget: expect.objectContaining({ crp: 1, acse: 0 }) });
    expect(body.counts.byOrientationTarget).toEqual(body.orientationsAwaitingAnswer.byTarget);
    expect(JSON.stringify(body)).not.toMatch(/Zyqoraleth|Vexmirande|Quillon|\+336|Rappeler|examinée/);
    expect(minor.minor).toBe(true);

    const audit = await rawDbRows(`SELECT details FROM audit_entries WHERE action = 'cell.dashboard_read' AND actor_user_id = $1`, [cell.coordinatorId]);
    expect(audit[0].details.caseIds).toEqual(expect.arrayContaining([a.id, b.id, d.id]));

    // The counts' statement of issue 17 §5 gives the figures the statement before it gave, on the same data.
    const before = await rawDb();
    try {
      const previous = await previousCellCaseCounts(before, cell.cellId, inDays(0), inDays(14));
      expect({
        reviewPending: body.newPresumedVictims.count,
        overdue: { count: body.deadlines.overdue.count, byKind: body.deadlines.overdue.byKind },
        upcoming: { count: body.deadlines.upcoming.count, byKind: body.deadlines.upcoming.byKind },
        activeCases: body.counts.activeCases,
        byExploitationForm: body.counts.byExploitationForm,
      }).toEqual(previous);
    } finally {
      await before.end();
    }
  });

  it('is the cell’s own: members read it, other territories’ cells get 404, partners 403', async () => {
    await (await userOf(api, cell.cellId, 'cell_member')).agent.get(`/api/cells/${cell.cellId}/dashboard`).expect(200);
    const other = await cellOf(api, '75');
    expect((await other.coordinator.get(`/api/cells/${cell.cellId}/dashboard`).expect(404)).body.code).toBe('NOT_FOUND');
    await worker.get(`/api/cells/${cell.cellId}/dashboard`).expect(403);
    await (await api.as('admin@demo.mnio.test')).get(`/api/cells/${cell.cellId}/dashboard`).expect(403);
    await cell.coordinator.get('/api/cells/00000000-0000-4000-8000-000000000000/dashboard').expect(404);
    await cell.coordinator.get('/api/cells/not-an-id/dashboard').expect(404);
  });
});

async function rawDbRows(sql: string, params: unknown[]): Promise<{ details: { caseIds: string[] } }[]> {
  const db = await rawDb();
  try {
    return (await db.query(sql, params)).rows;
  } finally {
    await db.end();
  }
}
