import type { IdentityReadReason } from '@mnio/cases';
import type { BreakGlassReason } from '@mnio/coordination';
import { ACCESS_JOURNAL_ACTIONS, ACCESS_JOURNAL_KINDS } from '@mnio/vocabulary';

/**
 * What the journal of who read what shows, by the audit journal's own action names (libs/audit): the reads of a
 * person's identity, the emergency accesses, and the exports that carry case data or figures out of mnio.
 * The person's right of access (issue 16 §2) is listed by the action names its use case records
 * (`subject_access.requested`, `subject_access.downloaded`: the export asked, and its content taken out of mnio).
 */
export const JOURNAL_KINDS = ['identity_read', 'break_glass', 'export'] as const;
export type JournalKind = (typeof JOURNAL_KINDS)[number];

export const JOURNAL_ACTIONS: Readonly<Record<string, JournalKind>> = {
  'case.identity_read': 'identity_read',
  'case.break_glass': 'break_glass',
  'statistics.exported': 'export',
  'cell.minutes_exported': 'export',
  'subject_access.requested': 'export',
  'subject_access.downloaded': 'export',
  // A case's attachment (a récépissé, a judgment…) saved out of mnio by an identity reader.
  'case.attachment_downloaded': 'export',
};

export const actionsOfKinds = (kinds: readonly JournalKind[]): string[] => Object.keys(JOURNAL_ACTIONS).filter((a) => kinds.includes(JOURNAL_ACTIONS[a]));

/** French labels for the CSV: the pages' own (libs/vocabulary); a kind without one does not compile. */
export const JOURNAL_KIND_LABELS: Record<JournalKind, string> = {
  identity_read: ACCESS_JOURNAL_KINDS.identity_read,
  break_glass: ACCESS_JOURNAL_KINDS.break_glass,
  export: ACCESS_JOURNAL_KINDS.export,
};

export const JOURNAL_ACTION_LABELS: Record<string, string> = ACCESS_JOURNAL_ACTIONS;

/** Typed by each vocabulary: a new reason code does not compile until it has its French label. */
const IDENTITY_REASON_LABELS: Record<IdentityReadReason, string> = {
  follow_up: 'Suivi de la personne', orientation: 'Orientation', protection: 'Mise en protection', legal_procedure: 'Procédure judiciaire', emergency: 'Urgence', other: 'Autre motif',
};
const BREAK_GLASS_REASON_LABELS: Record<BreakGlassReason, string> = {
  imminent_danger: 'Danger imminent pour la personne', child_in_danger: 'Enfant en danger', judicial_emergency: 'Urgence judiciaire',
  missing_person: 'Disparition inquiétante', other: 'Autre urgence',
};

/** The French label of an entry's reason code (the code itself if a newer release wrote one unknown here). */
export function reasonLabel(kind: JournalKind, reason: string | null): string {
  if (!reason) return '';
  const table: Record<string, string> = kind === 'break_glass' ? BREAK_GLASS_REASON_LABELS : kind === 'identity_read' ? IDENTITY_REASON_LABELS : {};
  return table[reason] ?? reason;
}
