import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { checkSchemaAtBoot, exitOnConfigError, loadConfig, migrationNames } from '@mnio/platform';
import { MIGRATIONS } from '../../../db/migrations';
import { configureApp } from './configure-app';

// A bad setting, the platform's or a context's, stops the api with exit code 78 and names the variable; a
// database schema older or newer than this code's migrations stops it with 75 or 65 and says what to do.
void exitOnConfigError('api', async () => {
  const config = loadConfig();
  await checkSchemaAtBoot('api', config.databaseUrl, migrationNames(MIGRATIONS));
  // Imported here, inside the guard: the contexts validate their own settings when their modules load or build.
  const { ApiModule } = await import('./api.module');
  const app = await NestFactory.create(ApiModule, { bufferLogs: true, abortOnError: false });
  configureApp(app);
  await app.listen(config.port, config.host);
});
