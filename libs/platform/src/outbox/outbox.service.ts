import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { EventDeclaration, PayloadOf, undeclaredFields } from './event-declarations';

/** Queue payloads carry identifiers and codes only, never identity: the type allows no nested free text. */
export type OutboxPayload = Record<string, string | number | boolean | null | string[]>;

export const OUTBOX_CHANNEL = 'mnio_outbox';

/**
 * Writes a message in the command's own transaction: it exists if and only if the change committed.
 * NOTIFY is transactional too, so the relay wakes right after the commit, not on a polling tick.
 */
@Injectable()
export class OutboxService {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /**
   * Publishes a declared event (`declareEvents` in the producer's `events.ts`). A field the declaration does not
   * name, or a required one missing, is a programming error: refused before anything is written, by name only.
   */
  async publish<E extends EventDeclaration>(event: E, payload: PayloadOf<E>, aggregateId?: string): Promise<string> {
    const { extra, missing } = undeclaredFields(event, payload as Record<string, unknown>);
    if (extra.length || missing.length) {
      throw new Error(`event ${event.type} does not match its declaration (undeclared: ${extra.join(', ') || 'none'}; missing: ${missing.join(', ') || 'none'})`);
    }
    const rows: { id: string }[] = await this.txHost.tx.query(
      `WITH m AS (INSERT INTO outbox_messages (type, aggregate_id, payload) VALUES ($1, $2, $3) RETURNING id)
       SELECT m.id, pg_notify('${OUTBOX_CHANNEL}', '') FROM m`,
      [event.type, aggregateId ?? null, JSON.stringify(payload)],
    );
    return rows[0].id;
  }
}
