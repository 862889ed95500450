import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ApiModule } from '../../apps/api/src/api.module';
import { configureApp } from '../../apps/api/src/configure-app';

export interface BenchApi {
  /** `http://127.0.0.1:<port>` */
  url: string;
  app: INestApplication;
  close(): Promise<void>;
}

/**
 * Boots the real API in this process, as apps/api/src/main.ts does (same module, same `configureApp`,
 * OpenAPI off), on a free loopback port (or `port`). It reads process.env: set the benchmark's environment first
 * (run.ts does, from `appEnv`). Load it from another thread (`httpLoad`) so the client does not share
 * the API's event loop.
 */
export async function bootApi(listenPort = 0): Promise<BenchApi> {
  const app = await NestFactory.create(ApiModule, { bufferLogs: true });
  configureApp(app, { docs: false });
  await app.listen(listenPort, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, app, close: () => app.close() };
}
