import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Actor, FieldCipher, Db, prepared } from '@mnio/platform';

/**
 * The case timeline: one row per recorded fact of any track. Data holds codes and dates only;
 * a free-text note is encrypted, bound to its case.
 */
/** Every case write records its fact: planned once per connection (ADR 0003). */
const INSERT_EVENT_SQL = prepared(`INSERT INTO case_events (id, case_id, track, type, occurred_on, recorded_by, recorded_by_organisation_id, data, note_enc)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`);

@Injectable()
export class CaseHistoryService {
  constructor(
    private readonly db: Db,
    private readonly cipher: FieldCipher,
  ) {}

  async append(
    actor: Actor,
    organisationId: string,
    entry: { caseId: string; track: string; type: string; occurredOn: string; data?: Record<string, unknown>; note?: string },
  ): Promise<string> {
    const id = randomUUID();
    await this.db.em.query(
      INSERT_EVENT_SQL,
      [id, entry.caseId, entry.track, entry.type, entry.occurredOn, actor.userId, organisationId, JSON.stringify(entry.data ?? {}),
        entry.note ? this.cipher.encrypt(entry.note, `case:${entry.caseId}/event:${id}`) : null],
    );
    return id;
  }
}
