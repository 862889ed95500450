import { Command } from '@nestjs/cqrs';
import { registerErrorCodes, type Actor } from '@mnio/platform';

registerErrorCodes({ CELL_MEMBER_NOT_ALLOWED: 422 });

/** Adds (`member` true) or removes an organisation from a CLAV cell. The cell's coordinators only. */
export class SetCellMemberCommand extends Command<{ cellId: string; organisationId: string; member: boolean; changed: boolean }> {
  constructor(
    readonly actor: Actor,
    readonly cellId: string,
    readonly organisationId: string,
    readonly member: boolean,
  ) {
    super();
  }
}
