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
    extra: { max: poolSize, application_name: 'mnio' },
  };
}
