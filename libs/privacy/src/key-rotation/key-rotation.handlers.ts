import { CommandHandler, ICommandHandler, IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { KeyRotationProgressQuery, KeyStatusQuery, RetireKeyCommand, StartKeyRotationCommand } from './key-rotation.messages';
import { KeyRotationService } from './key-rotation.service';

/** The route's ability check (`EncryptionKey`, platform administrators) ran before: these handlers only delegate. */
@QueryHandler(KeyStatusQuery)
export class KeyStatusHandler implements IQueryHandler<KeyStatusQuery> {
  constructor(private readonly keys: KeyRotationService) {}

  execute() {
    return this.keys.status();
  }
}

@QueryHandler(KeyRotationProgressQuery)
export class KeyRotationProgressHandler implements IQueryHandler<KeyRotationProgressQuery> {
  constructor(private readonly keys: KeyRotationService) {}

  execute(q: KeyRotationProgressQuery) {
    return this.keys.progress(q.rotationId);
  }
}

@CommandHandler(StartKeyRotationCommand)
export class StartKeyRotationHandler implements ICommandHandler<StartKeyRotationCommand> {
  constructor(private readonly keys: KeyRotationService) {}

  execute(cmd: StartKeyRotationCommand) {
    return this.keys.start(cmd.kind, cmd.keyId, { ratePerSecond: cmd.ratePerSecond, actorUserId: cmd.actor.userId });
  }
}

@CommandHandler(RetireKeyCommand)
export class RetireKeyHandler implements ICommandHandler<RetireKeyCommand> {
  constructor(private readonly keys: KeyRotationService) {}

  execute(cmd: RetireKeyCommand) {
    return this.keys.retire(cmd.kind, cmd.keyId, { actorUserId: cmd.actor.userId });
  }
}

export const KEY_ROTATION_HANDLERS = [KeyStatusHandler, KeyRotationProgressHandler, StartKeyRotationHandler, RetireKeyHandler];
