import { createServer, connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import request from 'supertest';
import { MetricsServer } from '@mnio/platform';
import { startApi, TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { Exposition, parseExposition, series } from '../../support/prometheus';
import { isolatedEnv, IsolatedEnv, waitFor } from '../../support/stack';
import { WorkerProcess } from '../notifications/support/worker-process';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const EMAIL = /[^\s@]+@[^\s@]+/;
const CASE_REFERENCE = /\d{2,3}-\d{4}-\d+/;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function scrape(port: number): Promise<{ status: number; type: string | null; exposition: Exposition; text: string }> {
  const res = await fetch(`http://127.0.0.1:${port}/metrics`);
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type'), exposition: parseExposition(text), text };
}

/** Whether something answers a TCP connection on `host:port`. */
function reachable(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2000 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

/** This machine's addresses other than loopback: the metrics ports must not answer there. */
const outsideAddresses = Object.values(networkInterfaces()).flat().filter((a) => a && !a.internal && a.family === 'IPv4').map((a) => a!.address);

function expectNoIdsInLabels(e: Exposition): void {
  for (const s of e.samples) {
    for (const [label, value] of Object.entries(s.labels)) {
      const where = `${s.name}{${label}="${value}"}`;
      expect([where, UUID.test(value)]).toEqual([where, false]);
      expect([where, EMAIL.test(value)]).toEqual([where, false]);
      expect([where, CASE_REFERENCE.test(value)]).toEqual([where, false]);
    }
  }
}

const value = (e: Exposition, name: string, labels: Record<string, string> = {}): number => {
  const found = series(e, name, labels);
  if (found.length !== 1) throw new Error(`expected one ${name} ${JSON.stringify(labels)}, found ${found.length}`);
  return found[0].value;
};

describe('metrics: the Prometheus endpoints of the API and the worker', () => {
  let env: IsolatedEnv;
  let api: TestApi;
  const worker = new WorkerProcess();
  let apiPort: number;
  let workerPort: number;

  beforeAll(async () => {
    apiPort = await freePort();
    workerPort = await freePort();
    env = await isolatedEnv({ MNIO_METRICS_PORT: String(apiPort), WORKER_METRICS_PORT: String(workerPort), WORKER_HEALTH_PORT: '0' });
    api = await startApi();
    worker.start({ ...process.env });
  }, 60_000);

  afterAll(async () => {
    await worker.kill('SIGTERM');
    await api?.close();
    await env?.restore();
  });

  it('serves the API metrics on loopback, by route template, with no id, address or reference in any label', async () => {
    const asso = await api.as('asso.93@demo.mnio.test');
    const { body: created } = await asso.post('/api/cases').send(caseBody()).expect(201);
    expect(created.reference).toMatch(CASE_REFERENCE);
    await asso.get(`/api/cases/${created.id}`).expect(200);
    await asso.get(`/api/cases/${created.id}/identity?reason=follow_up`).expect(200);
    await asso.get('/api/cases/00000000-0000-4000-8000-000000000000').expect(404);
    await request(api.app.getHttpServer()).post('/api/auth/login').send({ email: 'asso.93@demo.mnio.test', password: 'not-the-password' }).expect(401);
    await request(api.app.getHttpServer()).get(`/api/no-such-route/${created.reference}`).expect(404);

    const { status, type, exposition: e, text } = await scrape(apiPort);
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(text).not.toContain(created.id);
    expect(text).not.toContain(created.reference);

    // Route templates, never paths.
    expect(value(e, 'mnio_http_requests_total', { method: 'GET', route: '/api/cases/:id', status_class: '2xx' })).toBeGreaterThanOrEqual(1);
    expect(value(e, 'mnio_http_requests_total', { method: 'GET', route: '/api/cases/:id', status_class: '4xx' })).toBeGreaterThanOrEqual(1);
    expect(value(e, 'mnio_http_requests_total', { method: 'GET', route: '/api/cases/:id/identity', status_class: '2xx' })).toBe(1);
    expect(value(e, 'mnio_http_requests_total', { method: 'POST', route: '/api/auth/login', status_class: '4xx' })).toBe(1);
    expect(value(e, 'mnio_http_requests_total', { method: 'GET', route: 'unmatched', status_class: '4xx' })).toBeGreaterThanOrEqual(1);
    const routes = new Set(series(e, 'mnio_http_requests_total').map((s) => s.labels.route));
    for (const route of routes) expect(route === 'unmatched' || /^\/api(\/(:[a-zA-Z]+|[a-z0-9-]+))*$/.test(route)).toBe(true);
    // The latency histogram: the +Inf bucket counts every request of its series.
    expect(e.types.get('mnio_http_request_duration_seconds')).toBe('histogram');
    const inf = value(e, 'mnio_http_request_duration_seconds_bucket', { method: 'GET', route: '/api/cases/:id', status_class: '2xx', le: '+Inf' });
    expect(inf).toBe(value(e, 'mnio_http_request_duration_seconds_count', { method: 'GET', route: '/api/cases/:id', status_class: '2xx' }));
    expect(value(e, 'mnio_http_request_duration_seconds_sum', { method: 'GET', route: '/api/cases/:id', status_class: '2xx' })).toBeGreaterThan(0);
    expect(series(e, 'mnio_http_request_errors_total', { status_class: '2xx' })).toHaveLength(0);

    expect(value(e, 'mnio_auth_sign_in_failures_total')).toBeGreaterThanOrEqual(1);
    expect(value(e, 'mnio_auth_lockouts_total')).toBeGreaterThanOrEqual(0);
    expect(value(e, 'mnio_break_glass_uses_total')).toBe(0);
    expect(value(e, 'mnio_database_up')).toBe(1);
    expect(value(e, 'mnio_db_pool_max')).toBe(6);
    const inUse = value(e, 'mnio_db_pool_connections', { state: 'in_use' });
    const idle = value(e, 'mnio_db_pool_connections', { state: 'idle' });
    expect(inUse + idle).toBeGreaterThanOrEqual(1);
    expect(inUse + idle).toBeLessThanOrEqual(6);
    expect(value(e, 'mnio_db_pool_waiting')).toBeGreaterThanOrEqual(0);
    expect(e.types.get('nodejs_eventloop_lag_seconds')).toBe('gauge');
    expect(value(e, 'nodejs_eventloop_lag_p99_seconds')).toBeGreaterThanOrEqual(0);
    expect(value(e, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expectNoIdsInLabels(e);

    // Loopback only: bound to 127.0.0.1, nothing answers on the machine's other addresses.
    expect(api.app.get(MetricsServer).address()).toMatchObject({ address: '127.0.0.1', port: apiPort });
    for (const address of outsideAddresses) expect([address, await reachable(address, apiPort)]).toEqual([address, false]);
    expect((await fetch(`http://127.0.0.1:${apiPort}/other`)).status).toBe(404);
  });

  it('serves the worker metrics: queues, outbox, anchors, dead letters, identity reads', async () => {
    let e: Exposition | undefined;
    // The worker boots in its own process; its first anchor is written by the scheduler's first run.
    await waitFor(async () => {
      if (worker.exited) throw new Error(`the worker process exited: ${worker.tail}`);
      e = await scrape(workerPort).then((r) => (r.status === 200 ? r.exposition : undefined), () => undefined);
      return e !== undefined && series(e, 'mnio_audit_anchor_age_seconds').length === 1;
    }, 'the worker metrics with an anchor', 30_000, 500);
    e = e!;

    for (const queue of ['events', 'maintenance', 'notify-email', 'notify-webhook', 'notify-reminders']) {
      for (const state of ['waiting', 'active', 'delayed', 'failed']) expect(value(e, 'mnio_queue_jobs', { queue, state })).toBeGreaterThanOrEqual(0);
    }
    expect(value(e, 'mnio_outbox_backlog')).toBeGreaterThanOrEqual(0);
    expect(value(e, 'mnio_outbox_oldest_age_seconds')).toBeGreaterThanOrEqual(0);
    expect(value(e, 'mnio_outbox_oldest_age_seconds')).toBeLessThan(600);
    expect(value(e, 'mnio_audit_anchor_age_seconds')).toBeGreaterThanOrEqual(0);
    expect(value(e, 'mnio_audit_anchor_age_seconds')).toBeLessThan(120);
    expect(value(e, 'mnio_notification_dead_letters_open', { channel: 'email' })).toBe(0);
    expect(value(e, 'mnio_notification_deliveries_open', { channel: 'webhook' })).toBeGreaterThanOrEqual(0);
    // The identity read of the first test, by one user.
    expect(value(e, 'mnio_identity_reads_max_per_user')).toBe(1);
    expect(value(e, 'mnio_auth_locked_accounts')).toBe(0);
    expect(value(e, 'mnio_database_up')).toBe(1);
    expect(value(e, 'mnio_db_pool_max')).toBe(6);
    expect(value(e, 'nodejs_eventloop_lag_p99_seconds')).toBeGreaterThanOrEqual(0);
    expect(e.types.get('mnio_notification_deliveries_total')).toBe('counter');
    expectNoIdsInLabels(e);

    for (const address of outsideAddresses) expect([address, await reachable(address, workerPort)]).toEqual([address, false]);
  });
});
