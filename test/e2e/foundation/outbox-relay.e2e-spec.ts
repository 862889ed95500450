import { BullModule, getQueueToken, Processor } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test, TestingModule } from '@nestjs/testing';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import {
  APP_CONFIG, AppConfig, ConfigModule, declareEvents, JOB_DECLARATIONS, JobHandler, loadConfig, MissingProcessorError, OutboxEvent, OutboxJobData, OutboxRelay,
  OutboxService, OutboxSubscribers, QueueModule, QueueProcessor, TransactionHost, Tx, WorkerBootCheck,
} from '@mnio/platform';
import { EventsProcessor } from '../../../apps/worker/src/events.processor';
import { WORKER_JOBS, WorkerModule } from '../../../apps/worker/src/worker.module';
import { migrate } from '../../../scripts/migrate';
import { dropDatabase, ensureDatabase } from '../../../scripts/services';

/**
 * Two workers relaying one outbox. Runs in a throw-away database and under its own queue prefix
 * (inside the run's, so the global teardown removes it too): job ids are outbox ids, which would
 * otherwise collide with the shared database's messages relayed by other test files.
 */
/** This file's own events, declared as a context declares its own. */
const TEST_EVENTS = declareEvents({
  TestHappened: { n: 'count' },
  ReplayedOnce: { n: 'count' },
  WokenUp: { n: 'count' },
  PayloadKeptInPostgres: { n: 'count', caseId: 'uuid' },
});

describe('outbox relay: exactly once with two relays', () => {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `${url.pathname}_outbox`;
  const databaseUrl = url.toString();
  const config: AppConfig = { ...loadConfig(), databaseUrl, queuePrefix: `${process.env.QUEUE_PREFIX}:outbox` };
  const workers: TestingModule[] = [];
  let db: Client;

  /** The queue handle the relay writes to (several modules register their own handle on the events queue). */
  const eventsQueue = (worker: TestingModule) => (worker.get(OutboxRelay) as unknown as { queue: Queue<OutboxJobData> }).queue;

  async function bootWorker(declarations = WORKER_JOBS): Promise<TestingModule> {
    const worker = await Test.createTestingModule({ imports: [WorkerModule] })
      .overrideProvider(APP_CONFIG)
      .useValue(config)
      .overrideProvider(JOB_DECLARATIONS)
      .useValue(declarations)
      .compile();
    workers.push(worker);
    // Drained by hand below; the timer and LISTEN are tested on their own.
    worker.get(OutboxRelay).autoStart = false;
    await worker.init();
    return worker;
  }

  /** Publishes `n` messages, in transactions of 10, as commands do. */
  async function publish(worker: TestingModule, n: number, type: Exclude<keyof typeof TEST_EVENTS, 'PayloadKeptInPostgres'> = 'TestHappened'): Promise<string[]> {
    const txHost = worker.get(TransactionHost);
    const outbox = worker.get(OutboxService);
    const batches = await Promise.all(
      Array.from({ length: Math.ceil(n / 10) }, (_, b) =>
        txHost.withTransaction(async () => {
          const ids: string[] = [];
          for (let i = b * 10; i < Math.min(n, b * 10 + 10); i++) ids.push(await outbox.publish(TEST_EVENTS[type], { n: i }, `agg-${i}`));
          return ids;
        }),
      ),
    );
    return batches.flat();
  }

  beforeAll(async () => {
    await ensureDatabase(databaseUrl);
    await migrate(databaseUrl);
    db = new Client({ connectionString: databaseUrl });
    await db.connect();
  });

  afterAll(async () => {
    try {
      if (workers[0]) await eventsQueue(workers[0]).obliterate({ force: true });
    } finally {
      for (const worker of workers) await worker.close();
      await db?.end();
      await dropDatabase(databaseUrl);
    }
  });

  it('relays 300 messages once each when two relays drain at the same time', async () => {
    const [a, b] = [await bootWorker(), await bootWorker()];
    const ids = await publish(a, 300);
    expect(new Set(ids).size).toBe(300);

    const enqueued = new Map<string, number>();
    const relays = [a, b].map((w) => {
      const relay = w.get(OutboxRelay);
      relay.batchSize = 20;
      const queue = eventsQueue(w);
      const addBulk = queue.addBulk.bind(queue);
      jest.spyOn(queue, 'addBulk').mockImplementation(async (jobs) => {
        for (const job of jobs) enqueued.set(job.opts!.jobId!, (enqueued.get(job.opts!.jobId!) ?? 0) + 1);
        // Give the other relay a chance to run between claiming and marking.
        await new Promise((r) => setTimeout(r, 5));
        return addBulk(jobs);
      });
      return relay;
    });
    const [relayedByA, relayedByB] = await Promise.all(relays.map((r) => r.drain()));
    expect(relayedByA + relayedByB).toBe(300);
    expect(relayedByA).toBeGreaterThan(0);
    expect(relayedByB).toBeGreaterThan(0);
    expect(enqueued.size).toBe(300);
    expect([...enqueued.values()].every((n) => n === 1)).toBe(true);

    const pending = await db.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE relayed_at IS NULL`);
    expect(pending.rows[0].n).toBe(0);

    const queue = eventsQueue(a);
    const counts = await queue.getJobCounts('waiting', 'active', 'completed', 'failed', 'delayed', 'prioritized');
    expect(Object.values(counts).reduce((x, y) => x + y, 0)).toBe(300);
    const jobs = await Promise.all(ids.map((id) => queue.getJob(`outbox-${id}`)));
    for (const [i, job] of jobs.entries()) {
      expect(job?.name).toBe('TestHappened');
      expect(job?.data).toEqual({ outboxId: ids[i], type: 'TestHappened' });
    }
    await Promise.all(relays.map((r) => r.drain().then((n) => expect(n).toBe(0))));
  });

  it('enqueues a message relayed twice (a relay died before marking it) only once', async () => {
    const [worker] = workers;
    const [id] = await publish(worker, 1, 'ReplayedOnce');
    const relay = worker.get(OutboxRelay);
    expect(await relay.drain()).toBe(1);
    await db.query(`UPDATE outbox_messages SET relayed_at = NULL WHERE id = $1`, [id]);
    expect(await relay.drain()).toBe(1);
    const queue = eventsQueue(worker);
    const counts = await queue.getJobCounts('waiting', 'active', 'completed', 'failed', 'delayed', 'prioritized');
    expect(Object.values(counts).reduce((x, y) => x + y, 0)).toBe(301);
  });

  it('wakes on NOTIFY right after the commit, not on the polling tick', async () => {
    const [worker] = workers;
    const relay = worker.get(OutboxRelay);
    relay.autoStart = true;
    await relay.onApplicationBootstrap();
    const started = Date.now();
    const [id] = await publish(worker, 1, 'WokenUp');
    for (;;) {
      const { rows } = await db.query(`SELECT relayed_at FROM outbox_messages WHERE id = $1`, [id]);
      if (rows[0].relayed_at) break;
      if (Date.now() - started > 3000) throw new Error('message not relayed within 3 s');
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('sends the wake-up after the commit, not inside the transaction (no write holds the notification lock), and none for a rollback', async () => {
    const worker = workers[0] ?? (await bootWorker());
    const txHost = worker.get<Tx>(TransactionHost);
    const outbox = worker.get(OutboxService);
    const dataSource = worker.get(DataSource);
    const listener = new Client({ connectionString: databaseUrl });
    await listener.connect();
    const heard: number[] = [];
    listener.on('notification', (n) => n.channel === 'mnio_outbox' && heard.push(Date.now()));
    await listener.query('LISTEN mnio_outbox');
    const settle = () => new Promise((r) => setTimeout(r, 300));
    const sentOnPool = jest.spyOn(dataSource, 'query');
    try {
      let committedAt = 0;
      let inTransaction: string[] = [];
      await txHost.withTransaction(async () => {
        const runner = txHost.tx.queryRunner!;
        const sent = jest.spyOn(runner, 'query');
        await outbox.publish(TEST_EVENTS.WokenUp, { n: 1 }, 'agg-wake');
        await settle();
        inTransaction = sent.mock.calls.map((c) => String(c[0]));
        sent.mockRestore();
        expect(heard).toEqual([]);
        committedAt = Date.now();
      });
      // The writer's transaction wrote the message and notified nobody: PostgreSQL takes its notification lock at the
      // commit of a transaction that notifies, and holds it through the commit's WAL flush, for every writer in turn.
      expect(inTransaction.some((q) => /INSERT INTO outbox_messages/.test(q))).toBe(true);
      expect(inTransaction.filter((q) => /notify/i.test(q))).toEqual([]);
      for (let i = 0; i < 100 && !heard.length; i++) await new Promise((r) => setTimeout(r, 20));
      expect(heard.length).toBe(1);
      expect(heard[0]).toBeGreaterThanOrEqual(committedAt);
      expect(sentOnPool.mock.calls.filter((c) => /pg_notify/.test(String(c[0])))).toHaveLength(1);

      heard.length = 0;
      await expect(
        txHost.withTransaction(async () => {
          await outbox.publish(TEST_EVENTS.WokenUp, { n: 2 }, 'agg-wake');
          throw new Error('changed my mind');
        }),
      ).rejects.toThrow('changed my mind');
      await settle();
      expect(heard).toEqual([]);

      // Twenty commits while a wake-up is on its way (held 500 ms here): covered by one more, not by twenty.
      const original = DataSource.prototype.query.bind(dataSource);
      sentOnPool.mockImplementation(async (...args: Parameters<DataSource['query']>) => {
        await new Promise((r) => setTimeout(r, 500));
        return original(...args);
      });
      await Promise.all(Array.from({ length: 20 }, (_, i) => txHost.withTransaction(() => outbox.publish(TEST_EVENTS.WokenUp, { n: 10 + i }, 'agg-wake'))));
      for (let i = 0; i < 100 && heard.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
      await settle();
      expect(heard.length).toBe(2);
      // Every message of this test relayed and taken by the events processor before the next test (and the teardown's obliterate).
      const queue = eventsQueue(worker);
      for (let i = 0; i < 250; i++) {
        const { rows } = await db.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE relayed_at IS NULL`);
        const counts = await queue.getJobCounts('wait', 'active', 'delayed', 'prioritized');
        if (rows[0].n === 0 && Object.values(counts).every((n) => n === 0)) break;
        await new Promise((r) => setTimeout(r, 20));
      }
    } finally {
      sentOnPool.mockRestore();
      await listener.end();
    }
  });

  it('puts only the outbox id and type in Redis; the worker reads the payload from PostgreSQL', async () => {
    const worker = workers[0] ?? (await bootWorker());
    const caseId = '0b8a4c8e-2d0f-4c37-9d7e-3f1a2b3c4d5e';
    const received: OutboxEvent[] = [];
    // Every worker's events processor takes jobs from the same queue: whichever runs it must report it.
    for (const w of workers) w.get(OutboxSubscribers).on(TEST_EVENTS.PayloadKeptInPostgres.type, async (m) => void received.push(m));
    const id = await worker.get(TransactionHost).withTransaction(() => worker.get(OutboxService).publish(TEST_EVENTS.PayloadKeptInPostgres, { n: 7, caseId }, caseId));
    await worker.get(OutboxRelay).drain();

    // The job's hash as Redis holds it, read raw: no payload, no field of it. (The relay woken by NOTIFY above may be
    // the one enqueueing it, a moment later.)
    const queue = eventsQueue(worker);
    const redis = await queue.client;
    let raw: string | null = null;
    for (const started = Date.now(); raw === null && Date.now() - started < 5000; ) {
      raw = await redis.hget(queue.toKey(`outbox-${id}`), 'data');
      if (raw === null) await new Promise((r) => setTimeout(r, 20));
    }
    expect(raw).not.toBeNull();
    expect(JSON.parse(raw!)).toEqual({ outboxId: id, type: 'PayloadKeptInPostgres' });
    expect(raw).not.toMatch(/payload|caseId|aggregate/);
    expect(raw).not.toContain(caseId);

    const started = Date.now();
    while (!received.length) {
      if (Date.now() - started > 10_000) throw new Error('event not processed within 10 s');
      await new Promise((r) => setTimeout(r, 20));
    }
    // (`relayedAt` may still be null: the job can run before the relay's own transaction commits its mark.)
    expect(received).toEqual([expect.objectContaining({ outboxId: id, type: 'PayloadKeptInPostgres', aggregateId: caseId, payload: { n: 7, caseId }, createdAt: expect.any(String) })]);
  });

  it('starts the processors of a worker that passed its boot check', () => {
    expect(workers[0].get(EventsProcessor).worker.isRunning()).toBe(true);
  });
});

const BOOT_QUEUE = 'foundation-boot-check';

@Processor(BOOT_QUEUE)
class KnownJobsProcessor extends QueueProcessor {
  protected readonly handlers: Record<string, JobHandler> = { known: async () => undefined };
}

@Module({
  imports: [ConfigModule, DiscoveryModule, QueueModule.forRoot('worker'), BullModule.registerQueue({ name: BOOT_QUEUE })],
  providers: [KnownJobsProcessor, { provide: JOB_DECLARATIONS, useValue: {} }, WorkerBootCheck],
})
class BootCheckModule {}

describe('worker boot check', () => {
  const config: AppConfig = { ...loadConfig(), queuePrefix: `${process.env.QUEUE_PREFIX}:bootcheck` };
  // A worker that passes is the real one above (its events processor runs after the check).
  const boot = (jobs: string[]) =>
    Test.createTestingModule({ imports: [BootCheckModule] })
      .overrideProvider(APP_CONFIG)
      .useValue(config)
      .overrideProvider(JOB_DECLARATIONS)
      .useValue({ [BOOT_QUEUE]: jobs })
      .compile();

  it('refuses to start when a declared job has no processor, before any worker takes a job', async () => {
    const moduleRef = await boot(['known', 'missing', 'also-missing']);
    try {
      await expect(moduleRef.init()).rejects.toThrow(new MissingProcessorError([`${BOOT_QUEUE}/missing`, `${BOOT_QUEUE}/also-missing`]));
      expect(() => moduleRef.get(KnownJobsProcessor).worker).toThrow(/not yet been initialized/);
    } finally {
      // A context whose init failed cannot be closed: release by hand what its providers opened.
      await moduleRef.get<Queue>(getQueueToken(BOOT_QUEUE)).close();
    }
  });
});
