import { Command, Query } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { DuplicateCheck } from './duplicate-finder.service';

export class CheckDuplicatesCommand extends Command<DuplicateCheck> {
  constructor(
    readonly actor: Actor,
    readonly caseId: string,
  ) {
    super();
  }
}

/** The owner of the case that was already there proposes to link it with the newly recorded one. */
export class RequestDuplicateLinkCommand extends Command<{ linkId: string; status: 'requested' }> {
  constructor(
    readonly actor: Actor,
    readonly matchId: string,
  ) {
    super();
  }
}

export class AnswerDuplicateLinkCommand extends Command<{ linkId: string; status: 'accepted' | 'refused' }> {
  constructor(
    readonly actor: Actor,
    readonly linkId: string,
    readonly accept: boolean,
    readonly reasonCode: string | undefined,
  ) {
    super();
  }
}

export interface DuplicateLinkView {
  linkId: string;
  status: string;
  direction: 'incoming' | 'outgoing';
  /** The actor's own case on this side of the link. */
  caseId: string;
  reference: string;
  otherTerritory: string;
  otherOrganisationKind: string;
  requestedAt: string;
}

export class ListDuplicateLinksQuery extends Query<DuplicateLinkView[]> {
  constructor(
    readonly actor: Actor,
    readonly status?: string,
  ) {
    super();
  }
}

/** A possible duplicate of one of the actor's cases, found when another organisation recorded or checked its own. */
export interface DuplicateMatchView {
  matchId: string;
  /** The actor's own case. */
  caseId: string;
  reference: string;
  otherTerritory: string;
  otherOrganisationKind: string;
  /** Only when the other case is the actor's organisation's own too (it sees it): its id and reference; otherwise null. */
  otherCaseId: string | null;
  otherReference: string | null;
  foundAt: string;
  /** The link proposed from this match, if any. */
  linkId: string | null;
  linkStatus: string | null;
}

export class ListDuplicateMatchesQuery extends Query<DuplicateMatchView[]> {
  constructor(readonly actor: Actor) {
    super();
  }
}
