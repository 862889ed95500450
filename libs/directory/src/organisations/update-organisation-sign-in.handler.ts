import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { AbilityFactory, actingOrganisationId, Db, DomainError, NotFoundError, rowsOf, Transactional } from '@mnio/platform';
import { isValidSiret } from '../proconnect/siret';
import { UpdateOrganisationSignInCommand } from './update-organisation-sign-in.command';

@CommandHandler(UpdateOrganisationSignInCommand)
export class UpdateOrganisationSignInHandler implements ICommandHandler<UpdateOrganisationSignInCommand> {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditJournal,
    private readonly abilities: AbilityFactory,
  ) {}

  @Transactional()
  async execute({ actor, organisationId, changes }: UpdateOrganisationSignInCommand): Promise<{ id: string; siret: string | null; passwordSignIn: boolean }> {
    const actorOrganisationId = actingOrganisationId(this.abilities, actor, 'update', 'Organisation');
    if (changes.siret !== undefined && changes.siret !== null && !isValidSiret(changes.siret)) {
      throw new DomainError('INVALID_SIRET', 'A SIRET is 14 digits with a valid checksum');
    }
    const rows = (await rowsOf(this.db.em,
      `UPDATE organisations SET siret = CASE WHEN $2 THEN $3 ELSE siret END, password_sign_in = coalesce($4, password_sign_in),
              version = version + 1, updated_at = now()
       WHERE id = $1 RETURNING id, siret, password_sign_in AS "passwordSignIn"`,
      [organisationId, changes.siret !== undefined, changes.siret ?? null, changes.passwordSignIn ?? null],
    )) as { id: string; siret: string | null; passwordSignIn: boolean }[];
    if (!rows[0]) throw new NotFoundError('Organisation');
    await this.audit.record({
      action: 'organisation.sign_in_updated', subjectType: 'organisation', subjectId: organisationId, actorOrganisationId,
      details: { siret: rows[0].siret, passwordSignIn: rows[0].passwordSignIn },
    });
    return rows[0];
  }
}
