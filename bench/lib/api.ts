import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ApiModule } from '../../apps/api/src/api.module';
import { configureApp } from '../../apps/api/src/configure-app';
import { repoRoot } from './pg-baseline';
import { runningFromSources } from './ts-boot';

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

export interface SpawnedApi {
  /** `http://127.0.0.1:<port>` */
  url: string;
  processes: number;
  /** What the process wrote (stdout and stderr). */
  output(): string;
  close(): Promise<void>;
}

/**
 * Starts the real API entry point as its own process (`dist/apps/api/src/main.js`, or the TypeScript source in
 * the smoke run) with `MNIO_API_PROCESSES=processes` (issue 17 §3: a primary and that many processes sharing the
 * port), on a free loopback port, metrics off, with this process's environment (the benchmark's) and `env` added;
 * resolves once every process listens and `/health/ready` answers 200. `close()` sends SIGTERM and waits.
 */
export async function spawnApi(processes: number, env: Record<string, string> = {}): Promise<SpawnedApi> {
  const root = repoRoot();
  const port = await new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port: p } = s.address() as AddressInfo;
      s.close(() => resolve(p));
    });
  });
  const args = runningFromSources()
    ? ['-r', 'tsconfig-paths/register', '-r', join(root, 'test', 'support', 'ts-register.cjs'), join(root, 'apps', 'api', 'src', 'main.ts')]
    : ['--enable-source-maps', join(root, 'dist', 'apps', 'api', 'src', 'main.js')];
  const extra = (process.env.BENCH_SPAWN_NODE_ARGS ?? '').split(' ').filter(Boolean);
  if (extra.length) args.unshift(...extra);
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', MNIO_API_PROCESSES: String(processes), MNIO_METRICS_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const close = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API (${processes} processes) exited ${child.exitCode}: ${out.slice(-2000)}`);
    const listening = processes === 1 || out.includes(`${processes} processes listening`);
    const ready = listening && (await fetch(`${url}/health/ready`).then((r) => r.status === 200, () => false));
    if (ready) return { url, processes, output: () => out, close };
    if (Date.now() > deadline) {
      await close();
      throw new Error(`the API (${processes} processes) did not start within 180 s: ${out.slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
