import { startApi, TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { rawDb } from '../../support/db';

type Agent = Awaited<ReturnType<TestApi['as']>>;

/** Issue 14 §2: the context and day of the first contact, recorded at intake, shown on the case, corrected by a rectification. */
describe('first contact context', () => {
  let api: TestApi;
  let worker: Agent;
  beforeAll(async () => {
    api = await startApi();
    worker = await api.as('asso.93@demo.mnio.test');
  });
  afterAll(() => api.close());

  it('records the context and its day at intake, as codes in plain columns, and shows them on the case', async () => {
    const { body: c } = await worker.post('/api/cases').send(caseBody({ firstContact: { context: 'drop_in', on: '2026-11-02' } })).expect(201);
    const view = await worker.get(`/api/cases/${c.id}`).expect(200);
    expect(view.body.firstContact).toEqual({ context: 'drop_in', on: '2026-11-02' });
    const db = await rawDb();
    try {
      const { rows } = await db.query(`SELECT first_contact_context, first_contact_on::text AS on FROM cases WHERE id = $1`, [c.id]);
      expect(rows[0]).toEqual({ first_contact_context: 'drop_in', on: '2026-11-02' });
    } finally {
      await db.end();
    }
    // Not recorded: null, and the case is still recorded.
    const { firstContact: _f, ...without } = caseBody() as unknown as Record<string, unknown>;
    const { body: bare } = await worker.post('/api/cases').send(without).expect(201);
    expect((await worker.get(`/api/cases/${bare.id}`).expect(200)).body.firstContact).toBeNull();
  });

  it.each([
    ['a context outside the list', { context: 'street', on: '2026-11-02' }, {}, 400, 'VALIDATION_FAILED'],
    ['a day that is not a date', { context: 'hotline', on: '02/11/2026' }, {}, 400, 'VALIDATION_FAILED'],
    ['no day', { context: 'hotline' }, {}, 400, 'VALIDATION_FAILED'],
    ['a day in the future', { context: 'hotline', on: '2099-01-01' }, {}, 422, 'FIRST_CONTACT_IN_FUTURE'],
    ['a day before the birth', { context: 'place_of_detention', on: '1998-05-01' }, { birthDate: '1999-04-12' }, 422, 'FIRST_CONTACT_BEFORE_BIRTH'],
  ])('refuses %s with a stable code, naming no value', async (_what, firstContact, identity, status, code) => {
    const res = await worker.post('/api/cases').send(caseBody({ firstContact, identity })).expect(status);
    expect(res.body.code).toBe(code);
    if (status === 422) expect(res.body.details).toEqual({ field: 'firstContact.on' });
    expect(JSON.stringify(res.body)).not.toContain('1999-04-12');
  });

  it('is corrected by the rectification, the former value kept in the history, and still checked', async () => {
    const { body: c } = await worker.post('/api/cases').send(caseBody({ firstContact: { context: 'outreach', on: '2026-10-30' } })).expect(201);
    const bad = await worker.patch(`/api/cases/${c.id}`).send({ version: c.version, firstContact: { context: 'hotline', on: '2099-01-01' } }).expect(422);
    expect(bad.body.code).toBe('FIRST_CONTACT_IN_FUTURE');
    const done = await worker.patch(`/api/cases/${c.id}`).send({ version: c.version, firstContact: { context: 'partner_referral', on: '2026-10-28' } }).expect(200);
    expect(done.body.fields).toEqual(['firstContact']);
    expect((await worker.get(`/api/cases/${c.id}`).expect(200)).body.firstContact).toEqual({ context: 'partner_referral', on: '2026-10-28' });
    const history = await worker.get(`/api/cases/${c.id}/rectifications`).expect(200);
    expect(JSON.stringify(history.body)).toContain('firstContact');
    // The same value again changes nothing.
    const same = await worker.patch(`/api/cases/${c.id}`).send({ version: done.body.version, firstContact: { context: 'partner_referral', on: '2026-10-28' } }).expect(422);
    expect(same.body.code).toBe('NOTHING_TO_RECTIFY');
  });
});
