import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { AuthorizeCaseQuery } from '@mnio/cases';
import { AbilityFactory, Actor, DomainError, FieldCipher, NotFoundError, Transactional, Db } from '@mnio/platform';
import { ORIENTATION_COLUMNS, OrientationRow, OrientationView, orientationSubject, partiesOf, toView } from '../domain/orientation';
import { noteContext } from '../journal/orientation-journal.service';

export interface OrientationStepView {
  id: string;
  action: string;
  from: string | null;
  to: string;
  party: string;
  reasonCode: string | null;
  hostOrganisationId: string | null;
  actorOrganisationId: string;
  occurredAt: string;
  /** Free text may name the person: only those who read the case's identity get it. */
  note?: string | null;
}

/** One orientation and its history, for its parties only (404 otherwise, as for a missing one). */
export class GetOrientationQuery extends Query<OrientationView & { history: OrientationStepView[] }> {
  constructor(
    readonly actor: Actor,
    readonly orientationId: string,
  ) {
    super();
  }
}

@QueryHandler(GetOrientationQuery)
export class GetOrientationHandler implements IQueryHandler<GetOrientationQuery> {
  constructor(
    private readonly db: Db,
    private readonly abilities: AbilityFactory,
    private readonly queries: QueryBus,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ actor, orientationId }: GetOrientationQuery) {
    const em = this.db.em;
    const [row]: OrientationRow[] = await em.query(`SELECT ${ORIENTATION_COLUMNS} FROM orientations o WHERE o.id = $1`, [orientationId]);
    const ability = this.abilities.forActor(actor);
    if (!row || !ability.can('read', orientationSubject(row))) throw new NotFoundError('Orientation');
    const steps: (Omit<OrientationStepView, 'occurredAt' | 'note'> & { occurredAt: Date; note_enc: string | null })[] = await em.query(
      `SELECT id, action, from_state AS "from", to_state AS "to", party, reason_code AS "reasonCode", host_organisation_id AS "hostOrganisationId",
              actor_organisation_id AS "actorOrganisationId", occurred_at AS "occurredAt", note_enc
       FROM orientation_transitions WHERE orientation_id = $1 ORDER BY occurred_at, id`,
      [orientationId],
    );
    const withNotes = await this.readsIdentity(actor, row.caseId);
    const parties = partiesOf(ability, row);
    await this.audit.record({
      action: 'orientation.read', subjectType: 'case', subjectId: row.caseId,
      actorOrganisationId: parties.includes('target') ? row.targetOrganisationId : parties.includes('host') ? row.hostOrganisationId : row.requesterOrganisationId,
      details: { orientationId },
    });
    return {
      ...toView(row, parties),
      history: steps.map(({ note_enc, occurredAt, ...s }) => ({
        ...s,
        occurredAt: occurredAt.toISOString(),
        ...(withNotes ? { note: note_enc ? this.cipher.decrypt(note_enc, noteContext(orientationId, s.id)) : null } : {}),
      })),
    };
  }

  private async readsIdentity(actor: Actor, caseId: string): Promise<boolean> {
    try {
      await this.queries.execute(new AuthorizeCaseQuery(actor, caseId, 'read_identity'));
      return true;
    } catch (e) {
      if (e instanceof DomainError) return false;
      throw e;
    }
  }
}
