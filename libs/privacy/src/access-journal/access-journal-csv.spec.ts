import { accessJournalCsv, ACCESS_JOURNAL_CSV_HEADER } from './access-journal-csv';
import type { AccessJournalEntry } from './access-journal.query';
import { actionsOfKinds, JOURNAL_ACTIONS } from './journal-vocabulary';

const entry = (over: Partial<AccessJournalEntry> = {}): AccessJournalEntry => ({
  id: '1', at: '2026-11-03T09:15:00.000Z', kind: 'identity_read', action: 'case.identity_read', userId: 'u', userName: 'Awa Diallo', organisationId: 'o',
  organisationName: 'Association Aide TEH 93', caseId: 'c', caseReference: '93-2026-000042', caseOwnerOrganisationId: 'o', caseOwnerOrganisationName: 'Association Aide TEH 93',
  reason: 'follow_up', detail: null, ...over,
});

describe('the journal’s CSV', () => {
  it('is UTF-8 with a BOM, `;`-separated, CRLF, in French, dates in Paris time', () => {
    const text = accessJournalCsv([entry(), entry({ id: '2', kind: 'break_glass', action: 'case.break_glass', reason: 'imminent_danger', detail: '2026-11-03T12:15:00.000Z' })]).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(ACCESS_JOURNAL_CSV_HEADER.join(';'));
    expect(lines[1]).toBe('03/11/2026 10:15:00;Lecture de l’identité;Lecture de l’identité;Awa Diallo;Association Aide TEH 93;93-2026-000042;Association Aide TEH 93;Suivi de la personne;');
    expect(lines[2]).toContain(';Danger imminent pour la personne;Accès jusqu’au 03/11/2026 13:15:00');
    expect(lines[3]).toBe('');
  });

  it('quotes separators and defuses a cell a spreadsheet would run as a formula', () => {
    const text = accessJournalCsv([entry({ userName: '=HYPERLINK("x")', organisationName: 'A; B' })]).toString('utf8');
    expect(text).toContain(`;"'=HYPERLINK(""x"")";"A; B";`);
  });
});

describe('the journal’s vocabulary', () => {
  it('maps each kind to the audit journal’s actions', () => {
    expect(actionsOfKinds(['identity_read'])).toEqual(['case.identity_read']);
    expect(actionsOfKinds(['break_glass'])).toEqual(['case.break_glass']);
    expect(actionsOfKinds(['export'])).toEqual(expect.arrayContaining(['statistics.exported', 'cell.minutes_exported']));
    expect(Object.keys(JOURNAL_ACTIONS)).not.toContain('case.read');
  });
});

describe('the journal’s index (its latest migration, 1764320310000)', () => {
  it('holds every action the journal lists, so that no page reads the whole audit journal', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const source: string = require('node:fs').readFileSync(require('node:path').join(__dirname, '../../../../db/migrations/1764320310000-access-journal-index-attachments.ts'), 'utf8');
    const indexed = /const ACTIONS = \[([^\]]*)\]/.exec(source)![1].split(',').map((a) => a.trim().replace(/'/g, ''));
    expect(indexed.sort()).toEqual(Object.keys(JOURNAL_ACTIONS).sort());
  });
});
