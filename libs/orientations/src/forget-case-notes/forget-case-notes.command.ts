import { Command } from '@nestjs/cqrs';

/**
 * Erasure of a case reaches the orientations context: the notes of the transitions of the case's orientations are
 * emptied (`note_enc` set to NULL). Idempotent: a second run finds nothing left and writes nothing (no audit entry).
 * Sent by the worker on `CaseAnonymised`; returns how many notes were emptied.
 */
export class ForgetCaseOrientationNotesCommand extends Command<{ notes: number }> {
  constructor(readonly caseId: string) {
    super();
  }
}
