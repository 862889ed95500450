import { Command } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { NewCase } from '../domain/case-input';
import type { PossibleDuplicate } from '../duplicates/duplicate-finder.service';

export interface CaseCreated {
  id: string;
  reference: string;
  version: number;
  minor: boolean;
  possibleDuplicates: PossibleDuplicate[];
}

export class CreateCaseCommand extends Command<CaseCreated> {
  constructor(
    readonly actor: Actor,
    readonly input: NewCase,
  ) {
    super();
  }
}
