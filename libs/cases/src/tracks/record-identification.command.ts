import { Command } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { IdentificationState } from '../domain/tracks';

export interface CaseWriteResult {
  id: string;
  version: number;
}

export class RecordIdentificationCommand extends Command<CaseWriteResult & { identification: IdentificationState }> {
  constructor(
    readonly actor: Actor,
    readonly caseId: string,
    readonly to: IdentificationState,
    readonly occurredOn: string | undefined,
    readonly note: string | undefined,
    readonly expectedVersion: number | undefined,
  ) {
    super();
  }
}
