import { Client } from 'pg';
import { DEMO_ORGS } from '../../../db/seeds/demo';
import { createOrgUser, signIn } from '../../support/actors';
import { TestApi, useApi } from '../../support/app';
import { caseBody } from '../../support/cases';

const ASSO93 = 'asso.93@demo.mnio.test';
const ASE93 = 'ase.93@demo.mnio.test';
const PARQUET93 = 'parquet.93@demo.mnio.test';

interface Step { step: string; state: string; dueOn: string | null; doneOn: string | null; actor: { organisationKind: string; organisationId: string | null; organisationName: string | null }; escalated: boolean }
const byStep = (steps: Step[]) => Object.fromEntries(steps.map((s) => [s.step, s]));
const states = (steps: Step[]) => Object.fromEntries(steps.map((s) => [s.step, s.state]));
const addDays = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

describe("a minor's protection checklist", () => {
  let api: TestApi;
  let db: Client;
  useApi((a, d) => ((api = a), (db = d)));

  it('moves as the association reports, the ASE takes the child in and tells the parquet, and the parquet orders a placement and seizes the judge', async () => {
    const asso = await api.as(ASSO93);
    const ase = await api.as(ASE93);
    const parquet = await api.as(PARQUET93);
    const { body: c } = await asso.post('/api/cases').send(caseBody({ identity: { birthDate: '2012-03-01' } })).expect(201);

    const first = (await ase.get(`/api/cases/${c.id}/minor-protection`).expect(200)).body;
    const today = first.today as string;
    expect(first).toMatchObject({ caseId: c.id, reference: c.reference, applicable: true });
    expect(states(first.steps)).toEqual({ report: 'due', ase_reception: 'due', parquet_informed: 'not_applicable_yet', judge_seized: 'not_applicable_yet', uaped_hearing: 'to_do' });
    const s1 = byStep(first.steps);
    expect(s1.report).toMatchObject({ dueOn: addDays(today, 1), actor: { organisationKind: 'association', organisationId: DEMO_ORGS.asso93, organisationName: 'Association Aide TEH 93' } });
    expect(s1.ase_reception).toMatchObject({ dueOn: addDays(today, 1), actor: { organisationKind: 'ase', organisationId: DEMO_ORGS.ase93 } });
    expect(s1.uaped_hearing.actor).toMatchObject({ organisationKind: 'parquet', organisationId: DEMO_ORGS.parquet93 });
    expect(first.nextClock).toMatchObject({ step: 'report' });

    // A report needs its service; then it is done.
    const bad = await asso.post(`/api/cases/${c.id}/child-protection-events`).send({ event: 'report_made' }).expect(422);
    expect(bad.body).toMatchObject({ code: 'EVENT_FIELD_REQUIRED', details: { field: 'service' } });
    await asso.post(`/api/cases/${c.id}/child-protection-events`).send({ event: 'report_made', service: 'crip', occurredOn: today }).expect(201);
    expect(byStep((await asso.get(`/api/cases/${c.id}/minor-protection`).expect(200)).body.steps).report).toMatchObject({ state: 'done', doneOn: today });

    // Provisional reception three days ago: the 5-day clock runs from it.
    const received = addDays(today, -3);
    await ase.post(`/api/cases/${c.id}/child-protection-events`).send({ event: 'ase_provisional_reception', occurredOn: received }).expect(201);
    const s2 = byStep((await parquet.get(`/api/cases/${c.id}/minor-protection`).expect(200)).body.steps);
    expect(s2.ase_reception).toMatchObject({ state: 'done', doneOn: received, actor: { organisationId: DEMO_ORGS.ase93 } });
    expect(s2.parquet_informed).toMatchObject({ state: 'due', dueOn: addDays(received, 5), actor: { organisationKind: 'ase', organisationId: DEMO_ORGS.ase93 } });

    await ase.post(`/api/cases/${c.id}/child-protection-events`).send({ event: 'parquet_informed', occurredOn: today }).expect(201);
    await parquet.post(`/api/cases/${c.id}/child-protection-events`).send({ event: 'emergency_placement_order', occurredOn: today }).expect(201);
    const s3 = byStep((await ase.get(`/api/cases/${c.id}/minor-protection`).expect(200)).body.steps);
    expect(s3.parquet_informed).toMatchObject({ state: 'done', doneOn: today });
    expect(s3.judge_seized).toMatchObject({ state: 'due', dueOn: addDays(today, 8), actor: { organisationKind: 'parquet', organisationId: DEMO_ORGS.parquet93 } });

    await parquet.post(`/api/cases/${c.id}/child-protection-events`).send({ event: 'judge_seized', occurredOn: today }).expect(201);
    const last = (await ase.get(`/api/cases/${c.id}/minor-protection`).expect(200)).body;
    expect(states(last.steps)).toEqual({ report: 'done', ase_reception: 'done', parquet_informed: 'done', judge_seized: 'done', uaped_hearing: 'to_do' });
    expect(last.nextClock).toBeNull();
    // No minor's clock is left open.
    const open = await db.query(`SELECT kind FROM case_deadlines WHERE case_id = $1 AND closed_at IS NULL`, [c.id]);
    expect(open.rows).toEqual([]);
  });

  it('follows the UAPED hearing asked by the parquet, and an overdue clock says the parquet is alerted', async () => {
    const asso = await api.as(ASSO93);
    const parquet = await api.as(PARQUET93);
    const uaped = await createOrgUser(api, { kind: 'uaped', territories: ['93'] }, 'case_worker');
    const { body: c } = await asso.post('/api/cases').send(caseBody({ identity: { birthDate: '2013-05-01' } })).expect(201);
    await db.query(`UPDATE case_deadlines SET due_on = due_on - 3 WHERE case_id = $1 AND kind = 'minor_report'`, [c.id]);
    const late = byStep((await parquet.get(`/api/cases/${c.id}/minor-protection`).expect(200)).body.steps);
    expect(late.report).toMatchObject({ state: 'overdue', escalated: true });

    const o = (await parquet.post(`/api/cases/${c.id}/orientations`).send({ targetKind: 'uaped', targetOrganisationId: uaped.organisationId, reason: 'hearing' }).expect(201)).body;
    const asked = byStep((await parquet.get(`/api/cases/${c.id}/minor-protection`).expect(200)).body.steps).uaped_hearing;
    expect(asked).toMatchObject({ state: 'due', actor: { organisationKind: 'uaped', organisationId: uaped.organisationId } });
    expect(asked.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const target = await signIn(api, uaped.email);
    await target.post(`/api/orientations/${o.id}/transitions`).send({ action: 'schedule_hearing' }).expect(200);
    expect(byStep((await parquet.get(`/api/cases/${c.id}/minor-protection`).expect(200)).body.steps).uaped_hearing).toMatchObject({ state: 'to_do', dueOn: null });
    await target.post(`/api/orientations/${o.id}/transitions`).send({ action: 'hold_hearing' }).expect(200);
    const held = byStep((await parquet.get(`/api/cases/${c.id}/minor-protection`).expect(200)).body.steps).uaped_hearing;
    expect(held).toMatchObject({ state: 'done', doneBy: 'hearing_held' });
    expect(held.doneOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("has no checklist for an adult's case (applicable: false), audits each read, and is 404 to another territory's ASE", async () => {
    const asso = await api.as(ASSO93);
    const { body: adult } = await asso.post('/api/cases').send(caseBody()).expect(201);
    expect((await asso.get(`/api/cases/${adult.id}/minor-protection`).expect(200)).body).toMatchObject({ applicable: false, steps: [], nextClock: null });
    const adultClocks = await db.query(`SELECT kind FROM case_deadlines WHERE case_id = $1`, [adult.id]);
    expect(adultClocks.rows).toEqual([]);

    const { body: minor } = await asso.post('/api/cases').send(caseBody({ identity: { birthDate: '2011-01-01' } })).expect(201);
    const ase13 = await createOrgUser(api, { kind: 'ase', territories: ['13'] }, 'case_worker');
    const other = await signIn(api, ase13.email);
    const missing = await other.get(`/api/cases/${minor.id}/minor-protection`).expect(404);
    const nothing = await other.get('/api/cases/00000000-0000-4000-8000-000000000000/minor-protection').expect(404);
    expect(missing.body.code).toBe(nothing.body.code);
    expect(missing.body.message).toBe(nothing.body.message);
    expect((await other.get('/api/minor-protection/cases').expect(200)).body.items.map((i: { caseId: string }) => i.caseId)).not.toContain(minor.id);
    await (await api.as('asso.75@demo.mnio.test')).get(`/api/cases/${minor.id}/minor-protection`).expect(404);

    await (await api.as(ASE93)).get(`/api/cases/${minor.id}/minor-protection`).expect(200);
    const audit = await db.query(`SELECT actor_organisation_id FROM audit_entries WHERE action = 'case.minor_protection_read' AND subject_id = $1`, [minor.id]);
    expect(audit.rows).toEqual([{ actor_organisation_id: DEMO_ORGS.ase93 }]);
  });

  it("lists the ASE's children, overdue clocks first, with their age band and next clock", async () => {
    const asso = await api.as(ASSO93);
    const { body: late } = await asso.post('/api/cases').send(caseBody({ identity: { birthDate: '2010-02-01' } })).expect(201);
    const { body: fresh } = await asso.post('/api/cases').send(caseBody({ identity: { birthDate: '2014-02-01' } })).expect(201);
    const { body: adult } = await asso.post('/api/cases').send(caseBody()).expect(201);
    await db.query(`UPDATE case_deadlines SET due_on = '2020-01-02' WHERE case_id = $1`, [late.id]);
    const items = (await (await api.as(ASE93)).get('/api/minor-protection/cases').expect(200)).body.items as { caseId: string; ageBand: string; nextClock: { kind: string; overdue: boolean } | null }[];
    const ids = items.map((i) => i.caseId);
    expect(ids).not.toContain(adult.id);
    expect(ids.indexOf(late.id)).toBeLessThan(ids.indexOf(fresh.id));
    expect(items.find((i) => i.caseId === late.id)).toMatchObject({ nextClock: { overdue: true } });
    expect(items.find((i) => i.caseId === fresh.id)).toMatchObject({ ageBand: expect.any(String), nextClock: { kind: expect.stringMatching(/^(minor_report|ase_reception)$/), overdue: false } });
  });
});
