import type { DataSourceOptions } from 'typeorm';

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
    extra: { max: poolSize, application_name: 'mnio', connectionTimeoutMillis: 5000 },
  };
}
