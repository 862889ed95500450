import { Logger } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { PARAMS_PROVIDER_TOKEN } from 'nestjs-pino';
import { pinoParams } from '@mnio/platform';
import { WorkerModule } from '../../../apps/worker/src/worker.module';
import type { TestWorker } from '../../support/stack';

/**
 * The real worker (relay, processors, reconciler, the cases context's own access check) logging at `debug`
 * into `logs`, as the capturing API does (test/e2e/orientations/capture.ts).
 */
export async function startCapturingWorker(logs: string[]): Promise<TestWorker> {
  const params = pinoParams('debug', 'mnio-worker');
  const moduleRef = await Test.createTestingModule({ imports: [WorkerModule] })
    .overrideProvider(PARAMS_PROVIDER_TOKEN)
    .useValue({ ...params, pinoHttp: [params.pinoHttp, { write: (line: string) => void logs.push(line) }] })
    .compile();
  const app = moduleRef.createNestApplication({ logger: false });
  await app.init();
  return { app, close: () => app.close() };
}

/** Every call to Nest's Logger (API and worker), kept as text; restore with jest.restoreAllMocks(). */
export function captureNestLogger(into: string[]): void {
  for (const level of ['log', 'warn', 'error', 'debug', 'verbose', 'fatal'] as const) {
    jest.spyOn(Logger.prototype, level).mockImplementation((...args: unknown[]) => void into.push(args.map((a) => (a instanceof Error ? `${a.name} ${a.message} ${a.stack}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' ')));
  }
}
