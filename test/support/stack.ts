import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { Client } from 'pg';
import { AllowAllCaseAccess, CASE_ACCESS_CHECK, DEADLINE_SOURCE, DeadlineSource } from '@mnio/notifications';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { seedDemo } from '../../db/seeds/demo';
import { migrate } from '../../scripts/migrate';
import { dropDatabase, ensureDatabase } from '../../scripts/services';
import { startApi, TestApi } from './app';
import { SmtpSink } from './smtp-sink';
import { WebhookReceiver } from './webhook-receiver';

/**
 * The test harness's stacks. A file that starts a worker runs on its own database and Redis key prefix: a worker
 * started by another file (or a second stack in the same file) must not relay our outbox into its own queues and SMTP.
 */
export interface IsolatedEnv {
  databaseUrl: string;
  queuePrefix: string;
  restore(): Promise<void>;
}

export async function isolatedEnv(vars: Record<string, string>): Promise<IsolatedEnv> {
  const tag = randomBytes(3).toString('hex');
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `${url.pathname}_n${tag}`;
  const databaseUrl = url.toString();
  if (!/test/.test(url.pathname)) throw new Error('refusing a test database whose name lacks "test"');
  await ensureDatabase(databaseUrl);
  await migrate(databaseUrl);
  await seedDemo(databaseUrl);
  const queuePrefix = `${process.env.QUEUE_PREFIX}_n${tag}`;
  // The owner's URL follows to the scratch database too, so that rawDb() and the helpers built on it read this one.
  const ownerUrl = new URL(process.env.DATABASE_OWNER_URL ?? databaseUrl);
  ownerUrl.pathname = url.pathname;
  const all: Record<string, string> = { ...vars, DATABASE_URL: databaseUrl, DATABASE_OWNER_URL: ownerUrl.toString(), QUEUE_PREFIX: queuePrefix, DATABASE_POOL_SIZE: '6' };
  const saved = Object.fromEntries(Object.keys(all).map((k) => [k, process.env[k]]));
  Object.assign(process.env, all);
  return {
    databaseUrl,
    queuePrefix,
    async restore() {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      await dropDatabase(databaseUrl);
      await clearPrefix(process.env.REDIS_URL!, queuePrefix);
    },
  };
}

export async function clearPrefix(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

export interface TestWorker {
  app: INestApplication;
  close(): Promise<void>;
}

export interface WorkerOptions {
  deadlineSource?: DeadlineSource;
  /**
   * The worker runs the production case-access check (the cases context's own `CanOrganisationSeeCaseQuery`):
   * events about a case reach only the organisations that may see it, so tests publish about real cases
   * (`seedCase`, or cases made through the API). A test may replace the check with allow-all only by saying why.
   */
  allowAllCaseAccessBecause?: string;
}

/** The real worker (relay, processors, reconciler), as apps/worker/src/main.ts runs it, with an optional deadline source. */
export async function startWorker(options: WorkerOptions = {}): Promise<TestWorker> {
  let builder = Test.createTestingModule({ imports: [WorkerModule] });
  if (options.deadlineSource) builder = builder.overrideProvider(DEADLINE_SOURCE).useValue(options.deadlineSource);
  if (options.allowAllCaseAccessBecause !== undefined) {
    if (!options.allowAllCaseAccessBecause.trim()) throw new Error('say why this test replaces the production case-access check');
    builder = builder.overrideProvider(CASE_ACCESS_CHECK).useValue(new AllowAllCaseAccess());
  }
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  return { app, close: () => app.close() };
}

/** Writes an outbox message, committed at once, and wakes the relay (OutboxService sends the NOTIFY after the commit; here one statement is both). */
export async function publish(db: Client, type: string, payload: Record<string, unknown>, aggregateId?: string): Promise<string> {
  const res = await db.query<{ id: string }>(
    `WITH m AS (INSERT INTO outbox_messages (type, aggregate_id, payload) VALUES ($1, $2, $3) RETURNING id)
     SELECT m.id, pg_notify('mnio_outbox', '') FROM m`,
    [type, aggregateId ?? null, JSON.stringify(payload)],
  );
  return res.rows[0].id;
}

export async function waitFor<T>(probe: () => Promise<T | false | null | undefined> | T | false | null | undefined, what: string, timeoutMs = 20_000, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function dbClient(): Promise<Client> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  return client;
}

export interface StackOptions {
  /** Variables for this stack's run (its own database and Redis prefix are always added). */
  env?: Record<string, string>;
  /** An SMTP sink; its URL becomes SMTP_URL. */
  smtp?: boolean;
  /** A webhook receiver on loopback. */
  receiver?: boolean;
  /** The API (default) — `false` for a worker alone. */
  api?: boolean;
  /** The in-process worker (default, with the production case-access check) — `false` for none. */
  worker?: WorkerOptions | false;
  /** Runs before the isolated environment is made (e.g. starting a private Redis whose URL goes into env). */
  before?: () => Promise<Record<string, string> | void>;
}

export interface Stack {
  env: IsolatedEnv;
  api: TestApi;
  worker: TestWorker;
  db: Client;
  smtp: SmtpSink;
  receiver: WebhookReceiver;
}

/** Boots what a test asks for on its own database and Redis prefix; `close` stops all of it, in reverse order. */
export async function startStack(options: StackOptions = {}): Promise<Stack & { close(): Promise<void> }> {
  const stack: Partial<Stack> = {};
  const closers: (() => Promise<unknown> | unknown)[] = [];
  const close = async () => {
    const errors: unknown[] = [];
    for (const c of closers.reverse()) await Promise.resolve().then(c).catch((e) => errors.push(e));
    if (errors.length) throw errors[0];
  };
  try {
    const extra = (await options.before?.()) ?? {};
    if (options.smtp) {
      stack.smtp = await new SmtpSink().start();
      closers.push(() => stack.smtp!.close());
    }
    if (options.receiver) {
      stack.receiver = await new WebhookReceiver().start();
      closers.push(() => stack.receiver!.close());
    }
    stack.env = await isolatedEnv({ ...(stack.smtp ? { SMTP_URL: stack.smtp.url } : {}), PUBLIC_URL: 'https://mnio.test', ...extra, ...options.env });
    closers.push(() => stack.env!.restore());
    if (options.api !== false) {
      stack.api = await startApi();
      closers.push(() => stack.api!.close());
    }
    if (options.worker !== false) {
      stack.worker = await startWorker(options.worker ?? {});
      closers.push(() => stack.worker!.close());
    }
    stack.db = await dbClient();
    closers.push(() => stack.db!.end());
  } catch (e) {
    await close().catch(() => undefined /* the boot's own error is the one to report */);
    throw e;
  }
  return Object.assign(stack as Stack, { close });
}

/**
 * Registers the stack's boot (beforeAll) and teardown (afterAll) in the calling describe block and hands the
 * booted parts to `ready`, so that a test file declares what it needs in one line:
 * `useStack({ smtp: true }, (s) => ({ api, worker, db, smtp } = s));`
 */
export function useStack(options: StackOptions, ready: (stack: Stack) => void, timeoutMs = 60_000): void {
  let running: (Stack & { close(): Promise<void> }) | undefined;
  beforeAll(async () => {
    running = await startStack(options);
    ready(running);
  }, timeoutMs);
  afterAll(() => running?.close());
}
