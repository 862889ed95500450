import { Logger } from '@nestjs/common';

const logger = new Logger('notifications');
const lastLogged = new Map<string, number>();

/**
 * Listens to a BullMQ queue's or worker's `error` events (Redis unreachable, a job whose keys Redis lost):
 * without a listener BullMQ prints them with console.error. One structured line per source every 30 s.
 */
export function logConnectionErrors(emitter: { on(event: 'error', listener: (err: Error) => void): unknown }, source: string): void {
  emitter.on('error', (err: Error & { code?: string }) => {
    const now = Date.now();
    if (now - (lastLogged.get(source) ?? 0) < 30_000) return;
    lastLogged.set(source, now);
    logger.warn({ source, err: { type: err.name, code: err.code } }, 'queue connection error');
  });
}
