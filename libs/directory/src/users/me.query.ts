import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { AbilityFactory, Actor, Db } from '@mnio/platform';
import { packRules } from '@casl/ability/extra';

export interface MeView {
  id: string;
  email: string;
  displayName: string;
  totpEnabled: boolean;
  mfa: boolean;
  memberships: { id: string; organisationId: string; organisationName: string; organisationKind: string; role: string; territories: string[]; national: boolean }[];
  /** CASL rules, packed: what a client needs to show or hide actions. The API still checks every call. */
  permissions: unknown[];
}

export class MeQuery extends Query<MeView> {
  constructor(readonly actor: Actor) {
    super();
  }
}

@QueryHandler(MeQuery)
export class MeHandler implements IQueryHandler<MeQuery> {
  constructor(
    private readonly db: Db,
    private readonly abilities: AbilityFactory,
  ) {}

  async execute({ actor }: MeQuery): Promise<MeView> {
    const [user]: { id: string; email: string; display_name: string; totp_enabled: boolean }[] = await this.db.em.query(
      `SELECT id, email, display_name, totp_enabled FROM users WHERE id = $1`,
      [actor.userId],
    );
    const memberships = await this.db.em.query(
      `SELECT m.id, m.organisation_id AS "organisationId", o.name AS "organisationName", o.kind AS "organisationKind", m.role,
              CASE WHEN cardinality(m.territories) > 0 THEN m.territories ELSE o.territories END AS territories, o.national
       FROM memberships m JOIN organisations o ON o.id = m.organisation_id
       WHERE m.user_id = $1 AND m.active AND o.active ORDER BY o.name, m.role`,
      [actor.userId],
    );
    return {
      id: user.id,
      email: user.email,
      displayName: user.display_name,
      totpEnabled: user.totp_enabled,
      mfa: actor.mfa,
      memberships,
      permissions: packRules(this.abilities.forActor(actor).rules),
    };
  }
}
