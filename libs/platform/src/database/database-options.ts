import type { DataSourceOptions } from 'typeorm';
import { PreparingClient } from './prepared-statements';

/**
 * Settings every connection of the application starts with (PostgreSQL's `options` startup parameter).
 * `jit=off`: mnio's statements are short (a case, a page of a list, a count from a read model); PostgreSQL compiles a
 * statement whose *estimated* cost passes `jit_above_cost`, and without statistics (a new table, a restore) the
 * estimates of the simplest lookups pass it. Measured on the duplicate check (issue 17): 0.46 ms without JIT,
 * 47 ms with it, every creation, until the next ANALYZE.
 */
export const SESSION_OPTIONS = '-c jit=off';

/** Connection settings shared by the app (`poolSize`: the config's `DATABASE_POOL_SIZE`), the migration CLI and the scripts. Never `synchronize`. */
export function databaseOptions(url: string, poolSize = 20): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrationsRun: false,
    logging: false,
    poolSize,
    // A server out of reach fails the checkout after 5 s (then 503) instead of holding the request forever.
    // `Client`: the statements registered with `prepared()` are planned once per connection (ADR 0003).
    extra: { max: poolSize, application_name: 'mnio', connectionTimeoutMillis: 5000, options: SESSION_OPTIONS, Client: PreparingClient },
  };
}
