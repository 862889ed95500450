import { AppAbility, keysetCursor, sqlScope } from '@mnio/platform';

/**
 * The SQL form of the `list` rules on cases (alias `c`): the same rules the handlers check. Break-the-glass never lists.
 * Its values are appended to `params`; the predicate names them `$n`.
 */
export function readableCases(ability: AppAbility, params: unknown[], action = 'list'): string {
  return sqlScope(ability, action, 'Case', {
    viewers: { sql: 'c.viewer_org_ids', array: true },
    identityReaders: { sql: 'c.identity_org_ids', array: true },
    ownerOrganisationId: { sql: 'c.owner_organisation_id' },
    territory: { sql: 'c.territory' },
    // An emergency access opens one case by its page, never a list or a search by name.
    breakGlassUsers: { sql: 'ARRAY[]::uuid[]', array: true },
  }, params);
}

/** Lists newest first: keyset on (a timestamptz as PostgreSQL prints it, id). */
export const NEWEST_FIRST = keysetCursor('timestamp', 'uuid');
