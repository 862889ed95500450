import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { AbilityFactory, actingOrganisationId, DomainError, Transactional, Db } from '@mnio/platform';
import { CreateOrganisationCommand } from './create-organisation.command';

@CommandHandler(CreateOrganisationCommand)
export class CreateOrganisationHandler implements ICommandHandler<CreateOrganisationCommand> {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditJournal,
    private readonly abilities: AbilityFactory,
  ) {}

  @Transactional()
  async execute(cmd: CreateOrganisationCommand): Promise<{ id: string }> {
    const em = this.db.em;
    const actorOrganisationId = actingOrganisationId(this.abilities, cmd.actor, 'create', 'Organisation');
    const territories = cmd.national ? [] : [...new Set(cmd.territories)];
    if (!cmd.national && territories.length === 0) throw new DomainError('UNKNOWN_TERRITORY', 'A local organisation covers at least one territory');
    const known: { n: number }[] = await em.query(`SELECT count(*)::int AS n FROM territories WHERE code = ANY($1)`, [territories]);
    if (known[0].n !== territories.length) throw new DomainError('UNKNOWN_TERRITORY', 'Unknown territory code');
    if (cmd.kind === 'clav_cell' && territories.length !== 1) throw new DomainError('UNPROCESSABLE', 'A CLAV cell covers exactly one département');
    const rows: { id: string }[] = await em.query(
      `INSERT INTO organisations (kind, name, national, territories, attributes) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING RETURNING id`,
      [cmd.kind, cmd.name, cmd.national, territories, JSON.stringify(cmd.attributes)],
    );
    if (!rows[0]) throw new DomainError('CELL_ALREADY_EXISTS', 'This département already has a CLAV cell');
    await this.audit.record({ action: 'organisation.created', subjectType: 'organisation', subjectId: rows[0].id, actorOrganisationId, details: { kind: cmd.kind } });
    return rows[0];
  }
}
