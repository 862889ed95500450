import { Command } from '@nestjs/cqrs';

export interface ForgottenCoordinationTexts {
  actionTitles: number;
  actionNotes: number;
  justifications: number;
}

/**
 * Erasure of a case reaches the coordination context: the titles of the case's cell actions and the notes of their
 * transitions, and the justifications of break-the-glass uses on the case, are emptied (NOT NULL columns set to '',
 * the others to NULL). The cell decisions' texts stay: a decision is immutable (a trigger refuses every change but a
 * re-encryption under another key, migration 1764320140100), it is the cell's record.
 * Idempotent: a second run finds nothing left and writes nothing (no audit entry). Sent by the worker on `CaseAnonymised`.
 */
export class ForgetCaseCoordinationTextsCommand extends Command<ForgottenCoordinationTexts> {
  constructor(readonly caseId: string) {
    super();
  }
}
