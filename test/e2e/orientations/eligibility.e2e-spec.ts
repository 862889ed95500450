import { DEMO_ORGS } from '../../../db/seeds/demo';
import { createOrgUser, signIn } from '../../support/actors';
import { startApi, TestApi } from '../../support/app';
import { rawDb } from '../../support/db';
import { ACSE, ASSO93, bornYearsAgo, Client, consentTo, newCase, step, steps } from './support';

const FEMALE_ADULT = {};
const MAN = { identity: { sex: 'male' } };
const FRENCH = { identity: { nationality: 'FR' } };
const NO_DANGER = { danger: { localDanger: false } };
const LABOUR = { exploitationForms: ['labour_exploitation'] };
const minorAged = (years: number) => ({ identity: { birthDate: bornYearsAgo(years) } });

describe('orientation eligibility, each rule with its code (422)', () => {
  let api: TestApi;
  let worker: Client;
  let uaped: string;
  let dna: string;
  beforeAll(async () => {
    api = await startApi();
    worker = await api.as(ASSO93);
    uaped = (await createOrgUser(api, { kind: 'uaped', territories: ['93'] }, 'case_worker')).organisationId;
    dna = (await createOrgUser(api, { kind: 'host', territories: ['33'], attributes: { dnaDedicated: true } }, 'host_operator')).organisationId;
  });
  afterAll(() => api.close());

  /** Records a case (with the given shape), optionally the person's consent to the target, then asks. */
  async function ask(shape: Record<string, unknown>, body: Record<string, unknown>, opts: { consent?: boolean; as?: Client } = {}) {
    const c = await newCase(opts.as ?? worker, shape);
    if (opts.consent !== false) await consentTo(opts.as ?? worker, c.id, body.targetOrganisationId as string);
    return (opts.as ?? worker).post(`/api/cases/${c.id}/orientations`).send({ reason: 'other', ...body });
  }

  /** Each rule with the request that breaks it: [label, case shape, request, consent recorded, code]. */
  const REFUSALS = (): [string, () => Record<string, unknown>, () => Record<string, unknown>, boolean, string][] => [
    ['Ac.Sé for a minor', () => minorAged(16), () => ({ targetKind: 'acse', targetOrganisationId: DEMO_ORGS.acse }), true, 'ELIGIBILITY_ADULT_REQUIRED'],
    ['Ac.Sé without consent', () => FEMALE_ADULT, () => ({ targetKind: 'acse', targetOrganisationId: DEMO_ORGS.acse }), false, 'ELIGIBILITY_CONSENT_REQUIRED'],
    ['Ac.Sé without local danger', () => NO_DANGER, () => ({ targetKind: 'acse', targetOrganisationId: DEMO_ORGS.acse }), true, 'ELIGIBILITY_LOCAL_DANGER_REQUIRED'],
    ['DNA places for a man', () => MAN, () => ({ targetKind: 'dna', targetOrganisationId: dna, asylumStatus: 'asylum_seeker' }), true, 'ELIGIBILITY_WOMAN_ASYLUM'],
    ['DNA places without asylum status', () => FEMALE_ADULT, () => ({ targetKind: 'dna', targetOrganisationId: dna }), true, 'ELIGIBILITY_WOMAN_ASYLUM'],
    ['minors\u2019 centre for an adult', () => FEMALE_ADULT, () => ({ targetKind: 'minors_centre', targetOrganisationId: DEMO_ORGS.minors, legalBasis: 'opp' }), false, 'ELIGIBILITY_MINOR_13_18'],
    ['minors\u2019 centre for a child of 11', () => minorAged(11), () => ({ targetKind: 'minors_centre', targetOrganisationId: DEMO_ORGS.minors, legalBasis: 'opp' }), false, 'ELIGIBILITY_MINOR_13_18'],
    ['minors\u2019 centre without a legal basis', () => minorAged(15), () => ({ targetKind: 'minors_centre', targetOrganisationId: DEMO_ORGS.minors }), false, 'ELIGIBILITY_LEGAL_BASIS_REQUIRED'],
    ['UAPED for an adult', () => FEMALE_ADULT, () => ({ targetKind: 'uaped', targetOrganisationId: uaped, parquetOrganisationId: DEMO_ORGS.parquet93 }), false, 'ELIGIBILITY_MINOR_REQUIRED'],
    ['UAPED without the parquet', () => minorAged(12), () => ({ targetKind: 'uaped', targetOrganisationId: uaped }), false, 'ELIGIBILITY_PARQUET_REQUIRED'],
    ['UAPED naming a non-parquet as decider', () => minorAged(12), () => ({ targetKind: 'uaped', targetOrganisationId: uaped, parquetOrganisationId: DEMO_ORGS.police93 }), false, 'ELIGIBILITY_PARQUET_REQUIRED'],
    ['PSP for labour exploitation', () => LABOUR, () => ({ targetKind: 'psp', targetOrganisationId: DEMO_ORGS.prefecture93 }), true, 'ELIGIBILITY_PSP_SEXUAL_EXPLOITATION'],
    ['PSP for a minor', () => minorAged(17), () => ({ targetKind: 'psp', targetOrganisationId: DEMO_ORGS.prefecture93 }), true, 'ELIGIBILITY_ADULT_REQUIRED'],
    ['préfecture for a French national', () => FRENCH, () => ({ targetKind: 'prefecture', targetOrganisationId: DEMO_ORGS.prefecture93 }), true, 'ELIGIBILITY_NON_EU_REQUIRED'],
    ['préfecture without consent', () => FEMALE_ADULT, () => ({ targetKind: 'prefecture', targetOrganisationId: DEMO_ORGS.prefecture93 }), false, 'ELIGIBILITY_CONSENT_REQUIRED'],
    ['parquet referral of an adult without consent', () => FEMALE_ADULT, () => ({ targetKind: 'parquet', targetOrganisationId: DEMO_ORGS.parquet93 }), false, 'ELIGIBILITY_CONSENT_REQUIRED'],
    ['ASE/CRIP channel for an adult without consent', () => FEMALE_ADULT, () => ({ targetKind: 'general', channel: 'ase_crip', targetOrganisationId: DEMO_ORGS.ase93 }), false, 'ELIGIBILITY_CONSENT_REQUIRED'],
    // the request itself
    ['Ac.Sé sent to a host', () => FEMALE_ADULT, () => ({ targetKind: 'acse', targetOrganisationId: DEMO_ORGS.host13 }), true, 'ORIENTATION_TARGET_INVALID'],
    ['DNA sent to a host without dedicated places', () => FEMALE_ADULT, () => ({ targetKind: 'dna', targetOrganisationId: DEMO_ORGS.host13, asylumStatus: 'refugee' }), true, 'ORIENTATION_TARGET_INVALID'],
    ['a general channel without its channel', () => FEMALE_ADULT, () => ({ targetKind: 'general', targetOrganisationId: DEMO_ORGS.ase93 }), true, 'CHANNEL_INVALID'],
    ['a channel on a non-general orientation', () => FEMALE_ADULT, () => ({ targetKind: 'acse', channel: 'chrs', targetOrganisationId: DEMO_ORGS.acse }), true, 'CHANNEL_INVALID'],
    ['a men\u2019s place at DNA', () => FEMALE_ADULT, () => ({ targetKind: 'dna', targetOrganisationId: dna, asylumStatus: 'refugee', placeKind: 'men' }), true, 'PLACE_KIND_INVALID'],
  ];

  it.each(REFUSALS())('%s → %s', async (_label, shape, body, consent, code) => {
    const res = await ask(shape(), body(), { consent });
    expect([res.status, res.body.code]).toEqual([422, code]);
    expect(JSON.stringify(res.body)).not.toMatch(/Zyqoraleth|Vexmirande/);
  });

  /** The dry run: GET …/orientations/eligibility with what a request would carry. */
  const dryRun = (as: Client, caseId: string, body: Record<string, unknown>) => as.get(`/api/cases/${caseId}/orientations/eligibility`).query(body);

  it.each(REFUSALS())('the dry run answers the same first code, and writes nothing: %s → %s', async (_label, shape, body, consent, code) => {
    const c = await newCase(worker, shape());
    if (consent) await consentTo(worker, c.id, body().targetOrganisationId as string);
    const res = await dryRun(worker, c.id, body()).expect(200);
    expect(res.body).toMatchObject({ targetKind: body().targetKind, targetOrganisationId: body().targetOrganisationId, eligible: false });
    expect(res.body.problems[0]).toBe(code);
    expect(JSON.stringify(res.body)).not.toMatch(/Zyqoraleth|Vexmirande/);
    expect((await worker.get(`/api/cases/${c.id}/orientations`).expect(200)).body.items).toEqual([]);
  });

  it('lists every problem at once, judges the person before a target is chosen, says which organisations and places fit, and is audited as a read of the case', async () => {
    const c = await newCase(worker, { ...minorAged(16), danger: { localDanger: false } });
    const all = await dryRun(worker, c.id, { targetKind: 'acse', targetOrganisationId: DEMO_ORGS.acse }).expect(200);
    // A minor's orientation needs no consent: the two rules the person breaks.
    expect(all.body).toEqual({
      targetKind: 'acse', channel: null, targetOrganisationId: DEMO_ORGS.acse, eligible: false,
      problems: ['ELIGIBILITY_ADULT_REQUIRED', 'ELIGIBILITY_LOCAL_DANGER_REQUIRED'],
      targetOrganisationKinds: ['acse_coordination'], territorial: false, placeKinds: ['women', 'men', 'family'],
    });
    const noTarget = await dryRun(worker, c.id, { targetKind: 'prefecture' }).expect(200);
    expect(noTarget.body).toMatchObject({ targetOrganisationId: null, eligible: false, problems: ['ELIGIBILITY_ADULT_REQUIRED'], targetOrganisationKinds: ['prefecture'], territorial: true, placeKinds: [] });
    const general = await dryRun(worker, c.id, { targetKind: 'general', channel: 'asylum' }).expect(200);
    expect(general.body).toMatchObject({ channel: 'asylum', problems: [], eligible: false, targetOrganisationKinds: ['ofii', 'association'] });
    const db = await rawDb();
    try {
      const audit = await db.query(`SELECT action, actor_organisation_id AS org, details FROM audit_entries WHERE subject_type = 'case' AND subject_id = $1 AND action = 'orientation.eligibility_checked' ORDER BY seq`, [c.id]);
      expect(audit.rows).toHaveLength(3);
      expect(audit.rows[0]).toMatchObject({ org: DEMO_ORGS.asso93, details: { targetKind: 'acse', targetOrganisationId: DEMO_ORGS.acse, problems: ['ELIGIBILITY_ADULT_REQUIRED', 'ELIGIBILITY_LOCAL_DANGER_REQUIRED'] } });
      const outbox = await db.query(`SELECT 1 FROM outbox_messages WHERE payload->>'caseId' = $1 AND type LIKE 'Orientation%'`, [c.id]);
      expect(outbox.rows).toEqual([]);
    } finally {
      await db.end();
    }
  });

  it('says yes when the request would be accepted, then that one is already open once asked', async () => {
    const c = await newCase(worker);
    await consentTo(worker, c.id, DEMO_ORGS.acse);
    const body = { targetKind: 'acse', targetOrganisationId: DEMO_ORGS.acse };
    expect((await dryRun(worker, c.id, body).expect(200)).body).toMatchObject({ eligible: true, problems: [] });
    await worker.post(`/api/cases/${c.id}/orientations`).send({ ...body, reason: 'local_danger' }).expect(201);
    expect((await dryRun(worker, c.id, body).expect(200)).body).toMatchObject({ eligible: false, problems: ['ORIENTATION_ALREADY_OPEN'] });
    const again = await worker.post(`/api/cases/${c.id}/orientations`).send({ ...body, reason: 'local_danger' }).expect(409);
    expect(again.body.code).toBe('ORIENTATION_ALREADY_OPEN');
  });

  it('answers only those who may ask, as the request does: another territory 404, the target or a host 403, the parquet for a UAPED hearing', async () => {
    const c = await newCase(worker);
    await consentTo(worker, c.id, DEMO_ORGS.acse);
    const body = { targetKind: 'crp', targetOrganisationId: DEMO_ORGS.acse };
    const asso75 = await api.as('asso.75@demo.mnio.test');
    const far = await dryRun(asso75, c.id, body).expect(404);
    expect(far.body.code).toBe((await asso75.post(`/api/cases/${c.id}/orientations`).send({ ...body, reason: 'other' }).expect(404)).body.code);
    // Ac.Sé sees the case once asked, but asks nothing for a case it does not own.
    await worker.post(`/api/cases/${c.id}/orientations`).send({ targetKind: 'acse', targetOrganisationId: DEMO_ORGS.acse, reason: 'local_danger' }).expect(201);
    const acse = await api.as(ACSE);
    await acse.get(`/api/cases/${c.id}`).expect(200);
    const denied = await dryRun(acse, c.id, body).expect(403);
    expect(denied.body.code).toBe((await acse.post(`/api/cases/${c.id}/orientations`).send({ ...body, reason: 'other' }).expect(403)).body.code);
    await dryRun(await api.as('host.13@demo.mnio.test'), c.id, body).expect(403);
    await dryRun(await api.as('clav.93@demo.mnio.test'), c.id, body).expect(403);

    // The parquet that sees a child's case may ask (and dry-run) a UAPED hearing, nothing else.
    const child = await newCase(worker, minorAged(12));
    const parquet = await api.as('parquet.93@demo.mnio.test');
    expect((await dryRun(parquet, child.id, { targetKind: 'uaped', targetOrganisationId: uaped }).expect(200)).body).toMatchObject({ eligible: true, problems: [] });
    await dryRun(parquet, child.id, { targetKind: 'crp', targetOrganisationId: uaped }).expect(403);
  });

  it('accepts the same requests once their conditions hold, and a minor\u2019s without consent', async () => {
    const ok = async (shape: Record<string, unknown>, body: Record<string, unknown>, consent = true) => {
      const res = await ask(shape, body, { consent });
      expect([res.status, res.body.code, res.body.targetKind]).toEqual([201, undefined, body.targetKind]);
      return res.body;
    };
    await ok(FEMALE_ADULT, { targetKind: 'acse', targetOrganisationId: DEMO_ORGS.acse });
    expect(await ok(FEMALE_ADULT, { targetKind: 'dna', targetOrganisationId: dna, asylumStatus: 'refugee' })).toMatchObject({ placeKind: 'women', hostOrganisationId: dna, asylumStatus: 'refugee' });
    expect(await ok(minorAged(15), { targetKind: 'minors_centre', targetOrganisationId: DEMO_ORGS.minors, legalBasis: 'opp' }, false)).toMatchObject({ legalBasis: 'opp', placeKind: 'minors' });
    await ok(minorAged(12), { targetKind: 'uaped', targetOrganisationId: uaped, parquetOrganisationId: DEMO_ORGS.parquet93 }, false);
    await ok(minorAged(16), { targetKind: 'general', channel: 'ase_crip', targetOrganisationId: DEMO_ORGS.ase93 }, false);
    await ok(FEMALE_ADULT, { targetKind: 'psp', targetOrganisationId: DEMO_ORGS.prefecture93 });
    await ok(FEMALE_ADULT, { targetKind: 'prefecture', targetOrganisationId: DEMO_ORGS.prefecture93 });
  });

  it('reads a minors\u2019 centre legal basis from the child-protection track, and lets the parquet ask a UAPED hearing itself', async () => {
    const c = await newCase(worker, minorAged(14));
    const parquet = await api.as('parquet.93@demo.mnio.test');
    await parquet.post(`/api/cases/${c.id}/child-protection-events`).send({ event: 'emergency_placement_order', legalBasis: 'opp' }).expect(201);
    const centre = await worker.post(`/api/cases/${c.id}/orientations`).send({ targetKind: 'minors_centre', targetOrganisationId: DEMO_ORGS.minors, reason: 'child_protection' }).expect(201);
    expect(centre.body.legalBasis).toBe('opp');
    const hearing = await parquet.post(`/api/cases/${c.id}/orientations`).send({ targetKind: 'uaped', targetOrganisationId: uaped, reason: 'hearing' }).expect(201);
    expect(hearing.body).toMatchObject({ requesterOrganisationId: DEMO_ORGS.parquet93, parties: ['requester'] });
    // The parquet may ask a hearing, not another orientation of a case it does not own.
    await parquet.post(`/api/cases/${c.id}/orientations`).send({ targetKind: 'crp', targetOrganisationId: uaped, reason: 'other' }).expect(403);
  });

  it('asks the territorial targets of the case\u2019s own territory, PSP only from an approved association, and nothing for a closed case', async () => {
    const asso75 = await api.as('asso.75@demo.mnio.test');
    const c75 = await newCase(asso75, { territory: '75', events: [{ type: 'exploitation', country: 'FR', territory: '75' }] });
    await consentTo(asso75, c75.id, DEMO_ORGS.prefecture93);
    const mismatch = await asso75.post(`/api/cases/${c75.id}/orientations`).send({ targetKind: 'prefecture', targetOrganisationId: DEMO_ORGS.prefecture93, reason: 'residence' }).expect(422);
    expect(mismatch.body.code).toBe('TARGET_TERRITORY_MISMATCH');

    const unapproved = await createOrgUser(api, { kind: 'association', territories: ['93'] }, 'case_worker');
    const other = await signIn(api, unapproved.email);
    const res = await ask(FEMALE_ADULT, { targetKind: 'psp', targetOrganisationId: DEMO_ORGS.prefecture93 }, { as: other });
    expect([res.status, res.body.code]).toEqual([422, 'ELIGIBILITY_PSP_APPROVED_ASSOCIATION']);

    const closed = await newCase(worker);
    await consentTo(worker, closed.id, DEMO_ORGS.acse);
    await worker.post(`/api/cases/${closed.id}/close`).send({ reason: 'support_completed' }).expect(200);
    const late = await worker.post(`/api/cases/${closed.id}/orientations`).send({ targetKind: 'acse', targetOrganisationId: DEMO_ORGS.acse, reason: 'local_danger' }).expect(422);
    expect(late.body.code).toBe('CASE_NOT_ACTIVE');
  });

  describe('Ac.Sé distancing, checked when a host agrees', () => {
    async function networkHost(territory: string) {
      const h = await createOrgUser(api, { kind: 'host', territories: [territory], attributes: { acseNetwork: true } }, 'host_operator');
      await (await signIn(api, h.email)).put(`/api/hosts/${h.organisationId}/capacity`).send({ women: 2 }).expect(200);
      return h.organisationId;
    }

    async function searching(as: Client, shape: Record<string, unknown> = {}) {
      const c = await newCase(as, shape);
      await consentTo(as, c.id, DEMO_ORGS.acse);
      const { body: o } = await as.post(`/api/cases/${c.id}/orientations`).send({ targetKind: 'acse', targetOrganisationId: DEMO_ORGS.acse, reason: 'local_danger' }).expect(201);
      await steps(await api.as(ACSE), o.id, { action: 'start_assessment' }, { action: 'search_place' });
      return o.id as string;
    }

    it('refuses a host in the département or the region of residence or exploitation, and reserves nothing', async () => {
      const acse = await api.as(ACSE);
      const in93 = await networkHost('93');
      const in77 = await networkHost('77');
      const in69 = await networkHost('69');
      const o = await searching(worker, { events: [{ type: 'exploitation', country: 'FR', territory: '69' }] });
      const sameDep = await step(acse, o, { action: 'agree_in_principle', hostId: in93 }).expect(422);
      expect(sameDep.body).toMatchObject({ code: 'ELIGIBILITY_DISTANCE', details: { rule: 'departement' } });
      const exploitation = await step(acse, o, { action: 'agree_in_principle', hostId: in69 }).expect(422);
      expect(exploitation.body).toMatchObject({ code: 'ELIGIBILITY_DISTANCE', details: { rule: 'departement' } });
      const sameRegion = await step(acse, o, { action: 'agree_in_principle', hostId: in77 }).expect(422);
      expect(sameRegion.body).toMatchObject({ code: 'ELIGIBILITY_DISTANCE', details: { rule: 'region' } });
      const db = await rawDb();
      try {
        const { rows } = await db.query(`SELECT sum(reserved)::int AS reserved FROM host_places WHERE host_id = ANY($1)`, [[in93, in77, in69]]);
        expect(rows[0].reserved).toBe(0);
      } finally {
        await db.end();
      }
      // Far enough, but without a declared place: distancing passed, capacity did not.
      const farButFull = (await createOrgUser(api, { kind: 'host', territories: ['13'], attributes: { acseNetwork: true } }, 'host_operator')).organisationId;
      const full = await step(acse, o, { action: 'agree_in_principle', hostId: farButFull }).expect(409);
      expect(full.body.code).toBe('NO_PLACE_AVAILABLE');
    });

    it('lets a territory waive the region rule (table orientation_rules), never the département rule', async () => {
      const acse = await api.as(ACSE);
      const in77 = await networkHost('77');
      const in75 = await networkHost('75');
      const asso75 = await api.as('asso.75@demo.mnio.test');
      const shape = { territory: '75', events: [{ type: 'exploitation', country: 'FR', territory: '75' }] };
      const refused = await searching(asso75, shape);
      await step(acse, refused, { action: 'agree_in_principle', hostId: in77 }).expect(422);
      const db = await rawDb();
      try {
        await db.query(`INSERT INTO orientation_rules (territory, acse_distance_regions) VALUES ('75', false)`);
        const o = await searching(asso75, shape);
        const agreed = await step(acse, o, { action: 'agree_in_principle', hostId: in77 }).expect(200);
        expect(agreed.body).toMatchObject({ state: 'agreed_in_principle', hostOrganisationId: in77, placeStatus: 'reserved' });
        await step(acse, refused, { action: 'agree_in_principle', hostId: in75 }).expect(422);
      } finally {
        await db.query(`DELETE FROM orientation_rules WHERE territory = '75'`);
        await db.end();
      }
    });
  });
});
