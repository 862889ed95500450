import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { checkSchemaAtBoot, ConfigError, exitOnConfigError, loadConfig, migrationNames } from '@mnio/platform';
import { MIGRATIONS } from '../../../db/migrations';

// A bad setting, the platform's or a context's, stops the worker with exit code 78 and names the variable; a
// database schema older or newer than this code's migrations stops it with 75 or 65 before any job is taken.
void exitOnConfigError('worker', async () => {
  const config = loadConfig();
  // The worker signs the audit anchors; the api does not need (and should not hold) the signing key.
  if (config.nodeEnv === 'production' && !config.auditSigningKeyId) throw new ConfigError('MNIO_AUDIT_SIGNING_KEY', 'is required by the worker when NODE_ENV=production');
  await checkSchemaAtBoot('worker', config.databaseUrl, migrationNames(MIGRATIONS));
  // Imported here, inside the guard: the processors read their job lock setting when their module loads.
  const { WorkerModule } = await import('./worker.module');
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.init();
  app.get(Logger).log('worker started');
});
