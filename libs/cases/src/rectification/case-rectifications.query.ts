import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { AbilityFactory, Actor, asSubject, Db, FieldCipher, Transactional } from '@mnio/platform';
import { CaseAccessService } from '../access/case-access.service';
import { OrganisationMasker } from '../access/organisation-masker.service';
import type { RectifiableField } from './rectify-case.command';

export interface CaseRectificationView {
  id: string;
  at: string;
  /** The fields the correction changed: names, never values. */
  fields: RectifiableField[];
  /** Who corrected: the owner organisation (masked like every organisation in a case's views). */
  organisationId: string | null;
  /**
   * The values the correction replaced (identity fields and facts by name), for those who read the identity only
   * (absent otherwise; null once the retention rules erased them).
   */
  previous?: { identity: Record<string, unknown>; facts: Record<string, unknown> } | null;
}

/**
 * The rectification history of a case, oldest first. Those who read the case's history get the dates and the fields
 * changed; those who also read its identity get the replaced values, and that read is audited as an identity read.
 */
export class GetCaseRectificationsQuery extends Query<CaseRectificationView[]> {
  constructor(
    readonly actor: Actor,
    readonly caseId: string,
  ) {
    super();
  }
}

@QueryHandler(GetCaseRectificationsQuery)
export class GetCaseRectificationsHandler implements IQueryHandler<GetCaseRectificationsQuery> {
  constructor(
    private readonly db: Db,
    private readonly access: CaseAccessService,
    private readonly abilities: AbilityFactory,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditJournal,
    private readonly masker: OrganisationMasker,
  ) {}

  @Transactional()
  async execute({ actor, caseId }: GetCaseRectificationsQuery): Promise<CaseRectificationView[]> {
    const subject = await this.access.authorize(actor, caseId, 'read_history');
    const withValues = this.abilities.forActor(actor).can('read_identity', asSubject('Case', subject));
    const rows: { id: string; created_at: Date; fields: RectifiableField[]; organisation_id: string; previous_enc: string | null }[] = await this.db.em.query(
      `SELECT id, created_at, fields, organisation_id, previous_enc FROM case_rectifications WHERE case_id = $1 ORDER BY created_at, id`,
      [caseId],
    );
    if (withValues) {
      await this.audit.record({
        action: 'case.identity_read', subjectType: 'case', subjectId: caseId, reason: 'follow_up',
        actorOrganisationId: this.access.actingOrganisation(actor, subject, 'read_identity'), details: { view: 'rectifications' },
      });
    } else {
      await this.audit.record({ action: 'case.history_read', subjectType: 'case', subjectId: caseId, actorOrganisationId: this.access.actingOrganisation(actor, subject, 'read_history'), details: { view: 'rectifications' } });
    }
    const mask = await this.masker.forViewer(actor, rows.map((r) => r.organisation_id));
    return rows.map((r) => ({
      id: r.id,
      at: r.created_at.toISOString(),
      fields: r.fields,
      organisationId: mask(r.organisation_id, subject.ownerOrganisationId).id,
      ...(withValues
        ? { previous: r.previous_enc ? this.cipher.decryptJson<{ identity: Record<string, unknown>; facts: Record<string, unknown> }>(r.previous_enc, `case:${caseId}/rectification:${r.id}`) : null }
        : {}),
    }));
  }
}
