import { Injectable } from '@nestjs/common';

/**
 * Orientation requests of a territory still waiting for an answer, by target kind. The orientations
 * context answers it (`PendingOrientationsCountQuery`); until it is wired in, the dashboard says the
 * count is unavailable rather than zero.
 */
export interface PendingOrientations {
  /** Counts by target kind, or null when no context answers. */
  countByTarget(territory: string): Promise<Record<string, number> | null>;
}

export const PENDING_ORIENTATIONS = Symbol('PENDING_ORIENTATIONS');

@Injectable()
export class NoPendingOrientations implements PendingOrientations {
  async countByTarget(): Promise<Record<string, number> | null> {
    return null;
  }
}
