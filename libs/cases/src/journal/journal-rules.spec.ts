import { DomainError } from '@mnio/platform';
import { checkCorrectedText, checkJournalNote, journalReader } from './journal-rules';

const OWNER = 'a0000000-0000-4000-8000-000000000001';
const HOST = 'a0000000-0000-4000-8000-000000000002';
const CELL = 'a0000000-0000-4000-8000-000000000003';
const facts = { today: '2026-12-07', ownerOrganisationId: OWNER, identityReaders: [OWNER, HOST] };
const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as DomainError).code;
  }
  return 'none';
};

describe('a journal note', () => {
  it('is about a day that has come, holds a text, and is shared only with identity holders', () => {
    expect(checkJournalNote({ occurredOn: '2026-12-07', text: '  Rendez-vous à la préfecture. ', visibleTo: [HOST, HOST, OWNER] }, facts)).toEqual({
      text: 'Rendez-vous à la préfecture.', sharedWith: [HOST],
    });
    expect(checkJournalNote({ occurredOn: '2019-01-31', text: 'x', visibleTo: [] }, facts).sharedWith).toEqual([]);
  });

  it.each([
    [{ occurredOn: '2026-12-08', text: 'x', visibleTo: [] }, 'JOURNAL_DATE_IN_FUTURE'],
    [{ occurredOn: '2026-02-30', text: 'x', visibleTo: [] }, 'VALIDATION_FAILED'],
    [{ occurredOn: '7/12/2026', text: 'x', visibleTo: [] }, 'VALIDATION_FAILED'],
    [{ occurredOn: '2026-12-01', text: '   ', visibleTo: [] }, 'JOURNAL_TEXT_REQUIRED'],
    [{ occurredOn: '2026-12-01', text: 'x'.repeat(5001), visibleTo: [] }, 'VALIDATION_FAILED'],
    [{ occurredOn: '2026-12-01', text: 'x', visibleTo: [HOST, CELL] }, 'JOURNAL_READER_NOT_IDENTITY_HOLDER'],
  ])('refuses %j with %s', (note, expected) => {
    expect(code(() => checkJournalNote(note, facts))).toBe(expected);
  });
});

describe('a corrected text', () => {
  it('is trimmed, not blank, within bounds and not the same', () => {
    expect(checkCorrectedText(' Reporté. ', 'Manqué.')).toBe('Reporté.');
    expect(code(() => checkCorrectedText('  ', 'Manqué.'))).toBe('JOURNAL_TEXT_REQUIRED');
    expect(code(() => checkCorrectedText('Manqué. ', 'Manqué.'))).toBe('NOTHING_TO_RECTIFY');
    expect(code(() => checkCorrectedText('x'.repeat(5001), 'Manqué.'))).toBe('VALIDATION_FAILED');
  });
});

describe('who reads which notes', () => {
  it('gives the owner every note, an identity holder the notes shared with it, and nothing to an organisation that lost its access', () => {
    expect(journalReader({ readingOrganisations: [OWNER], ownerOrganisationId: OWNER, identityReaders: [OWNER, HOST] })).toEqual({ all: true, organisations: [OWNER] });
    expect(journalReader({ readingOrganisations: [HOST], ownerOrganisationId: OWNER, identityReaders: [OWNER, HOST] })).toEqual({ all: false, organisations: [HOST] });
    expect(journalReader({ readingOrganisations: [CELL], ownerOrganisationId: OWNER, identityReaders: [OWNER, HOST] })).toEqual({ all: false, organisations: [] });
  });
});
