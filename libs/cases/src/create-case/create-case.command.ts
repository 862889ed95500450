import { Command } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { NewCase } from '../domain/case-input';

export interface CaseCreated {
  id: string;
  reference: string;
  version: number;
  minor: boolean;
  /** Another organisation may follow the same person (its owner is told); null: past the user's daily checks, not told. */
  possibleDuplicate: boolean | null;
  /** The recording organisation's own open cases that may concern the same person (it sees them), one per case. */
  sameOrganisation: { caseId: string; reference: string }[];
}

export class CreateCaseCommand extends Command<CaseCreated> {
  constructor(
    readonly actor: Actor,
    readonly input: NewCase,
  ) {
    super();
  }
}
