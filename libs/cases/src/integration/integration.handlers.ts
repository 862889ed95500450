import { CommandHandler, ICommandHandler, IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { bumpVersion, endOfParisDay, isUuid, rowsOf, Transactional, Db, prepared } from '@mnio/platform';
import { CaseAccessService, CaseSubject } from '../access/case-access.service';
import { DeadlineService } from '../deadlines/deadline.service';
import { DeadlineKind, MINOR_CLOCK_KINDS } from '../deadlines/deadline-rules';
import {
  AuthorizeCaseQuery, CanOrganisationSeeCaseQuery, CasesVisibleToQuery, CaseFacts, CaseFactsQuery, CloseDeadlinesCommand, GrantCaseAccessCommand, OpenDeadline,
  OpenDeadlineCommand, OpenDeadlinesQuery, RevokeCaseAccessCommand, TransferCaseOwnershipCommand,
} from './integration.messages';

@CommandHandler(GrantCaseAccessCommand)
export class GrantCaseAccessHandler implements ICommandHandler<GrantCaseAccessCommand> {
  constructor(private readonly access: CaseAccessService, private readonly audit: AuditJournal) {}

  @Transactional()
  async execute(c: GrantCaseAccessCommand): Promise<{ granted: boolean }> {
    const granted = await this.access.grant(c.caseId, c.organisationId, c.reason, { sourceId: c.sourceId, grantedBy: c.grantedBy, expiresAt: c.expiresAt });
    if (granted) {
      await this.access.recompute(c.caseId);
      await this.audit.record({ action: 'case.access_granted', subjectType: 'case', subjectId: c.caseId, details: { organisationId: c.organisationId, reason: c.reason, sourceId: c.sourceId ?? null } });
    }
    return { granted };
  }
}

@CommandHandler(RevokeCaseAccessCommand)
export class RevokeCaseAccessHandler implements ICommandHandler<RevokeCaseAccessCommand> {
  constructor(private readonly access: CaseAccessService, private readonly audit: AuditJournal) {}

  @Transactional()
  async execute(c: RevokeCaseAccessCommand): Promise<{ revoked: string[] }> {
    const revoked = await this.access.revoke(c.caseId, { reason: c.reason, organisationId: c.organisationId, sourceId: c.sourceId }, c.why);
    if (revoked.length) {
      await this.access.recompute(c.caseId);
      await this.audit.record({ action: 'case.access_revoked', subjectType: 'case', subjectId: c.caseId, details: { organisationIds: revoked, reason: c.reason, why: c.why } });
    }
    return { revoked };
  }
}

@CommandHandler(TransferCaseOwnershipCommand)
export class TransferCaseOwnershipHandler implements ICommandHandler<TransferCaseOwnershipCommand> {
  constructor(private readonly db: Db, private readonly access: CaseAccessService, private readonly audit: AuditJournal) {}

  @Transactional()
  async execute(c: TransferCaseOwnershipCommand): Promise<{ version: number }> {
    const em = this.db.em;
    const [old]: { owner_organisation_id: string; territory: string; version: number }[] = await em.query(`SELECT owner_organisation_id, territory, version FROM cases WHERE id = $1 FOR UPDATE`, [c.caseId]);
    await this.access.revoke(c.caseId, { reason: 'owner' }, 'transferred');
    await this.access.grant(c.caseId, old.owner_organisation_id, 'former_owner', { sourceId: c.sourceId });
    await this.access.grant(c.caseId, c.newOwnerOrganisationId, 'owner', { sourceId: c.sourceId });
    const row = await bumpVersion(em, {
      table: 'cases', id: c.caseId, expected: old.version, subject: 'case',
      set: 'owner_organisation_id = $3, territory = $4', params: [c.newOwnerOrganisationId, c.newTerritory],
    });
    await this.access.recompute(c.caseId);
    // The former owner's workers no longer follow the case: their assignments end with its ownership.
    const ended = await rowsOf<{ user_id: string }>(
      em,
      `UPDATE case_assignments SET ended_at = now(), end_reason = 'ownership_transferred' WHERE case_id = $1 AND ended_at IS NULL RETURNING user_id`,
      [c.caseId],
    );
    if (ended.length) {
      await this.audit.record({ action: 'case.assignments_ended', subjectType: 'case', subjectId: c.caseId, details: { reason: 'ownership_transferred', userIds: ended.map((e) => e.user_id) } });
    }
    await this.audit.record({
      action: 'case.ownership_transferred', subjectType: 'case', subjectId: c.caseId,
      details: { from: old.owner_organisation_id, to: c.newOwnerOrganisationId, fromTerritory: old.territory, toTerritory: c.newTerritory, transferId: c.sourceId },
    });
    return { version: row.version };
  }
}

@CommandHandler(OpenDeadlineCommand)
export class OpenDeadlineHandler implements ICommandHandler<OpenDeadlineCommand> {
  constructor(private readonly db: Db, private readonly deadlines: DeadlineService) {}

  @Transactional()
  async execute(c: OpenDeadlineCommand): Promise<{ id: string; dueOn: string } | null> {
    const [row]: { territory: string }[] = c.territory ? [{ territory: c.territory }] : await this.db.em.query(`SELECT territory FROM cases WHERE id = $1`, [c.caseId]);
    if (!row) return null;
    return this.deadlines.open({ caseId: c.caseId, territory: row.territory, kind: c.kind, from: c.from, responsibleOrganisationId: c.responsibleOrganisationId, sourceRef: c.sourceRef, dueOn: c.dueOn });
  }
}

@CommandHandler(CloseDeadlinesCommand)
export class CloseDeadlinesHandler implements ICommandHandler<CloseDeadlinesCommand> {
  constructor(private readonly deadlines: DeadlineService) {}

  @Transactional()
  async execute(c: CloseDeadlinesCommand): Promise<{ closed: number }> {
    return { closed: await this.deadlines.close(c.caseId, c.kinds, c.reason, c.sourceRef) };
  }
}

@QueryHandler(AuthorizeCaseQuery)
export class AuthorizeCaseHandler implements IQueryHandler<AuthorizeCaseQuery> {
  constructor(private readonly access: CaseAccessService) {}

  execute(q: AuthorizeCaseQuery): Promise<CaseSubject> {
    return this.access.authorize(q.actor, q.caseId, q.action, { lock: q.lock });
  }
}

@QueryHandler(CaseFactsQuery)
export class CaseFactsHandler implements IQueryHandler<CaseFactsQuery> {
  constructor(private readonly db: Db) {}

  async execute({ caseId }: CaseFactsQuery): Promise<CaseFacts | null> {
    if (!isUuid(caseId)) return null;
    const rows: CaseFacts[] = await this.db.em.query(
      prepared(`SELECT c.id, c.reference, c.territory, c.owner_organisation_id AS "ownerOrganisationId", c.sex, c.age_band AS "ageBand", c.minor,
              c.age_uncertain AS "ageUncertain", c.nationality, c.foreign_national AS "foreignNational", c.exploitation_forms AS "exploitationForms",
              c.local_danger AS "localDanger", c.identification_status AS "identificationStatus", c.case_status AS "caseStatus",
              c.child_protection_status AS "childProtectionStatus", c.viewer_org_ids AS viewers,
              coalesce((SELECT array_agg(DISTINCT e->>'territory') FROM jsonb_array_elements(c.events) e
                WHERE e->>'type' = 'exploitation' AND e->>'territory' IS NOT NULL), '{}') AS "exploitationTerritories",
              coalesce((SELECT json_object_agg(k.key, k.granted) FROM (
                SELECT DISTINCT ON (purpose, target_organisation_id)
                  CASE WHEN purpose = 'orientation' THEN 'orientation:' || target_organisation_id ELSE purpose END AS key, granted
                FROM case_consents WHERE case_id = c.id ORDER BY purpose, target_organisation_id, recorded_at DESC) k), '{}') AS consents
       FROM cases c WHERE c.id = $1`),
      [caseId],
    );
    return rows[0] ?? null;
  }
}

@QueryHandler(OpenDeadlinesQuery)
export class OpenDeadlinesHandler implements IQueryHandler<OpenDeadlinesQuery> {
  constructor(private readonly db: Db) {}

  async execute(q: OpenDeadlinesQuery): Promise<OpenDeadline[]> {
    const rows: (Omit<OpenDeadline, 'dueAt' | 'escalate'> & { due_on: string })[] = await this.db.em.query(
      `SELECT d.id AS "deadlineId", d.case_id AS "caseId", c.reference, d.territory, d.kind, to_char(d.due_on, 'YYYY-MM-DD') AS due_on,
              d.responsible_organisation_id AS "responsibleOrganisationId"
       FROM case_deadlines d JOIN cases c ON c.id = d.case_id
       WHERE d.closed_at IS NULL AND d.due_on <= $1::date AND ($2::uuid IS NULL OR d.id > $2::uuid)
       ORDER BY d.id LIMIT $3`,
      [q.dueBefore.toISOString().slice(0, 10), q.afterId ?? null, q.limit],
    );
    return rows.map(({ due_on, ...r }) => ({ ...r, dueAt: endOfParisDay(due_on), escalate: MINOR_CLOCK_KINDS.includes(r.kind as DeadlineKind) }));
  }
}

@QueryHandler(CasesVisibleToQuery)
export class CasesVisibleToHandler implements IQueryHandler<CasesVisibleToQuery> {
  constructor(private readonly db: Db) {}

  async execute({ organisationIds, caseIds }: CasesVisibleToQuery): Promise<string[]> {
    if (!caseIds.length || !organisationIds.length) return [];
    const rows: { id: string }[] = await this.db.em.query(
      `SELECT id FROM cases WHERE id = ANY($1::uuid[]) AND viewer_org_ids && $2::uuid[]`,
      [[...new Set(caseIds)], [...new Set(organisationIds)]],
    );
    return rows.map((r) => r.id);
  }
}

@QueryHandler(CanOrganisationSeeCaseQuery)
export class CanOrganisationSeeCaseHandler implements IQueryHandler<CanOrganisationSeeCaseQuery> {
  constructor(private readonly access: CaseAccessService) {}

  async execute({ caseId, organisationId, formerSourceId }: CanOrganisationSeeCaseQuery): Promise<boolean> {
    const subject = await this.access.load(caseId);
    if (!subject) return false;
    if (subject.viewers.includes(organisationId)) return true;
    return !!formerSourceId && (await this.access.heldAccessFrom(caseId, organisationId, formerSourceId));
  }
}
