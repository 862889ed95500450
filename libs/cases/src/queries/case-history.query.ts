import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { AbilityFactory, Actor, asSubject, FieldCipher, Transactional, Tx, TransactionHost } from '@mnio/platform';
import { CaseAccessService } from '../access/case-access.service';

export interface CaseHistoryEntry {
  id: string;
  track: string;
  type: string;
  occurredOn: string;
  recordedAt: string;
  recordedByOrganisationId: string;
  data: Record<string, unknown>;
  /** Free-text notes may name people: only identity readers get them. */
  note?: string | null;
}

/** The timeline of every track, oldest first. */
export class GetCaseHistoryQuery extends Query<CaseHistoryEntry[]> {
  constructor(
    readonly actor: Actor,
    readonly caseId: string,
  ) {
    super();
  }
}

@QueryHandler(GetCaseHistoryQuery)
export class GetCaseHistoryHandler implements IQueryHandler<GetCaseHistoryQuery> {
  constructor(
    private readonly txHost: TransactionHost,
    private readonly access: CaseAccessService,
    private readonly abilities: AbilityFactory,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ actor, caseId }: GetCaseHistoryQuery): Promise<CaseHistoryEntry[]> {
    const subject = await this.access.authorize(actor, caseId, 'read_history');
    const withNotes = this.abilities.forActor(actor).can('read_identity', asSubject('Case', subject));
    const rows: (Omit<CaseHistoryEntry, 'occurredOn' | 'recordedAt'> & { occurredOn: string; recordedAt: Date; note_enc: string | null })[] = await (this.txHost as Tx).tx.query(
      `SELECT id, track, type, to_char(occurred_on, 'YYYY-MM-DD') AS "occurredOn", recorded_at AS "recordedAt",
              recorded_by_organisation_id AS "recordedByOrganisationId", data, note_enc
       FROM case_events WHERE case_id = $1 ORDER BY recorded_at, id`,
      [caseId],
    );
    await this.audit.record({ action: 'case.history_read', subjectType: 'case', subjectId: caseId, actorOrganisationId: this.access.actingOrganisation(actor, subject, 'read_history') });
    return rows.map(({ note_enc, recordedAt, ...r }) => ({
      ...r,
      recordedAt: recordedAt.toISOString(),
      ...(withNotes ? { note: note_enc ? this.cipher.decrypt(note_enc, `case:${caseId}/event:${r.id}`) : null } : {}),
    }));
  }
}
