import { AsyncLocalStorage } from 'node:async_hooks';
import { QueryFailedError, QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { isDatabaseUnreachable, OutageTracker } from './database-outage';

describe('isDatabaseUnreachable', () => {
  it.each([
    ['connection refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['connection reset', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })],
    ['server shutting down (57P01)', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })],
    ['not yet accepting connections (57P03)', Object.assign(new Error('the database system is starting up'), { code: '57P03' })],
    ['connection exception class 08', Object.assign(new Error('connection failure'), { code: '08006' })],
    ['connection lost mid-query', new Error('Connection terminated unexpectedly')],
    ['checkout timeout', new Error('timeout exceeded when trying to connect')],
    ['wrapped by TypeORM', new QueryFailedError('SELECT 1', [], Object.assign(new Error('terminating connection'), { code: '57P01' }))],
    ['connection lost mid-transaction: the runner TypeORM released', new QueryRunnerAlreadyReleasedError()],
    ['connection lost mid-transaction: the manager of a released runner', new QueryRunnerProviderAlreadyReleasedError()],
    ['as a cause', new Error('command failed', { cause: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }) })],
  ])('%s: unreachable', (_label, error) => expect(isDatabaseUnreachable(error)).toBe(true));

  it.each([
    ['unique violation', new QueryFailedError('INSERT', [], Object.assign(new Error('duplicate key'), { code: '23505' }))],
    ['serialization failure', Object.assign(new Error('could not serialize'), { code: '40001' })],
    ['syntax error', Object.assign(new Error('syntax error'), { code: '42601' })],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['nothing', undefined],
    ['a string', 'ECONNREFUSED'],
  ])('%s: not an outage', (_label, error) => expect(isDatabaseUnreachable(error)).toBe(false));
});

describe('OutageTracker', () => {
  const logger = () => ({ error: jest.fn(), log: jest.fn() });
  const until = async (cond: () => boolean) => {
    for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 5));
  };

  it('logs the outage once however many requests are refused, then once when the probe succeeds, with the count', async () => {
    const log = logger();
    let up = false;
    const tracker = new OutageTracker(async () => {
      if (!up) throw new Error('down');
    }, log, 10);
    for (let i = 0; i < 50; i++) tracker.refused();
    expect(tracker.ongoing).toBe(true);
    await new Promise((r) => setTimeout(r, 40));
    expect(log.error).toHaveBeenCalledTimes(1);
    expect(log.log).not.toHaveBeenCalled();
    up = true;
    await until(() => !tracker.ongoing);
    expect(tracker.ongoing).toBe(false);
    expect(log.log).toHaveBeenCalledTimes(1);
    expect(log.log.mock.calls[0][0]).toMatchObject({ event: 'database_reachable', refusedRequests: 50 });
    tracker.stop();
  });

  it('opens a new outage (and logs it) after the previous one ended', async () => {
    const log = logger();
    const tracker = new OutageTracker(async () => undefined, log, 5);
    tracker.refused();
    await until(() => !tracker.ongoing);
    tracker.refused();
    tracker.refused();
    await until(() => !tracker.ongoing);
    expect(log.error).toHaveBeenCalledTimes(2);
    expect(log.log.mock.calls.map((c) => c[0].refusedRequests)).toEqual([1, 2]);
    tracker.stop();
  });

  it('probes and says « reachable » outside the first refused request’s context (its request id is not on the line)', async () => {
    const als = new AsyncLocalStorage<string>();
    const seen: (string | undefined)[] = [];
    const log = { error: jest.fn(), log: jest.fn(() => seen.push(als.getStore())) };
    const tracker = new OutageTracker(async () => void seen.push(als.getStore()), log, 5);
    als.run('request-1', () => tracker.refused());
    await until(() => !tracker.ongoing);
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen.every((s) => s === undefined)).toBe(true);
    tracker.stop();
  });
});
