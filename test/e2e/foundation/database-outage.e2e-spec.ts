import { createConnection, createServer, Server, Socket } from 'node:net';
import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { seedDemo } from '../../../db/seeds/demo';
import { migrate } from '../../../scripts/migrate';
import { PrivateCluster } from '../../../scripts/pg-private-cluster';
import { startApi, TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';

/**
 * A real outage between the API and PostgreSQL: the API's pool goes through a loopback TCP relay that the
 * test cuts (every connection dropped, new ones refused) and restores, as a database restart or a network
 * cut would look from the API.
 */
class CuttableRelay {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async open(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = createConnection(this.target);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', () => resolve()));
    this.port = (this.server.address() as { port: number }).port;
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const s of this.sockets) s.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

describe('PostgreSQL unreachable: the API answers as an outage', () => {
  const previousUrl = process.env.DATABASE_URL!;
  const dbUrl = new URL(previousUrl);
  const relay = new CuttableRelay({ host: dbUrl.hostname, port: Number(dbUrl.port || 5432) });
  let api: TestApi;
  let auth: string;

  beforeAll(async () => {
    await relay.open();
    const viaRelay = new URL(previousUrl);
    viaRelay.port = String(relay.port);
    process.env.DATABASE_URL = viaRelay.toString();
    api = await startApi();
    auth = await api.tokenFor('asso.93@demo.mnio.test');
  });

  afterAll(async () => {
    await relay.cut();
    await api?.close();
    process.env.DATABASE_URL = previousUrl;
  });

  it('answers 503 SERVICE_UNAVAILABLE with Retry-After while the database is away (never 500), and serves again once it is back', async () => {
    expect((await api.http.get('/api/cases?limit=5').set('Authorization', auth)).status).toBe(200);

    await relay.cut();
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await api.http.get('/api/cases?limit=5').set('Authorization', auth));
    answers.push(await api.http.post('/api/cases').set('Authorization', auth).send(caseBody()));
    for (const res of answers) {
      expect({ status: res.status, code: res.body.code, retryAfter: res.headers['retry-after'] }).toEqual({ status: 503, code: 'SERVICE_UNAVAILABLE', retryAfter: '5' });
      // Nothing of the driver's message (it may quote parameters or addresses).
      expect(JSON.stringify(res.body)).not.toMatch(/ECONN|127\.0\.0\.1|terminated|postgres/i);
    }

    await relay.open();
    let back = 0;
    for (let i = 0; i < 50 && back !== 200; i++) {
      back = (await api.http.get('/api/cases?limit=5').set('Authorization', auth)).status;
      if (back !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    expect(back).toBe(200);
  });
});

/**
 * The real thing: the API on a private PostgreSQL cluster (initdb in a temporary directory, another port), which
 * the test stops (`pg_ctl stop -m fast`: connections closed with 57P01, new ones refused) and starts again.
 * The logs are read through Nest's Logger, where the outage tracker and the error filter write.
 */
describe('PostgreSQL stopped mid-run: 503, one « unreachable » line, one « back » line with the count', () => {
  const previous = { url: process.env.DATABASE_URL, owner: process.env.DATABASE_OWNER_URL };
  let cluster: PrivateCluster;
  let api: TestApi;
  let auth: string;
  let errorSpy: jest.SpyInstance;
  let logSpy: jest.SpyInstance;
  const lines = (spy: jest.SpyInstance, event: string) => spy.mock.calls.filter(([obj]) => (obj as { event?: string })?.event === event).map(([obj]) => obj as Record<string, unknown>);

  beforeAll(async () => {
    cluster = await PrivateCluster.create({ backups: false, settings: { fsync: 'off' } });
    const admin = new Client({ connectionString: cluster.url('postgres') });
    await admin.connect();
    await admin.query('CREATE DATABASE mnio_test_outage');
    await admin.end();
    const ownerUrl = cluster.url('mnio_test_outage');
    const appUrl = cluster.url('mnio_test_outage', 'mnio_app');
    await migrate(ownerUrl, appUrl);
    await seedDemo(ownerUrl);
    Object.assign(process.env, { DATABASE_URL: appUrl, DATABASE_OWNER_URL: ownerUrl });
    errorSpy = jest.spyOn(Logger.prototype, 'error');
    logSpy = jest.spyOn(Logger.prototype, 'log');
    api = await startApi();
    auth = await api.tokenFor('asso.93@demo.mnio.test');
  }, 120_000);

  afterAll(async () => {
    await api?.close();
    await cluster?.destroy();
    errorSpy?.mockRestore();
    logSpy?.mockRestore();
    Object.assign(process.env, { DATABASE_URL: previous.url, DATABASE_OWNER_URL: previous.owner });
  });

  it('answers 503 SERVICE_UNAVAILABLE with Retry-After while it is stopped, readiness fails, and the log says it once each way', async () => {
    expect((await api.http.post('/api/cases').set('Authorization', auth).send(caseBody())).status).toBe(201);

    await cluster.stop('fast');
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await api.http.get('/api/cases?limit=5').set('Authorization', auth));
    for (let i = 0; i < 3; i++) answers.push(await api.http.post('/api/cases').set('Authorization', auth).send(caseBody()));
    for (const res of answers) {
      expect({ status: res.status, code: res.body.code, retryAfter: res.headers['retry-after'] }).toEqual({ status: 503, code: 'SERVICE_UNAVAILABLE', retryAfter: '5' });
      expect(JSON.stringify(res.body)).not.toMatch(/ECONN|127\.0\.0\.1|terminat|postgres|57P/i);
    }
    const ready = await api.http.get('/health/ready');
    expect({ status: ready.status, code: ready.body.code, retryAfter: ready.headers['retry-after'] }).toEqual({ status: 503, code: 'SERVICE_UNAVAILABLE', retryAfter: '5' });
    // One line for the outage, however many requests were refused; none per request.
    expect(lines(errorSpy, 'database_unreachable')).toHaveLength(1);
    expect(errorSpy.mock.calls.filter(([, msg]) => msg === 'request failed' || msg === 'database unreachable')).toEqual([]);
    expect(lines(logSpy, 'database_reachable')).toHaveLength(0);

    await cluster.start();
    let back = 0;
    for (let i = 0; i < 100 && back !== 200; i++) {
      back = (await api.http.get('/api/cases?limit=5').set('Authorization', auth)).status;
      if (back !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    expect(back).toBe(200);
    expect((await api.http.post('/api/cases').set('Authorization', auth).send(caseBody())).status).toBe(201);
    expect((await api.http.get('/health/ready')).status).toBe(200);
    // The probe (every second) closes the outage: one « back » line, with the count of refused requests.
    for (let i = 0; i < 50 && lines(logSpy, 'database_reachable').length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    const reachable = lines(logSpy, 'database_reachable');
    expect(reachable).toHaveLength(1);
    expect(reachable[0].refusedRequests).toBeGreaterThanOrEqual(answers.length);
    expect(lines(errorSpy, 'database_unreachable')).toHaveLength(1);
  }, 120_000);
});
