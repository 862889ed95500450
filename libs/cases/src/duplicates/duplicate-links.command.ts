import { Command, Query } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { PossibleDuplicate } from './duplicate-finder.service';

export class CheckDuplicatesCommand extends Command<{ possibleDuplicates: PossibleDuplicate[] }> {
  constructor(
    readonly actor: Actor,
    readonly caseId: string,
  ) {
    super();
  }
}

export class RequestDuplicateLinkCommand extends Command<{ linkId: string; status: 'requested' }> {
  constructor(
    readonly actor: Actor,
    readonly caseId: string,
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
