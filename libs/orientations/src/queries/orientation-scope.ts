import { AppAbility, sqlScope, SqlScope } from '@mnio/platform';

/** The SQL form of the orientation rules (alias `o`): the same rules the handlers check. */
export function orientationScope(ability: AppAbility, action: string, prefix: string): SqlScope {
  return sqlScope(ability, action, 'Orientation', {
    requesterOrganisationId: { sql: 'o.requester_organisation_id' },
    targetOrganisationId: { sql: 'o.target_organisation_id' },
    hostOrganisationId: { sql: 'o.host_organisation_id' },
  }, prefix);
}

/** Turns `:name` parameters into positional `$n` ones for `em.query`, appending to `params`. */
export function positional(sql: string, named: Record<string, unknown>, params: unknown[]): string {
  return sql.replace(/:([a-z_][a-z0-9_]*)/gi, (_, name: string) => {
    if (!(name in named)) throw new Error(`missing parameter ${name}`);
    return `$${params.push(named[name])}`;
  });
}

export interface Cursor {
  at: string;
  id: string;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.at, c.id])).toString('base64url');
}

export function decodeCursor(raw: string): Cursor | undefined {
  try {
    const [at, id] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as [string, string];
    if (typeof at === 'string' && typeof id === 'string' && /^[0-9a-f-]{36}$/.test(id) && /^\d{4}-\d{2}-\d{2}[ T][0-9:.]+([+-]\d{2}(:?\d{2})?|Z)$/.test(at)) {
      return { at, id };
    }
  } catch {
    /* an invalid cursor is reported by the caller */
  }
  return undefined;
}
