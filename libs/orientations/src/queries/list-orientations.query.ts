import { Query } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { OrientationView } from '../domain/orientation';
import type { TargetKind } from '../domain/targets';

export interface OrientationFilter {
  /** The actor's work queue: orientations addressed to its organisations or to the host it is. */
  inbox: boolean;
  state?: string;
  targetKind?: TargetKind;
  territory?: string;
  open?: boolean;
  cursor?: string;
  limit: number;
}

export interface OrientationPage {
  items: OrientationView[];
  nextCursor: string | null;
}

/** Orientations the actor is a party to, newest first, scoped in SQL and keyset-paginated on (requested_at, id). */
export class ListOrientationsQuery extends Query<OrientationPage> {
  constructor(
    readonly actor: Actor,
    readonly filter: OrientationFilter,
  ) {
    super();
  }
}

/** The orientations of one case the actor is a party to (the case itself must be visible). */
export class ListCaseOrientationsQuery extends Query<OrientationPage> {
  constructor(
    readonly actor: Actor,
    readonly caseId: string,
    readonly filter: Omit<OrientationFilter, 'inbox'>,
  ) {
    super();
  }
}
