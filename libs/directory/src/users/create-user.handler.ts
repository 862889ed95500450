import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { AbilityFactory, actingOrganisationId, DomainError, OutboxService, Transactional, Db } from '@mnio/platform';
import { enrolmentPath, issueEnrolmentToken } from '../enrolment/enrolment-links';
import { CreatedUser, CreateUserCommand } from './create-user.command';
import { grantOrRequest } from './grant-or-request';

@CommandHandler(CreateUserCommand)
export class CreateUserHandler implements ICommandHandler<CreateUserCommand> {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditJournal,
    private readonly outbox: OutboxService,
    private readonly abilities: AbilityFactory,
  ) {}

  @Transactional()
  async execute(cmd: CreateUserCommand): Promise<CreatedUser> {
    const em = this.db.em;
    const actorOrganisationId = actingOrganisationId(this.abilities, cmd.actor, 'create', 'User');
    const rows: { id: string }[] = await em.query(
      `INSERT INTO users (email, display_name, password_hash) VALUES ($1, $2, NULL)
       ON CONFLICT (lower(email)) DO NOTHING RETURNING id`,
      [cmd.email.trim(), cmd.displayName],
    );
    if (!rows[0]) throw new DomainError('EMAIL_TAKEN', 'A user with this email already exists');
    const id = rows[0].id;
    const result: CreatedUser = { id, enrolment: { token: '', path: '', expiresAt: '' }, memberships: [], requests: [] };
    await this.audit.record({ action: 'user.created', subjectType: 'user', subjectId: id, actorOrganisationId, details: { memberships: cmd.memberships.map((m) => ({ organisationId: m.organisationId, role: m.role })) } });
    for (const m of cmd.memberships) {
      const outcome = await grantOrRequest(em, this.audit, this.outbox, cmd.actor, id, m);
      if (outcome.status === 'granted') result.memberships.push({ id: outcome.id, organisationId: m.organisationId, role: m.role });
      else result.requests.push({ id: outcome.id, organisationId: m.organisationId, role: m.role });
    }
    const link = await issueEnrolmentToken(em, id, cmd.actor.userId);
    result.enrolment = { token: link.token, path: enrolmentPath(link.token), expiresAt: link.expiresAt };
    await this.audit.record({ action: 'user.enrolment_link_issued', subjectType: 'user', subjectId: id, actorOrganisationId, details: { expiresAt: link.expiresAt } });
    return result;
  }
}
