import { Command } from '@nestjs/cqrs';
import type { Role } from '../domain/roles';

/**
 * The operator (who runs the servers and the migrations, not a user of the application) grants a
 * membership directly: the platform's administrators, and the first coordinator of an organisation
 * that has none. Run from `npm run directory:grant`; audited with no actor user and `by: operator`.
 */
export class OperatorGrantCommand extends Command<{ membershipId: string }> {
  constructor(
    readonly userId: string,
    readonly organisationId: string,
    readonly role: Role,
    readonly territories: string[] = [],
  ) {
    super();
  }
}
