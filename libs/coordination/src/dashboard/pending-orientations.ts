import { Injectable } from '@nestjs/common';
import { QueryBus, QueryHandlerNotFoundException } from '@nestjs/cqrs';
import { PendingOrientationsCountQuery } from '@mnio/orientations';

/**
 * Orientation requests of a territory still waiting for an answer, by target kind. The orientations
 * context answers; a process that does not load it gets `null` (unknown, shown as unavailable), not zeros.
 */
export interface PendingOrientations {
  countByTarget(territory: string): Promise<Record<string, number> | null>;
}

export const PENDING_ORIENTATIONS = Symbol('PENDING_ORIENTATIONS');

@Injectable()
export class QueryBusPendingOrientations implements PendingOrientations {
  constructor(private readonly queries: QueryBus) {}

  async countByTarget(territory: string): Promise<Record<string, number> | null> {
    try {
      return await this.queries.execute(new PendingOrientationsCountQuery(territory));
    } catch (e) {
      if (e instanceof QueryHandlerNotFoundException) return null;
      throw e;
    }
  }
}
