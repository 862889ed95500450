import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { ConfigError, loadConfig } from '@mnio/platform';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  try {
    const config = loadConfig();
    // The worker signs the audit anchors; the api does not need (and should not hold) the signing key.
    if (config.nodeEnv === 'production' && !config.auditSigningKeyId) throw new ConfigError('MNIO_AUDIT_SIGNING_KEY', 'is required by the worker when NODE_ENV=production');
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(78);
    }
    throw e;
  }
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.init();
  app.get(Logger).log('worker started');
}

void bootstrap().catch((err: Error) => {
  process.stderr.write(`worker failed to start: ${err.message}\n`);
  process.exit(1);
});
