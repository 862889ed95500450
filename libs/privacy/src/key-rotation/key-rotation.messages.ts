import { Command, Query } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { KeyRingStatus, RotationProgress } from './key-rotation.service';

/** Per ring (field, blind index, JWT): its keys, how many values each still protects, the last rotation's progress. */
export class KeyStatusQuery extends Query<KeyRingStatus[]> {
  constructor(readonly actor: Actor) {
    super();
  }
}

export class KeyRotationProgressQuery extends Query<RotationProgress> {
  constructor(
    readonly actor: Actor,
    readonly rotationId: string,
  ) {
    super();
  }
}

/** Makes a key that every process already holds current, and starts the worker's re-encryption (audited). */
export class StartKeyRotationCommand extends Command<RotationProgress> {
  constructor(
    readonly actor: Actor,
    readonly kind: string,
    readonly keyId: string,
    readonly ratePerSecond?: number,
  ) {
    super();
  }
}

/** Retires a key nothing uses any more (audited); refused while a value, a digest or a valid token still does. */
export class RetireKeyCommand extends Command<{ kind: string; keyId: string; status: 'retired' }> {
  constructor(
    readonly actor: Actor,
    readonly kind: string,
    readonly keyId: string,
  ) {
    super();
  }
}
