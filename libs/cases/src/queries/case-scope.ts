import { AppAbility, sqlScope, SqlScope } from '@mnio/platform';

/** The SQL form of the `list` rules on cases (alias `c`): the same rules the handlers check. Break-the-glass never lists. */
export function readableCases(ability: AppAbility, action = 'list'): SqlScope {
  return sqlScope(ability, action, 'Case', {
    viewers: { sql: 'c.viewer_org_ids', array: true },
    identityReaders: { sql: 'c.identity_org_ids', array: true },
    ownerOrganisationId: { sql: 'c.owner_organisation_id' },
    territory: { sql: 'c.territory' },
  });
}

export interface Cursor {
  at: string;
  id: string;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.at, c.id])).toString('base64url');
}

export function decodeCursor(raw: string | undefined): Cursor | undefined {
  if (!raw) return undefined;
  try {
    const [at, id] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as [string, string];
    if (typeof at === 'string' && typeof id === 'string' && /^[0-9a-f-]{36}$/.test(id) && /^\d{4}-\d{2}-\d{2}[ T][0-9:.]+([+-]\d{2}(:?\d{2})?|Z)$/.test(at)) return { at, id };
  } catch {
    /* fall through */
  }
  return undefined;
}

/** Turns TypeORM-style `:name` parameters into positional `$n` ones for `em.query`, appending to `params`. */
export function positional(sql: string, named: Record<string, unknown>, params: unknown[]): string {
  return sql.replace(/:([a-z_][a-z0-9_]*)/gi, (_, name: string) => {
    if (!(name in named)) throw new Error(`missing parameter ${name}`);
    return `$${params.push(named[name])}`;
  });
}
