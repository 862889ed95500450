import { DomainError } from '@mnio/platform';

/** The longest note a journal takes (characters, once trimmed). */
export const JOURNAL_NOTE_MAX_LENGTH = 5000;
/** At most this many organisations may be chosen to read a note besides the owner. */
export const JOURNAL_MAX_SHARED = 20;

const isCalendarDay = (day: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
};

/**
 * The rules of a new journal note, pure: the day it is about is a real calendar day and not after today (Paris);
 * the text is not blank; the organisations chosen to read it hold identity access to the case today and are not
 * its owner (who reads every note anyway). Returns the trimmed text and the chosen ids without repeats.
 */
export function checkJournalNote(
  note: { occurredOn: string; text: string; visibleTo: string[] },
  facts: { today: string; ownerOrganisationId: string; identityReaders: string[] },
): { text: string; sharedWith: string[] } {
  if (!isCalendarDay(note.occurredOn)) throw new DomainError('VALIDATION_FAILED', 'occurredOn must be a calendar day (YYYY-MM-DD)', { field: 'occurredOn' });
  if (note.occurredOn > facts.today) throw new DomainError('JOURNAL_DATE_IN_FUTURE', 'A note is about a day that has come', { field: 'occurredOn' });
  const text = note.text.trim();
  if (!text) throw new DomainError('JOURNAL_TEXT_REQUIRED', 'A note needs a text', { field: 'text' });
  if (text.length > JOURNAL_NOTE_MAX_LENGTH) throw new DomainError('VALIDATION_FAILED', `A note holds at most ${JOURNAL_NOTE_MAX_LENGTH} characters`, { field: 'text' });
  const sharedWith = [...new Set(note.visibleTo)].filter((id) => id !== facts.ownerOrganisationId);
  const holders = new Set(facts.identityReaders);
  const stranger = sharedWith.find((id) => !holders.has(id));
  // Ids only in the error (the caller, the owner, already sees who holds identity access: « Qui consulte »).
  if (stranger) throw new DomainError('JOURNAL_READER_NOT_IDENTITY_HOLDER', 'A note can be shared only with organisations that hold identity access to the case', { organisationId: stranger });
  return { text, sharedWith };
}

/** A corrected text: not blank, within bounds, and different from the one it replaces. */
export function checkCorrectedText(text: string, previous: string): string {
  const t = text.trim();
  if (!t) throw new DomainError('JOURNAL_TEXT_REQUIRED', 'A note needs a text', { field: 'text' });
  if (t.length > JOURNAL_NOTE_MAX_LENGTH) throw new DomainError('VALIDATION_FAILED', `A note holds at most ${JOURNAL_NOTE_MAX_LENGTH} characters`, { field: 'text' });
  if (t === previous) throw new DomainError('NOTHING_TO_RECTIFY', 'The correction changes nothing', { field: 'text' });
  return t;
}

/** Which notes an actor reads: every note for the owner's identity readers; else the notes written by or shared with one of its organisations that still holds identity access. */
export function journalReader(facts: { readingOrganisations: string[]; ownerOrganisationId: string; identityReaders: string[] }): { all: boolean; organisations: string[] } {
  const holders = new Set(facts.identityReaders);
  return {
    all: facts.readingOrganisations.includes(facts.ownerOrganisationId),
    organisations: facts.readingOrganisations.filter((id) => holders.has(id)),
  };
}
