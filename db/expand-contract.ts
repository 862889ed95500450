import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The static half of the expand-then-contract rule (ADR 0012, docs/operations.md "Upgrades"): a release's
 * migrations must not break the previous release's processes, which keep running while they apply. Each
 * migration after the baseline is run against a recording query runner (migrations are plain SQL through
 * `q.query`), and every statement on a table the migration did not create itself is checked:
 *
 * - refused (a contract step): DROP anything (column, table, index, constraint, default, NOT NULL, trigger,
 *   function, type, view…) but a CHECK constraint (named `…_check`: dropping it only accepts more), RENAME, a column's TYPE, SET NOT NULL, ADD COLUMN … NOT NULL without DEFAULT,
 *   a new constraint (CHECK, FOREIGN KEY, UNIQUE, PRIMARY KEY, EXCLUDE) or UNIQUE index, DELETE, TRUNCATE;
 * - refused (downtime): CREATE INDEX without CONCURRENTLY on an existing table (it holds writes for the build);
 *   CONCURRENTLY in a migration that runs in a transaction (it would fail).
 *
 * A migration that must contract says so: `contractOf = '<expansion migration name>'`, naming the earlier
 * migration that expanded for it; it is then allowed those steps, provided that expansion shipped in an
 * earlier release (`previousRelease`, when known) — the previous release does not use what it removes.
 */

export interface ContractAnnotated {
  /** The expansion (an earlier release's migration) this contract step completes. */
  contractOf?: string;
  transaction?: boolean;
}

export type MigrationClass = new () => MigrationInterface & ContractAnnotated;

export interface Finding {
  migration: string;
  statement: string;
  problem: string;
}

/** The SQL a migration's `up` sends, in order, without a database. */
export async function recordedSql(migration: MigrationInterface): Promise<string[]> {
  const statements: string[] = [];
  const recorder = new Proxy(
    {},
    {
      get(_t, prop) {
        if (prop === 'query') return async (sql: string) => (statements.push(sql), []);
        if (prop === 'then') return undefined;
        throw new Error(`migration ${migration.name ?? migration.constructor.name} uses QueryRunner.${String(prop)}: write migrations as SQL through q.query`);
      },
    },
  ) as QueryRunner;
  await migration.up(recorder);
  return statements;
}

/** Comments, string literals and dollar-quoted bodies blanked, whitespace collapsed, upper-cased: what the rules read. */
export function normalise(sql: string): string {
  return sql
    .replace(/\$([A-Za-z_]*)\$[\s\S]*?\$\1\$/g, ' BODY ')
    .replace(/'(?:[^']|'')*'/g, "''")
    .replace(/--[^\n]*/g, ' ')
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toUpperCase();
}

const IDENT = String.raw`(?:"[^"]+"|[A-Z_][A-Z0-9_$.]*)`;
const unquote = (name: string) => name.replace(/"/g, '').replace(/^PUBLIC\./, '');

/** Splits `a, b (c, d), e` at the top-level commas. */
function topLevelParts(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')') depth--;
    else if (s[i] === ',' && depth === 0) {
      parts.push(s.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(s.slice(start).trim());
  return parts;
}

/** The problems of one normalised statement, given the tables and indexes created earlier in the same migration. */
export function statementProblems(stmt: string, created: Set<string>, inTransaction: boolean): string[] {
  const problems: string[] = [];
  const isNew = (name: string | undefined) => !!name && created.has(unquote(name));

  if (/\bCONCURRENTLY\b/.test(stmt) && inTransaction) problems.push('CONCURRENTLY cannot run in a transaction: give the migration `transaction = false` (and only such statements)');

  const drop = stmt.match(new RegExp(`^DROP (TABLE|INDEX|VIEW|MATERIALIZED VIEW|TYPE|FUNCTION|SEQUENCE|TRIGGER|SCHEMA|POLICY)(?: CONCURRENTLY)?(?: IF EXISTS)? (${IDENT})`));
  if (drop && !isNew(drop[2])) problems.push(`drops ${drop[1].toLowerCase()} ${unquote(drop[2]).toLowerCase()}, which the previous release may use`);

  const alter = stmt.match(new RegExp(`^ALTER TABLE(?: IF EXISTS)?(?: ONLY)? (${IDENT}) (.*)$`));
  if (alter && !isNew(alter[1])) {
    const table = unquote(alter[1]).toLowerCase();
    if (/^RENAME\b/.test(alter[2])) problems.push(`renames ${table} or one of its columns: the previous release still uses the old name`);
    for (const action of topLevelParts(alter[2])) {
      // Dropping a CHECK (PostgreSQL names them `<table>_<column>_check`) only accepts more: nothing reads a check, and
      // every write the previous release makes still passes. Widening a list of values is done so (a trigger may keep the
      // new list). Every other DROP removes what the previous release may read or rely on (a key, a unique, a column).
      const relaxesCheck = /^DROP CONSTRAINT (?:IF EXISTS )?\S+_CHECK$/.test(action);
      if (!relaxesCheck && (/^DROP\b/.test(action) || /\bALTER (?:COLUMN )?\S+ DROP\b/.test(action))) problems.push(`${action.toLowerCase()} on ${table}: removes what the previous release may read or rely on`);
      if (/\b(?:SET DATA )?TYPE\b/.test(action) && /^ALTER\b/.test(action)) problems.push(`changes a column's type on ${table}: the previous release reads and writes the old type (and the table is rewritten under lock)`);
      if (/\bSET NOT NULL\b/.test(action)) problems.push(`SET NOT NULL on ${table}: the previous release may still write nulls`);
      if (/^ADD\b(?! CONSTRAINT)(?! (?:CHECK|FOREIGN KEY|UNIQUE|PRIMARY KEY|EXCLUDE)\b)/.test(action) && /\bNOT NULL\b/.test(action) && !/\bDEFAULT\b/.test(action)) {
        problems.push(`adds a NOT NULL column without DEFAULT to ${table}: the previous release's inserts do not fill it`);
      }
      if (/^ADD (?:CONSTRAINT \S+ )?(?:CHECK|FOREIGN KEY|UNIQUE|PRIMARY KEY|EXCLUDE)\b/.test(action) || /\bREFERENCES\b/.test(action)) {
        problems.push(`adds a constraint to ${table}: the previous release's writes may break it (a contract step)`);
      }
    }
  }

  const otherRename = stmt.match(new RegExp(`^ALTER (INDEX|VIEW|MATERIALIZED VIEW|TYPE|SEQUENCE|FUNCTION|TRIGGER)(?: IF EXISTS)? (${IDENT}).* RENAME\\b`));
  if (otherRename && !isNew(otherRename[2])) problems.push(`renames ${otherRename[1].toLowerCase()} ${unquote(otherRename[2]).toLowerCase()}: the previous release still uses the old name`);

  const index = stmt.match(new RegExp(`^CREATE (UNIQUE )?INDEX (CONCURRENTLY )?(?:IF NOT EXISTS )?(?:${IDENT} )?ON (?:ONLY )?(${IDENT})`));
  if (index && !isNew(index[3])) {
    const table = unquote(index[3]).toLowerCase();
    if (index[1]) problems.push(`a UNIQUE index on ${table}: the previous release's writes may break it (a contract step)`);
    if (!index[2]) problems.push(`CREATE INDEX on the existing table ${table} without CONCURRENTLY holds its writes for the whole build`);
  }

  const del = stmt.match(new RegExp(`^(?:DELETE FROM|TRUNCATE(?: TABLE)?) (?:ONLY )?(${IDENT})`));
  if (del && !isNew(del[1])) problems.push(`deletes rows of ${unquote(del[1]).toLowerCase()}: data the previous release shows (and a loss)`);
  return problems;
}

/**
 * Checks every migration after `baseline` (a name in `migrations`; every one when null). `previousRelease`,
 * the migration names the previous release knows, lets a `contractOf` be checked against what has shipped.
 */
export async function expandContractFindings(migrations: readonly MigrationClass[], baseline: string | null, previousRelease?: readonly string[]): Promise<Finding[]> {
  const names = migrations.map((M) => new M().name ?? M.name);
  const from = baseline === null ? 0 : names.indexOf(baseline) + 1;
  if (baseline !== null && from === 0) throw new Error(`baseline ${baseline} is not a migration`);
  const findings: Finding[] = [];
  for (let i = from; i < migrations.length; i++) {
    const m = new migrations[i]();
    const name = names[i];
    if (m.contractOf) {
      const at = names.indexOf(m.contractOf);
      if (at < 0 || at >= i) findings.push({ migration: name, statement: '', problem: `contractOf names ${m.contractOf}, which is not an earlier migration` });
      else if (previousRelease && !previousRelease.includes(m.contractOf)) {
        findings.push({ migration: name, statement: '', problem: `contractOf names ${m.contractOf}, which the previous release does not have yet: contract in the release after the expansion` });
      }
      continue;
    }
    // Normalised first (function bodies and literals blanked), so that a `;` inside them does not split.
    const statements = (await recordedSql(m)).flatMap((sql) => normalise(sql).split(';').map((x) => x.trim()).filter(Boolean));
    // What the migration creates itself (before or after dropping it again, e.g. an invalid index left by a failed build).
    const created = new Set<string>();
    for (const stmt of statements) {
      const made = stmt.match(new RegExp(`^CREATE (?:UNIQUE )?(?:TABLE|INDEX(?: CONCURRENTLY)?)(?: IF NOT EXISTS)? (${IDENT})`));
      if (made) created.add(unquote(made[1]));
    }
    for (const stmt of statements) {
      for (const problem of statementProblems(stmt, created, m.transaction !== false)) findings.push({ migration: name, statement: stmt.slice(0, 200), problem });
    }
  }
  return findings;
}
