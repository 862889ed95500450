import { Command, Query } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';

/** One note of a case's follow-up journal, as its reader sees it. */
export interface JournalNoteView {
  id: string;
  /** The day the note is about (YYYY-MM-DD, Paris calendar). */
  occurredOn: string;
  /** The text; null once the case is anonymised. */
  text: string | null;
  /** The organisation of the author (masked like every organisation in a case's views). */
  authorOrganisationId: string | null;
  /** Whether the reader wrote it. */
  mine: boolean;
  createdAt: string;
  /** When its author last corrected its text (null: never corrected). */
  correctedAt: string | null;
  /** The organisations chosen to read it besides the owner: told to the owner's readers only (others get null). */
  sharedWith: string[] | null;
}

export interface JournalPage {
  items: JournalNoteView[];
  nextCursor: string | null;
  /** Whether the reader may add a note (the owner's workers). */
  canWrite: boolean;
  /** The organisations a note may be shared with: the identity holders of the case besides its owner (writers only; else empty). */
  shareableOrganisations: { id: string; name: string; kind: string }[];
}

/**
 * Adds a dated note to a case's follow-up journal (issue 14 §2): the owner organisation's workers, on a case not
 * anonymised. `visibleTo` names the organisations, among those holding identity access to the case, that will read
 * it besides the owner (422 `JOURNAL_READER_NOT_IDENTITY_HOLDER` otherwise). Append-only: a note is never edited.
 */
export class AddJournalNoteCommand extends Command<{ id: string; caseId: string }> {
  constructor(
    readonly actor: Actor,
    readonly caseId: string,
    readonly note: { occurredOn: string; text: string; visibleTo: string[] },
  ) {
    super();
  }
}

/**
 * Its author corrects the text of a note (issue 14 §2): the same user, still one of the owner's workers, on a case
 * not anonymised (403 `JOURNAL_NOTE_NOT_YOURS` for anyone else who may write the journal; 404 for a note not in the
 * case). The text it replaces is kept encrypted in the note's corrections; the day and the readers stay.
 */
export class CorrectJournalNoteCommand extends Command<{ id: string; caseId: string; correctedAt: string }> {
  constructor(
    readonly actor: Actor,
    readonly caseId: string,
    readonly noteId: string,
    readonly text: string,
  ) {
    super();
  }
}

/**
 * The notes of a case's journal the actor may read, newest day first, paged by cursor: every note for the owner's
 * identity readers, the notes shared with (or written by) their organisation for the other identity holders. Those
 * who see the case without its identity get 403, others 404. Every read is audited as an identity read.
 */
export class GetCaseJournalQuery extends Query<JournalPage> {
  constructor(
    readonly actor: Actor,
    readonly caseId: string,
    readonly page: { cursor?: string; limit: number },
  ) {
    super();
  }
}
