import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { Client } from 'pg';
import { DEMO_ORGS, DEMO_USERS } from '../../db/seeds/demo';
import { caseBody } from '../support/cases';
import { inDays } from '../e2e/coordination/coordination-helpers';
import { SmtpSink } from '../support/smtp-sink';
import { dbClient, isolatedEnv, IsolatedEnv, TestWorker, waitFor } from '../support/stack';
import { WebhookReceiver } from '../support/webhook-receiver';
import { startCapturingApi } from '../e2e/orientations/capture';
import { captureNestLogger, startCapturingWorker } from './support/stack';

type CapturingApi = Awaited<ReturnType<typeof startCapturingApi>>;

/** Made-up values nobody else writes, so that a hit can only be our leak. */
function secrets() {
  const tag = randomBytes(4).toString('hex');
  const digits = String(parseInt(tag, 16) % 100000000).padStart(8, '0');
  return {
    lastName: `Xanthoroq${tag}`,
    firstName: `Meluvindra${tag}`,
    alias: `Tiquelle${tag}`,
    phone: `+337${digits}`,
    birthDate: `1961-0${1 + (parseInt(tag, 16) % 9)}-2${parseInt(tag, 16) % 8}`,
    narrative: `Recit confidentiel ${tag} hotel Oubliette`,
    dangerNotes: `Menace du reseau Kravcheno${tag}`,
    note: `Note privee Pellacour${tag}`,
    decision: `Decision secrete Ombrevaux${tag}`,
    justification: `Urgence Vastrelin${tag}`,
    hostAddress: `${parseInt(tag.slice(0, 2), 16)} impasse des Glycines Muettes ${tag}`,
    hostPhone: `+334${digits}`,
    hostAccess: `Digicode Sarnelot${tag}`,
  };
}

/**
 * What a person's file says, and where a shelter is, must stay in the encrypted columns and in the answers
 * of those entitled to read them. Recorded through the API (identity, narrative, notes, a decision, a
 * break-the-glass justification, a host's secret address), carried through the flows that notify (cell
 * sharing, orientation to Ac.Sé with a host, webhooks, e-mail), the worker drained; then every other place is
 * scanned: logs at debug (API, worker, Nest's logger), Redis keys and values under the run's prefix, every
 * table's rows outside the encrypted columns, outbox payloads, inbox items, e-mails, webhook calls, error bodies.
 */
describe('security: leak scan', () => {
  const s = secrets();
  const values = Object.entries(s);
  let env: IsolatedEnv;
  let api: CapturingApi;
  let worker: TestWorker;
  let db: Client;
  let smtp: SmtpSink;
  let receiver: WebhookReceiver;
  const workerLogs: string[] = [];
  const nestLogs: string[] = [];

  beforeAll(async () => {
    captureNestLogger(nestLogs);
    smtp = await new SmtpSink().start();
    receiver = await new WebhookReceiver().start();
    // The receiver sits on loopback: the operator's allowance lets webhooks reach it (docs/operations.md).
    env = await isolatedEnv({ SMTP_URL: smtp.url, PUBLIC_URL: 'https://mnio.test', NOTIFY_BACKOFF_MS: '50', LOG_LEVEL: 'debug', NOTIFY_WEBHOOK_ALLOW_ADDRESSES: '127.0.0.1' });
    api = await startCapturingApi();
    worker = await startCapturingWorker(workerLogs);
    db = await dbClient();
    await record(api);
    await waitFor(
      async () => {
        const r = await db.query(
          `SELECT (SELECT count(*) FROM outbox_messages WHERE relayed_at IS NULL)::int AS pending,
                  (SELECT count(*) FROM notification_deliveries WHERE status IN ('pending', 'sending'))::int AS open,
                  (SELECT count(*) FROM notification_deliveries)::int AS deliveries`,
        );
        const { pending, open, deliveries } = r.rows[0];
        return pending === 0 && open === 0 && deliveries > 0 && smtp.messages.length > 0 && receiver.calls.length > 0;
      },
      'the outbox to drain and every delivery to settle',
      90_000,
    );
  }, 240_000);

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await db?.end();
    await env?.restore();
    await smtp?.close();
    await receiver?.close();
    jest.restoreAllMocks();
  });

  async function record(a: CapturingApi): Promise<void> {
    const admin = await a.as('admin@demo.mnio.test');
    const asso = await a.as('asso.93@demo.mnio.test');
    const acse = await a.as('acse@demo.mnio.test');
    const host = await a.as('host.13@demo.mnio.test');
    const clav = await a.as('clav.93@demo.mnio.test');
    const police = await a.as('police.93@demo.mnio.test');
    const ok = async (p: PromiseLike<{ status: number; body: { code?: string } }>, status: number, what: string) => {
      const res = await p;
      if (res.status !== status) throw new Error(`${what}: ${res.status} ${res.body?.code ?? ''}`);
      return res.body as Record<string, unknown> & { id: string };
    };
    await ok(admin.post('/api/notifications/webhooks').send({ organisationId: DEMO_ORGS.acse, url: receiver.url('/acse'), eventTypes: ['OrientationRequested', 'OrientationAccepted'] }), 201, 'webhook acse');
    await ok(admin.post('/api/notifications/webhooks').send({ organisationId: DEMO_ORGS.cell93, url: receiver.url('/cell'), eventTypes: ['CaseShared', 'BreakGlassUsed', 'CellActionAssigned'] }), 201, 'webhook cell');

    await ok(host.put(`/api/hosts/${DEMO_ORGS.host13}/capacity`).send({ women: 4 }), 200, 'capacity');
    await ok(host.put(`/api/hosts/${DEMO_ORGS.host13}/location`).send({ address: s.hostAddress, postalCode: '13001', city: 'Marseille', phone: s.hostPhone, accessInstructions: s.hostAccess }), 200, 'location');

    const body = caseBody({
      territory: '93', events: [], narrative: s.narrative, danger: { localDanger: true, notes: s.dangerNotes },
      identity: { lastName: s.lastName, firstNames: [s.firstName], aliases: [s.alias], birthDate: s.birthDate, contact: { phone: s.phone, safeToContact: true } },
    });
    const c = await ok(asso.post('/api/cases').send(body), 201, 'case');
    await ok(asso.post(`/api/cases/${c.id}/identification`).send({ to: 'presumed_victim', note: s.note }), 200, 'identification');
    await ok(asso.post(`/api/cases/${c.id}/indicators`).send({ framework: 'unodc', dimension: 'control', indicator: 'documents_confiscated', strength: 'strong', observedAt: inDays(0), note: s.note }), 201, 'indicator');
    await ok(asso.post(`/api/cases/${c.id}/consents`).send({ purpose: 'share_with_cell', granted: true, method: 'oral' }), 201, 'cell consent');
    await ok(asso.post(`/api/cases/${c.id}/consents`).send({ purpose: 'orientation', granted: true, method: 'oral', targetOrganisationId: DEMO_ORGS.acse }), 201, 'orientation consent');
    const o = await ok(asso.post(`/api/cases/${c.id}/orientations`).send({ targetKind: 'acse', targetOrganisationId: DEMO_ORGS.acse, reason: 'local_danger', note: s.note }), 201, 'orientation');
    for (const action of ['start_assessment', 'search_place']) await ok(acse.post(`/api/orientations/${o.id}/transitions`).send({ action }), 200, action);
    await ok(acse.post(`/api/orientations/${o.id}/transitions`).send({ action: 'agree_in_principle', hostId: DEMO_ORGS.host13, note: s.note }), 200, 'agree');
    await ok(asso.get(`/api/cases/${c.id}/identity?reason=follow_up`), 200, 'identity read');
    // An attachment named after the person (issue 14 §2): the name goes encrypted, never into a log, a URL, the journal or an
    // error; a refused one (HTML named .pdf) too. The content quotes the narrative: only its encrypted column holds it.
    const attach = (content: string) => asso.post(`/api/cases/${c.id}/attachments`).field('kind', 'recepisse').field('documentDate', inDays(0))
      .attach('file', Buffer.from(content), { filename: `${s.lastName} ${s.firstName}.pdf`, contentType: 'application/pdf' });
    const attached = await ok(attach(`%PDF-1.4 ${s.narrative}`), 201, 'attachment');
    await ok(attach(`<html>${s.narrative}</html>`), 422, 'attachment refused');
    await ok(clav.get(`/api/cases/${c.id}/attachments`), 200, 'attachments listed without names');
    await ok(asso.get(`/api/cases/${c.id}/attachments/${attached.id}/content`), 200, 'attachment downloaded');
    await ok(acse.get(`/api/hosts/${DEMO_ORGS.host13}/location`), 200, 'location read');
    // The place board, opened from the orientation (its case's facts read, audited): counts and codes only.
    await ok(acse.get(`/api/hosts/board?orientationId=${o.id}`), 200, 'place board');

    const meeting = await ok(clav.post(`/api/cells/${DEMO_ORGS.cell93}/meetings`).send({ date: inDays(0) }), 201, 'meeting');
    await ok(clav.post(`/api/meetings/${meeting.id}/agenda`).send({ caseId: c.id }), 201, 'agenda');
    await ok(clav.post(`/api/meetings/${meeting.id}/decisions`).send({ caseId: c.id, type: 'referral_parquet', text: s.decision, actions: [{ ownerOrganisationId: DEMO_ORGS.parquet93, title: s.decision, dueOn: inDays(7) }] }), 201, 'decision');
    await ok(clav.get(`/api/meetings/${meeting.id}/minutes`), 200, 'minutes');
    const hidden = await ok(asso.post('/api/cases').send(caseBody({ territory: '93', events: [] })), 201, 'hidden case');
    await ok(police.post(`/api/cases/${hidden.id}/break-glass`).send({ reasonCode: 'imminent_danger', justification: s.justification }), 201, 'break-glass');
    // The data-protection officers' journal of who read what (issue 16 §4): case references, never the person.
    for (const email of ['dpo.93@demo.mnio.test', 'dpo@demo.mnio.test']) {
      const dpo = await a.as(email);
      await ok(dpo.get('/api/privacy/access-journal'), 200, 'access journal');
      await ok(dpo.get('/api/privacy/access-journal.csv'), 200, 'access journal (CSV)');
    }

    // Refusals carrying the values: errors must name fields and constraints, never echo them.
    await asso.post('/api/cases').send({ ...body, identity: { ...body.identity, sex: s.lastName, nationality: s.firstName } });
    // An unknown field is named in the answer (its path, by design): the value is what must not come back.
    await asso.post('/api/cases').send({ ...body, unexpected: s.phone });
    await asso.post(`/api/cases/${c.id}/identification`).send({ to: s.lastName, note: s.note });
    await asso.get(`/api/cases?reference=${encodeURIComponent(s.lastName)}&territory=${encodeURIComponent(s.phone)}`);
    await asso.post(`/api/cases/${c.id}/referrals`).send({ organisationId: s.birthDate });
    await host.put(`/api/hosts/${DEMO_ORGS.dna69}/location`).send({ address: s.hostAddress, phone: s.hostPhone });
    await host.put(`/api/hosts/${DEMO_ORGS.host13}/location`).send({ address: s.hostAddress, postalCode: s.hostPhone, city: ['x'] });
    await a.http.post('/api/auth/login').send({ email: s.lastName, password: s.narrative });
  }

  async function redisDump(): Promise<string[]> {
    const redis = new Redis(process.env.REDIS_URL!);
    try {
      const out: string[] = [];
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${env.queuePrefix}:*`, 'COUNT', 1000);
        for (const key of keys) {
          const type = await redis.type(key);
          const value =
            type === 'string' ? await redis.get(key)
            : type === 'hash' ? JSON.stringify(await redis.hgetall(key))
            : type === 'list' ? JSON.stringify(await redis.lrange(key, 0, -1))
            : type === 'set' ? JSON.stringify(await redis.smembers(key))
            : type === 'zset' ? JSON.stringify(await redis.zrange(key, 0, -1, 'WITHSCORES'))
            : type === 'stream' ? JSON.stringify(await redis.xrange(key, '-', '+'))
            : '';
          out.push(`${key}\n${value}`);
        }
        cursor = next;
      } while (cursor !== '0');
      return out;
    } finally {
      redis.disconnect();
    }
  }

  /** Encrypted columns, from the schema: bytea, or named *_enc / *_encrypted (ADR 0008). */
  async function tables(): Promise<{ encrypted: string[]; rows: Map<string, string[]> }> {
    const cols = await db.query<{ table_name: string; column_name: string; data_type: string }>(
      `SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
       WHERE c.table_schema = 'public' ORDER BY c.table_name, c.ordinal_position`,
    );
    const encrypted: string[] = [];
    const byTable = new Map<string, string[]>();
    for (const c of cols.rows) {
      if (c.data_type === 'bytea' || /_enc(rypted)?$/.test(c.column_name)) encrypted.push(`${c.table_name}.${c.column_name}`);
      else byTable.set(c.table_name, [...(byTable.get(c.table_name) ?? []), c.column_name]);
    }
    const rows = new Map<string, string[]>();
    for (const [table, columns] of byTable) {
      const list = columns.map((c) => `"${c}"`).join(', ');
      const r = await db.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM (SELECT ${list} FROM "${table}") t`);
      rows.set(table, r.rows.map((x) => x.row));
    }
    return { encrypted, rows };
  }

  it('finds no identity or host-address value anywhere but the encrypted columns and entitled answers', async () => {
    const places: [string, string[]][] = [];
    places.push(['API logs (debug)', api.logs]);
    places.push(['worker logs (debug)', workerLogs]);
    places.push(["Nest logger calls (API and worker)", nestLogs]);
    places.push(['Redis keys and values', await redisDump()]);
    const { encrypted, rows } = await tables();
    for (const [table, text] of rows) places.push([`table ${table}`, text]);
    places.push(['outbox payloads', (await db.query<{ p: string }>(`SELECT type || ' ' || payload::text AS p FROM outbox_messages`)).rows.map((r) => r.p)]);
    const inbox: string[] = [];
    for (const [email] of DEMO_USERS) inbox.push(JSON.stringify((await (await api.as(email)).get('/api/notifications?limit=100')).body));
    places.push(['inbox items (every demo user)', inbox]);
    places.push(['e-mails', smtp.messages.map((m) => `${m.subject}\n${m.text}\n${m.html}\n${m.raw}`)]);
    places.push(['webhook calls', receiver.calls.map((c) => `${c.path}\n${JSON.stringify(c.headers)}\n${c.body}`)]);
    const errors = api.responses.filter((r) => r.status >= 400);
    places.push(['error bodies', errors.map((r) => `${r.method} ${r.url.replace(/\?.*$/, '')} ${r.status} ${r.body}`)]);
    places.push(['URLs requested', api.responses.map((r) => r.url.replace(/\?.*$/, ''))]);

    const hits: string[] = [];
    for (const [place, texts] of places) {
      for (const text of texts) for (const [field, value] of values) if (text.includes(value)) hits.push(`${place}: ${field}`);
    }
    process.stdout.write(
      `leak scan: ${places.length} places, ${hits.length} hits (${rows.size} tables outside ${encrypted.length} encrypted columns, ${api.logs.length + workerLogs.length} log lines, ${smtp.messages.length} e-mails, ${receiver.calls.length} webhook calls, ${errors.length} error bodies)\n`,
    );
    // The scan looked at real traffic: notifications went out on each channel, the values were refused in errors, the rows exist.
    expect([...new Set(hits)]).toEqual([]);
    // The values were recorded, and the entitled answers (identity, host location) do carry them: the scan would see them.
    const entitled = api.responses.filter((r) => r.status === 200 && /\/(identity|location)$/.test(r.url.replace(/\?.*$/, ''))).map((r) => r.body).join('\n');
    for (const field of ['lastName', 'firstName', 'alias', 'phone', 'birthDate', 'hostAddress', 'hostPhone', 'hostAccess'] as const) expect(entitled).toContain(s[field]);
    expect(smtp.messages.length).toBeGreaterThan(0);
    expect(receiver.calls.length).toBeGreaterThan(0);
    expect(errors.length).toBeGreaterThanOrEqual(8);
    expect(api.logs.length).toBeGreaterThan(0);
    expect(encrypted).toEqual(expect.arrayContaining(['cases.identity_enc', 'cases.narrative_enc', 'host_locations.location_enc']));
  }, 120_000);
});
