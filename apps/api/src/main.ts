import 'reflect-metadata';
import cluster from 'node:cluster';
import { NestFactory } from '@nestjs/core';
import { checkSchemaAtBoot, exitOnConfigError, loadConfig, migrationNames } from '@mnio/platform';
import { MIGRATIONS } from '../../../db/migrations';
import { configureApp } from './configure-app';
import { planPools, readConnectionLimits, runPrimary } from './cluster';

// A bad setting, the platform's or a context's, stops the api with exit code 78 and names the variable; a
// database schema older or newer than this code's migrations stops it with 75 or 65 and says what to do.
void exitOnConfigError('api', async () => {
  const config = loadConfig();
  if (cluster.isPrimary) await checkSchemaAtBoot('api', config.databaseUrl, migrationNames(MIGRATIONS));
  // MNIO_API_PROCESSES > 1: this process only starts, watches and stops that many API processes (cluster.ts).
  if (cluster.isPrimary && config.apiProcesses > 1) {
    const limits = await readConnectionLimits(config.databaseUrl);
    const plan = planPools({ processes: config.apiProcesses, poolSize: config.databasePoolSize, ...limits, budget: config.apiDatabaseConnections });
    return runPrimary(config, plan);
  }
  // Imported here, inside the guard: the contexts validate their own settings when their modules load or build.
  const { ApiModule } = await import('./api.module');
  const app = await NestFactory.create(ApiModule, { bufferLogs: true, abortOnError: false });
  configureApp(app);
  await app.listen(config.port, config.host);
});
