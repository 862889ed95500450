import { CommandHandler, ICommandHandler, IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { assertVersion, Db, DomainError, isUuid, NotFoundError, OutboxService, rowsOf, Transactional } from '@mnio/platform';
import { CASES_EVENTS } from '../events';
import {
  AnonymiseCaseCommand, CaseAnonymised, CaseRetentionFacts, CaseRetentionFactsQuery, RetentionCandidatesQuery,
} from './anonymise-case.command';
import { LEGAL_HOLDS_SQL } from './legal-hold';

const CLOSED_AT = `(SELECT max(e.recorded_at) FROM case_events e WHERE e.case_id = c.id AND e.track = 'case' AND e.type IN ('close', 'close_referred'))`;
const FACTS = `c.id AS "caseId", c.reference, c.territory, c.owner_organisation_id AS "ownerOrganisationId", c.case_status AS "caseStatus",
  c.version, c.anonymised_at AS "anonymisedAt", ${CLOSED_AT} AS "closedAt", ${LEGAL_HOLDS_SQL} AS holds`;

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const facts = (r: CaseRetentionFacts): CaseRetentionFacts => ({ ...r, anonymisedAt: iso(r.anonymisedAt), closedAt: iso(r.closedAt) });

@CommandHandler(AnonymiseCaseCommand)
export class AnonymiseCaseHandler implements ICommandHandler<AnonymiseCaseCommand> {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditJournal,
    private readonly outbox: OutboxService,
  ) {}

  @Transactional()
  async execute({ caseId, cause, expectedVersion }: AnonymiseCaseCommand): Promise<CaseAnonymised> {
    const em = this.db.em;
    // The row lock orders erasure and any edit of the case: an edit waits, then finds the case anonymised (read-only).
    const [c]: CaseRetentionFacts[] = isUuid(caseId) ? await em.query(`SELECT ${FACTS} FROM cases c WHERE c.id = $1 FOR UPDATE OF c`, [caseId]) : [];
    if (!c) throw new NotFoundError('Case');
    if (c.anonymisedAt) throw new DomainError('CASE_ALREADY_ANONYMISED', 'This case is already anonymised');
    if (c.holds.length) throw new DomainError('CASE_UNDER_LEGAL_HOLD', 'This case is under a legal hold', { holds: c.holds });
    // A retention rule reached the case while closed: reopened since, it is followed again and stays.
    if (cause.kind === 'retention' && !['closed', 'closed_referred'].includes(c.caseStatus)) throw new DomainError('CASE_NOT_CLOSED', 'This case is no longer closed');
    assertVersion('case', expectedVersion, c.version);
    const [row] = await rowsOf<{ version: number; anonymised_at: Date }>(
      em,
      `UPDATE cases SET identity_enc = '', narrative_enc = NULL, danger_notes_enc = NULL, anonymised_at = now(), version = version + 1, updated_at = now()
       WHERE id = $1 RETURNING version, anonymised_at`,
      [caseId],
    );
    await em.query(`UPDATE case_events SET note_enc = NULL WHERE case_id = $1 AND note_enc IS NOT NULL`, [caseId]);
    await em.query(`UPDATE case_indicators SET note_enc = NULL WHERE case_id = $1 AND note_enc IS NOT NULL`, [caseId]);
    // Attachments: the bytes and the names go; kind, date and size stay as the trace that there was one.
    await em.query(`UPDATE case_attachments SET name_enc = NULL, content_enc = NULL, erased_at = now() WHERE case_id = $1 AND erased_at IS NULL`, [caseId]);
    await em.query(`DELETE FROM case_blind_indexes WHERE case_id = $1`, [caseId]);
    const request = cause.kind === 'request';
    await this.audit.record({
      action: 'case.anonymised',
      subjectType: 'case',
      subjectId: caseId,
      reason: request ? cause.reason : null,
      actorUserId: request ? cause.actor.userId : null,
      actorOrganisationId: request ? cause.organisationId : null,
      details: request ? { cause: 'request' } : { cause: 'retention', rule: cause.rule, runId: cause.runId },
    });
    const ids = { caseId, reference: c.reference, territory: c.territory };
    await this.outbox.publish(CASES_EVENTS.CaseAnonymised, { ...ids, ownerOrganisationId: c.ownerOrganisationId, cause: cause.kind }, caseId);
    if (request) {
      // The organisations that see the case besides the owner are told it was erased early (by reference, never identity).
      const others: { id: string }[] = await em.query(
        `SELECT DISTINCT organisation_id AS id FROM case_access
         WHERE case_id = $1 AND revoked_at IS NULL AND reason <> 'break_glass' AND organisation_id <> $2 ORDER BY 1`,
        [caseId, c.ownerOrganisationId],
      );
      for (const o of others) await this.outbox.publish(CASES_EVENTS.CaseErasedOnRequest, { ...ids, organisationId: o.id }, caseId);
    }
    return { id: caseId, reference: c.reference, version: row.version, anonymisedAt: row.anonymised_at.toISOString() };
  }
}

@QueryHandler(CaseRetentionFactsQuery)
export class CaseRetentionFactsHandler implements IQueryHandler<CaseRetentionFactsQuery> {
  constructor(private readonly db: Db) {}

  async execute({ ref }: CaseRetentionFactsQuery): Promise<CaseRetentionFacts | null> {
    if ('caseId' in ref && !isUuid(ref.caseId)) return null;
    const [where, value] = 'caseId' in ref ? ['c.id = $1', ref.caseId] : ['c.reference = $1', ref.reference.trim()];
    const rows: CaseRetentionFacts[] = await this.db.em.query(`SELECT ${FACTS} FROM cases c WHERE ${where}`, [value]);
    return rows[0] ? facts(rows[0]) : null;
  }
}

@QueryHandler(RetentionCandidatesQuery)
export class RetentionCandidatesHandler implements IQueryHandler<RetentionCandidatesQuery> {
  constructor(private readonly db: Db) {}

  async execute(q: RetentionCandidatesQuery): Promise<CaseRetentionFacts[]> {
    const rows: CaseRetentionFacts[] = await this.db.em.query(
      `SELECT * FROM (SELECT ${FACTS} FROM cases c
         WHERE c.anonymised_at IS NULL AND c.case_status = $1 AND ($2::uuid IS NULL OR c.id > $2::uuid)) k
       WHERE k."closedAt" < $3 ORDER BY k."caseId" LIMIT $4`,
      [q.caseStatus, q.afterId, q.closedBefore, q.limit],
    );
    return rows.map(facts);
  }
}
