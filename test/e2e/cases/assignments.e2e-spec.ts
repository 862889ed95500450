import { createOrgUser, signIn, TEST_PASSWORD } from '../../support/actors';
import { startApi, TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { rawDb } from '../../support/db';
import { provisionUser } from '../../support/provision';

type Agent = Awaited<ReturnType<TestApi['as']>>;

/** Issue 14 §2: the worker(s) of the owning organisation who follow a case, and « Mes situations ». */
describe('assigned workers', () => {
  let api: TestApi;
  let orgId: string;
  let awa: { id: string; agent: Agent };
  let coordinator: { id: string; agent: Agent };
  let colleague: { id: string; agent: Agent };
  let dpoId: string;

  const colleagueOf = async (role: string, name: string) => {
    const email = `assign.${role}.${Math.random().toString(36).slice(2, 8)}@test.mnio.test`;
    const { id } = await provisionUser(api, { email, displayName: name, password: TEST_PASSWORD, memberships: [{ organisationId: orgId, role }] });
    return { id, email };
  };

  beforeAll(async () => {
    api = await startApi();
    const first = await createOrgUser(api, { kind: 'association', territories: ['93'] }, 'case_worker');
    orgId = first.organisationId;
    awa = { id: first.userId, agent: await signIn(api, first.email) };
    const c = await colleagueOf('coordinator', 'Claire Martin');
    coordinator = { id: c.id, agent: await signIn(api, c.email) };
    const w = await colleagueOf('case_worker', 'Bruno Petit');
    colleague = { id: w.id, agent: await signIn(api, w.email) };
    dpoId = (await colleagueOf('dpo', 'Denise Roux')).id;
  }, 120_000);
  afterAll(() => api.close());

  const record = async (agent: Agent = awa.agent) => (await agent.post('/api/cases').send(caseBody({ events: [] })).expect(201)).body as { id: string; reference: string; version: number };

  it('assigns and unassigns colleagues of the owning organisation, by name, audited, without moving the version', async () => {
    const c = await record();
    const empty = await awa.agent.get(`/api/cases/${c.id}/assignments`).expect(200);
    expect(empty.body.assignees).toEqual([]);
    expect(empty.body.candidates.map((w: { userId: string }) => w.userId).sort()).toEqual([awa.id, coordinator.id, colleague.id].sort());
    expect(empty.body.candidates.map((w: { displayName: string }) => w.displayName)).toEqual(expect.arrayContaining(['Bruno Petit', 'Claire Martin']));

    const mine = await awa.agent.post(`/api/cases/${c.id}/assignments`).send({ userId: awa.id }).expect(201);
    expect(mine.body).toEqual({ caseId: c.id, userId: awa.id, assignedAt: expect.any(String) });
    // The coordinator assigns a colleague too.
    await coordinator.agent.post(`/api/cases/${c.id}/assignments`).send({ userId: colleague.id }).expect(201);
    const two = await colleague.agent.get(`/api/cases/${c.id}/assignments`).expect(200);
    expect(two.body.assignees.map((a: { userId: string; displayName: string }) => a.userId)).toEqual([awa.id, colleague.id]);
    expect(two.body.assignees[1].displayName).toBe('Bruno Petit');
    expect(two.body.candidates.map((w: { userId: string }) => w.userId)).toEqual([coordinator.id]);
    // The assignment is no correction of the case: its version stays.
    expect((await awa.agent.get(`/api/cases/${c.id}`).expect(200)).body.version).toBe(c.version);

    expect((await awa.agent.post(`/api/cases/${c.id}/assignments`).send({ userId: awa.id }).expect(409)).body.code).toBe('ALREADY_ASSIGNED');
    await awa.agent.delete(`/api/cases/${c.id}/assignments/${colleague.id}`).expect(200);
    expect((await awa.agent.delete(`/api/cases/${c.id}/assignments/${colleague.id}`).expect(404)).body.code).toBe('NOT_ASSIGNED');
    // Assigned again after an end: a new assignment.
    await awa.agent.post(`/api/cases/${c.id}/assignments`).send({ userId: colleague.id }).expect(201);

    const db = await rawDb();
    try {
      const { rows } = await db.query(`SELECT action, details FROM audit_entries WHERE subject_id = $1 AND action IN ('case.assigned', 'case.unassigned', 'case.assignments_read') ORDER BY seq`, [c.id]);
      expect(rows.map((r) => r.action)).toEqual(['case.assignments_read', 'case.assigned', 'case.assigned', 'case.assignments_read', 'case.unassigned', 'case.assigned']);
      expect(rows[1].details).toMatchObject({ userId: awa.id });
      const { rows: kept } = await db.query(`SELECT user_id, end_reason, ended_by FROM case_assignments WHERE case_id = $1 ORDER BY assigned_at`, [c.id]);
      expect(kept).toEqual([
        { user_id: awa.id, end_reason: null, ended_by: null },
        { user_id: colleague.id, end_reason: 'unassigned', ended_by: awa.id },
        { user_id: colleague.id, end_reason: null, ended_by: null },
      ]);
    } finally {
      await db.end();
    }
  });

  it('assigns only case workers and coordinators of the owning organisation', async () => {
    const c = await record();
    const dpo = await awa.agent.post(`/api/cases/${c.id}/assignments`).send({ userId: dpoId }).expect(422);
    expect(dpo.body).toMatchObject({ code: 'ASSIGNEE_NOT_ELIGIBLE', details: { field: 'userId' } });
    const outsider = await createOrgUser(api, { kind: 'association', territories: ['93'] }, 'case_worker');
    const other = await awa.agent.post(`/api/cases/${c.id}/assignments`).send({ userId: outsider.userId }).expect(422);
    const random = await awa.agent.post(`/api/cases/${c.id}/assignments`).send({ userId: '00000000-0000-4000-8000-000000000000' }).expect(422);
    expect({ ...other.body, correlationId: 0 }).toEqual({ ...random.body, correlationId: 0 });
    await awa.agent.post(`/api/cases/${c.id}/assignments`).send({ userId: 'not-an-id' }).expect(400);
  });

  it('answers another organisation 404, as for a missing case, and a viewer that does not own the case 403', async () => {
    const c = await record();
    await awa.agent.post(`/api/cases/${c.id}/assignments`).send({ userId: awa.id }).expect(201);
    const foreign = await api.as('asso.93@demo.mnio.test');
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const [res, ref] of [
      [await foreign.get(`/api/cases/${c.id}/assignments`), await foreign.get(`/api/cases/${missing}/assignments`)],
      [await foreign.post(`/api/cases/${c.id}/assignments`).send({ userId: awa.id }), await foreign.post(`/api/cases/${missing}/assignments`).send({ userId: awa.id })],
      [await foreign.delete(`/api/cases/${c.id}/assignments/${awa.id}`), await foreign.delete(`/api/cases/${missing}/assignments/${awa.id}`)],
    ]) {
      expect(res.status).toBe(404);
      expect({ ...res.body, correlationId: 0 }).toEqual({ ...ref.body, correlationId: 0 });
      expect(JSON.stringify(res.body)).not.toContain(awa.id);
    }
    // The police see a referred case, never who follows it.
    const police = await api.as('police.93@demo.mnio.test');
    const policeOrg = (await police.get('/api/me').expect(200)).body.memberships[0].organisationId;
    await awa.agent.post(`/api/cases/${c.id}/consents`).send({ purpose: 'police_contact', granted: true, method: 'oral' }).expect(201);
    await awa.agent.post(`/api/cases/${c.id}/referrals`).send({ organisationId: policeOrg }).expect(201);
    await police.get(`/api/cases/${c.id}`).expect(200);
    await police.get(`/api/cases/${c.id}/assignments`).expect(403);
    await police.post(`/api/cases/${c.id}/assignments`).send({ userId: awa.id }).expect(403);
    // Nor can the police find it by filtering on the worker.
    expect((await police.get(`/api/cases?assignedTo=${awa.id}`).expect(200)).body.items).toEqual([]);
  });

  it('names one’s colleagues for « Suivies par »: the case workers and coordinators of one’s own organisation only', async () => {
    const seen = async (agent: Agent) => (await agent.get('/api/colleagues').expect(200)).body as { userId: string; displayName: string; organisationId: string }[];
    for (const agent of [awa.agent, coordinator.agent]) {
      const list = await seen(agent);
      expect(list.map((c) => c.userId).sort()).toEqual([awa.id, coordinator.id, colleague.id].sort());
      expect(list.every((c) => c.organisationId === orgId)).toBe(true);
      // By name, in French order; the DPO of the same organisation is no case worker.
      expect(list.map((c) => c.displayName)).toEqual([...list.map((c) => c.displayName)].sort((a, b) => a.localeCompare(b, 'fr')));
      expect(list.some((c) => c.userId === dpoId)).toBe(false);
    }
    // Another association's worker sees her own colleagues, never these.
    const foreign = await seen(await api.as('asso.93@demo.mnio.test'));
    expect(foreign.length).toBeGreaterThan(0);
    expect(foreign.some((c) => [awa.id, coordinator.id, colleague.id].includes(c.userId) || c.organisationId === orgId)).toBe(false);
    // Roles that never record cases are refused at the door.
    for (const email of ['police.93@demo.mnio.test', 'prefecture.93@demo.mnio.test', 'clav.93@demo.mnio.test']) {
      expect((await (await api.as(email)).get('/api/colleagues').expect(403)).body.code).toBe('FORBIDDEN');
    }
  });

  it('lets two concurrent assignments of one worker make one assignment', async () => {
    const c = await record();
    const answers = await Promise.all([
      awa.agent.post(`/api/cases/${c.id}/assignments`).send({ userId: colleague.id }),
      coordinator.agent.post(`/api/cases/${c.id}/assignments`).send({ userId: colleague.id }),
      colleague.agent.post(`/api/cases/${c.id}/assignments`).send({ userId: colleague.id }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409]);
    expect(answers.filter((a) => a.status === 409).every((a) => a.body.code === 'ALREADY_ASSIGNED')).toBe(true);
    const db = await rawDb();
    try {
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM case_assignments WHERE case_id = $1 AND ended_at IS NULL`, [c.id]);
      expect(rows[0].n).toBe(1);
    } finally {
      await db.end();
    }
  });

  it('filters the cases list on the assigned worker (me or a colleague), page by page, within the organisation', async () => {
    // Two colleagues of their own, so that the other tests' assignments do not count here.
    const m = await colleagueOf('case_worker', 'Mina Lefèvre');
    const me = { id: m.id, agent: await signIn(api, m.email) };
    const other = (await colleagueOf('coordinator', 'Omar Benali')).id;
    const cases: { id: string }[] = [];
    for (let i = 0; i < 7; i++) cases.push(await record());
    const mineIds = [cases[0], cases[2], cases[3], cases[5], cases[6]].map((c) => c.id);
    for (const id of mineIds) await me.agent.post(`/api/cases/${id}/assignments`).send({ userId: me.id }).expect(201);
    await me.agent.post(`/api/cases/${cases[1].id}/assignments`).send({ userId: other }).expect(201);
    await me.agent.post(`/api/cases/${cases[6].id}/assignments`).send({ userId: other }).expect(201);
    // An ended assignment no longer counts.
    await me.agent.delete(`/api/cases/${cases[6].id}/assignments/${me.id}`).expect(200);
    const expected = mineIds.filter((id) => id !== cases[6].id).reverse(); // newest first

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: { body: { items: { id: string }[]; nextCursor: string | null } } = await me.agent
        .get(`/api/cases?assignedTo=me&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
        .expect(200);
      seen.push(...res.body.items.map((i) => i.id));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(seen).toEqual(expected);
    expect(pages).toBe(2);

    // A colleague's cases, by id, from another colleague; combined with other filters.
    const theirs = await coordinator.agent.get(`/api/cases?assignedTo=${other}`).expect(200);
    expect(theirs.body.items.map((i: { id: string }) => i.id)).toEqual([cases[6].id, cases[1].id]);
    expect((await coordinator.agent.get(`/api/cases?assignedTo=${other}&minor=true`).expect(200)).body.items).toEqual([]);
    expect((await coordinator.agent.get(`/api/cases?assignedTo=${other}&caseStatus=active`).expect(200)).body.items).toHaveLength(2);
    expect((await coordinator.agent.get('/api/cases?assignedTo=me').expect(200)).body.items).toEqual([]);
    await awa.agent.get('/api/cases?assignedTo=someone').expect(400);
  });

  it('ends the former owner\'s assignments when the case is transferred', async () => {
    const c = await record();
    await awa.agent.post(`/api/cases/${c.id}/assignments`).send({ userId: awa.id }).expect(201);
    const asso13 = await createOrgUser(api, { kind: 'association', territories: ['13'] }, 'case_worker');
    const them = await signIn(api, asso13.email);
    const { body: t } = await awa.agent.post(`/api/cases/${c.id}/transfers`).send({ toOrganisationId: asso13.organisationId, reasonCode: 'relocation' }).expect(201);
    await them.post(`/api/transfers/${t.id}/transitions`).send({ action: 'accept' }).expect(200);

    expect((await awa.agent.get('/api/cases?assignedTo=me').expect(200)).body.items.map((i: { id: string }) => i.id)).not.toContain(c.id);
    const now = await them.get(`/api/cases/${c.id}/assignments`).expect(200);
    expect(now.body.assignees).toEqual([]);
    expect(now.body.candidates.map((w: { userId: string }) => w.userId)).toEqual([asso13.userId]);
    // The former owner no longer assigns.
    await awa.agent.post(`/api/cases/${c.id}/assignments`).send({ userId: awa.id }).expect(403);
    const db = await rawDb();
    try {
      const { rows } = await db.query(`SELECT end_reason FROM case_assignments WHERE case_id = $1`, [c.id]);
      expect(rows).toEqual([{ end_reason: 'ownership_transferred' }]);
      const { rows: audit } = await db.query(`SELECT details FROM audit_entries WHERE subject_id = $1 AND action = 'case.assignments_ended'`, [c.id]);
      expect(audit[0].details).toEqual({ reason: 'ownership_transferred', userIds: [awa.id] });
    } finally {
      await db.end();
    }
  });
});
