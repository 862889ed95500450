import { Command } from '@nestjs/cqrs';

/** The holder of an enrolment link chooses a password. The link works once, before it expires. */
export class CompleteEnrolmentCommand extends Command<{ email: string }> {
  constructor(
    readonly token: string,
    readonly password: string,
  ) {
    super();
  }
}
