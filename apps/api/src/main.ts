import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { APP_CONFIG, AppConfig, ConfigError, loadConfig } from '@mnio/platform';
import { ApiModule } from './api.module';
import { configureApp } from './configure-app';

async function bootstrap(): Promise<void> {
  try {
    loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(78);
    }
    throw e;
  }
  const app = await NestFactory.create(ApiModule, { bufferLogs: true });
  configureApp(app);
  const config = app.get<AppConfig>(APP_CONFIG);
  await app.listen(config.port, process.env.HOST || '127.0.0.1');
}

void bootstrap();
