import { CommandBus } from '@nestjs/cqrs';
import { Client } from 'pg';
import { ForgetCaseCoordinationTextsCommand } from '@mnio/coordination';
import { ForgetCaseOrientationNotesCommand } from '@mnio/orientations';
import { DEMO_ORGS } from '../../../db/seeds/demo';
import { TestApi } from '../../support/app';
import { publish, Stack, useStack, waitFor } from '../../support/stack';
import { Agent, inDays, sharedCase, userOf } from '../coordination/coordination-helpers';
import { ACSE, ASSO93, consentTo, steps } from '../orientations/support';

const COORD = 'coord.93@demo.mnio.test';
const CELL_COORD = 'clav.93@demo.mnio.test';

interface Texts { transitionNotes: number; actionTitles: number; actionNotes: number; justifications: number; decisions: number }

/**
 * Erasure reaches the other contexts' free texts (issue 16 §1): a case erased, the worker consumes `CaseAnonymised`
 * and the orientations and coordination contexts empty their own texts about that case, and only that case's.
 * Real API, worker, PostgreSQL and Redis, on a database of its own; the columns are read behind the application's back.
 */
describe('erasure empties the other contexts’ free texts about the case', () => {
  let api: TestApi;
  let db: Client;
  let worker: Agent;
  const cases: Record<'erased' | 'kept', { id: string; reference: string }> = {} as never;

  let stack: Stack;

  useStack({}, (s) => ({ api, db } = stack = s), 120_000);

  /** What is left of each free text about a case, counted in the raw rows (non-empty, non-null). */
  const texts = async (caseId: string): Promise<Texts> => (await db.query(
    `SELECT (SELECT count(*) FROM orientation_transitions t JOIN orientations o ON o.id = t.orientation_id WHERE o.case_id = $1 AND t.note_enc IS NOT NULL)::int AS "transitionNotes",
            (SELECT count(*) FROM cell_actions WHERE case_id = $1 AND title_enc <> '')::int AS "actionTitles",
            (SELECT count(*) FROM cell_action_events e JOIN cell_actions a ON a.id = e.action_id WHERE a.case_id = $1 AND e.note_enc IS NOT NULL)::int AS "actionNotes",
            (SELECT count(*) FROM break_glass_uses WHERE case_id = $1 AND justification_enc <> '')::int AS justifications,
            (SELECT count(*) FROM cell_decisions WHERE case_id = $1 AND text_enc <> '')::int AS decisions`,
    [caseId],
  )).rows[0];
  const erasureAudit = async (caseId: string) => (await db.query(
    `SELECT action, actor_user_id, actor_organisation_id, details FROM audit_entries
     WHERE subject_id = $1 AND action IN ('orientation.notes_erased', 'coordination.case_texts_erased') ORDER BY action`,
    [caseId],
  )).rows;

  beforeAll(async () => {
    worker = await api.as(ASSO93);
    const acse = await api.as(ACSE);
    const cell = await api.as(CELL_COORD);
    const referent = await userOf(api, DEMO_ORGS.parquet93, 'teh_referent');
    const { body: meeting } = await cell.post(`/api/cells/${DEMO_ORGS.cell93}/meetings`).send({ date: inDays(0) }).expect(201);
    for (const key of ['erased', 'kept'] as const) {
      const c = await sharedCase(worker, '93');
      cases[key] = c;
      // An orientation refused with a note.
      await consentTo(worker, c.id, DEMO_ORGS.acse);
      const { body: o } = await worker.post(`/api/cases/${c.id}/orientations`).send({ targetKind: 'acse', targetOrganisationId: DEMO_ORGS.acse, reason: 'local_danger' }).expect(201);
      await steps(acse, o.id, { action: 'refuse', reasonCode: 'no_place', note: `Pas de place pour ${key}` });
      // A cell decision with an action for the association, started with a note.
      await cell.post(`/api/meetings/${meeting.id}/agenda`).send({ caseId: c.id }).expect(201);
      const { body: decision } = await cell.post(`/api/meetings/${meeting.id}/decisions`).send({
        caseId: c.id, type: 'follow_up', text: `Suivi de ${key}`,
        actions: [{ ownerOrganisationId: DEMO_ORGS.asso93, title: `Accompagner ${key} au commissariat`, dueOn: inDays(7) }],
      }).expect(201);
      await worker.post(`/api/actions/${decision.actions[0].id}/transitions`).send({ action: 'start', note: `Appel passé pour ${key}` }).expect(200);
      // A break-the-glass use with its justification.
      await referent.agent.post(`/api/cases/${c.id}/break-glass`).send({ reasonCode: 'judicial_emergency', justification: `Réquisition pour ${key}` }).expect(201);
    }
    for (const c of Object.values(cases)) expect(await texts(c.id)).toEqual({ transitionNotes: 1, actionTitles: 1, actionNotes: 1, justifications: 1, decisions: 1 });
  }, 180_000);

  it('the worker empties the erased case’s transition notes, action titles and notes, justifications; the other case keeps them', async () => {
    await (await api.as(COORD)).post('/api/privacy/case-erasures').send({ reference: cases.erased.reference, reason: 'person_request' }).expect(200);
    await waitFor(async () => (await texts(cases.erased.id)).justifications === 0 && (await texts(cases.erased.id)).transitionNotes === 0, 'the erasure of the free texts', 30_000);
    // Decision texts stay: a decision is immutable (docs/security.md).
    expect(await texts(cases.erased.id)).toEqual({ transitionNotes: 0, actionTitles: 0, actionNotes: 0, justifications: 0, decisions: 1 });
    const raw = (await db.query(`SELECT title_enc FROM cell_actions WHERE case_id = $1`, [cases.erased.id])).rows;
    expect(raw).toEqual([{ title_enc: '' }]);
    expect(await texts(cases.kept.id)).toEqual({ transitionNotes: 1, actionTitles: 1, actionNotes: 1, justifications: 1, decisions: 1 });
    // Audited without an actor, counts only.
    expect(await erasureAudit(cases.erased.id)).toEqual([
      { action: 'coordination.case_texts_erased', actor_user_id: null, actor_organisation_id: null, details: { cause: 'case_anonymised', actionTitles: 1, actionNotes: 1, justifications: 1 } },
      { action: 'orientation.notes_erased', actor_user_id: null, actor_organisation_id: null, details: { cause: 'case_anonymised', notes: 1 } },
    ]);
    // The association's action list still answers, the emptied title shown as nothing (it no longer decrypts anything).
    const { body: mine } = await worker.get('/api/actions?owner=mine&limit=100').expect(200);
    const titles = (mine.items as { caseId: string; title: string }[]).filter((a) => a.caseId === cases.erased.id).map((a) => a.title);
    expect(titles).toEqual(['']);
  });

  it('a re-delivered CaseAnonymised changes nothing more and writes no second audit entry', async () => {
    const before = await erasureAudit(cases.erased.id);
    await publish(db, 'CaseAnonymised', { caseId: cases.erased.id, reference: cases.erased.reference, territory: '93', ownerOrganisationId: DEMO_ORGS.asso93, cause: 'request' }, cases.erased.id);
    // The commands themselves, as the worker sends them on each delivery: nothing left, nothing written.
    const bus = stack.worker.app.get(CommandBus);
    expect(await bus.execute(new ForgetCaseOrientationNotesCommand(cases.erased.id))).toEqual({ notes: 0 });
    expect(await bus.execute(new ForgetCaseCoordinationTextsCommand(cases.erased.id))).toEqual({ actionTitles: 0, actionNotes: 0, justifications: 0 });
    await waitFor(async () => (await db.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE relayed_at IS NULL`)).rows[0].n === 0, 'the relay of the re-delivered event');
    expect(await erasureAudit(cases.erased.id)).toEqual(before);
    expect(await texts(cases.kept.id)).toEqual({ transitionNotes: 1, actionTitles: 1, actionNotes: 1, justifications: 1, decisions: 1 });
  });
});
