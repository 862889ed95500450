import { ConfigError } from '@mnio/platform';
import { planPools } from './cluster';

describe('the API processes’ pools', () => {
  it('keeps DATABASE_POOL_SIZE while the processes fit in half of the server’s connections', () => {
    // PostgreSQL's defaults: 100 connections, 3 reserved: the API may hold 48.
    expect(planPools({ processes: 2, poolSize: 20, maxConnections: 100, reserved: 3 })).toMatchObject({ perProcess: 20, budget: 48 });
  });

  it('shares the budget when they do not, so that the total stays under max_connections', () => {
    const plan = planPools({ processes: 16, poolSize: 20, maxConnections: 100, reserved: 3 });
    expect(plan.perProcess).toBe(3);
    expect(16 * plan.perProcess).toBeLessThanOrEqual(100 - 3);
    expect(planPools({ processes: 4, poolSize: 20, maxConnections: 500, reserved: 3, budget: 30 })).toMatchObject({ perProcess: 7, budget: 30, source: 'MNIO_API_DATABASE_CONNECTIONS' });
  });

  it('refuses more processes than connections (a configuration error: exit 78)', () => {
    expect(() => planPools({ processes: 8, poolSize: 20, maxConnections: 10, reserved: 3 })).toThrow(ConfigError);
    expect(() => planPools({ processes: 8, poolSize: 20, maxConnections: 10, reserved: 3 })).toThrow('Invalid configuration: MNIO_API_PROCESSES');
  });
});
