import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditJournal } from '@mnio/audit';
import { Actor, FieldCipher, OutboxService, Db, prepared } from '@mnio/platform';
import { eventPayload, OrientationRow } from '../domain/orientation';
import { ORIENTATIONS_EVENTS } from '../events';
import type { OrientationEvent, Party } from '../domain/workflow';

export interface JournalEntry {
  /** The orientation after the step. */
  row: OrientationRow;
  action: string;
  from: string | null;
  party: Party;
  actor: Actor;
  actorOrganisationId: string;
  event: OrientationEvent;
  reasonCode?: string;
  note?: string;
  /** Extra codes and ids for the audit entry (never identity, never a location). */
  details?: Record<string, unknown>;
}

/**
 * The three records of every step, in the step's transaction: the orientation's history row (a free-text
 * note encrypted, bound to its row), the audit entry on the case's chain, and the outbox event.
 */
@Injectable()
export class OrientationJournal {
  constructor(
    private readonly db: Db,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditJournal,
    private readonly outbox: OutboxService,
  ) {}

  async record(e: JournalEntry): Promise<void> {
    const id = randomUUID();
    await this.db.em.query(
      prepared(`INSERT INTO orientation_transitions (id, orientation_id, action, from_state, to_state, party, reason_code, host_organisation_id,
         actor_user_id, actor_organisation_id, note_enc)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`),
      [id, e.row.id, e.action, e.from, e.row.state, e.party, e.reasonCode ?? null, e.row.hostOrganisationId, e.actor.userId, e.actorOrganisationId,
        e.note ? this.cipher.encrypt(e.note, noteContext(e.row.id, id)) : null],
    );
    await this.audit.record({
      action: `orientation.${e.action}`,
      subjectType: 'case',
      subjectId: e.row.caseId,
      actorOrganisationId: e.actorOrganisationId,
      details: { orientationId: e.row.id, targetKind: e.row.targetKind, action: e.action, from: e.from, to: e.row.state, reasonCode: e.reasonCode ?? null, ...e.details },
    });
    await this.outbox.publish(ORIENTATIONS_EVENTS[e.event], eventPayload(e.row, e.action, e.row.state, e.reasonCode), e.row.id);
  }

  /** The host chosen is told (beside the step's own event): the same ids and codes, the host's id among them. */
  async hostChosen(row: OrientationRow, action: string): Promise<void> {
    await this.outbox.publish(ORIENTATIONS_EVENTS.OrientationHostChosen, eventPayload(row, action, row.state), row.id);
  }
}

export const noteContext = (orientationId: string, transitionId: string) => `orientation:${orientationId}/transition:${transitionId}`;
