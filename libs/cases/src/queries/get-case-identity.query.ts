import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { Actor, DomainError, FieldCipher, prepared, Transactional, Db } from '@mnio/platform';
import { CaseAccessService } from '../access/case-access.service';
import type { CaseIdentity } from '../domain/case-input';

export const IDENTITY_READ_REASONS = ['follow_up', 'orientation', 'protection', 'legal_procedure', 'emergency', 'other'] as const;
export type IdentityReadReason = (typeof IDENTITY_READ_REASONS)[number];

export interface CaseIdentityView {
  caseId: string;
  reference: string;
  identity: CaseIdentity;
  narrative: string | null;
  danger: { localDanger: boolean; notes: string | null };
}

/** The identity view, for entitled actors only; every read is audited with who, why and for which organisation. */
export class GetCaseIdentityQuery extends Query<CaseIdentityView> {
  constructor(
    readonly actor: Actor,
    readonly caseId: string,
    readonly reason: IdentityReadReason,
  ) {
    super();
  }
}

/** By the case's id: planned once per connection (ADR 0003). */
const IDENTITY_SQL = prepared(`SELECT identity_enc, narrative_enc, danger_notes_enc, local_danger, anonymised_at FROM cases WHERE id = $1`);

@QueryHandler(GetCaseIdentityQuery)
export class GetCaseIdentityHandler implements IQueryHandler<GetCaseIdentityQuery> {
  constructor(
    private readonly db: Db,
    private readonly access: CaseAccessService,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ actor, caseId, reason }: GetCaseIdentityQuery): Promise<CaseIdentityView> {
    const subject = await this.access.authorize(actor, caseId, 'read_identity', { deniedCode: 'IDENTITY_NOT_SHARED' });
    const [row]: { identity_enc: string; narrative_enc: string | null; danger_notes_enc: string | null; local_danger: boolean; anonymised_at: Date | null }[] = await this.db.em.query(
      IDENTITY_SQL,
      [caseId],
    );
    // Erased: there is no identity left to show (and nothing to audit as a read of it).
    if (row.anonymised_at) throw new DomainError('CASE_ANONYMISED', 'This case is anonymised: its identity was erased');
    await this.audit.record({
      action: 'case.identity_read',
      subjectType: 'case',
      subjectId: caseId,
      reason,
      actorOrganisationId: this.access.actingOrganisation(actor, subject, 'read_identity'),
    });
    return {
      caseId,
      reference: subject.reference,
      identity: this.cipher.decryptJson<CaseIdentity>(row.identity_enc, `case:${caseId}/identity`),
      narrative: row.narrative_enc ? this.cipher.decrypt(row.narrative_enc, `case:${caseId}/narrative`) : null,
      danger: { localDanger: row.local_danger, notes: row.danger_notes_enc ? this.cipher.decrypt(row.danger_notes_enc, `case:${caseId}/danger`) : null },
    };
  }
}
