import { AppAbility, keysetCursor, sqlScope } from '@mnio/platform';

/** The SQL form of the orientation rules (alias `o`): the same rules the handlers check; its values are appended to `params`. */
export function orientationScope(ability: AppAbility, action: string, params: unknown[]): string {
  return sqlScope(ability, action, 'Orientation', {
    requesterOrganisationId: { sql: 'o.requester_organisation_id' },
    targetOrganisationId: { sql: 'o.target_organisation_id' },
    hostOrganisationId: { sql: 'o.host_organisation_id' },
  }, params);
}

/** Orientation lists, newest first: keyset on (requested_at as PostgreSQL prints it, id). */
export const ORIENTATIONS_NEWEST_FIRST = keysetCursor('timestamp', 'uuid');
