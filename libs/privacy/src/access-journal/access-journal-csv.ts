import type { AccessJournalEntry } from './access-journal.query';
import { JOURNAL_ACTION_LABELS, JOURNAL_KIND_LABELS, reasonLabel } from './journal-vocabulary';

/** The CSV's columns, in French, in the order the page shows them. */
export const ACCESS_JOURNAL_CSV_HEADER = [
  'Date et heure', 'Nature', 'Action', 'Utilisateur', 'Organisation de l’utilisateur', 'Référence de la situation', 'Organisation qui suit la situation', 'Motif', 'Précision',
];

const cell = (v: string | null) => {
  const s = v ?? '';
  // A cell a spreadsheet would run as a formula is quoted as text.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[";\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

const frDateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Paris' });

/**
 * The journal as French spreadsheets open it (UTF-8 with a BOM, `;`, CRLF), one line per entry in the JSON's order:
 * dates in Paris time, labels instead of codes, case references only.
 */
export function accessJournalCsv(items: AccessJournalEntry[]): Buffer {
  const lines = [
    ACCESS_JOURNAL_CSV_HEADER,
    ...items.map((e) => [
      frDateTime.format(new Date(e.at)),
      JOURNAL_KIND_LABELS[e.kind],
      JOURNAL_ACTION_LABELS[e.action] ?? e.action,
      e.userName ?? '',
      e.organisationName ?? '',
      e.caseReference ?? '',
      e.caseOwnerOrganisationName ?? '',
      reasonLabel(e.kind, e.reason),
      e.kind === 'break_glass' && e.detail ? `Accès jusqu’au ${frDateTime.format(new Date(e.detail))}` : (e.detail ?? ''),
    ]),
  ];
  return Buffer.from(`\uFEFF${lines.map((l) => l.map(cell).join(';')).join('\r\n')}\r\n`, 'utf8');
}
