import { DEMO_ORGS } from '../../../db/seeds/demo';
import { createOrgUser, signIn } from '../../support/actors';
import { startApi, TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { rawDb } from '../../support/db';

const ASSO93 = 'asso.93@demo.mnio.test';
const PREFECTURE93 = 'prefecture.93@demo.mnio.test';
const POLICE93 = 'police.93@demo.mnio.test';
const CELL93 = 'clav.93@demo.mnio.test';
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());

interface Target { organisationId: string; organisationKind: string; consentNeeded: string | null; consentGiven: boolean }
interface Deadline { caseId: string; kind: string; responsibleOrganisationId: string; dueOn: string; alertOn: string }

describe('referrals and the referent work queue', () => {
  let api: TestApi;
  // A police service of another territory, and one of 93 that nobody refers anything to.
  let police13: { organisationId: string; email: string };
  beforeAll(async () => {
    api = await startApi();
    police13 = await createOrgUser(api, { kind: 'police', territories: ['13'] }, 'investigator');
  });
  afterAll(() => api.close());

  async function newCase(overrides = {}) {
    const res = await (await api.as(ASSO93)).post('/api/cases').send(caseBody(overrides)).expect(201);
    return res.body as { id: string; reference: string; version: number };
  }

  describe('from the owner’s side', () => {
    it('lists the territory’s partners with the consent each needs, then whom the case was referred to, by which organisation', async () => {
      const c = await newCase();
      const worker = await api.as(ASSO93);
      const before = await worker.get(`/api/cases/${c.id}/referrals`).expect(200);
      expect(before.body.referrals).toEqual([]);
      const targets = before.body.targets as Target[];
      const ids = targets.map((t) => t.organisationId);
      expect(ids).toEqual(expect.arrayContaining([DEMO_ORGS.prefecture93, DEMO_ORGS.parquet93, DEMO_ORGS.police93, DEMO_ORGS.ase93]));
      expect(ids).not.toContain(police13.organisationId);
      expect(ids).not.toContain(DEMO_ORGS.asso93);
      expect(ids).not.toContain(DEMO_ORGS.cell93);
      expect(ids).not.toContain(DEMO_ORGS.host13);
      expect(targets.find((t) => t.organisationId === DEMO_ORGS.police93)).toEqual(expect.objectContaining({ organisationKind: 'police', consentNeeded: 'police_contact', consentGiven: false }));
      expect(targets.find((t) => t.organisationId === DEMO_ORGS.prefecture93)).toEqual(expect.objectContaining({ consentNeeded: null, consentGiven: true }));

      await worker.post(`/api/cases/${c.id}/referrals`).send({ organisationId: DEMO_ORGS.prefecture93 }).expect(201);
      const again = await worker.post(`/api/cases/${c.id}/referrals`).send({ organisationId: DEMO_ORGS.prefecture93 }).expect(409);
      expect(again.body.code).toBe('ALREADY_REFERRED');
      const self = await worker.post(`/api/cases/${c.id}/referrals`).send({ organisationId: DEMO_ORGS.asso93 }).expect(422);
      expect(self.body.code).toBe('SHARE_TARGET_NOT_ALLOWED');
      const away = await worker.post(`/api/cases/${c.id}/referrals`).send({ organisationId: police13.organisationId }).expect(422);
      expect(away.body.code).toBe('SHARE_TARGET_NOT_ALLOWED');

      await worker.post(`/api/cases/${c.id}/consents`).send({ purpose: 'police_contact', granted: true, method: 'interpreter' }).expect(201);
      const after = await worker.get(`/api/cases/${c.id}/referrals`).expect(200);
      expect(after.body.referrals).toEqual([
        expect.objectContaining({ organisationId: DEMO_ORGS.prefecture93, organisationKind: 'prefecture', referredByOrganisationId: DEMO_ORGS.asso93, endedAt: null }),
      ]);
      expect(new Date(after.body.referrals[0].referredAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
      expect((after.body.targets as Target[]).map((t) => t.organisationId)).not.toContain(DEMO_ORGS.prefecture93);
      expect((after.body.targets as Target[]).find((t) => t.organisationId === DEMO_ORGS.police93)?.consentGiven).toBe(true);
      // Nothing about people in the answer: organisations, kinds and dates only.
      expect(JSON.stringify(after.body)).not.toMatch(/Zyqoraleth|Vexmirande|Quillon|userId|grantedBy/);
    });

    it('is for the owner only: a partner who sees the case gets 403, another territory 404', async () => {
      const c = await newCase();
      await (await api.as(ASSO93)).post(`/api/cases/${c.id}/referrals`).send({ organisationId: DEMO_ORGS.prefecture93 }).expect(201);
      await (await api.as(PREFECTURE93)).get(`/api/cases/${c.id}/referrals`).expect(403);
      const other = await (await api.as('asso.75@demo.mnio.test')).get(`/api/cases/${c.id}/referrals`).expect(404);
      const missing = await (await api.as('asso.75@demo.mnio.test')).get(`/api/cases/00000000-0000-4000-8000-00000000dead/referrals`).expect(404);
      expect(other.body.code).toBe(missing.body.code);
      expect(other.body.message).toBe(missing.body.message);
    });

    it('asks no consent for a minor: protection comes first', async () => {
      const c = await newCase({ identity: { birthDate: '2011-03-02' } });
      const res = await (await api.as(ASSO93)).get(`/api/cases/${c.id}/referrals`).expect(200);
      expect((res.body.targets as Target[]).find((t) => t.organisationId === DEMO_ORGS.police93)).toEqual(expect.objectContaining({ consentNeeded: null, consentGiven: true }));
      // The ASE and the parquet already see a minor's case by law, but not through a referral: they can still be referred to.
      expect((res.body.targets as Target[]).map((t) => t.organisationId)).toEqual(expect.arrayContaining([DEMO_ORGS.ase93, DEMO_ORGS.parquet93]));
    });
  });

  describe('from the referent’s side', () => {
    it('shows the police a case as soon as it is referred, newest first, with who referred and when; another territory’s police sees nothing', async () => {
      const worker = await api.as(ASSO93);
      const police = await api.as(POLICE93);
      const first = await newCase();
      const second = await newCase();
      for (const c of [first, second]) {
        await police.get(`/api/cases/${c.id}`).expect(404);
        await worker.post(`/api/cases/${c.id}/consents`).send({ purpose: 'police_contact', granted: true, method: 'oral' }).expect(201);
        await worker.post(`/api/cases/${c.id}/referrals`).send({ organisationId: DEMO_ORGS.police93 }).expect(201);
      }
      const view = await police.get(`/api/cases/${first.id}`).expect(200);
      expect(view.body.statuses.identification).toBe('spotted');

      const received = await police.get('/api/referrals/received?limit=1').expect(200);
      expect(received.body.items).toEqual([
        {
          caseId: second.id, reference: second.reference, territory: '93', minor: false, identificationStatus: 'spotted', caseStatus: 'active',
          organisationId: DEMO_ORGS.police93, referredAt: expect.any(String), referredByOrganisationId: DEMO_ORGS.asso93,
        },
      ]);
      const next = await police.get(`/api/referrals/received?limit=1&cursor=${received.body.nextCursor}`).expect(200);
      expect(next.body.items.map((i: { caseId: string }) => i.caseId)).toEqual([first.id]);
      expect(new Date(next.body.items[0].referredAt) <= new Date(received.body.items[0].referredAt)).toBe(true);

      const away = await signIn(api, police13.email);
      expect((await away.get('/api/referrals/received').expect(200)).body.items).toEqual([]);
      await away.get(`/api/cases/${first.id}`).expect(404);
      // The owner referred nothing to itself; the préfecture was not referred these two.
      const prefecture = (await (await api.as(PREFECTURE93)).get('/api/referrals/received?limit=200').expect(200)).body.items as { caseId: string }[];
      expect(prefecture.map((i) => i.caseId)).not.toContain(first.id);
      expect((await worker.get('/api/referrals/received').expect(200)).body.items).toEqual([]);

      const db = await rawDb();
      try {
        // Each page read is in the journal, with the cases it showed (other files' reads of this demo user may interleave).
        const { rows } = await db.query(
          `SELECT details FROM audit_entries WHERE action = 'case.list' AND actor_organisation_id = $1 AND (details->'caseIds' ? $2 OR details->'caseIds' ? $3) ORDER BY seq`,
          [DEMO_ORGS.police93, first.id, second.id],
        );
        expect(rows.map((r) => r.details.caseIds)).toEqual([[second.id], [first.id]]);
      } finally {
        await db.end();
      }
    });

    it('drops the case from the police queue when the person withdraws her consent', async () => {
      const worker = await api.as(ASSO93);
      const c = await newCase();
      await worker.post(`/api/cases/${c.id}/consents`).send({ purpose: 'police_contact', granted: true, method: 'oral' }).expect(201);
      await worker.post(`/api/cases/${c.id}/referrals`).send({ organisationId: DEMO_ORGS.police93 }).expect(201);
      const police = await api.as(POLICE93);
      expect((await police.get('/api/referrals/received?limit=200').expect(200)).body.items.map((i: { caseId: string }) => i.caseId)).toContain(c.id);
      await worker.post(`/api/cases/${c.id}/consents`).send({ purpose: 'police_contact', granted: false, method: 'oral' }).expect(201);
      expect((await police.get('/api/referrals/received?limit=200').expect(200)).body.items.map((i: { caseId: string }) => i.caseId)).not.toContain(c.id);
      const owner = await worker.get(`/api/cases/${c.id}/referrals`).expect(200);
      expect(owner.body.referrals).toEqual([expect.objectContaining({ organisationId: DEMO_ORGS.police93, endedReason: 'consent_withdrawn', endedAt: expect.any(String) })]);
    });
  });

  describe('« Mes échéances »', () => {
    it('gives residence deadlines to the préfecture and lists for each organisation only its own, on one case with two organisations’ deadlines', async () => {
      const worker = await api.as(ASSO93);
      const prefecture = await api.as(PREFECTURE93);
      const cell = await api.as(CELL93);
      const c = await newCase();
      await worker.post(`/api/cases/${c.id}/referrals`).send({ organisationId: DEMO_ORGS.prefecture93 }).expect(201);
      await worker.post(`/api/cases/${c.id}/identification`).send({ to: 'presumed_victim' }).expect(200);
      await worker.post(`/api/cases/${c.id}/consents`).send({ purpose: 'share_with_cell', granted: true, method: 'oral' }).expect(201);
      await prefecture.post(`/api/cases/${c.id}/residence-events`).send({ event: 'rights_information', service: 'prefecture', language: 'en', interpreter: true }).expect(201);
      await prefecture.post(`/api/cases/${c.id}/residence-events`).send({ event: 'reflection_period_started', occurredOn: today() }).expect(201);

      const all = (await worker.get(`/api/cases/${c.id}`).expect(200)).body.deadlines as Deadline[];
      expect(all.map((d) => [d.kind, d.responsibleOrganisationId]).sort()).toEqual([
        ['cell_review', DEMO_ORGS.cell93],
        ['reflection_period_end', DEMO_ORGS.prefecture93],
      ]);

      const mine = async (who: Awaited<ReturnType<TestApi['as']>>) => (await who.get('/api/deadlines?responsible=mine&limit=200').expect(200)).body.items as Deadline[];
      const forPrefecture = await mine(prefecture);
      expect(forPrefecture.filter((d) => d.caseId === c.id).map((d) => d.kind)).toEqual(['reflection_period_end']);
      expect(forPrefecture.every((d) => d.responsibleOrganisationId === DEMO_ORGS.prefecture93)).toBe(true);
      const forCell = await mine(cell);
      expect(forCell.filter((d) => d.caseId === c.id).map((d) => d.kind)).toEqual(['cell_review']);
      expect(forCell.every((d) => d.responsibleOrganisationId === DEMO_ORGS.cell93)).toBe(true);
      const forOwner = await mine(worker);
      expect(forOwner.filter((d) => d.caseId === c.id)).toEqual([]);
      expect(forOwner.every((d) => d.responsibleOrganisationId === DEMO_ORGS.asso93)).toBe(true);
      // Without the filter the owner still sees every deadline of its case (the case page's view).
      const everything = (await worker.get('/api/deadlines?limit=200').expect(200)).body.items as Deadline[];
      expect(everything.filter((d) => d.caseId === c.id).map((d) => d.kind).sort()).toEqual(['cell_review', 'reflection_period_end']);
      const bad = await worker.get('/api/deadlines?responsible=theirs').expect(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');

      // The permit: one year, the préfecture's, with its renewal window opening 60 days before.
      await worker.post(`/api/cases/${c.id}/residence-events`).send({ event: 'complaint_or_testimony' }).expect(201);
      await prefecture.post(`/api/cases/${c.id}/residence-events`).send({ event: 'permit_issued', occurredOn: '2026-02-10' }).expect(201);
      const permit = (await mine(prefecture)).find((d) => d.caseId === c.id);
      expect(permit).toEqual(expect.objectContaining({ kind: 'permit_expiry', dueOn: '2027-02-10', alertOn: '2026-12-12', responsibleOrganisationId: DEMO_ORGS.prefecture93 }));
    });

    it('leaves the reflection period with the owner when the préfecture does not see the case', async () => {
      const worker = await api.as(ASSO93);
      const c = await newCase();
      await worker.post(`/api/cases/${c.id}/residence-events`).send({ event: 'rights_information', service: 'designated_association', language: 'en', interpreter: true }).expect(201);
      await worker.post(`/api/cases/${c.id}/residence-events`).send({ event: 'reflection_period_started' }).expect(201);
      const view = await worker.get(`/api/cases/${c.id}`).expect(200);
      expect(view.body.deadlines).toEqual([expect.objectContaining({ kind: 'reflection_period_end', responsibleOrganisationId: DEMO_ORGS.asso93 })]);
      const forOwner = (await worker.get('/api/deadlines?responsible=mine&limit=200').expect(200)).body.items as Deadline[];
      expect(forOwner.map((d) => d.caseId)).toContain(c.id);
    });

    it('gives a minor’s 5-day clock to the ASE and the 8-day clock to the parquet, whoever records the event', async () => {
      const worker = await api.as(ASSO93);
      const c = await newCase({ identity: { birthDate: '2012-01-01' } });
      // The association that recorded the child witnesses the ASE's reception: the ASE still answers for telling the parquet.
      await worker.post(`/api/cases/${c.id}/child-protection-events`).send({ event: 'ase_provisional_reception' }).expect(201);
      let view = await worker.get(`/api/cases/${c.id}`).expect(200);
      expect(view.body.deadlines).toEqual([expect.objectContaining({ kind: 'parquet_referral', responsibleOrganisationId: DEMO_ORGS.ase93 })]);
      const ase = (await (await api.as('ase.93@demo.mnio.test')).get('/api/deadlines?responsible=mine&limit=200').expect(200)).body.items as Deadline[];
      expect(ase.filter((d) => d.caseId === c.id).map((d) => d.kind)).toEqual(['parquet_referral']);
      await worker.post(`/api/cases/${c.id}/child-protection-events`).send({ event: 'parquet_informed' }).expect(201);
      await worker.post(`/api/cases/${c.id}/child-protection-events`).send({ event: 'emergency_placement_order', legalBasis: 'opp' }).expect(201);
      view = await worker.get(`/api/cases/${c.id}`).expect(200);
      expect(view.body.deadlines).toEqual([expect.objectContaining({ kind: 'judge_seizure', responsibleOrganisationId: DEMO_ORGS.parquet93 })]);
      const parquet = (await (await api.as('parquet.93@demo.mnio.test')).get('/api/deadlines?responsible=mine&limit=200').expect(200)).body.items as Deadline[];
      expect(parquet.filter((d) => d.caseId === c.id).map((d) => d.kind)).toEqual(['judge_seizure']);
      expect(parquet.every((d) => d.responsibleOrganisationId === DEMO_ORGS.parquet93)).toBe(true);
    });
  });
});
