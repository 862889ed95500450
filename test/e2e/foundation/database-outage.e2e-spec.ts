import { createConnection, createServer, Server, Socket } from 'node:net';
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
