import { Command } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { OrientationView } from '../domain/orientation';
import type { PlaceKind } from '../domain/targets';

export interface TransitionInput {
  action: string;
  reasonCode?: string;
  /** Free text: encrypted, shown only to those who read the person's identity. */
  note?: string;
  /** The host chosen (Ac.Sé agreement in principle, minors' centre acceptance or relay). */
  hostId?: string;
  placeKind?: PlaceKind;
  /** Ac.Sé: when the pre-admission video meeting or the transfer takes place (ISO 8601). */
  scheduledAt?: string;
}

export class TransitionOrientationCommand extends Command<OrientationView> {
  constructor(
    readonly actor: Actor,
    readonly orientationId: string,
    readonly input: TransitionInput,
    readonly expectedVersion: number | undefined,
  ) {
    super();
  }
}
