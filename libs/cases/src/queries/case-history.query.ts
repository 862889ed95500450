import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { AbilityFactory, Actor, asSubject, FieldCipher, prepared, Transactional, Db } from '@mnio/platform';
import { CaseAccessService } from '../access/case-access.service';
import { OrganisationMasker } from '../access/organisation-masker.service';

/** Keys of an entry's data that hold an organisation id. */
const ORGANISATION_KEYS = ['targetOrganisationId', 'organisationId'] as const;

export interface CaseHistoryEntry {
  id: string;
  track: string;
  type: string;
  occurredOn: string;
  recordedAt: string;
  /** Null when it is a shelter the viewer is no party of (`maskOrganisation`); `recordedByOrganisationKind` tells what it is. */
  recordedByOrganisationId: string | null;
  recordedByOrganisationKind: string | null;
  /** Codes and dates; an organisation id in it (`targetOrganisationId`, `organisationId`) is masked the same way, with its `…Kind` beside it. */
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

/** A case's timeline, by its id: planned once per connection (ADR 0003). */
const HISTORY_SQL = prepared(`SELECT id, track, type, to_char(occurred_on, 'YYYY-MM-DD') AS "occurredOn", recorded_at AS "recordedAt",
              recorded_by_organisation_id AS "recordedByOrganisationId", data, note_enc
       FROM case_events WHERE case_id = $1 ORDER BY recorded_at, id`);

@QueryHandler(GetCaseHistoryQuery)
export class GetCaseHistoryHandler implements IQueryHandler<GetCaseHistoryQuery> {
  constructor(
    private readonly db: Db,
    private readonly access: CaseAccessService,
    private readonly abilities: AbilityFactory,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditJournal,
    private readonly masker: OrganisationMasker,
  ) {}

  @Transactional()
  async execute({ actor, caseId }: GetCaseHistoryQuery): Promise<CaseHistoryEntry[]> {
    const subject = await this.access.authorize(actor, caseId, 'read_history');
    const withNotes = this.abilities.forActor(actor).can('read_identity', asSubject('Case', subject));
    const rows: (Omit<CaseHistoryEntry, 'occurredOn' | 'recordedAt' | 'recordedByOrganisationKind'> & { occurredOn: string; recordedAt: Date; note_enc: string | null })[] = await this.db.em.query(
      HISTORY_SQL,
      [caseId],
    );
    await this.audit.record({ action: 'case.history_read', subjectType: 'case', subjectId: caseId, actorOrganisationId: this.access.actingOrganisation(actor, subject, 'read_history') });
    const orgIds = rows.flatMap((r) => [r.recordedByOrganisationId, ...ORGANISATION_KEYS.map((k) => r.data[k])]).filter((v): v is string => typeof v === 'string');
    const mask = await this.masker.forViewer(actor, orgIds);
    const maskData = (data: Record<string, unknown>): Record<string, unknown> => {
      const out = { ...data };
      for (const key of ORGANISATION_KEYS) {
        if (typeof data[key] !== 'string') continue;
        const m = mask(data[key] as string, subject.ownerOrganisationId);
        out[key] = m.id;
        out[key.replace(/Id$/, 'Kind')] = m.kind;
      }
      return out;
    };
    return rows.map(({ note_enc, recordedAt, recordedByOrganisationId, data, ...r }) => ({
      ...r,
      ...((m) => ({ recordedByOrganisationId: m.id, recordedByOrganisationKind: m.kind }))(mask(recordedByOrganisationId, subject.ownerOrganisationId)),
      data: maskData(data),
      recordedAt: recordedAt.toISOString(),
      ...(withNotes ? { note: note_enc ? this.cipher.decrypt(note_enc, `case:${caseId}/event:${r.id}`) : null } : {}),
    }));
  }
}
