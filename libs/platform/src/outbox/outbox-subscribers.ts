import { Injectable } from '@nestjs/common';
import type { OutboxJobData } from './outbox-relay';

export type OutboxHandler = (message: OutboxJobData) => Promise<void>;

/**
 * Worker-side reactions to committed events. Contexts subscribe at module init; the events processor
 * runs every handler of a message's type. Handlers must be idempotent: a job may run twice.
 */
@Injectable()
export class OutboxSubscribers {
  private readonly handlers = new Map<string, OutboxHandler[]>();

  on(type: string, handler: OutboxHandler): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
  }

  async dispatch(message: OutboxJobData): Promise<number> {
    const list = [...(this.handlers.get(message.type) ?? []), ...(this.handlers.get('*') ?? [])];
    for (const handler of list) await handler(message);
    return list.length;
  }
}
