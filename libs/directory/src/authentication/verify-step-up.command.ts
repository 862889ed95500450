import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuthenticationService } from './authentication.service';

/**
 * Asks the user for a fresh TOTP code before a sensitive act. Answers whether a second factor was checked
 * (`false`: none enrolled). Throws STEP_UP_REQUIRED without a code, STEP_UP_INVALID for a wrong one.
 * Not transactional: failures must stay counted when the act is refused.
 */
export class VerifyStepUpCommand extends Command<{ verified: boolean }> {
  constructor(
    readonly userId: string,
    readonly code: string | undefined,
  ) {
    super();
  }
}

@CommandHandler(VerifyStepUpCommand)
export class VerifyStepUpHandler implements ICommandHandler<VerifyStepUpCommand> {
  constructor(private readonly auth: AuthenticationService) {}

  async execute({ userId, code }: VerifyStepUpCommand): Promise<{ verified: boolean }> {
    return { verified: await this.auth.verifyStepUp(userId, code) };
  }
}
