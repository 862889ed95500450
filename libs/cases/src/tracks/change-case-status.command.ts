import { Command } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { CaseState, CaseStatusEvent } from '../domain/tracks';
import type { CaseWriteResult } from './record-identification.command';

export class ChangeCaseStatusCommand extends Command<CaseWriteResult & { status: CaseState }> {
  constructor(
    readonly actor: Actor,
    readonly caseId: string,
    readonly event: CaseStatusEvent,
    readonly closureReason: string | undefined,
    readonly note: string | undefined,
    readonly expectedVersion: number | undefined,
  ) {
    super();
  }
}
