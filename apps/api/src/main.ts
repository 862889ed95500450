import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { exitOnConfigError, loadConfig } from '@mnio/platform';
import { configureApp } from './configure-app';

// A bad setting, the platform's or a context's, stops the api with exit code 78 and names the variable.
void exitOnConfigError('api', async () => {
  const config = loadConfig();
  // Imported here, inside the guard: the contexts validate their own settings when their modules load or build.
  const { ApiModule } = await import('./api.module');
  const app = await NestFactory.create(ApiModule, { bufferLogs: true, abortOnError: false });
  configureApp(app);
  await app.listen(config.port, config.host);
});
