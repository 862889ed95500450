import { Injectable } from '@nestjs/common';
import { AbilityFactory, Actor, asSubject, ForbiddenError, NotFoundError } from '@mnio/platform';
import { HOST_KINDS, TargetOrganisation } from '../domain/targets';
import { OrganisationsReader } from './organisations.reader';

/**
 * Instance checks on a host (`:id` is its organisation id). Who may not see its places answers 404, as for
 * an organisation that is not a host; who sees them but may not change them answers 403.
 */
@Injectable()
export class HostAccess {
  constructor(
    private readonly abilities: AbilityFactory,
    private readonly orgs: OrganisationsReader,
  ) {}

  async authorize(actor: Actor, hostId: string, action: string): Promise<TargetOrganisation> {
    const host = await this.orgs.find(hostId);
    if (!host || !(HOST_KINDS as readonly string[]).includes(host.kind)) throw new NotFoundError('Host');
    const ability = this.abilities.forActor(actor);
    const subject = asSubject('Host', { id: host.id, acseNetwork: host.attributes.acseNetwork === true, minorsNetwork: host.attributes.minorsNetwork === true });
    if (!ability.can('read_capacity', subject)) throw new NotFoundError('Host');
    if (!ability.can(action, subject)) throw new ForbiddenError();
    return host;
  }

  /** The organisation the actor acts for on this host: the host itself when a member, else its coordination. */
  actingOrganisation(actor: Actor, host: TargetOrganisation): string {
    const own = actor.memberships.find((m) => m.organisationId === host.id);
    const coordination = actor.memberships.find((m) => ['acse_coordination', 'minors_centre'].includes(m.organisationKind));
    return (own ?? coordination ?? actor.memberships[0]).organisationId;
  }
}
