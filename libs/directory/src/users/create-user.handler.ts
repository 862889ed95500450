import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import * as argon2 from 'argon2';
import { AuditJournal } from '@mnio/audit';
import { DomainError, OutboxService, Transactional, Tx, TransactionHost } from '@mnio/platform';
import type { OrganisationKind } from '../domain/roles';
import { CreateUserCommand } from './create-user.command';
import { assertMembershipAllowed } from './membership-rules';

@CommandHandler(CreateUserCommand)
export class CreateUserHandler implements ICommandHandler<CreateUserCommand> {
  constructor(
    private readonly txHost: TransactionHost,
    private readonly audit: AuditJournal,
    private readonly outbox: OutboxService,
  ) {}

  @Transactional()
  async execute(cmd: CreateUserCommand): Promise<{ id: string }> {
    const em = (this.txHost as Tx).tx;
    const orgIds = [...new Set(cmd.memberships.map((m) => m.organisationId))];
    const orgs: { id: string; kind: OrganisationKind; national: boolean; territories: string[] }[] = orgIds.length
      ? await em.query(`SELECT id, kind, national, territories FROM organisations WHERE id = ANY($1) AND active`, [orgIds])
      : [];
    for (const m of cmd.memberships) {
      const org = orgs.find((o) => o.id === m.organisationId);
      if (!org) throw new DomainError('NOT_FOUND', 'Organisation not found');
      assertMembershipAllowed(org, m.role, m.territories);
    }
    const hash = await argon2.hash(cmd.password, { type: argon2.argon2id });
    const rows: { id: string }[] = await em.query(
      `INSERT INTO users (email, display_name, password_hash) VALUES ($1, $2, $3)
       ON CONFLICT (lower(email)) DO NOTHING RETURNING id`,
      [cmd.email.trim(), cmd.displayName, hash],
    );
    if (!rows[0]) throw new DomainError('EMAIL_TAKEN', 'A user with this email already exists');
    const id = rows[0].id;
    for (const m of cmd.memberships) {
      await em.query(`INSERT INTO memberships (user_id, organisation_id, role, territories) VALUES ($1, $2, $3, $4)`, [id, m.organisationId, m.role, m.territories ?? []]);
    }
    await this.audit.record({ action: 'user.created', subjectType: 'user', subjectId: id, details: { memberships: cmd.memberships.map((m) => ({ organisationId: m.organisationId, role: m.role })) } });
    await this.outbox.publish('UserCreated', { userId: id }, id);
    return { id };
  }
}
