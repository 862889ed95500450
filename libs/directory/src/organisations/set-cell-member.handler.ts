import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { AbilityFactory, actingOrganisationId, asSubject, DomainError, NotFoundError, rowsOf, Transactional, Db } from '@mnio/platform';
import { SetCellMemberCommand } from './set-cell-member.command';

/** Organisations that never sit in a cell: other cells, and national bodies that see no case content. */
const NEVER_MEMBERS = ['clav_cell', 'national_coordinator', 'platform'];

@CommandHandler(SetCellMemberCommand)
export class SetCellMemberHandler implements ICommandHandler<SetCellMemberCommand> {
  constructor(
    private readonly db: Db,
    private readonly abilities: AbilityFactory,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute(cmd: SetCellMemberCommand): Promise<{ cellId: string; organisationId: string; member: boolean; changed: boolean }> {
    const em = this.db.em;
    const [cell]: { territory: string }[] = await em.query(
      `SELECT territories[1] AS territory FROM organisations WHERE id = $1 AND kind = 'clav_cell' AND active FOR UPDATE`,
      [cmd.cellId],
    );
    // Another territory's cell is invisible: the same 404 as a missing one.
    if (!cell || !this.abilities.forActor(cmd.actor).can('configure', asSubject('ClavCell', { id: cmd.cellId }))) throw new NotFoundError('Cell');
    let changed: boolean;
    if (cmd.member) {
      const [org]: { kind: string; national: boolean; territories: string[] }[] = await em.query(
        `SELECT kind, national, territories FROM organisations WHERE id = $1 AND active`,
        [cmd.organisationId],
      );
      if (!org || NEVER_MEMBERS.includes(org.kind) || !(org.national || org.territories.includes(cell.territory))) {
        throw new DomainError('CELL_MEMBER_NOT_ALLOWED', 'A cell member is an active organisation covering the cell’s territory');
      }
      const rows: unknown[] = await em.query(
        `INSERT INTO clav_cell_members (cell_id, organisation_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING cell_id`,
        [cmd.cellId, cmd.organisationId],
      );
      changed = rows.length > 0;
    } else {
      const rows = await rowsOf(em, `DELETE FROM clav_cell_members WHERE cell_id = $1 AND organisation_id = $2 RETURNING cell_id`, [cmd.cellId, cmd.organisationId]);
      changed = rows.length > 0;
    }
    if (changed) {
      await this.audit.record({
        action: cmd.member ? 'cell.member_added' : 'cell.member_removed', subjectType: 'organisation', subjectId: cmd.cellId,
        // The cell for its coordinator, the platform for an administrator.
        actorOrganisationId: actingOrganisationId(this.abilities, cmd.actor, 'configure', asSubject('ClavCell', { id: cmd.cellId })),
        details: { organisationId: cmd.organisationId },
      });
    }
    return { cellId: cmd.cellId, organisationId: cmd.organisationId, member: cmd.member, changed };
  }
}
