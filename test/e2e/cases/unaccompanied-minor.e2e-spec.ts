import { Client } from 'pg';
import { DEMO_ORGS } from '../../../db/seeds/demo';
import { TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { useStack, waitFor } from '../../support/stack';

interface Fig { value: number | null; suppressed: boolean }
interface Table { key: string; rows: { code: string; cells: Fig[] }[]; totals: { cells: Fig[] } | null }
const YEAR = new Date().getFullYear();
/** A form no other case of this database uses. */
const FORM = 'surrogacy_exploitation';

/**
 * « Mineur non accompagné » (issue 13): recorded at intake for a minor, edited by those who keep the child-protection
 * track (the owner, the ASE, the parquet), refused for an adult, audited, projected into the statistics.
 */
describe('unaccompanied minor', () => {
  let api: TestApi;
  let db: Client;
  useStack({}, (s) => ({ api, db } = s));

  it('records the flag at intake for a minor, shows it on the case, and refuses it for an adult (422, no value in the message)', async () => {
    const asso = await api.as('asso.93@demo.mnio.test');
    const { body: minor } = await asso.post('/api/cases').send(caseBody({ identity: { birthDate: '2011-06-01' }, unaccompaniedMinor: true, exploitationForms: [FORM] })).expect(201);
    expect((await asso.get(`/api/cases/${minor.id}`).expect(200)).body.unaccompaniedMinor).toBe(true);
    const { body: unknown } = await asso.post('/api/cases').send(caseBody({ identity: { birthDate: '2012-06-01' }, exploitationForms: [FORM] })).expect(201);
    expect((await asso.get(`/api/cases/${unknown.id}`).expect(200)).body.unaccompaniedMinor).toBeNull();
    const adult = await asso.post('/api/cases').send(caseBody({ unaccompaniedMinor: false })).expect(422);
    expect(adult.body.code).toBe('CASE_NOT_MINOR');
    const { body: grown } = await asso.post('/api/cases').send(caseBody()).expect(201);
    expect((await asso.get(`/api/cases/${grown.id}`).expect(200)).body.unaccompaniedMinor).toBeNull();
    const edit = await asso.put(`/api/cases/${grown.id}/unaccompanied-minor`).send({ unaccompaniedMinor: true }).expect(422);
    expect(edit.body.code).toBe('CASE_NOT_MINOR');
    await asso.put(`/api/cases/${grown.id}/unaccompanied-minor`).send({}).expect(400);
  });

  it('lets the ASE edit it (versioned, audited, in the history, an event without the value), and no one without the child-protection track', async () => {
    const asso = await api.as('asso.93@demo.mnio.test');
    const { body: c } = await asso.post('/api/cases').send(caseBody({ identity: { birthDate: '2010-09-01' }, exploitationForms: [FORM] })).expect(201);
    const ase = await api.as('ase.93@demo.mnio.test');
    const { body: before } = await ase.get(`/api/cases/${c.id}`).expect(200);
    const { body: set } = await ase.put(`/api/cases/${c.id}/unaccompanied-minor`).send({ unaccompaniedMinor: false, version: before.version }).expect(200);
    expect(set.version).toBe(before.version + 1);
    await ase.put(`/api/cases/${c.id}/unaccompanied-minor`).send({ unaccompaniedMinor: true, version: before.version }).expect(409);
    await ase.put(`/api/cases/${c.id}/unaccompanied-minor`).set('If-Match', `"${set.version}"`).send({ unaccompaniedMinor: true }).expect(200);
    expect((await asso.get(`/api/cases/${c.id}`).expect(200)).body.unaccompaniedMinor).toBe(true);

    // the cell sees a minor's case but keeps no child-protection track; another département's association does not see it
    await (await api.as('clav.93@demo.mnio.test')).put(`/api/cases/${c.id}/unaccompanied-minor`).send({ unaccompaniedMinor: null }).expect(403);
    await (await api.as('asso.75@demo.mnio.test')).put(`/api/cases/${c.id}/unaccompanied-minor`).send({ unaccompaniedMinor: null }).expect(404);
    await asso.put(`/api/cases/${c.id}/unaccompanied-minor`).send({ unaccompaniedMinor: null }).expect(200);
    expect((await asso.get(`/api/cases/${c.id}`).expect(200)).body.unaccompaniedMinor).toBeNull();

    const { rows: audit } = await db.query(`SELECT actor_organisation_id, details FROM audit_entries WHERE action = 'case.unaccompanied_minor_set' AND subject_id = $1 ORDER BY id`, [c.id]);
    expect(audit.map((a) => [a.actor_organisation_id, a.details.unaccompaniedMinor])).toEqual([[DEMO_ORGS.ase93, false], [DEMO_ORGS.ase93, true], [DEMO_ORGS.asso93, null]]);
    const { rows: events } = await db.query(`SELECT payload FROM outbox_messages WHERE type = 'CaseFactsChanged' AND payload->>'caseId' = $1`, [c.id]);
    expect(events).toHaveLength(3);
    // which fact moved, never its value
    expect(events[0].payload).toEqual({ caseId: c.id, reference: c.reference, territory: '93', facts: ['unaccompanied_minor'] });
    const history = (await asso.get(`/api/cases/${c.id}/history`).expect(200)).body as { type: string }[];
    expect(history.filter((h) => h.type === 'unaccompanied_minor_set')).toHaveLength(3);
  });

  it('projects the flag into the statistics: the survey counts the unaccompanied minors among the accompanied minors', async () => {
    const asso = await api.as('asso.93@demo.mnio.test');
    const { body: c } = await asso.post('/api/cases').send(caseBody({ identity: { birthDate: '2011-02-01' }, exploitationForms: [FORM] })).expect(201);
    await asso.put(`/api/cases/${c.id}/unaccompanied-minor`).send({ unaccompaniedMinor: true }).expect(200);
    const coord = await api.as('coord.93@demo.mnio.test');
    // the association's own figures (no suppression): 2 unaccompanied (one at intake, one edited), 2 not recorded
    await waitFor(async () => {
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM reporting_cases WHERE unaccompanied_minor AND $1 = ANY(forms)`, [FORM]);
      return rows[0].n === 2;
    }, 'the projection to apply the edit');
    const { body } = await coord.get(`/api/statistics/survey?year=${YEAR}&form=${FORM}&scope=organisation`).expect(200);
    const t = (body.tables as Table[]).find((x) => x.key === 'survey.by_unaccompanied')!;
    expect(Object.fromEntries(t.rows.map((r) => [r.code, r.cells[0].value]))).toEqual({ unaccompanied: 2, unknown: 2 });
    expect(t.totals!.cells[0].value).toBe((body.tables as Table[]).find((x) => x.key === 'survey.by_minor')!.rows.find((r) => r.code === 'minor')!.cells[0].value);
  });
});
