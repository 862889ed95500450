import { CommandHandler, ICommandHandler, IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { OrganisationMembersQuery, UserDisplayNamesQuery } from '@mnio/directory';
import { AuditJournal } from '@mnio/audit';
import { Db, DomainError, rowsOf, Transactional } from '@mnio/platform';
import { CaseAccessService } from '../access/case-access.service';
import { RECORDING_ROLES } from '../cases.abilities';
import { AssignCaseCommand, CaseAssignments, Colleague, ColleaguesQuery, GetCaseAssignmentsQuery, UnassignCaseCommand } from './case-assignments.command';

const WORKING_ROLES = RECORDING_ROLES as ('case_worker' | 'coordinator')[];

/**
 * Under the case's row lock (two concurrent assignments of one worker: the second waits, then finds the first and
 * answers 409), with the partial unique index `case_assignments_live_uq` as the backstop. Audited on the case.
 * The case's version does not move: an assignment changes who follows the case, not what it records.
 */
@CommandHandler(AssignCaseCommand)
export class AssignCaseHandler implements ICommandHandler<AssignCaseCommand> {
  constructor(
    private readonly db: Db,
    private readonly access: CaseAccessService,
    private readonly queries: QueryBus,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ actor, caseId, userId }: AssignCaseCommand): Promise<{ caseId: string; userId: string; assignedAt: string }> {
    const subject = await this.access.authorize(actor, caseId, 'assign', { lock: true });
    const organisationId = subject.ownerOrganisationId;
    const eligible = await this.queries.execute(new OrganisationMembersQuery(organisationId, WORKING_ROLES, { userIds: [userId] }));
    if (!eligible.length) {
      throw new DomainError('ASSIGNEE_NOT_ELIGIBLE', 'Only a case worker or coordinator of the organisation that owns the case may be assigned', { field: 'userId' });
    }
    const rows = await rowsOf<{ id: string; assigned_at: Date }>(
      this.db.em,
      `INSERT INTO case_assignments (case_id, organisation_id, user_id, assigned_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (case_id, user_id) WHERE ended_at IS NULL DO NOTHING RETURNING id, assigned_at`,
      [caseId, organisationId, userId, actor.userId],
    );
    if (!rows[0]) throw new DomainError('ALREADY_ASSIGNED', 'This worker is already assigned to this case');
    await this.audit.record({
      action: 'case.assigned', subjectType: 'case', subjectId: caseId, actorOrganisationId: this.access.actingOrganisation(actor, subject, 'assign'),
      details: { assignmentId: rows[0].id, userId },
    });
    return { caseId, userId, assignedAt: rows[0].assigned_at.toISOString() };
  }
}

@CommandHandler(UnassignCaseCommand)
export class UnassignCaseHandler implements ICommandHandler<UnassignCaseCommand> {
  constructor(
    private readonly db: Db,
    private readonly access: CaseAccessService,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ actor, caseId, userId }: UnassignCaseCommand): Promise<{ caseId: string; userId: string }> {
    const subject = await this.access.authorize(actor, caseId, 'assign', { lock: true });
    const rows = await rowsOf<{ id: string }>(
      this.db.em,
      `UPDATE case_assignments SET ended_at = now(), ended_by = $3, end_reason = 'unassigned'
       WHERE case_id = $1 AND user_id = $2 AND ended_at IS NULL RETURNING id`,
      [caseId, userId, actor.userId],
    );
    if (!rows[0]) throw new DomainError('NOT_ASSIGNED', 'This worker is not assigned to this case');
    await this.audit.record({
      action: 'case.unassigned', subjectType: 'case', subjectId: caseId, actorOrganisationId: this.access.actingOrganisation(actor, subject, 'assign'),
      details: { assignmentId: rows[0].id, userId },
    });
    return { caseId, userId };
  }
}

@QueryHandler(GetCaseAssignmentsQuery)
export class GetCaseAssignmentsHandler implements IQueryHandler<GetCaseAssignmentsQuery> {
  constructor(
    private readonly db: Db,
    private readonly access: CaseAccessService,
    private readonly queries: QueryBus,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ actor, caseId }: GetCaseAssignmentsQuery): Promise<CaseAssignments> {
    const subject = await this.access.authorize(actor, caseId, 'assign');
    const live: { userId: string; assignedAt: Date }[] = await this.db.em.query(
      `SELECT user_id AS "userId", assigned_at AS "assignedAt" FROM case_assignments WHERE case_id = $1 AND ended_at IS NULL ORDER BY assigned_at, id`,
      [caseId],
    );
    const members = await this.queries.execute(new OrganisationMembersQuery(subject.ownerOrganisationId, WORKING_ROLES));
    const ids = [...new Set([...live.map((a) => a.userId), ...members.map((m) => m.userId)])];
    const names = new Map((await this.queries.execute(new UserDisplayNamesQuery(ids))).map((u) => [u.id, u.displayName]));
    const assigned = new Set(live.map((a) => a.userId));
    await this.audit.record({
      action: 'case.assignments_read', subjectType: 'case', subjectId: caseId, actorOrganisationId: this.access.actingOrganisation(actor, subject, 'assign'),
    });
    return {
      caseId,
      assignees: live.map((a) => ({ userId: a.userId, displayName: names.get(a.userId) ?? '', assignedAt: a.assignedAt.toISOString() })),
      candidates: members
        .filter((m) => !assigned.has(m.userId))
        .map((m) => ({ userId: m.userId, displayName: names.get(m.userId) ?? '' }))
        .sort((a, b) => a.displayName.localeCompare(b.displayName, 'fr')),
    };
  }
}

@QueryHandler(ColleaguesQuery)
export class ColleaguesHandler implements IQueryHandler<ColleaguesQuery> {
  constructor(private readonly queries: QueryBus) {}

  async execute({ actor }: ColleaguesQuery): Promise<Colleague[]> {
    const organisations = [...new Set(actor.memberships.filter((m) => (WORKING_ROLES as string[]).includes(m.role)).map((m) => m.organisationId))];
    const members = (await Promise.all(organisations.map(async (organisationId) =>
      (await this.queries.execute(new OrganisationMembersQuery(organisationId, WORKING_ROLES))).map((m) => ({ organisationId, userId: m.userId }))))).flat();
    const names = new Map((await this.queries.execute(new UserDisplayNamesQuery([...new Set(members.map((m) => m.userId))]))).map((u) => [u.id, u.displayName]));
    return members
      .map((m) => ({ ...m, displayName: names.get(m.userId) ?? '' }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'fr') || a.userId.localeCompare(b.userId));
  }
}
