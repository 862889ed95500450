import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { databaseOptions } from '../libs/platform/src/database/database-options';
import { MIGRATIONS } from './migrations';

/**
 * For the TypeORM CLI and the scripts: migrations only; the app registers entities itself. By default the
 * owner's URL (migrations are the owner's work; scripts/migrate.ts also grants the application role).
 */
export function createDataSource(url = process.env.DATABASE_OWNER_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/mnio'): DataSource {
  return new DataSource({ ...databaseOptions(url, 4), migrations: MIGRATIONS, migrationsTableName: 'migrations' });
}

export default createDataSource();
