/**
 * Every column the field cipher writes, with the additional authenticated data (AAD) its values are bound to — the
 * same context string the context that owns the column uses (ADR 0008). The re-encryption reads `context` from the
 * row (`contextSql`, an SQL expression over the table aliased `t`) so it never needs the owning context's code.
 * A new encrypted column must be listed here, or a rotation would leave its values under the old key (and
 * `keys:status` would not count them): encrypted-columns.spec.ts compares this list with the migrations.
 */
export interface EncryptedColumn {
  table: string;
  /** The primary key (a uuid column). */
  key: string;
  column: string;
  /** The AAD of a row's value: an SQL expression over `t`. */
  contextSql: string;
  /** Values per batch at most, for columns whose values are large (an attachment's bytes: up to ~18 MiB each). */
  batch?: number;
}

export const ENCRYPTED_COLUMNS: readonly EncryptedColumn[] = [
  { table: 'cases', key: 'id', column: 'identity_enc', contextSql: `'case:' || t.id || '/identity'` },
  { table: 'cases', key: 'id', column: 'narrative_enc', contextSql: `'case:' || t.id || '/narrative'` },
  { table: 'cases', key: 'id', column: 'danger_notes_enc', contextSql: `'case:' || t.id || '/danger'` },
  { table: 'case_events', key: 'id', column: 'note_enc', contextSql: `'case:' || t.case_id || '/event:' || t.id` },
  { table: 'case_indicators', key: 'id', column: 'note_enc', contextSql: `'case:' || t.case_id || '/indicator:' || t.id` },
  { table: 'orientation_transitions', key: 'id', column: 'note_enc', contextSql: `'orientation:' || t.orientation_id || '/transition:' || t.id` },
  { table: 'host_locations', key: 'host_id', column: 'location_enc', contextSql: `'host:' || t.host_id || '/location'` },
  { table: 'notification_webhooks', key: 'id', column: 'secret_enc', contextSql: `'webhook:' || t.id || '/secret'` },
  { table: 'cell_decisions', key: 'id', column: 'text_enc', contextSql: `'cell_decision:' || t.id || '/text'` },
  { table: 'cell_actions', key: 'id', column: 'title_enc', contextSql: `'cell_action:' || t.id || '/title'` },
  { table: 'cell_action_events', key: 'id', column: 'note_enc', contextSql: `'cell_action:' || t.action_id || '/event:' || t.id` },
  { table: 'break_glass_uses', key: 'id', column: 'justification_enc', contextSql: `'break_glass:' || t.id || '/justification'` },
  { table: 'case_rectifications', key: 'id', column: 'previous_enc', contextSql: `'case:' || t.case_id || '/rectification:' || t.id` },
  { table: 'subject_access_exports', key: 'id', column: 'reason_enc', contextSql: `'subject-access:' || t.id || '/reason'` },
  { table: 'subject_access_exports', key: 'id', column: 'pdf_enc', contextSql: `'subject-access:' || t.id || '/pdf'` },
  { table: 'subject_access_exports', key: 'id', column: 'json_enc', contextSql: `'subject-access:' || t.id || '/json'` },
  { table: 'case_attachments', key: 'id', column: 'name_enc', contextSql: `'case:' || t.case_id || '/attachment:' || t.id || '/name'` },
  { table: 'case_attachments', key: 'id', column: 'content_enc', contextSql: `'case:' || t.case_id || '/attachment:' || t.id || '/content'`, batch: 2 },
  { table: 'users', key: 'id', column: 'totp_secret', contextSql: `'user:' || t.id || '/totp'` },
  { table: 'oidc_login_attempts', key: 'id', column: 'secrets', contextSql: `'oidc-attempt:' || t.id` },
  {
    table: 'oidc_sessions', key: 'id', column: 'id_token',
    contextSql: `'oidc-session:' || coalesce((SELECT s.user_id FROM auth_sessions s WHERE s.id = t.session_id), (SELECT c.user_id FROM auth_mfa_challenges c WHERE c.id = t.challenge_id))`,
  },
];

/**
 * The key id of a stored value (`v1.<keyId>.…`), in SQL. From the value's first 32 characters only (a key id has at
 * most 16): PostgreSQL then reads a slice of a large value (an attachment's bytes) instead of the whole of it.
 */
export const fieldKeyIdSql = (column: string): string => `split_part(left(${column}, 32), '.', 2)`;

/** The key id of a stored blind-index digest (bare: the legacy key `b1`; else `<keyId>.<digest>`), in SQL. */
export const digestKeyIdSql = (column = 'hash'): string => `CASE WHEN strpos(${column}, '.') > 0 THEN split_part(${column}, '.', 1) ELSE 'b1' END`;
