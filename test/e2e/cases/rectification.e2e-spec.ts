import { DEMO_ORGS } from '../../../db/seeds/demo';
import { createOrgUser, signIn } from '../../support/actors';
import { startApi, TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { rawDb } from '../../support/db';
import { Agent, userOf } from '../coordination/coordination-helpers';

/** Issue 14 §2 / issue 16 §2: correcting identity and facts after intake, the replaced values kept encrypted. */
describe('rectification of a case after intake', () => {
  let api: TestApi;
  let worker: Agent;

  beforeAll(async () => {
    api = await startApi();
    worker = await api.as('asso.93@demo.mnio.test');
  });
  afterAll(() => api.close());

  it('corrects the birth date on the version read, keeps the old value encrypted, audits the fields and tells the timeline', async () => {
    const body = caseBody({ territory: '93', identity: { birthDate: '1990-03-12' } });
    const { body: c } = await worker.post('/api/cases').send(body).expect(201);
    const identity = { ...body.identity, birthDate: '1991-03-12' };
    const res = await worker.patch(`/api/cases/${c.id}`).send({ version: c.version, identity, note: 'Passeport présenté' }).expect(200);
    expect(res.body).toEqual({ id: c.id, version: c.version + 1, fields: ['birthDate'] });
    expect(res.headers.etag).toBe(`"${c.version + 1}"`);
    expect((await worker.get(`/api/cases/${c.id}/identity`).expect(200)).body.identity.birthDate).toBe('1991-03-12');

    const db = await rawDb();
    try {
      const { rows } = await db.query(`SELECT fields, previous_enc, created_at FROM case_rectifications WHERE case_id = $1`, [c.id]);
      expect(rows).toHaveLength(1);
      expect(rows[0].fields).toEqual(['birthDate']);
      expect(rows[0].previous_enc).toMatch(/^v1\./);
      expect(rows[0].previous_enc).not.toContain('1990-03-12');
      expect(rows[0].created_at).toBeInstanceOf(Date);
      // The dates as a person or a program would write them. (A bare « 1990 » also matched, one run in a few hundred,
      // inside a random id or a ciphertext.)
      const DATES = /1990-03-12|1991-03-12|12\/03\/199[01]|199[01]0312/;
      const raw = JSON.stringify((await db.query(`SELECT * FROM case_rectifications WHERE case_id = $1`, [c.id])).rows);
      expect(raw).not.toMatch(DATES);
      const audit = await db.query(`SELECT details FROM audit_entries WHERE stream = $1 AND action = 'case.rectified'`, [`case:${c.id}`]);
      expect(audit.rows).toHaveLength(1);
      // The fields' names and the rectification's id, nothing else: no value, old or new.
      expect(audit.rows[0].details).toEqual({ fields: ['birthDate'], rectificationId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
      expect(JSON.stringify(audit.rows)).not.toMatch(DATES);
    } finally {
      await db.end();
    }

    const history = await worker.get(`/api/cases/${c.id}/rectifications`).expect(200);
    expect(history.body).toEqual([
      expect.objectContaining({ fields: ['birthDate'], organisationId: DEMO_ORGS.asso93, previous: { identity: { birthDate: '1990-03-12' }, facts: {} } }),
    ]);
    const timeline = await worker.get(`/api/cases/${c.id}/history`).expect(200);
    expect(timeline.body.find((e: { type: string }) => e.type === 'case_rectified')).toMatchObject({ data: { fields: ['birthDate'] }, note: 'Passeport présenté' });
  });

  it('refuses a stale version (409), a missing one (428), nothing to change (422) and a change of minority (422)', async () => {
    const body = caseBody({ territory: '93', identity: { birthDate: '1990-03-12' } });
    const { body: c } = await worker.post('/api/cases').send(body).expect(201);
    const first = worker.patch(`/api/cases/${c.id}`).send({ version: c.version, identity: { ...body.identity, lastName: 'Premierecorrection' } });
    const second = worker.patch(`/api/cases/${c.id}`).send({ version: c.version, identity: { ...body.identity, lastName: 'Secondecorrection' } });
    const answers = await Promise.all([first, second]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect(answers.find((a) => a.status === 409)!.body.code).toBe('VERSION_CONFLICT');
    const db = await rawDb();
    try {
      expect((await db.query(`SELECT count(*)::int AS n FROM case_rectifications WHERE case_id = $1`, [c.id])).rows[0].n).toBe(1);
    } finally {
      await db.end();
    }
    expect((await worker.patch(`/api/cases/${c.id}`).send({ identity: body.identity }).expect(428)).body.code).toBe('VERSION_REQUIRED');
    const current = (await worker.get(`/api/cases/${c.id}`).expect(200)).body.version;
    const kept = (await worker.get(`/api/cases/${c.id}/identity`).expect(200)).body.identity;
    expect((await worker.patch(`/api/cases/${c.id}`).send({ version: current, identity: kept }).expect(422)).body.code).toBe('NOTHING_TO_RECTIFY');
    const minor = await worker.patch(`/api/cases/${c.id}`).send({ version: current, identity: { ...kept, birthDate: '2015-01-01' } }).expect(422);
    expect(minor.body.code).toBe('RECTIFICATION_CHANGES_MINORITY');
    expect((await worker.patch(`/api/cases/${c.id}`).set('If-Match', `"${current}"`).send({ needs: ['health'], danger: { localDanger: false } }).expect(200)).body.fields).toEqual(['needs', 'localDanger', 'dangerNotes']);
  });

  it('is refused to other organisations that see the case (403) or not (404), and the old values only to identity readers', async () => {
    const body = caseBody({ territory: '93' });
    const { body: c } = await worker.post('/api/cases').send(body).expect(201);
    await worker.post(`/api/cases/${c.id}/consents`).send({ purpose: 'share_with_cell', granted: true, method: 'oral' }).expect(201);
    const v = (await worker.get(`/api/cases/${c.id}`).expect(200)).body.version;
    await worker.patch(`/api/cases/${c.id}`).send({ version: v, identity: { ...body.identity, aliases: ['Autrenom'] } }).expect(200);
    const cell = await api.as('clav.93@demo.mnio.test');
    expect((await cell.patch(`/api/cases/${c.id}`).send({ version: v + 1, needs: ['health'] }).expect(403)).body.code).toBe('FORBIDDEN');
    const seen = await cell.get(`/api/cases/${c.id}/rectifications`).expect(200);
    expect(seen.body[0]).toEqual(expect.objectContaining({ fields: ['aliases'] }));
    expect(seen.body[0].previous).toBeUndefined();
    expect(JSON.stringify(seen.body)).not.toContain(body.identity.aliases[0]);
    const other = await createOrgUser(api, { kind: 'association', territories: ['93'] }, 'case_worker');
    const stranger = await signIn(api, other.email);
    await stranger.patch(`/api/cases/${c.id}`).send({ version: v + 1, needs: ['health'] }).expect(404);
    await stranger.get(`/api/cases/${c.id}/rectifications`).expect(404);
    const dpo = await userOf(api, DEMO_ORGS.asso93, 'dpo');
    await dpo.agent.patch(`/api/cases/${c.id}`).send({ version: v + 1, needs: ['health'] }).expect(403);
    await (await api.as('admin@demo.mnio.test')).patch(`/api/cases/${c.id}`).send({ version: v + 1, needs: ['health'] }).expect(403);
  });
});
