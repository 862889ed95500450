import { Injectable } from '@nestjs/common';
import type { OutboxEvent } from './outbox-reader';

export type OutboxHandler = (message: OutboxEvent) => Promise<void>;

/**
 * Worker-side reactions to committed events. Contexts subscribe at module init; the events processor
 * runs every handler of a message's type. Handlers must be idempotent: a job may run twice. One context's
 * failure never keeps the others from their work: every handler runs, then the first failure is thrown so
 * that the job is retried (the handlers that succeeded find their work done).
 */
@Injectable()
export class OutboxSubscribers {
  private readonly handlers = new Map<string, OutboxHandler[]>();

  /** `type` is a declared event's name (`declareEvents`), or `*` for every message. */
  on(type: string, handler: OutboxHandler): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
  }

  /** The types something subscribed to (`*` included when used). */
  subscribedTypes(): string[] {
    return [...this.handlers.keys()];
  }

  async dispatch(message: OutboxEvent): Promise<number> {
    const list = [...(this.handlers.get(message.type) ?? []), ...(this.handlers.get('*') ?? [])];
    const failures: unknown[] = [];
    for (const handler of list) {
      try {
        await handler(message);
      } catch (e) {
        failures.push(e);
      }
    }
    if (failures.length) throw failures[0];
    return list.length;
  }
}
