import { Client } from 'pg';
import { DEMO_ORGS } from '../../../db/seeds/demo';
import { TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { useStack, waitFor } from '../../support/stack';

const ADMIN = 'admin@demo.mnio.test';
const WORKER = 'asso.93@demo.mnio.test';
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);

/**
 * The retention job's row rules (issue 16 §1), against the real API, worker, PostgreSQL and Redis: each owning context
 * purges its rows older than the rule's period in batches; younger rows, and everything else, stay; a dry run only
 * counts. Rows are written straight into the tables with their dates in the past (their own workflows are tested elsewhere).
 */
describe('retention: the row rules are applied', () => {
  let api: TestApi;
  let db: Client;
  let caseId: string;
  let userId: string;

  useStack({}, (s) => ({ api, db } = s), 120_000);

  const runAndWait = async (dryRun: boolean) => {
    const { body: run } = await (await api.as(ADMIN)).post('/api/privacy/retention-runs').send({ dryRun }).expect(201);
    return waitFor(async () => {
      const { body } = await (await api.as(ADMIN)).get(`/api/privacy/retention-runs/${run.id}`).expect(200);
      return ['done', 'failed'].includes(body.status) && body;
    }, `the retention run ${run.id}`, 60_000);
  };
  /** The marked rows of each table still there, by age: what the assertions compare. */
  const left = async () => {
    const q = async (sql: string) => (await db.query(sql)).rows.map((r) => r.tag as string).sort();
    return {
      notifications: await q(`SELECT event_key AS tag FROM notifications WHERE event_key LIKE 'purge-%'`),
      sessions: await q(`SELECT revoked_reason AS tag FROM auth_sessions WHERE revoked_reason LIKE 'purge-%' OR id IN (SELECT session_id FROM refresh_tokens WHERE token_hash LIKE 'purge-%')`),
      tokens: await q(`SELECT token_hash AS tag FROM refresh_tokens WHERE token_hash LIKE 'purge-%'`),
      throttle: await q(`SELECT key AS tag FROM login_throttle WHERE key LIKE 'purge-%'`),
      deliveries: await q(`SELECT event_key AS tag FROM notification_deliveries WHERE event_key LIKE 'purge-%'`),
      deadLetters: await q(`SELECT last_error AS tag FROM notification_dead_letters WHERE last_error LIKE 'purge-%'`),
      breakGlass: await q(`SELECT reason_code AS tag FROM break_glass_uses WHERE reason_code LIKE 'purge-%'`),
      rectified: await q(`SELECT (CASE WHEN previous_enc IS NULL THEN 'emptied-' ELSE 'kept-' END) || version_before AS tag FROM case_rectifications WHERE case_id = '${caseId}'`),
    };
  };
  /** Everything outside the rules' reach: counts of the other tables a purge could wrongly touch. */
  const untouched = async () =>
    (await db.query(`SELECT (SELECT count(*) FROM cases)::int AS cases, (SELECT count(*) FROM users)::int AS users,
      (SELECT count(*) FROM notifications WHERE event_key NOT LIKE 'purge-%')::int AS notifications,
      (SELECT count(*) FROM auth_sessions WHERE coalesce(revoked_reason, '') NOT LIKE 'purge-%')::int AS sessions,
      (SELECT count(*) FROM case_rectifications)::int AS rectifications, (SELECT identity_enc FROM cases WHERE id = $1) AS identity`, [caseId])).rows[0];

  beforeAll(async () => {
    await api.as(ADMIN); // signed in now: its session is not one the runs below could be blamed for
    const { body: c } = await (await api.as(WORKER)).post('/api/cases').send(caseBody({})).expect(201);
    caseId = c.id;
    userId = (await db.query(`SELECT id FROM users WHERE email = $1`, [WORKER])).rows[0].id;
    const org = DEMO_ORGS.asso93;
    for (const [tag, at] of [['purge-notif-old', ago(400)], ['purge-notif-young', ago(300)]] as const) {
      await db.query(`INSERT INTO notifications (user_id, organisation_id, event_key, event_type, content, created_at) VALUES ($1, $2, $3, 'CaseCreated', '{}', $4)`, [userId, org, tag, at]);
    }
    // Sessions: ended 100 days ago (with a refresh token), ended 10 days ago, revoked 100 days ago, still running.
    for (const [tag, expires, revoked] of [['purge-session-expired-old', ago(100), null], ['purge-session-expired-young', ago(10), null], ['purge-session-revoked-old', new Date(Date.now() + DAY), ago(100)], ['purge-session-running', new Date(Date.now() + DAY), null]] as const) {
      const { rows: [s] } = await db.query(`INSERT INTO auth_sessions (user_id, created_at, expires_at, revoked_at, revoked_reason) VALUES ($1, $2, $3, $4, $5) RETURNING id`, [userId, ago(120), expires, revoked, tag]);
      await db.query(`INSERT INTO refresh_tokens (session_id, token_hash, created_at, expires_at) VALUES ($1, $2, $3, $4)`, [s.id, `${tag}-token`, ago(120), expires]);
    }
    for (const [tag, start, locked] of [['purge-throttle-old', ago(100), null], ['purge-throttle-locked-long', ago(100), new Date(Date.now() + DAY)], ['purge-throttle-young', ago(5), null]] as const) {
      await db.query(`INSERT INTO login_throttle (key, failures, window_start, locked_until) VALUES ($1, 3, $2, $3)`, [tag, start, locked]);
    }
    for (const [tag, status, at] of [['purge-delivery-sent-old', 'sent', ago(100)], ['purge-delivery-dead-old', 'dead', ago(100)], ['purge-delivery-pending-old', 'pending', ago(100)], ['purge-delivery-sent-young', 'sent', ago(30)]] as const) {
      const { rows: [d] } = await db.query(`INSERT INTO notification_deliveries (event_key, event_type, channel, recipient_id, organisation_id, content, status, created_at)
        VALUES ($1, 'CaseCreated', 'email', $2, $3, '{}', $4, $5) RETURNING id`, [tag, userId, org, status, at]);
      if (status === 'dead') await db.query(`INSERT INTO notification_dead_letters (delivery_id, round, channel, attempts, last_error) VALUES ($1, 0, 'email', 5, $2)`, [d.id, `${tag}-letter`]);
    }
    for (const [tag, used] of [['purge-bg-old', ago(7 * 365)], ['purge-bg-young', ago(365)]] as const) {
      await db.query(`INSERT INTO break_glass_uses (id, case_id, territory, user_id, organisation_id, role, reason_code, justification_enc, used_at, expires_at)
        VALUES (gen_random_uuid(), $1, '93', $2, $3, 'cell_member', $4, 'x', $5, $5::timestamptz + interval '1 day')`, [caseId, userId, org, tag, used]);
    }
    for (const [version, at] of [[1, ago(7 * 365)], [2, ago(365)]] as const) {
      await db.query(`INSERT INTO case_rectifications (id, case_id, organisation_id, user_id, fields, previous_enc, version_before, created_at) VALUES (gen_random_uuid(), $1, $2, $3, '{lastName}', 'ciphertext', $4, $5)`, [caseId, org, userId, version, at]);
    }
  }, 120_000);

  it('a dry run counts what each rule would purge and deletes nothing', async () => {
    const before = await left();
    const others = await untouched();
    const report = await runAndWait(true);
    expect(report.status).toBe('done');
    expect(report.purged).toEqual([
      { rule: 'notifications', count: 1 },
      { rule: 'auth_sessions', count: 2 },
      { rule: 'login_throttle', count: 1 },
      { rule: 'notification_deliveries', count: 2 },
      { rule: 'break_glass_uses', count: 1 },
      { rule: 'case_rectifications', count: 1 },
    ]);
    expect(await left()).toEqual(before);
    expect(await untouched()).toEqual(others);
  });

  it('a real run purges the rows older than each rule, keeps the younger ones and touches nothing else', async () => {
    const others = await untouched();
    const report = await runAndWait(false);
    expect(report.status).toBe('done');
    expect(Object.fromEntries(report.purged.map((l: { rule: string; count: number }) => [l.rule, l.count]))).toEqual({
      notifications: 1, auth_sessions: 2, login_throttle: 1, notification_deliveries: 2, break_glass_uses: 1, case_rectifications: 1,
    });
    expect(await left()).toEqual({
      notifications: ['purge-notif-young'],
      sessions: ['purge-session-expired-young', 'purge-session-running'],
      tokens: ['purge-session-expired-young-token', 'purge-session-running-token'],
      throttle: ['purge-throttle-locked-long', 'purge-throttle-young'],
      deliveries: ['purge-delivery-pending-old', 'purge-delivery-sent-young'],
      deadLetters: [],
      breakGlass: ['purge-bg-young'],
      rectified: ['emptied-1', 'kept-2'],
    });
    expect(await untouched()).toEqual(others);
    // Audited: one entry per rule and batch, the rectified values on the case's own chain; counts only.
    const { rows } = await db.query(`SELECT action, details FROM audit_entries WHERE action IN ('retention.rows_purged', 'case.rectified_values_erased') ORDER BY action, details->>'rule'`);
    expect(rows).toEqual([
      { action: 'case.rectified_values_erased', details: { rule: 'case_rectifications', count: 1 } },
      { action: 'retention.rows_purged', details: { rule: 'auth_sessions', count: 2 } },
      { action: 'retention.rows_purged', details: { rule: 'break_glass_uses', count: 1 } },
      { action: 'retention.rows_purged', details: { rule: 'login_throttle', count: 1 } },
      { action: 'retention.rows_purged', details: { rule: 'notification_deliveries', count: 2 } },
      { action: 'retention.rows_purged', details: { rule: 'notifications', count: 1 } },
    ]);
    // A second run finds nothing left.
    expect((await runAndWait(false)).purged.every((l: { count: number }) => l.count === 0)).toBe(true);
  });
});
