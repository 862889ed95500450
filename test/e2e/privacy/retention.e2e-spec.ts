import { Client } from 'pg';
import { DEMO_ORGS } from '../../../db/seeds/demo';
import { TestApi } from '../../support/app';
import { TEST_PASSWORD } from '../../support/actors';
import { caseBody } from '../../support/cases';
import { provisionUser } from '../../support/provision';
import { useStack, waitFor } from '../../support/stack';

/** A form no demo case uses: the statistics below are exactly this file's cases. */
const FORM = 'organ_removal';
const YEAR = new Date().getFullYear();
const ADMIN = 'admin@demo.mnio.test';
const COORD = 'coord.93@demo.mnio.test';
const WORKER = 'asso.93@demo.mnio.test';

interface Made { id: string; reference: string; lastName: string }

/** Retention and erasure (issue 16 §1) against the real API, worker, PostgreSQL and Redis, on a database of its own. */
describe('retention rules and erasure that keeps the statistics', () => {
  let api: TestApi;
  let db: Client;
  const dpo93 = `dpo.93.${Date.now()}@test.mnio.test`;
  const dpoPlatform = `dpo.platform.${Date.now()}@test.mnio.test`;
  const made: Record<string, Made> = {};

  useStack({}, (s) => ({ api, db } = s), 120_000);

  const make = async (key: string, note: string) => {
    const body = caseBody({ exploitationForms: [FORM], narrative: `Récit ${key}` });
    const { body: c } = await (await api.as(WORKER)).post('/api/cases').send(body).expect(201);
    made[key] = { id: c.id, reference: c.reference, lastName: body.identity.lastName };
    await (await api.as(WORKER)).post(`/api/cases/${c.id}/indicators`).send({ framework: 'ilo', dimension: 'coercion', indicator: 'threats', strength: 'strong', observedAt: '2026-01-10', note: `Note ${key}` });
    return { ...made[key], note };
  };
  const close = async (key: string, yearsAgo: number) => {
    await (await api.as(COORD)).post(`/api/cases/${made[key].id}/close`).send({ reason: 'support_completed', note: `Clôture ${key}` }).expect(200);
    await db.query(`UPDATE case_events SET recorded_at = now() - make_interval(years => $2) WHERE case_id = $1 AND track = 'case'`, [made[key].id, yearsAgo]);
  };
  const runAndWait = async (dryRun: boolean) => {
    const { body: run } = await (await api.as(ADMIN)).post('/api/privacy/retention-runs').send({ dryRun }).expect(201);
    return waitFor(async () => {
      const { body } = await (await api.as(ADMIN)).get(`/api/privacy/retention-runs/${run.id}`).expect(200);
      return ['done', 'failed'].includes(body.status) && body;
    }, `the retention run ${run.id}`, 60_000);
  };
  const survey = async () => {
    const { body } = await (await api.as('national@demo.mnio.test')).get(`/api/statistics/survey?year=${YEAR}&form=${FORM}`).expect(200);
    delete body.freshness;
    return body;
  };
  const projected = async () =>
    waitFor(async () => {
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM outbox_messages o WHERE o.type IN ('CaseCreated', 'CaseStatusChanged')
        AND NOT EXISTS (SELECT 1 FROM reporting_applied a WHERE a.outbox_id = o.id)`);
      return rows[0].n === 0;
    }, 'the projection to apply every case event');
  const caseRow = async (key: string) => (await db.query(`SELECT identity_enc, narrative_enc, anonymised_at, version FROM cases WHERE id = $1`, [made[key].id])).rows[0];

  beforeAll(async () => {
    await provisionUser(api, { email: dpo93, displayName: 'DPO 93', password: TEST_PASSWORD, memberships: [{ organisationId: DEMO_ORGS.asso93, role: 'dpo' }] });
    await provisionUser(api, { email: dpoPlatform, displayName: 'DPO plateforme', password: TEST_PASSWORD, memberships: [{ organisationId: DEMO_ORGS.platform, role: 'dpo' }] });
    await api.tokenFor(dpo93, TEST_PASSWORD);
    await api.tokenFor(dpoPlatform, TEST_PASSWORD);
    // old1..old4: closed three years ago (the rule: two years). held*: the same, under a legal hold. recent: closed a year ago.
    for (const k of ['old1', 'old2', 'old3', 'old4', 'heldCriminal', 'heldMinor', 'recent', 'active', 'early', 'race']) await make(k, k);
    for (const k of ['old1', 'old2', 'old3', 'old4', 'heldCriminal', 'heldMinor']) await close(k, 3);
    await close('recent', 1);
    // The tracks' states a legal hold reads (their own workflows are tested in the cases suites).
    await db.query(`UPDATE cases SET criminal_status = 'proceedings' WHERE id = $1`, [made.heldCriminal.id]);
    await db.query(`UPDATE cases SET child_protection_status = 'placed' WHERE id = $1`, [made.heldMinor.id]);
    await (await api.as(WORKER)).post(`/api/cases/${made.early.id}/referrals`).send({ organisationId: DEMO_ORGS.prefecture93 }).expect(201);
    await projected();
  }, 180_000);

  it('a dry run reports what would be erased by organisation and rule, and the legal holds, and erases nothing', async () => {
    const report = await runAndWait(true);
    expect(report.status).toBe('done');
    expect(report.dryRun).toBe(true);
    expect(report.erased).toEqual([{ organisationId: DEMO_ORGS.asso93, organisationName: expect.any(String), rule: 'case_closed', count: 4 }]);
    expect(report.held).toEqual(expect.arrayContaining([
      expect.objectContaining({ organisationId: DEMO_ORGS.asso93, rule: 'case_closed', hold: 'criminal_proceedings', count: 1, references: [made.heldCriminal.reference] }),
      expect.objectContaining({ organisationId: DEMO_ORGS.asso93, rule: 'case_closed', hold: 'minor_protection', count: 1, references: [made.heldMinor.reference] }),
    ]));
    expect(report.held).toHaveLength(2);
    expect(report.erasedCount).toBe(4);
    expect(report.heldCount).toBe(2);
    expect(report.rules.map((r: { kind: string }) => r.kind)).toContain('case_closed');
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM cases WHERE anonymised_at IS NOT NULL`);
    expect(rows[0].n).toBe(0);
    // The platform's DPO reads the reports; the list shows this run.
    const list = await (await api.as(dpoPlatform)).get('/api/privacy/retention-runs').expect(200);
    expect(list.body.map((r: { id: string }) => r.id)).toContain(report.id);
  });

  it('a real run anonymises exactly the eligible cases, keeps the statistics and never rewrites the journal', async () => {
    const before = await survey();
    const oldIds = ['old1', 'old2', 'old3', 'old4'].map((k) => made[k].id);
    const journalBefore = (await db.query(`SELECT id, hash, details FROM audit_entries WHERE subject_id = ANY($1) ORDER BY id`, [oldIds])).rows;
    const report = await runAndWait(false);
    expect(report.status).toBe('done');
    expect(report.erased).toEqual([expect.objectContaining({ organisationId: DEMO_ORGS.asso93, rule: 'case_closed', count: 4 })]);
    const { rows: anonymised } = await db.query(`SELECT id FROM cases WHERE anonymised_at IS NOT NULL ORDER BY id`);
    expect(anonymised.map((r) => r.id)).toEqual([...oldIds].sort());
    for (const id of oldIds) {
      const { rows: [c] } = await db.query(`SELECT identity_enc, narrative_enc, danger_notes_enc FROM cases WHERE id = $1`, [id]);
      expect(c).toEqual({ identity_enc: '', narrative_enc: null, danger_notes_enc: null });
      const notes = await db.query(`SELECT (SELECT count(*) FROM case_events WHERE case_id = $1 AND note_enc IS NOT NULL)::int AS events,
        (SELECT count(*) FROM case_indicators WHERE case_id = $1 AND note_enc IS NOT NULL)::int AS indicators,
        (SELECT count(*) FROM case_blind_indexes WHERE case_id = $1)::int AS blind`, [id]);
      expect(notes.rows[0]).toEqual({ events: 0, indicators: 0, blind: 0 });
    }
    // Held and recent cases keep their identity.
    for (const k of ['heldCriminal', 'heldMinor', 'recent', 'active']) expect((await caseRow(k)).identity_enc).not.toBe('');
    await projected();
    expect(await survey()).toEqual(before);
    expect(before.tables.find((t: { key: string }) => t.key === 'survey.summary').rows[0].cells[0].value).toBe(10);
    // The journal: every entry before the run is still there, unchanged; one `case.anonymised` each was appended.
    const journalAfter = (await db.query(`SELECT id, hash, details FROM audit_entries WHERE subject_id = ANY($1) ORDER BY id`, [oldIds])).rows;
    expect(journalAfter.slice(0, journalBefore.length)).toEqual(journalBefore);
    const { rows: erasedEntries } = await db.query(`SELECT details FROM audit_entries WHERE subject_id = ANY($1) AND action = 'case.anonymised'`, [oldIds]);
    expect(erasedEntries).toHaveLength(4);
    expect(erasedEntries[0].details).toEqual({ cause: 'retention', rule: 'case_closed', runId: report.id });
    // The event for the projection names no one.
    const { rows: events } = await db.query(`SELECT payload FROM outbox_messages WHERE type = 'CaseAnonymised' AND aggregate_id = $1`, [oldIds[0]]);
    expect(Object.keys(events[0].payload).sort()).toEqual(['caseId', 'cause', 'ownerOrganisationId', 'reference', 'territory']);
    // A second run finds nothing left to erase.
    expect((await runAndWait(false)).erased).toEqual([]);
  });

  it('a case read after erasure shows « anonymised » and no identity', async () => {
    const owner = await api.as(COORD);
    const view = await owner.get(`/api/cases/${made.old1.id}`).expect(200);
    expect(view.body.anonymisedAt).toEqual(expect.any(String));
    expect(JSON.stringify(view.body)).not.toContain(made.old1.lastName);
    const identity = await owner.get(`/api/cases/${made.old1.id}/identity?reason=follow_up`).expect(409);
    expect(identity.body.code).toBe('CASE_ANONYMISED');
    const history = await owner.get(`/api/cases/${made.old1.id}/history`).expect(200);
    expect(JSON.stringify(history.body)).not.toMatch(/Clôture old1|Note old1/);
    // Read-only from now on: nothing can write a note back.
    const reopen = await owner.post(`/api/cases/${made.old1.id}/reopen`).send({ note: 'Nouvelle note' }).expect(409);
    expect(reopen.body.code).toBe('CASE_ANONYMISED');
  });

  it('the owner’s coordinator erases one case early: reason required, audited, the other organisations told', async () => {
    const coord = await api.as(COORD);
    expect((await coord.post('/api/privacy/case-erasures').send({ reference: made.early.reference }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await coord.post('/api/privacy/case-erasures').send({ reference: made.early.reference, reason: 'because' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    const res = await coord.post('/api/privacy/case-erasures').send({ reference: made.early.reference, reason: 'person_request' }).expect(200);
    expect(res.body).toEqual({ id: made.early.id, reference: made.early.reference, version: expect.any(Number), anonymisedAt: expect.any(String) });
    expect((await caseRow('early')).identity_enc).toBe('');
    const { rows: audit } = await db.query(`SELECT reason, actor_organisation_id, details FROM audit_entries WHERE subject_id = $1 AND action = 'case.anonymised'`, [made.early.id]);
    expect(audit).toEqual([{ reason: 'person_request', actor_organisation_id: DEMO_ORGS.asso93, details: { cause: 'request' } }]);
    const { rows: notices } = await db.query(`SELECT payload FROM outbox_messages WHERE type = 'CaseErasedOnRequest' AND aggregate_id = $1`, [made.early.id]);
    expect(notices.map((n) => n.payload.organisationId)).toEqual([DEMO_ORGS.prefecture93]);
    // The préfecture's referent finds it in the inbox, by reference only.
    await waitFor(async () => {
      const inbox = await (await api.as('prefecture.93@demo.mnio.test')).get('/api/notifications').expect(200);
      const items = (inbox.body.items ?? inbox.body) as { eventType: string; reference?: string }[];
      return items.some((n) => n.eventType === 'CaseErasedOnRequest');
    }, 'the notice in the préfecture’s inbox');
    expect((await coord.post('/api/privacy/case-erasures').send({ reference: made.early.reference, reason: 'person_request' }).expect(409)).body.code).toBe('CASE_ALREADY_ANONYMISED');
  });

  it('a legal hold refuses early erasure too (409), and the case keeps its identity', async () => {
    const res = await (await api.as(dpo93)).post('/api/privacy/case-erasures').send({ reference: made.heldMinor.reference, reason: 'person_request' }).expect(409);
    expect(res.body.code).toBe('CASE_UNDER_LEGAL_HOLD');
    expect((await caseRow('heldMinor')).anonymised_at).toBeNull();
  });

  it('an early erasure racing an edit never half-writes: the note lands before and is erased, or the edit is refused', async () => {
    const worker = await api.as(WORKER);
    const [edit, erase] = await Promise.all([
      worker.post(`/api/cases/${made.race.id}/indicators`).send({ framework: 'ilo', dimension: 'coercion', indicator: 'debt', strength: 'medium', observedAt: '2026-02-01', note: 'Note concurrente' }),
      (await api.as(dpo93)).post('/api/privacy/case-erasures').send({ reference: made.race.reference, reason: 'consent_withdrawn' }),
    ]);
    expect(erase.status).toBe(200);
    expect([201, 409]).toContain(edit.status);
    if (edit.status === 409) expect(edit.body.code).toBe('CASE_ANONYMISED');
    const { rows } = await db.query(`SELECT (SELECT count(*) FROM case_indicators WHERE case_id = $1 AND note_enc IS NOT NULL)::int AS notes,
      (SELECT identity_enc FROM cases WHERE id = $1) AS identity`, [made.race.id]);
    expect(rows[0]).toEqual({ notes: 0, identity: '' });
  });

  it('denies the routes to everyone else: 403 by role, 404 for another organisation’s case', async () => {
    const asso75Coordinator = await api.as('acse@demo.mnio.test');
    expect((await asso75Coordinator.post('/api/privacy/case-erasures').send({ reference: made.active.reference, reason: 'person_request' }).expect(404)).body.code).toBe('NOT_FOUND');
    await (await api.as(WORKER)).post('/api/privacy/case-erasures').send({ reference: made.active.reference, reason: 'person_request' }).expect(403);
    await (await api.as(ADMIN)).post('/api/privacy/case-erasures').send({ reference: made.active.reference, reason: 'person_request' }).expect(403);
    for (const who of [WORKER, COORD, dpo93, 'national@demo.mnio.test']) {
      await (await api.as(who)).get('/api/privacy/retention-runs').expect(403);
      await (await api.as(who)).post('/api/privacy/retention-runs').send({ dryRun: true }).expect(403);
      await (await api.as(who)).put('/api/privacy/retention-rules/case_closed').send({ amount: 1, unit: 'years' }).expect(403);
    }
    // The platform's DPO reads the rules and reports but neither runs nor changes them.
    await (await api.as(dpoPlatform)).get('/api/privacy/retention-rules').expect(200);
    await (await api.as(dpoPlatform)).post('/api/privacy/retention-runs').send({ dryRun: true }).expect(403);
    await (await api.as(dpoPlatform)).put('/api/privacy/retention-rules/case_closed').send({ amount: 1, unit: 'years' }).expect(403);
    expect((await caseRow('active')).anonymised_at).toBeNull();
  });

  it('the platform administrator reads and changes the rules, validated and audited', async () => {
    const admin = await api.as(ADMIN);
    const { body: rules } = await admin.get('/api/privacy/retention-rules').expect(200);
    expect(rules.find((r: { kind: string }) => r.kind === 'case_closed')).toEqual(expect.objectContaining({ amount: 2, unit: 'years' }));
    expect((await admin.put('/api/privacy/retention-rules/case_closed').send({ amount: 10, unit: 'days' }).expect(422)).body.code).toBe('RETENTION_PERIOD_INVALID');
    expect((await admin.put('/api/privacy/retention-rules/everything').send({ amount: 2, unit: 'years' }).expect(404)).body.code).toBe('RETENTION_RULE_UNKNOWN');
    await admin.put('/api/privacy/retention-rules/case_closed').send({ amount: 2, unit: 'months' }).expect(400);
    const res = await admin.put('/api/privacy/retention-rules/case_closed_referred').send({ amount: 3, unit: 'years' }).expect(200);
    expect(res.body).toEqual(expect.objectContaining({ kind: 'case_closed_referred', amount: 3, unit: 'years' }));
    const { rows } = await db.query(`SELECT details FROM audit_entries WHERE action = 'retention.rule_updated' ORDER BY occurred_at DESC LIMIT 1`);
    expect(rows[0].details).toEqual({ kind: 'case_closed_referred', from: { amount: 2, unit: 'years' }, to: { amount: 3, unit: 'years' } });
    expect((await admin.get('/api/privacy/retention-runs/not-a-run').expect(404)).body.code).toBe('RETENTION_RUN_NOT_FOUND');
  });
});
