import { Client } from 'pg';
import { DeadlineScanner } from '@mnio/notifications';
import { createOrgUser, signIn } from '../../support/actors';
import { TestApi } from '../../support/app';
import { caseBody, distinctivePerson } from '../../support/cases';
import { SmtpSink } from '../../support/smtp-sink';
import { TestWorker, useStack, waitFor } from '../../support/stack';

const DAY = 86_400_000;
const PARQUET93 = 'parquet.93@demo.mnio.test';

const inboxOf = async (api: TestApi, email: string, reference: string) =>
  ((await (await api.as(email)).get('/api/notifications?limit=100').expect(200)).body.items as { eventType: string; reference: string; title: string; deadlineId?: string }[])
    .filter((n) => n.reference === reference);

/**
 * A minor's overdue clock is escalated to the territory's parquet (des mineurs), once per step, by inbox and
 * email, with the reference and the step only. Real cases, real worker; time moves through the scan's clock.
 */
describe("notifications: a minor's overdue clock escalates to the parquet", () => {
  let smtp: SmtpSink;
  let api: TestApi;
  let worker: TestWorker;
  let db: Client;
  useStack({ smtp: true, env: { NOTIFY_BACKOFF_MS: '100' } }, (s) => ({ smtp, api, worker, db } = s));

  it('tells the parquet once when the report and the reception are late, never the steps already done, and nothing about the child', async () => {
    const person = distinctivePerson();
    const asso = await api.as('asso.93@demo.mnio.test');
    const body = caseBody({ identity: { lastName: person.lastName, firstNames: [person.firstName], birthDate: '2012-04-01' } });
    const { body: late } = await asso.post('/api/cases').send(body).expect(201);
    const { body: reported } = await asso.post('/api/cases').send(caseBody({ identity: { birthDate: '2012-05-01' } })).expect(201);
    await asso.post(`/api/cases/${reported.id}/child-protection-events`).send({ event: 'report_made', service: 'parquet' }).expect(201);
    const parquet13 = await createOrgUser(api, { kind: 'parquet', territories: ['13'] }, 'teh_referent');

    const scanner = worker.app.get(DeadlineScanner);
    const later = new Date(Date.now() + 3 * DAY);
    await scanner.scan(later);
    await scanner.scan(new Date(later.getTime() + 60_000));

    const escalated = (await inboxOf(api, PARQUET93, late.reference)).filter((n) => n.eventType === 'DeadlineEscalated');
    const clocks = await db.query<{ id: string; kind: string }>(`SELECT id, kind FROM case_deadlines WHERE case_id = $1 ORDER BY kind`, [late.id]);
    expect(clocks.rows.map((r) => r.kind)).toEqual(['ase_reception', 'minor_report']);
    expect(escalated.map((n) => n.deadlineId).sort()).toEqual(clocks.rows.map((r) => r.id).sort());
    expect(escalated[0].title).toBe(`Protection d’un mineur : étape en retard — ${late.reference}`);
    // The responsible organisations get their own overdue reminder; the ASE is not told the escalation.
    expect((await inboxOf(api, 'asso.93@demo.mnio.test', late.reference)).map((n) => n.eventType)).toContain('DeadlineOverdue');
    expect((await inboxOf(api, 'asso.93@demo.mnio.test', late.reference)).map((n) => n.eventType)).not.toContain('DeadlineEscalated');
    expect((await inboxOf(api, 'ase.93@demo.mnio.test', late.reference)).map((n) => n.eventType)).not.toContain('DeadlineEscalated');
    // Another territory's parquet hears nothing.
    await signIn(api, parquet13.email);
    expect(await inboxOf(api, parquet13.email, late.reference)).toEqual([]);
    // The step already done is not escalated; the reception, still awaited, is.
    const other = (await inboxOf(api, PARQUET93, reported.reference)).filter((n) => n.eventType === 'DeadlineEscalated');
    const receptionId = (await db.query(`SELECT id FROM case_deadlines WHERE case_id = $1 AND kind = 'ase_reception'`, [reported.id])).rows[0].id;
    expect(other.map((n) => n.deadlineId)).toEqual([receptionId]);

    const rows = await db.query(`SELECT count(*)::int AS n FROM notifications WHERE event_type = 'DeadlineEscalated' AND content->>'caseId' = $1`, [late.id]);
    expect(rows.rows[0].n).toBe(2);

    const mails = await waitFor(() => {
      const m = smtp.messages.filter((x) => x.subject.includes(late.reference) && x.subject.includes('étape en retard'));
      return m.length === 2 && m;
    }, 'two escalation emails to the parquet');
    expect(mails.every((m) => m.to[0] === PARQUET93)).toBe(true);
    expect(mails.map((m) => m.text.match(/^Étape : (.*)$/m)?.[1]).sort()).toEqual(['Accueil provisoire par l’ASE', 'Signalement à la CRIP ou au parquet']);
    for (const m of mails) {
      expect(m.text).not.toContain(person.lastName);
      expect(m.text).not.toContain(person.firstName);
      expect(m.html).not.toContain(person.lastName);
    }
    const stored = await db.query(`SELECT content::text AS c FROM notifications WHERE content->>'caseId' = $1 UNION ALL SELECT content::text FROM notification_deliveries WHERE content->>'caseId' = $1`, [late.id]);
    expect(stored.rows.some((r) => r.c.includes(person.lastName) || r.c.includes('2012-04-01'))).toBe(false);
  });
});
