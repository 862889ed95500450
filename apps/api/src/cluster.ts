import cluster, { Worker } from 'node:cluster';
import { createServer, Server } from 'node:http';
import { AggregatorRegistry, Registry } from 'prom-client';
import { Client } from 'pg';
import { API_PROCESS_ENV, AppConfig, ConfigError, EX_CONFIG, MetricsAnswer, MetricsRequest } from '@mnio/platform';

/** Exit codes that no restart can cure: a bad setting (78), a schema behind (75) or ahead (65) of the code. */
const FATAL_EXIT_CODES = new Set([EX_CONFIG, 75, 65]);

/** At most this many restarts of dead processes within RESTART_WINDOW_MS; one more stops the whole API (exit 1). */
export const MAX_RESTARTS = 5;
export const RESTART_WINDOW_MS = 60_000;
/** After SIGTERM, how long the primary waits for its processes to finish their requests before SIGKILL (`npm start` waits 10 s). */
export const STOP_GRACE_MS = 8_000;

export interface PoolPlan {
  /** Connections of each process's pool (`DATABASE_POOL_SIZE` given to it). */
  perProcess: number;
  /** What the API's processes may hold together. */
  budget: number;
  /** Where the budget comes from, for the start line. */
  source: string;
}

/**
 * Each API process's pool, so that all of them together stay within the API's share of PostgreSQL's connections:
 * `perProcess = min(DATABASE_POOL_SIZE, floor(budget / processes))`, where the budget is
 * `MNIO_API_DATABASE_CONNECTIONS` when set, otherwise half of (`max_connections` − `superuser_reserved_connections`):
 * the other half stays for the workers, migrations, backups and an operator's psql. A budget smaller than one
 * connection per process is a configuration error (exit 78).
 */
export function planPools(o: { processes: number; poolSize: number; maxConnections: number; reserved: number; budget?: number }): PoolPlan {
  const budget = o.budget ?? Math.floor((o.maxConnections - o.reserved) / 2);
  const source = o.budget !== undefined ? 'MNIO_API_DATABASE_CONNECTIONS' : `half of max_connections ${o.maxConnections} less ${o.reserved} reserved`;
  const perProcess = Math.min(o.poolSize, Math.floor(budget / o.processes));
  if (perProcess < 1) {
    throw new ConfigError('MNIO_API_PROCESSES', `(${o.processes}) exceeds the API's PostgreSQL connections (${budget}: ${source})`);
  }
  return { perProcess, budget, source };
}

/** Reads the server's connection limits as the primary starts (one short connection). */
export async function readConnectionLimits(databaseUrl: string): Promise<{ maxConnections: number; reserved: number }> {
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ max: string; reserved: string }>(
      `SELECT current_setting('max_connections') AS max, current_setting('superuser_reserved_connections') AS reserved`,
    );
    return { maxConnections: Number(rows[0].max), reserved: Number(rows[0].reserved) };
  } finally {
    await client.end();
  }
}

const say = (line: string) => process.stderr.write(`api: ${line}\n`);

/**
 * The API's primary process (node:cluster) when `MNIO_API_PROCESSES` > 1: it serves no request itself. It forks
 * that many processes of this same entry point, which share the port (connections handed out in turn), each with
 * the pool `planPools` gives it; restarts a process that dies (at most MAX_RESTARTS in RESTART_WINDOW_MS, then
 * stops the API with exit 1; a process stopped by a bad setting or schema stops it with that code); answers
 * Prometheus on `MNIO_METRICS_PORT` with every process's metrics, each under its `api_process` label; and on
 * SIGTERM or SIGINT stops every process (each finishes its requests in flight) and exits once they all have.
 */
export async function runPrimary(config: AppConfig, plan: PoolPlan): Promise<void> {
  const slots = new Map<Worker, number>();
  const restarts: number[] = [];
  let stopping = false;
  let exitCode = 0;
  let metricsServer: Server | undefined;

  const fork = (slot: number) => {
    const worker = cluster.fork({ [API_PROCESS_ENV]: String(slot), DATABASE_POOL_SIZE: String(plan.perProcess) });
    slots.set(worker, slot);
    worker.on('exit', (code, signal) => {
      slots.delete(worker);
      if (stopping) return;
      if (code !== null && FATAL_EXIT_CODES.has(code)) {
        say(`process ${slot} stopped with exit code ${code}; stopping the API`);
        return stop(code);
      }
      const now = Date.now();
      while (restarts.length && now - restarts[0] > RESTART_WINDOW_MS) restarts.shift();
      if (restarts.length >= MAX_RESTARTS) {
        say(`process ${slot} exited (${signal ?? code}); ${MAX_RESTARTS} restarts within ${RESTART_WINDOW_MS / 1000} s already: stopping the API`);
        return stop(1);
      }
      restarts.push(now);
      say(`process ${slot} exited (${signal ?? code}); restarting it (${restarts.length} of ${MAX_RESTARTS} within ${RESTART_WINDOW_MS / 1000} s)`);
      // Not unref'd: should every process be down at once, this timer keeps the primary alive to restart them.
      setTimeout(() => !stopping && fork(slot), 500);
    });
  };

  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    for (const w of slots.keys()) w.process.kill('SIGTERM');
    metricsServer?.close();
    const killer = setTimeout(() => {
      for (const w of slots.keys()) w.process.kill('SIGKILL');
    }, STOP_GRACE_MS);
    killer.unref();
    const done = () => {
      if (slots.size === 0) {
        clearTimeout(killer);
        process.exit(exitCode);
      }
    };
    cluster.on('exit', done);
    done();
  };
  process.on('SIGTERM', () => stop(0));
  process.on('SIGINT', () => stop(0));

  let listening = 0;
  cluster.on('listening', () => {
    if (++listening === config.apiProcesses) say(`${config.apiProcesses} processes listening on ${config.host}:${config.port}, ${plan.perProcess} PostgreSQL connections each (at most ${plan.budget}: ${plan.source})`);
  });
  for (let slot = 1; slot <= config.apiProcesses; slot++) fork(slot);
  if (config.apiMetricsPort) metricsServer = await serveMetrics(config.apiMetricsPort, () => [...slots.keys()]);
}

/** Prometheus on loopback, as a single API process serves it: every live process's registry, aggregated by label. */
async function serveMetrics(port: number, workers: () => Worker[]): Promise<Server | undefined> {
  let next = 0;
  const pending = new Map<number, (m: MetricsAnswer['metrics']) => void>();
  cluster.on('message', (_w, msg: MetricsAnswer) => {
    if (msg?.type === 'mnio:metrics') pending.get(msg.id)?.(msg.metrics);
  });
  const ask = (w: Worker) => new Promise<MetricsAnswer['metrics']>((resolve) => {
    const id = ++next;
    const timer = setTimeout(() => finish(undefined), 3500);
    const finish = (m: MetricsAnswer['metrics']) => {
      clearTimeout(timer);
      pending.delete(id);
      resolve(m);
    };
    pending.set(id, finish);
    try {
      w.send({ type: 'mnio:metrics-request', id } satisfies MetricsRequest);
    } catch {
      finish(undefined);
    }
  });
  const server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== '/metrics' || (req.method !== 'GET' && req.method !== 'HEAD')) return void res.writeHead(404).end();
    Promise.all(workers().map(ask)).then(
      async (answers) => {
        const body = await AggregatorRegistry.aggregate(answers.filter((a): a is NonNullable<typeof a> => !!a)).metrics();
        res.writeHead(200, { 'content-type': Registry.PROMETHEUS_CONTENT_TYPE, 'cache-control': 'no-store' }).end(req.method === 'HEAD' ? undefined : body);
      },
      () => res.writeHead(500).end(),
    );
  });
  return new Promise((resolve) => {
    server.once('listening', () => resolve(server));
    server.once('error', (err) => {
      say(`metrics port ${port} unavailable (${(err as { code?: string }).code}): serving without metrics`);
      resolve(undefined);
    });
    server.listen(port, '127.0.0.1');
  });
}
