import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type Actor, Db } from '@mnio/platform';
import { ListOrganisationsQuery, OrganisationSummary, SHELTER_KINDS } from './list-organisations.query';

/** Who may know where shelters are: the Ac.Sé coordination and the platform (a shelter knows itself). */
const seesShelterTerritories = (actor: Actor): boolean =>
  actor.memberships.some((m) => m.organisationKind === 'acse_coordination' || m.role === 'platform_admin');

@QueryHandler(ListOrganisationsQuery)
export class ListOrganisationsHandler implements IQueryHandler<ListOrganisationsQuery> {
  constructor(private readonly db: Db) {}

  async execute({ filter, viewer }: ListOrganisationsQuery): Promise<OrganisationSummary[]> {
    const params: unknown[] = [];
    const where = ['active'];
    // Shelters' territories hidden: `visible` is false for a shelter the viewer may not locate.
    const visible = !viewer || seesShelterTerritories(viewer)
      ? 'true'
      : `(kind <> ALL($${params.push(SHELTER_KINDS)}) OR id = ANY($${params.push(viewer.memberships.map((m) => m.organisationId))}))`;
    if (filter.kind) where.push(`kind = $${params.push(filter.kind)}`);
    if (filter.territory) where.push(`(national OR ($${params.push(filter.territory)} = ANY(territories) AND ${visible}))`);
    // The sign-in settings: for the platform, which sets them, and nobody else (not even a member of the organisation).
    const signIn = viewer?.memberships.some((m) => m.role === 'platform_admin') ? `, siret, password_sign_in AS "passwordSignIn"` : '';
    if (filter.ids) where.push(`id = ANY($${params.push(filter.ids)})`);
    return this.db.em.query(
      `SELECT id, kind, name, national, CASE WHEN ${visible} THEN territories ELSE '{}'::text[] END AS territories${signIn}
       FROM organisations WHERE ${where.join(' AND ')} ORDER BY name, id LIMIT 500`,
      params,
    );
  }
}
